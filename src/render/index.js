export * from "./format.js";
export * from "./helpers.js";
export * from "./rendered.js";
export * from "./renderTarget.js";
