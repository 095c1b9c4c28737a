export * from "./format.js";
export * from "./helpers.js";
export * from "./rendered.js";
export * from "./renderTarget.js";
export * from "./renderBrief.js";
export { DEFAULT_BRIEF_TEMPLATE } from "./briefTemplate.js";
