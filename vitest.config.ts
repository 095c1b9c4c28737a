import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const zipShim = fileURLToPath(new URL("src/pptx/pptxZip.ts", import.meta.url));

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
    include: ["test/**/*.test.ts"],
    server: { deps: { inline: ["pptxgenjs"] } },
    // End-to-end tests start LibreOffice; give them room on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
