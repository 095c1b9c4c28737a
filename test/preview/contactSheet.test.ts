import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { composeContactSheet } from "../../src/preview/contactSheet.js";

function solid(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) png.data.set([...rgb, 255], i * 4);
  return new Uint8Array(PNG.sync.write(png));
}

const pixel = (png: PNG, x: number, y: number) => [
  ...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3),
];

describe("composeContactSheet", () => {
  it("lays slides out in a grid of thumbnails, in order, scaled to the thumbnail width", () => {
    const colors: [number, number, number][] = [
      [255, 0, 0],
      [0, 128, 0],
      [0, 0, 255],
      [200, 200, 0],
      [0, 0, 0],
    ];
    const sheet = PNG.sync.read(
      Buffer.from(
        composeContactSheet(
          colors.map((c) => solid(640, 360, c)),
          { thumbWidth: 160 },
        ),
      ),
    );
    // 4 per row: two rows of 160×90 thumbnails, 16 px gaps, 28 px for the numbers.
    expect(sheet.width).toBe(16 + 4 * (160 + 16));
    expect(sheet.height).toBe(16 + 2 * (90 + 28 + 16));
    const centre = (i: number) => pixel(sheet, 16 + (i % 4) * 176 + 80, 16 + Math.floor(i / 4) * 134 + 45);
    colors.forEach((c, i) => {
      expect(centre(i)).toEqual(c);
    });
    // The cell after the last slide stays paper.
    expect(centre(5)).toEqual([0xe9, 0xec, 0xf1]);
  });

  it("writes each slide's number under its thumbnail", () => {
    const pages = Array.from({ length: 12 }, () => solid(160, 120, [255, 255, 255]));
    const sheet = PNG.sync.read(Buffer.from(composeContactSheet(pages, { thumbWidth: 160 })));
    const inkInLabel = (i: number) => {
      const x0 = 16 + (i % 4) * 176;
      const y0 = 16 + Math.floor(i / 4) * (120 + 28 + 16) + 120;
      let n = 0;
      for (let y = y0; y < y0 + 28; y++)
        for (let x = x0; x < x0 + 160; x++) if (pixel(sheet, x, y).join() === "31,41,55") n++;
      return n;
    };
    // "1" lights 8 font pixels (each 3×3 screen pixels), "8" 13, "12" 8 + 11.
    expect(inkInLabel(0)).toBe(8 * 9);
    expect(inkInLabel(7)).toBe(13 * 9);
    expect(inkInLabel(11)).toBe((8 + 11) * 9);
  });
});
