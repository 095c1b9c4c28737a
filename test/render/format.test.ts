import { describe, expect, it } from "vitest";
import { createFormatter } from "../../src/render/format.js";
import { createHelpers } from "../../src/render/helpers.js";

describe("createFormatter", () => {
  const us = createFormatter("en-US", "USD");
  const de = createFormatter("de-DE", "EUR");

  it("formats money, compact and exact, in the organization's locale", () => {
    expect(us.money(18_600_000, { compact: true })).toBe("$18.6M");
    // Three significant digits at most: the amounts behind a compact figure are estimates.
    expect(us.money(482_600, { compact: true })).toBe("$483K");
    expect(us.money(4_630_000, { compact: true })).toBe("$4.6M");
    expect(us.money(482_600, { compact: true, digits: 1 })).toBe("$482.6K");
    expect(us.money(780_000)).toBe("$780,000");
    expect(us.money(0.41)).toBe("$0.41");
    expect(de.money(780_000)).toBe("780.000\u00a0€");
  });

  it("keeps the significant digits of small numbers: 0.0000031 is not $0.00, 0.062 stays 0.062", () => {
    expect(us.money(0.0000031)).toBe("$0.0000031");
    expect(us.money(0.062)).toBe("$0.062");
    expect(us.money(1.5)).toBe("$1.50");
    expect(us.money(0.0000031, { compact: true })).toBe("$0.0000031");
    expect(de.money(0.062)).toBe("0,062\u00a0€");
    expect(createFormatter("ja-JP", "JPY").money(1.5)).toBe("￥1.5");
    expect(us.number(0.0000031)).toBe("0.0000031");
    expect(us.number(12.345)).toBe("12.35");
    expect(us.number(1_234_567.8)).toBe("1,234,568");
    expect(us.compact(0.062)).toBe("0.062");
    expect(us.compact(18_600_000)).toBe("18.6M");
    expect(us.percent(0.000012)).toBe("0.0012%");
    expect(us.percent(0)).toBe("0%");
  });

  it("formats percentages, dates, months and lists", () => {
    expect(us.percent(0.31)).toBe("31%");
    expect(us.percent(0.045)).toBe("4.5%");
    expect(us.date("2026-12-08")).toBe("December 8, 2026");
    expect(us.month("2026-03")).toBe("Mar 2026");
    expect(us.list(["AWS", "Azure", "GCP"])).toBe("AWS, Azure, and GCP");
  });

  it("takes numbers and amounts from the locale, words from the deck's language", () => {
    // An English deck for a German organization: German amounts, English words in German order.
    expect(de.money(3.1)).toBe("3,10\u00a0€");
    expect(de.date("2026-12-08")).toBe("8 December 2026");
    expect(de.list(["AWS", "Azure"])).toBe("AWS and Azure");
    expect(de.currencyName()).toBe("euro");
    expect(de.currencyName(true)).toBe("euros");
    expect(us.currencyName()).toBe("US dollar");
    // A German deck for the same organization.
    const deDe = createFormatter("de-DE", "EUR", "de");
    expect(deDe.date("2026-12-08")).toBe("8. Dezember 2026");
    expect(deDe.list(["AWS", "Azure"])).toBe("AWS und Azure");
    expect(us.monthRange("2027-01", "2027-03")).toMatch(/^Jan\s–\sMar 2027$/u);
  });
});

describe("words computed from numbers", () => {
  const helpers = createHelpers(createFormatter("en-US", "USD"));
  const german = createHelpers(createFormatter("de-DE", "EUR", "de"));
  const opts = (hash: Record<string, unknown> = {}) => ({ hash }) as never;

  it("name a share as the simple fraction it is close to, else as a percentage", () => {
    expect(helpers.proportion(1 / 3, opts())).toBe("a third");
    expect(helpers.proportion(0.31, opts())).toBe("31%");
    expect(helpers.proportion(0.32, opts())).toBe("nearly a third");
    expect(helpers.proportion(0.125, opts())).toBe("an eighth");
    expect(helpers.proportion(0.12, opts())).toBe("nearly an eighth");
    expect(helpers.proportion(0.51, opts())).toBe("just over half");
    expect(helpers.proportion(0.07, opts())).toBe("7%");
    expect(german.proportion(1 / 3, opts())).toBe("33\u00a0%");
  });

  it("count in words up to twelve, with the noun that agrees", () => {
    expect(helpers.inWords(2, opts())).toBe("two");
    expect(helpers.inWords(12, opts())).toBe("twelve");
    expect(helpers.inWords(13, opts())).toBe("13");
    expect(helpers.plural(1, "action", opts())).toBe("action");
    expect(helpers.plural(2, "action", opts())).toBe("actions");
    expect(helpers.plural(2, "person", "people", opts())).toBe("people");
    expect(german.inWords(2, opts())).toBe("2");
  });

  it("pick a word by sign, and change case only where it is safe", () => {
    expect(helpers.bySign(0.1, "over", "under", "on", opts())).toBe("over");
    expect(helpers.bySign(-0.1, "over", "under", "on", opts())).toBe("under");
    expect(helpers.bySign(0, "over", "under", "on", opts())).toBe("on");
    expect(helpers.uncapitalize("A platform chosen by March", opts())).toBe("a platform chosen by March");
    expect(helpers.uncapitalize("AWS first", opts())).toBe("AWS first");
    expect(helpers.uncapitalize("FinOps lead", opts())).toBe("FinOps lead");
    expect(helpers.uncapitalize("McKinsey review", opts())).toBe("McKinsey review");
    expect(helpers.uncapitalize("Cloud cost engineer", opts())).toBe("cloud cost engineer");
    expect(helpers.capitalize("a third", opts())).toBe("A third");
    expect(helpers.number(4, opts({ upTo: 1 }))).toBe("4");
    expect(helpers.number(5.87, opts({ upTo: 1 }))).toBe("5.9");
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
