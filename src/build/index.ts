export * from "./planBuild.js";
export * from "./buildDecks.js";
