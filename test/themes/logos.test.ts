import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { drawLogo, THEME_LOGOS } from "../support/themeLogos.js";

const assets = join(import.meta.dirname, "..", "..", "themes", "assets");

describe("the shipped themes' logos", () => {
  it.each(THEME_LOGOS)(
    "$file is the mark test/support/themeLogos.ts draws (rewrite with `npm run logos`)",
    async ({ file, tile, bars }) => {
      const drawn = drawLogo(tile, bars);
      // `npm run logos` runs this test with UPDATE_LOGOS=1 to rewrite the files.
      if (process.env.UPDATE_LOGOS === "1") await writeFile(join(assets, file), PNG.sync.write(drawn));
      const committed = PNG.sync.read(await readFile(join(assets, file)));
      expect([committed.width, committed.height]).toEqual([drawn.width, drawn.height]);
      expect(Buffer.compare(committed.data, drawn.data), `themes/assets/${file} differs from the drawing`).toBe(0);
    },
  );
});
