import { describe, expect, it } from "vitest";
import type { SummaryRow } from "../../src/billing/billingSummary.js";
import { billingScope } from "../../src/validate/billingScope.js";

const row = (month: string, currency: string | null = "USD"): SummaryRow => ({
  month,
  currency,
  provider: "AWS",
  service: "EC2",
  category: "Compute",
  chargeCategory: "Usage",
  pricingCategory: "Standard",
  commitmentStatus: null,
  tags: null,
  rows: 1,
  billed: "1",
  effective: "1",
  list: "1",
  contracted: "1",
  contractedMissing: 0,
});

describe("billingScope", () => {
  it("covers the 12 months ending with the latest, every month listed, fewer when the data start later", () => {
    const months = ["2024-01", "2025-01", "2025-06", "2025-12"].map((m) => row(m));
    expect(billingScope(months, {})).toEqual({
      currency: "USD",
      months: [
        "2025-01",
        "2025-02",
        "2025-03",
        "2025-04",
        "2025-05",
        "2025-06",
        "2025-07",
        "2025-08",
        "2025-09",
        "2025-10",
        "2025-11",
        "2025-12",
      ],
    });
    expect(billingScope([row("2025-11"), row("2026-01")], {})).toMatchObject({
      months: ["2025-11", "2025-12", "2026-01"],
    });
  });

  it("takes the period named, with months that have no data", () => {
    expect(billingScope([row("2025-02")], { period: { from: "2025-01", to: "2025-03" } })).toEqual({
      currency: "USD",
      months: ["2025-01", "2025-02", "2025-03"],
    });
    expect(billingScope([row("2025-02")], { period: { from: "2024-01", to: "2024-03" } })).toMatchObject({
      field: "period",
    });
  });

  it("needs a currency named when the data hold several, and only then", () => {
    const rows = [row("2025-01", "USD"), row("2025-03", "EUR")];
    expect(billingScope(rows, {})).toMatchObject({ field: "" });
    expect(JSON.stringify(billingScope(rows, {}))).toMatch(/EUR, USD/);
    expect(billingScope(rows, { currency: "EUR" })).toEqual({ currency: "EUR", months: ["2025-03"] });
    expect(billingScope(rows, { currency: "GBP" })).toMatchObject({ field: "currency" });
    expect(JSON.stringify(billingScope([row("2025-01", "NULL")], {}))).toMatch(/no BillingCurrency/);
  });
});
