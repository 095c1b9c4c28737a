import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { measuredFamily, textWidth } from "../../src/layout/measureText.js";

const run = promisify(execFile);

/** The family fontconfig (and so LibreOffice) draws a font name with on this machine. */
async function drawnWith(font: string): Promise<string> {
  const { stdout } = await run("fc-match", ["-f", "%{family[0]}", font]);
  return stdout.trim();
}

const SAMPLES = ["$18.6M", "Cloud spend, turned into business value", "Q3 2026 · 42%"];

describe("font names are matched exactly", () => {
  it("measures weight and width variants as the font the renderer really draws, never narrower", async () => {
    for (const font of ["Calibri Light", "Arial Black", "Helvetica Neue", "Arial Narrow", "Calibri", "Arial"]) {
      const drawn = await drawnWith(font);
      for (const sample of SAMPLES) {
        const ours = textWidth(sample, 40, font);
        const renderer = textWidth(sample, 40, drawn);
        // Within 0.5% of the drawn font's width, or wider (unknown fonts take the widest measured glyphs).
        expect(ours, `${font} (drawn as ${drawn}): "${sample}"`).toBeGreaterThanOrEqual(renderer * 0.995);
      }
    }
  });

  it("maps only whole names, in any case, to a measured family", () => {
    expect(measuredFamily("Calibri")).toBe("carlito");
    expect(measuredFamily("  calibri ")).toBe("carlito");
    expect(measuredFamily("Calibri Light")).toBeUndefined();
    expect(measuredFamily("Arial Black")).toBeUndefined();
    expect(measuredFamily("Helvetica Neue")).toBeUndefined();
    expect(measuredFamily("Liberation Sans")).toBe("liberationSans");
    // "$18.6M" in Calibri Light is drawn wider than Calibri: it must be measured wider.
    expect(textWidth("$18.6M", 40, "Calibri Light")).toBeGreaterThan(textWidth("$18.6M", 40, "Calibri") * 1.1);
  });
});
