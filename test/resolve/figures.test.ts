import { describe, expect, it } from "vitest";
import { organizationFacts } from "../../src/resolve/billing/organizationFacts.js";
import { computeFigures } from "../../src/resolve/figures.js";
import { OrganizationSchema, type OrganizationInput } from "../../src/schema/organization.js";

const base = {
  name: "Acme",
  industry: "Retail",
  cloudProviders: ["AWS"],
  cloudSpend: {
    budget: 1_000_000,
    monthly: [
      { month: "2026-01", amount: 80_000 },
      { month: "2026-02", amount: 90_000 },
      { month: "2026-03", amount: 100_000 },
    ],
  },
  revenue: 20_000_000,
  revenueGrowth: 0.05,
  unallocatedShare: 0.25,
  estimatedWaste: 0.2,
  maturity: "crawl",
  ask: {
    sponsor: "cfo",
    team: [
      { role: "Lead", count: 1, cost: 60_000 },
      { role: "Analyst", count: 2, cost: 80_000 },
    ],
    tooling: { decision: "A platform", cost: 10_000 },
    timeline: "90 days",
  },
  earlyWins: [{ title: "a", saving: 120_000, start: "2026-05" }, { title: "b", saving: 60_000 }, { title: "c" }],
  roadmap: [
    { stage: "crawl", from: "2026-04", to: "2026-06", goals: ["Tags"] },
    { stage: "walk", from: "2026-07", goals: ["Budgets"] },
  ],
} satisfies OrganizationInput;

const figuresOf = (input: OrganizationInput, date = "2026-04-10", metrics: string[] = []) =>
  computeFigures(organizationFacts(OrganizationSchema.parse(input), null), { keyMetrics: metrics }, date);

