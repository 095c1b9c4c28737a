import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { selectTargets } from "../../src/build/selectTargets.js";
import { agrees, roundingOf } from "../../src/check/consistency.js";
import { answerScore, itemMatchesTitle, metricMention, metricVariants } from "../../src/check/audienceCoverage.js";
import { checkDeck } from "../../src/check/checkDeck.js";
import type { BillingFigures } from "../../src/check/billingFigures.js";
import { layoutDeck } from "../../src/layout/layoutDeck.js";
import { loadWorkspace } from "../../src/load/loadWorkspace.js";
import { createDeckRenderer } from "../../src/render/renderTarget.js";
import { validateWorkspace } from "../../src/validate/validateWorkspace.js";

const root = join(import.meta.dirname, "..", "fixtures", "checked");
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

/** checkDeck on the CFO copy of the clean fixture, with billing figures. */
async function checkCfo(billing?: BillingFigures) {
  const validation = validateWorkspace(await loadWorkspace(root));
  if (!validation.ok) throw new Error(validation.errors.map((e) => e.message).join("\n"));
  const workspace = validation.workspace;
  const target = selectTargets(workspace, { audiences: ["cfo"], today: "2026-06-15" }).targets[0]!;
  const theme = workspace.themes.get(target.deck.value.theme)!;
  const { rendered } = createDeckRenderer(workspace, target.deck, theme).renderer!.render(target);
  const laidOut = layoutDeck(rendered!, theme);
  return checkDeck({ workspace, rendered: rendered!, laidOut, today: "2026-06-15", billing }).map((f) => ({
    rule: f.rule,
    at: `${relative(root, f.file ?? "")}:${f.line}:${f.column}`,
    message: f.message,
  }));
}

describe("billing figures against the typed ones", () => {
  const agreeing: BillingFigures = {
    source: "FOCUS export, Jul 2025–Jun 2026",
    annual: 1_326_000,
    growth: 0.2,
    unallocatedShare: 0.25,
    allocatedShare: 0.75,
    monthly: [{ month: "2026-06", amount: 120_400 }],
  };
  const source = "(FOCUS export, Jul 2025–Jun 2026)";

  it("finds nothing when they agree within rounding", async () => {
    expect(await checkCfo(agreeing)).toEqual([]);
  });

  it("names each typed figure the billing data contradicts, where it is typed", async () => {
    const findings = await checkCfo({
      ...agreeing,
      unallocatedShare: 0.4,
      allocatedShare: 0.55,
      monthly: [{ month: "2026-06", amount: 131_000 }],
    });
    expect(findings).toEqual([
      { rule: "shares-sum", at: "decks/org.yaml:1:1", message: matching(/add up to 95%, not 100%/) },
      {
        rule: "billing-mismatch",
        at: "decks/org.yaml:18:33",
        message: `the spend of 2026-06 is $120K here, but the billing data says $131K ${source}`,
      },
      {
        rule: "billing-mismatch",
        at: "decks/org.yaml:20:19",
        message: `the unallocated share is 25% here, but the billing data says 40% ${source}`,
      },
    ]);
  });

  it("compares the annual spend and growth computed from the months when no month itself differs", async () => {
    const findings = await checkCfo({ ...agreeing, monthly: [], annual: 1_480_000, growth: 0.31 });
    expect(findings).toEqual([
      {
        rule: "billing-mismatch",
        at: "decks/org.yaml:6:5",
        message: `the annual spend is $1.33M here, but the billing data says $1.48M ${source}`,
      },
      {
        rule: "billing-mismatch",
        at: "decks/org.yaml:6:5",
        message: `growth is 20% here, but the billing data says 31% ${source}`,
      },
    ]);
  });
});

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
