import { describe, expect, it } from "vitest";
import { decimalText, divideRounded, parseDecimal } from "../../src/billing/decimal.js";

describe("decimals", () => {
  it("read exports' number texts exactly, to 12 places", () => {
    expect(decimalText(parseDecimal("0.00000080000")!)).toBe("0.0000008");
    expect(decimalText(parseDecimal("-2.61370000000")!)).toBe("-2.6137");
    expect(decimalText(parseDecimal(" 12 ")!)).toBe("12");
    expect(decimalText(parseDecimal("1.2E-7")!)).toBe("0.00000012");
    expect(decimalText(parseDecimal("4e3")!)).toBe("4000");
    expect(decimalText(parseDecimal(".5")!)).toBe("0.5");
    expect(decimalText(parseDecimal("123456789012345678901234.123456789012")!)).toBe(
      "123456789012345678901234.123456789012",
    );
  });

  it("round past 12 places half away from zero", () => {
    expect(decimalText(parseDecimal("0.0000000000005")!)).toBe("0.000000000001");
    expect(decimalText(parseDecimal("-0.0000000000005")!)).toBe("-0.000000000001");
    expect(decimalText(parseDecimal("0.00000000000049")!)).toBe("0");
  });

  it("refuse what is not a number", () => {
    for (const text of ["", "NULL", "abc", "1,5", "1.2.3", "--1", "1e", "e5", "Infinity", "NaN"])
      expect(parseDecimal(text)).toBeUndefined();
  });

  it("divide rounding halves away from zero", () => {
    expect([divideRounded(5n, 2n), divideRounded(-5n, 2n), divideRounded(7n, 3n), divideRounded(-7n, -2n)]).toEqual([
      3n,
      -3n,
      2n,
      4n,
    ]);
  });
});