describe("computeFigures", () => {
  it("derives spend from the monthly history: annualized, growth, run rate, projection", () => {
    const { spend } = figuresOf(base);
    expect(spend.annual).toBe((270_000 / 3) * 12); // three months, annualized
    expect(spend.annualMonths).toBe(3);
    expect(spend.runRate).toBe(1_200_000);
    expect(spend.growth).toBeCloseTo(0.25); // 80K → 100K
    expect(spend.growthFrom).toBe("2026-01");
    expect(spend.monthlyGrowth).toBeCloseTo(Math.sqrt(1.25) - 1);
    let next = 0;
    for (let k = 1; k <= 12; k++) next += 100_000 * Math.sqrt(1.25) ** k;
    expect(spend.projectedNextYear).toBeCloseTo(next);
  });

  it("measures growth against the same month a year earlier when the history reaches back that far", () => {
    const monthly = Array.from({ length: 14 }, (_, i) => ({
      month: `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
      amount: 100 + i * 10,
    }));
    const { spend } = figuresOf({ ...base, cloudSpend: { monthly } });
    expect(spend.growthFrom).toBe("2025-02"); // 13 months before 2026-02
    expect(spend.growth).toBeCloseTo(230 / 110 - 1);
    expect(spend.annual).toBe(monthly.slice(-12).reduce((s, m) => s + m.amount, 0));
  });

  it("forecasts the fiscal year at today's run rate against the budget", () => {
    const { budget } = figuresOf(base);
    expect(budget).not.toBeNull();
    expect(budget!.from).toBe("2026-01");
    expect(budget!.actualToDate).toBe(270_000);
    expect(budget!.monthsRemaining).toBe(9);
    expect(budget!.forecast).toBe(270_000 + 9 * 100_000);
    expect(budget!.variance).toBeCloseTo(0.17);
    expect(budget!.over).toBe(true);
    expect(budget!.cumulative[2]).toEqual({ month: "2026-03", budget: 250_000, actual: 270_000, forecast: 270_000 });
    expect(budget!.cumulative[3]!.actual).toBeNull();
    expect(budget!.cumulative[0]!.forecast).toBeNull();
    // A fiscal year starting in April holds March in the year before.
    expect(figuresOf({ ...base, fiscalYearStart: 4 }).budget!.from).toBe("2025-04");
    expect(figuresOf({ ...base, cloudSpend: { monthly: base.cloudSpend.monthly } }).budget).toBeNull();
    // A budget of 0 is no budget to steer by: no variance against it (and no division by it).
    expect(figuresOf({ ...base, cloudSpend: { budget: 0, monthly: base.cloudSpend.monthly } }).budget).toBeNull();
    expect(
      figuresOf({ ...base, cloudSpend: { budget: 0, monthly: base.cloudSpend.monthly } }).forecastError,
    ).toBeNull();
  });

  it("computes the ask from its parts, payback from the early wins and the year by quarter", () => {
    const { ask, earlyWins, waste } = figuresOf(base);
    expect(ask.budget).toBe(150_000);
    expect(ask.people).toBe(140_000);
    expect(ask.teamSize).toBe(3);
    expect(ask.start).toBe("2026-04"); // the first roadmap stage
    expect(earlyWins.count).toBe(2); // a win without a saving is not counted
    expect(earlyWins.total).toBe(180_000);
    // b saves 5K a month from April, a 10K from May: 5, 20, 35, 50, 65, 80, 95, 110, 125, 140, 155 → month 11.
    expect(ask.paybackMonths).toBe(11);
    // Without the largest win (a), b's 5K a month takes 30 months: not within the 24 looked at.
    expect(ask.paybackWithoutLargest).toEqual({ title: "a", months: null });
    // With a bigger second win it comes back: b at 120K a year from April covers 150K in month 15.
    const twoBig = figuresOf({
      ...base,
      earlyWins: [
        { title: "a", saving: 240_000, start: "2026-05" },
        { title: "b", saving: 120_000 },
      ],
    });
    expect(twoBig.ask.paybackWithoutLargest).toEqual({ title: "a", months: 15 });
    expect(figuresOf({ ...base, earlyWins: [{ title: "a", saving: 120_000 }] }).ask.paybackWithoutLargest).toBeNull();
    expect(ask.quarters.map((q) => q.savings)).toEqual([35_000, 45_000, 45_000, 45_000]);
    expect(ask.savingsYearOne).toBe(170_000);
    expect(ask.netYearOne).toBe(20_000);
    expect(ask.quarters.map((q) => q.toRecover)).toEqual([115_000, 70_000, 25_000, 0]);
    expect(waste.atRunRate).toBeCloseTo(240_000);
    expect(ask.wasteToAskRatio).toBeCloseTo(1.6);
  });

  it("marks roadmap stages by the deck's date and names the measures short of the next stage", () => {
    const before = figuresOf(base, "2026-03-01");
    expect(before.roadmap.map((r) => r.status)).toEqual(["next", "later"]);
    expect(before.plan).toMatchObject({ now: null, next: { stage: "crawl" } });
    const during = figuresOf(base, "2026-05-15");
    expect(during.roadmap.map((r) => r.status)).toEqual(["now", "later"]);
    expect(during.plan).toMatchObject({ now: { stage: "crawl" }, next: { stage: "walk" } });
    expect(figuresOf(base, "2027-01-01").roadmap.map((r) => r.status)).toEqual(["done", "now"]);
    // 17% forecast error is short of walk's 15%; 75% allocation of its 80%; no commitments measured.
    // Unmeasured is neither short of a target nor meeting it: it is listed apart.
    expect(during.maturity.gaps).toEqual(["budget variance", "allocation"]);
    expect(during.maturity.unmeasured).toEqual(["commitment coverage"]);
    // Against crawl's own targets (20% or less, 50% or more) both measured ones pass; unmeasured is not "below".
    expect(during.maturity.belowStage).toEqual([]);
    expect(figuresOf({ ...base, unallocatedShare: 0.6 }, "2026-05-15").maturity.belowStage).toEqual(["allocation"]);
  });

  it("gives each key metric a number from the organization's own metrics or the cloud figures", () => {
    const f = figuresOf({ ...base, metrics: [{ name: "Gross margin", value: 0.4, format: "percent" }] }, "2026-04-10", [
      "Gross Margins",
      "Revenue Growth",
      "Predictability",
      "Engineering productivity",
    ]);
    expect(f.keyMetrics.map((m) => [m.metric, m.value])).toEqual([
      ["Gross Margins", 0.4],
      ["Revenue Growth", 0.05],
      ["Predictability", expect.closeTo(0.17)],
      ["Engineering productivity", null],
    ]);
  });
});
