export * from "./applyOverrides.js";
export * from "./figures.js";
export * from "./resolveAudience.js";
export * from "./figureProvenance.js";
export * from "./billing/billingFigures.js";
export * from "./billing/definitions.js";
