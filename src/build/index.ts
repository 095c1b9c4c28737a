export * from "./report.js";
export * from "./selectTargets.js";
export * from "./defaultToday.js";
export * from "./planBuild.js";
export * from "./targetHash.js";
export * from "./buildDecks.js";
export * from "./buildWorkspace.js";
export * from "./companionFiles.js";
