/**
 * The data a figure cannot be computed without, for the figures that are null when it is missing or
 * zero, by their path under `figures` (a figure inside one that is null, such as `budget.variance`,
 * is found by its nearest null parent). An error can then name the field to fill in rather than the
 * template that used the figure. test/resolve/figureInputs.test.ts checks every path is a figure.
 */
export const FIGURE_INPUTS: Readonly<Record<string, string>> = {
  budget: "organization.cloudSpend.budget",
  forecastError: "organization.cloudSpend.budget",
  "revenue.shareNextYear": "organization.revenueGrowth",
  "revenue.growth": "organization.revenueGrowth",
  "revenue.growthMultiple": "organization.revenueGrowth",
  commitments: "organization.commitments",
  "commitments.committed": "organization.commitments.committed",
  "commitments.unusedCost": "organization.commitments.committed",
};

/** The data field a null figure at `path` (e.g. `figures.budget.variance`) needs, if known. */
export function missingInput(path: string): string | undefined {
  const parts = path.split(".");
  if (parts[0] !== "figures") return undefined;
  for (let n = parts.length; n > 1; n--) {
    const input = FIGURE_INPUTS[parts.slice(1, n).join(".")];
    if (input) return input;
  }
  return undefined;
}
