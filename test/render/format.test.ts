import { describe, expect, it } from "vitest";
import { createFormatter } from "../../src/render/format.js";
import { createHelpers } from "../../src/render/helpers.js";

describe("createFormatter", () => {
  const us = createFormatter("en-US", "USD");
  const de = createFormatter("de-DE", "EUR");

  it("formats money, compact and exact, in the organization's locale", () => {
    expect(us.money(18_600_000, { compact: true })).toBe("$18.6M");
    expect(us.money(780_000)).toBe("$780,000");
    expect(us.money(0.41)).toBe("$0.41");
    expect(de.money(780_000)).toBe("780.000\u00a0€");
  });

  it("formats percentages, dates, months and lists", () => {
    expect(us.percent(0.31)).toBe("31%");
    expect(us.percent(0.045)).toBe("4.5%");
    expect(us.date("2026-12-08")).toBe("December 8, 2026");
    expect(de.date("2026-12-08")).toBe("8. Dezember 2026");
    expect(us.month("2026-03")).toBe("Mar 2026");
    expect(us.list(["AWS", "Azure", "GCP"])).toBe("AWS, Azure, and GCP");
  });
});

describe("helpers", () => {
  const helpers = createHelpers(createFormatter("en-US", "USD"));
  const opts = (hash: Record<string, unknown> = {}) => ({ hash }) as never;

  it("reject values of the wrong type with a message naming the helper", () => {
    expect(() => helpers.currency("lots", opts())).toThrow(/currency expects a number, got string "lots"/);
    expect(() => helpers.list(3, opts())).toThrow(/list expects a list/);
  });

  it("compare and compute", () => {
    expect(helpers.gt(0.3, 0.2, opts())).toBe(true);
    expect(helpers.multiply(2, 3, 4, opts())).toBe(24);
    expect(helpers.currency(1_500_000, opts({ compact: true }))).toBe("$1.5M");
  });

  it("yield to a field of the same name on the current item", () => {
    expect(helpers.count.call({ role: "Analyst", count: 2 }, opts())).toBe(2);
    expect(helpers.count.call({}, [1, 2, 3], opts())).toBe(3);
  });
});
