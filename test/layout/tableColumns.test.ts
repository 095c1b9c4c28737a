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
  });

  it("give every figure of a column the column's most decimals, adding zeros only", () => {
    expect(withColumnPrecision(["$2.4M", "$780K", "$1.25M", ""])).toEqual(["$2.40M", "$780.00K", "$1.25M", ""]);
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
