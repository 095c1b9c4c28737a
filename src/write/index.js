export * from "./writeFileAtomic.js";
export * from "./removeFile.js";
