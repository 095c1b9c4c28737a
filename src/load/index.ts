export * from "../source/sourceFile.js";
export * from "./loadWorkspace.js";
export * from "./readManifest.js";
export * from "./inputFiles.js";
export { sha256 } from "../source/hash.js";
export * from "./readPresentationTheme.js";
