import { describe, expect, it } from "vitest";
import { alignColumns, isNumericColumn, withColumnPrecision } from "../../src/layout/tableColumns.js";

describe("table columns", () => {
  it("recognize columns of figures: money, percentages, ratios, plain numbers", () => {
    expect(isNumericColumn(["$2.4M", "$1.1M", "$780K", "2.2×"])).toBe(true);
    expect(isNumericColumn(["$640,000", "$210,000", "", "—"])).toBe(true);
    expect(isNumericColumn(["12%", "−4.5%", "€1.2B"])).toBe(true);
    expect(isNumericColumn(["Accountable", "Responsible"])).toBe(false);
    expect(isNumericColumn(["12 servers", "4"])).toBe(false);
    expect(isNumericColumn(["", ""])).toBe(false);
    expect(isNumericColumn(["$525,000", "$25,000", "Covered", "Covered"])).toBe(true);
    expect(isNumericColumn(["6%", "Not measured"])).toBe(true);
    expect(isNumericColumn(["6%", "Not in the cost data", "Not measured"])).toBe(false);
    expect(isNumericColumn(["$1.2M", "Q3 2027"])).toBe(false);
    // Other locales: grouped with points or spaces, a decimal comma, the currency or a magnitude word after.
    expect(isNumericColumn(["55.000 €", "240.000 €", "1,2 Mio. €"])).toBe(true);
    expect(isNumericColumn(["12 %", "0,8 %"])).toBe(true);
    expect(isNumericColumn(["￥8.3億", "￥5000万"])).toBe(true);
    expect(isNumericColumn(["1 200 kWh", "4"])).toBe(false);
  });

  it("give every figure of a column the column's most decimals, adding zeros only", () => {
    expect(withColumnPrecision(["$2.4M", "$780K", "$1.2M", ""])).toEqual(["$2.4M", "$780.0K", "$1.2M", ""]);
    // Two decimals show a small value's significant digits: "74.00%" beside "0.79%" would be false precision.
    expect(withColumnPrecision(["74%", "0.79%"])).toEqual(["74%", "0.79%"]);
    // A column in another locale's style is left as written: "55.000" may be fifty-five thousand.
    expect(withColumnPrecision(["55.000 €", "5 €", "2,5 €"])).toEqual(["55.000 €", "5 €", "2,5 €"]);
    // A column mixing units (money and multiples) is left as written: padding would add digits no one measured.
    expect(withColumnPrecision(["$2.4M", "$780K", "2.25×", ""])).toEqual(["$2.4M", "$780K", "2.25×", ""]);
    expect(withColumnPrecision(["$640,000", "$210,000"])).toEqual(["$640,000", "$210,000"]);
  });

  it("set figures flush right and leave text columns as written", () => {
    const { align, rows } = alignColumns(
      ["Item", "Per year"],
      [
        ["Waste", "$2.4M"],
        ["Ask", "$780K"],
      ],
    );
    expect(align).toEqual(["left", "right"]);
    expect(rows).toEqual([
      ["Waste", "$2.4M"],
      ["Ask", "$780.0K"],
    ]);
  });
});
