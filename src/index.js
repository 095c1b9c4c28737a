/**
 * finops-briefings: tailored executive PowerPoint briefings from FinOps personas, an organization's
 * facts, Handlebars templates and themes.
 *
 * The pipeline, one folder per stage: load → validate → resolve → render → layout → pptx → write.
 * `buildWorkspace(root)` runs all of it; each stage is exported for programs that need one part.
 */
export { BriefingError, BuildContext } from "./errors.js";
export { loadWorkspace } from "./load/index.js";
export { validateWorkspace } from "./validate/index.js";
export { resolveTargets, resolveAudience, applyOverrides, computeFigures } from "./resolve/index.js";
export { createDeckRenderer, createFormatter, HELPER_NAMES } from "./render/index.js";
export { layoutDeck, fitText, textWidth, wrapText } from "./layout/index.js";
export { renderPptx } from "./pptx/index.js";
export { writeFileAtomic } from "./write/index.js";
export { planBuild, selectTargets, buildDecks, buildWorkspace, watchWorkspace, targetHash, defaultToday } from "./build/index.js";
export { readManifest } from "./load/index.js";
export * from "./schema/index.js";
