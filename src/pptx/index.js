export * from "./writePptx.js";
export * from "./normalizePptx.js";
