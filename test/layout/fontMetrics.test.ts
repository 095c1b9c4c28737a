import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { textWidth } from "../../src/layout/measureText.js";
import { generateFontMetricsSource } from "../support/fontMetrics.js";

const dataFile = join(import.meta.dirname, "..", "..", "src", "layout", "fontMetricsData.ts");

describe("font metrics tables", () => {
  it("match the installed font files (regenerate with `npm run fonts:metrics`)", async () => {
    const fresh = await generateFontMetricsSource();
    // `npm run fonts:metrics` runs this test with UPDATE_FONT_METRICS=1 to rewrite the tables.
    if (process.env.UPDATE_FONT_METRICS === "1") await writeFile(dataFile, fresh);
    expect(
      await readFile(dataFile, "utf8"),
      "src/layout/fontMetricsData.ts is stale: run `npm run fonts:metrics`",
    ).toBe(fresh);
  });

  it("measure the real advance widths (Carlito 'H' is 1276/2048 em; bold is wider)", () => {
    expect(textWidth("H", 72, "Calibri")).toBeCloseTo(1276 / 2048, 6);
    expect(textWidth("Cloud spend", 18, "Calibri", true)).toBeGreaterThan(textWidth("Cloud spend", 18, "Calibri"));
    expect(textWidth("Cloud spend", 18, "Arial")).toBeGreaterThan(textWidth("Cloud spend", 18, "Calibri"));
    expect(textWidth("Cloud spend", 18, "Times New Roman")).not.toBe(textWidth("Cloud spend", 18, "Arial"));
  });

  it("give unknown families the widest measured family, glyph by glyph", () => {
    const text = "Quarterly unit economics: 31% unallocated — Ångström";
    for (const font of ["Calibri", "Cambria", "Arial", "Times New Roman", "DejaVu Sans", "DejaVu Serif"]) {
      for (const bold of [false, true])
        expect(textWidth(text, 18, "Some Unknown Font", bold)).toBeGreaterThanOrEqual(textWidth(text, 18, font, bold));
    }
  });

  it("give glyphs the fonts lack a safe width, and invisible marks none", () => {
    expect(textWidth("云", 72, "Calibri")).toBeCloseTo(1); // CJK: a full em
    expect(textWidth("🚀", 72, "Calibri")).toBeGreaterThanOrEqual(1.25);
    expect(textWidth("👍🏽\u200d", 72, "Calibri")).toBeGreaterThanOrEqual(2);
    expect(textWidth("e\u0301", 18, "Calibri")).toBeCloseTo(textWidth("e", 18, "Calibri"));
    expect(textWidth("\u200f\ufe0f", 18, "Calibri")).toBe(0);
    // Hebrew is not in Carlito: measured from the Liberation fonts that renderers fall back to.
    expect(textWidth("שלום", 72, "Calibri")).toBeGreaterThan(1.5);
    expect(textWidth("שלום", 72, "Calibri")).toBeLessThan(3);
  });
});
