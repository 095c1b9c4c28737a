import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const zipShim = fileURLToPath(new URL("src/pptx/pptxZip.ts", import.meta.url));

// Tests that open decks in LibreOffice, run the built CLI (dist/) or the ECMA-376 validator: minutes,
// where the rest take seconds. `npm run test:unit` runs the rest alone.
const SLOW = [
  "test/build/pdf.test.ts",
  "test/e2e/**/*.test.ts",
  "test/fuzz/randomWorkspaces.test.ts",
  "test/import/importTheme.test.ts",
  "test/layout/noOverflow.test.ts",
  "test/pptx/accessibility.test.ts",
  "test/pptx/normalizePptx.test.ts",
  "test/pptx/template*.test.ts",
  "test/preview/preview.test.ts",
];

export default defineConfig({
  plugins: [
    {
      // pptxgenjs zips through our writer, as in the built package (scripts/build.mjs); tests that
      // read decks keep the real JSZip.
      name: "pptxgenjs-zip",
      enforce: "pre",
      resolveId: (source, importer) => (source === "jszip" && importer?.includes("pptxgenjs") ? zipShim : undefined),
    },
  ],
  test: {
    server: { deps: { inline: ["pptxgenjs"] } },
    // Every test file's temporary folders are removed when it ends (test/support/tempDir.ts).
    setupFiles: ["test/support/cleanup.ts"],
    // End-to-end tests start LibreOffice; give them room on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: "forks",
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: SLOW } },
      // The slow tests run the built CLI: dist/ is built (or found current) first.
      { extends: true, test: { name: "slow", include: SLOW, globalSetup: ["test/support/buildDist.ts"] } },
    ],
  },
});
