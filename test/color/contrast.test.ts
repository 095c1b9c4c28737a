import { describe, expect, it } from "vitest";
import { contrastRatio, formatRatio, relativeLuminance } from "../../src/color/contrast.js";

describe("WCAG relative luminance and contrast ratio", () => {
  it("matches known values", () => {
    expect(relativeLuminance("#FFFFFF")).toBeCloseTo(1, 6);
    expect(relativeLuminance("000000")).toBe(0);
    // sRGB #808080: 0.2158605 (WCAG formula).
    expect(relativeLuminance("808080")).toBeCloseTo(0.21586, 4);
    expect(contrastRatio("000000", "FFFFFF")).toBeCloseTo(21, 6);
    expect(contrastRatio("FFFFFF", "000000")).toBeCloseTo(21, 6);
    expect(contrastRatio("777777", "FFFFFF")).toBeCloseTo(4.48, 2); // the classic "just fails AA" grey
    expect(contrastRatio("767676", "FFFFFF")).toBeCloseTo(4.54, 2); // … and the one that passes
    expect(contrastRatio("FF0000", "FFFFFF")).toBeCloseTo(4.0, 2);
    expect(contrastRatio("0000FF", "FFFFFF")).toBeCloseTo(8.59, 2);
    expect(contrastRatio("123456", "123456")).toBe(1);
  });

  it("never rounds a failing ratio up to the threshold", () => {
    expect(formatRatio(4.48)).toBe("4.4:1");
    expect(formatRatio(2.96)).toBe("2.9:1");
    expect(formatRatio(21)).toBe("21.0:1");
  });
});
