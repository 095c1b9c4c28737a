export * from "./validateWorkspace.js";
export * from "./closestName.js";
export { parseWithSchema } from "./schemaIssues.js";
