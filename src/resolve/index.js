export * from "./applyOverrides.js";
export * from "./figures.js";
export * from "./resolveAudience.js";
