export * from "./sourceFile.js";
export * from "./loadWorkspace.js";
