export * from "./validateWorkspace.js";
export * from "../text/closestName.js";
export { parseWithSchema } from "./schemaIssues.js";
export {
  relativeLuminance,
  contrastRatio,
  findContrastProblems,
  CONTRAST_PAIRS,
  AA,
  type ContrastPair,
  type ContrastProblem,
} from "./contrast.js";
