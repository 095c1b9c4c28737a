export * from "./writePptx.js";
