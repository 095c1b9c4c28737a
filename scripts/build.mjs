// `npm run build`: the package's one build. esbuild bundles the library, the CLI and the build
// worker from src/ into dist/ (shared code goes into chunks, so all three run the same code); tsc
// then writes the type declarations beside them.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";

import { build } from "esbuild";

const dist = "dist";
rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: { index: "src/index.ts", bin: "src/cli/bin.ts", buildWorker: "src/build/buildWorker.ts" },
  outdir: dist,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  // pptxgenjs zips through JSZip; it gets our zip writer instead (src/pptx/pptxZip.ts says why).
  // vitest.config.ts does the same for the tests.
  alias: { jszip: "./src/pptx/pptxZip.ts" },
  // DuckDB's native addon loads its platform's binary from its own package: never bundled (its JavaScript API is).
  external: ["@duckdb/node-bindings"],
  // Handlebars and commander are CommonJS and call require().
  banner: {
    js:
      "import { createRequire as __createRequire } from 'node:module'; " +
      "const require = __createRequire(import.meta.url);",
  },
});
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });

// The generator's fingerprint, part of every deck's hash: a new build of the tool rebuilds the decks.
const hash = createHash("sha256");
for (const name of readdirSync(dist)
  .filter((n) => n.endsWith(".js"))
  .sort())
  hash.update(name).update(readFileSync(join(dist, name)));
writeFileSync(join(dist, "build-id"), `${hash.digest("hex")}\n`);
