export * from "./common.js";
export * from "./binding.js";
export * from "./persona.js";
export * from "./organization.js";
export * from "./theme.js";
export * from "./slide.js";
export * from "./deck.js";
export * from "./jsonSchema.js";
