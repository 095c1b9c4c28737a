export * from "./validateWorkspace.js";
export * from "../text/closestName.js";
export { parseWithSchema } from "./schemaIssues.js";
export { findContrastProblems, CONTRAST_PAIRS, AA, type ContrastPair, type ContrastProblem } from "./themeContrast.js";
export { relativeLuminance, contrastRatio } from "../color/contrast.js";
