import { describe, expect, it } from "vitest";
import { templateParts } from "../../src/check/templateText.js";
import { numberWords, typedNumbers } from "../../src/check/typedNumbers.js";

const numbers = (text: string) => typedNumbers(text).map((f) => `${f.kind}:${f.text}`);
const wordsIn = (text: string) => numberWords(text).map((f) => `${f.kind}:${f.text}`);

describe("typedNumbers", () => {
  it("finds percentages, amounts, multiples, durations and plain numbers", () => {
    expect(numbers("Waste is 34% of spend")).toEqual(["percent:34%"]);
    expect(numbers("grew 12 percent")).toEqual(["percent:12 percent"]);
    expect(numbers("a budget of $780,000 and €1.2M")).toEqual(["amount:$780,000", "amount:€1.2M"]);
    expect(numbers("saves 5M a year, USD 40 a unit")).toEqual(["amount:5M", "amount:USD 40"]);
    expect(numbers("returns 3.4× the cost, or 5x")).toEqual(["multiple:3.4×", "multiple:5x"]);
    expect(numbers("first showback in 90 days; a 30-minute review")).toEqual([
      "duration:90 days",
      "duration:30-minute",
    ]);
    expect(numbers("1,900 volumes and 0 owners")).toEqual(["number:1,900", "number:0"]);
  });

  it("leaves labels alone: years, quarters, dates, ordinals, names with digits, numbered labels, links", () => {
    const labels = [
      "Q1 2027",
      "FY2027 and H2",
      "the 2027–28 plan",
      "since '24",
      "on 2026-03-01 at 9:30",
      "the 3rd review",
      "S3 buckets on EC2, 5G and 2FA",
      "Phase 2, Step 3, see slide 4",
      "https://example.org/report-2026/page/3 and you@corp2.example",
      "support 24/7",
      "1. Open with the ask\n2) Then the evidence",
    ];
    for (const text of labels) expect(numbers(text), text).toEqual([]);
  });

  it("still flags a year used as an amount or a share", () => {
    expect(numbers("$2026 and 2020%")).toEqual(["amount:$2026", "percent:2020%"]);
  });
});

describe("numberWords", () => {
  it("finds proportions, multiples and counts in words", () => {
    expect(wordsIn("A third of the bill has no owner")).toEqual(["proportion:A third"]);
    expect(wordsIn("two thirds of spend; half of it idle")).toEqual(["proportion:two thirds", "proportion:half"]);
    expect(wordsIn("one in eight dollars is wasted")).toEqual(["proportion:one in eight"]);
    expect(wordsIn("spend doubled and costs grew twice as fast")).toEqual(["multiple:doubled", "multiple:twice"]);
    expect(wordsIn("Three actions over the last twelve months")).toEqual(["count:Three", "count:twelve"]);
    expect(wordsIn("a quarter of the budget")).toEqual(["proportion:a quarter"]);
  });

  it("leaves time words and set phrases alone", () => {
    for (const text of [
      "in the first half of 2027",
      "within a quarter",
      "a third-party tool",
      "one owner per account",
      "on behalf of the board",
      "double-check the tags, and double check again",
      "the second review",
    ])
      expect(wordsIn(text), text).toEqual([]);
  });
});

describe("templateParts", () => {
  it("gives the literal text outside {{…}} with offsets, and the partials called", () => {
    const template = "Up {{percent x}} in {{inWords n}} months; {{> payback}} {{#if a}}3 teams{{/if}}";
    const parts = templateParts(template);
    expect(parts.literals.map((l) => l.text)).toEqual(["Up ", " in ", " months; ", " ", "3 teams"]);
    for (const l of parts.literals) expect(template.slice(l.offset, l.offset + l.text.length)).toBe(l.text);
    expect(parts.literals.at(-1)!.offset).toBe(template.indexOf("3 teams"));
    expect(parts.partials).toEqual(["payback"]);
  });

  it("marks a run followed by {{!-- check: why --}} as meant, and only with a reason", () => {
    const [meant, plain] = [
      templateParts("Three{{!-- check: the template always asks three things --}} decisions"),
      templateParts("Three{{!-- check: --}} decisions"),
    ];
    expect(meant.literals[0]).toEqual({ text: "Three", offset: 0, meant: "the template always asks three things" });
    expect(plain.literals[0]).toEqual({ text: "Three", offset: 0 });
  });
});
