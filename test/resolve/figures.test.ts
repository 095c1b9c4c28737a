import { describe, expect, it } from "vitest";
import { computeFigures } from "../../src/resolve/figures.js";
import { OrganizationSchema } from "../../src/schema/organization.js";

const org = OrganizationSchema.parse({
  name: "Acme",
  industry: "Retail",
  cloudProviders: ["AWS"],
  cloudSpend: {
    annual: 1_000_000,
    growthRate: 0.3,
    budget: 800_000,
    monthly: [
      { month: "2026-01", amount: 80_000 },
      { month: "2026-02", amount: 100_000 },
    ],
  },
  revenue: 20_000_000,
  unallocatedShare: 0.25,
  estimatedWaste: 0.2,
  maturity: "crawl",
  ask: {
    sponsor: "CFO",
    team: [
      { role: "Lead", count: 1 },
      { role: "Analyst", count: 2 },
    ],
    budget: 100_000,
    timeline: "90 days",
  },
  earlyWins: [{ title: "a", saving: 10_000 }, { title: "b" }],
});

describe("computeFigures", () => {
  it("derives the figures slides show", () => {
    const f = computeFigures(org);
    expect(f.wasteAmount).toBe(200_000);
    expect(f.unallocatedAmount).toBe(250_000);
    expect(f.projectedSpend).toBeCloseTo(1_300_000);
    expect(f.cloudShareOfRevenue).toBeCloseTo(0.05);
    expect(f.historyChange).toBeCloseTo(0.25);
    expect(f.budgetVariance).toBeCloseTo(0.25);
    expect(f.teamSize).toBe(3);
    expect(f.wasteToAskRatio).toBeCloseTo(2);
    expect(f.earlyWinSavings).toBe(10_000);
    expect(f.allocation.map((a) => a.amount)).toEqual([750_000, 250_000]);
  });
});
