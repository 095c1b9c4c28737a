import { describe, expect, it } from "vitest";
import { lookupPath } from "../../src/render/dataPath.js";
import { FIGURE_INPUTS, missingInput } from "../../src/resolve/figureInputs.js";
import { organizationFacts } from "../../src/resolve/billing/organizationFacts.js";
import { computeFigures } from "../../src/resolve/figures.js";
import { OrganizationSchema, type OrganizationInput } from "../../src/schema/organization.js";

describe("FIGURE_INPUTS", () => {
  // An organization that types every optional fact: each listed figure is there, and not null.
  const data = {
    name: "Acme",
    industry: "Retail",
    cloudProviders: ["AWS"],
    cloudSpend: {
      budget: 1_000_000,
      monthly: [
        { month: "2026-01", amount: 80_000 },
        { month: "2026-02", amount: 90_000 },
      ],
    },
    revenue: 20_000_000,
    revenueGrowth: 0.05,
    unallocatedShare: 0.25,
    estimatedWaste: 0.2,
    maturity: "crawl",
    commitments: { coverage: 0.5, utilization: 0.9, committed: 300_000 },
    ask: { sponsor: "cfo", team: [{ role: "Lead", count: 1, cost: 60_000 }], timeline: "90 days" },
  } satisfies OrganizationInput;
  const figures = computeFigures(
    organizationFacts(OrganizationSchema.parse(data), null),
    { keyMetrics: [] },
    "2026-12-01",
  );

  it("names figures that exist, and organization fields the schema has", () => {
    for (const [path, input] of Object.entries(FIGURE_INPUTS)) {
      const figure = lookupPath(figures, path);
      expect(figure.found && figure.value !== null, `figures.${path}`).toBe(true);
      expect(lookupPath({ organization: data }, input).found, input).toBe(true);
    }
  });

  it("finds the data a figure inside an empty one needs", () => {
    expect(missingInput("figures.budget.variance")).toBe("organization.cloudSpend.budget");
    expect(missingInput("figures.forecastError")).toBe("organization.cloudSpend.budget");
    expect(missingInput("figures.spend.annual")).toBeUndefined();
    expect(missingInput("organization.cloudSpend.budget")).toBeUndefined();
  });
});
