// What a real build needs beyond the unchanged-build check: loading, validation and building.
// One module, so the bundled CLI can load it as one code-cached bundle (src/cli/fullBuildCached.ts).
export { loadWorkspace } from "../load/loadWorkspace.js";
export { validateWorkspace } from "../validate/validateWorkspace.js";
export { buildDecks } from "./buildDecks.js";
