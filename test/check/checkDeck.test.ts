import { describe, expect, it } from "vitest";
import { agrees, roundingOf } from "../../src/check/consistency.js";
import { answerScore, itemMatchesTitle, metricMention, metricVariants } from "../../src/check/audienceCoverage.js";

describe("consistency arithmetic", () => {
  it("reads the rounding a figure is written with", () => {
    expect(roundingOf(18_600_000)).toBe(50_000);
    expect(roundingOf(0.34)).toBeCloseTo(0.005);
    expect(roundingOf(1_326_400)).toBe(50);
    expect(roundingOf(0)).toBe(0);
  });

  it("lets a rounded figure agree with the exact one, and no further", () => {
    expect(agrees(18_000_000, 17_960_000, 0)).toBe(true); // 18 million, give or take 500,000
    expect(agrees(18_600_000, 17_960_000, 0.01)).toBe(false);
    expect(agrees(1_000_000, 1_009_000, 0.01)).toBe(true); // within 1%
  });
});

describe("audience matching", () => {
  it("finds a metric by its words, its parts or a known synonym", () => {
    expect(metricVariants("COGS (Cost of Goods Sold)")).toEqual([
      "COGS (Cost of Goods Sold)",
      "COGS",
      "Cost of Goods Sold",
    ]);
    expect(metricMention("Gross Margins")("Our gross margin rises as waste falls")).toBe(true);
    expect(metricMention("COGS (Cost of Goods Sold)")("Cloud is part of the cost of goods sold")).toBe(true);
    expect(metricMention("Predictability")("A forecast within 5% every quarter")).toBe(true);
    expect(metricMention("Unit Cost Economics")("Cost per shipment falls")).toBe(true);
    expect(metricMention("Gross Margins")("Spend grew 30%")).toBe(false);
    expect(metricMention("Time to market for new features/product")("Engineers ship features sooner")).toBe(false);
  });

  it("answers a priority only with slides that say more than the priority itself", () => {
    const priority = "A cloud forecast the board can rely on, quarter by quarter";
    expect(answerScore(priority, priority)).toEqual({ found: 0, needed: 2 });
    expect(answerScore(priority, `${priority}\nForecasts reviewed with the board each quarter`).found).toBe(3);
  });

  it("puts an agenda item behind a title with at least half its words", () => {
    expect(itemMatchesTitle("The plan: crawl, walk, run", "Crawl, walk, run: the plan for Northwind")).toBe(true);
    expect(itemMatchesTitle("Who does what", "Who does what, and when")).toBe(true);
    expect(itemMatchesTitle("What FinOps changes for you", "What we ask of you")).toBe(false);
  });
});
