// Bundle only: dist/bundle/fullBuildCached.js loads dist/bundle/fullBuild.cjs (src/build/fullBuild.ts
// bundled as CommonJS) through V8's code cache, for the build command of the bundled CLI.
import { createRequire } from "node:module";
import { requireWithCodeCache } from "./codeCache.js";

const { version } = createRequire(import.meta.url)("../../package.json") as { version: string };
const fullBuild = requireWithCodeCache(new URL("./fullBuild.cjs", import.meta.url), version) as typeof import("../build/fullBuild.js");

export const { loadWorkspace, validateWorkspace, buildDecks } = fullBuild;
