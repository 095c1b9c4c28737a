/**
 * What each billing figure means, in the words `briefings figures` prints beside it. Usage rows are
 * rows whose ChargeCategory is `Usage`; every sum is over the chosen currency and period.
 */
export const BILLING_DEFINITIONS = {
  monthly: "per month of the period: the sum of EffectiveCost (effective), BilledCost (billed) and ListCost (list)",
  total: "sum of EffectiveCost (effective), BilledCost (billed) and ListCost (list) over every row of the period",
  firstMonth: "the first month of the period, as in monthly",
  latestMonth: "the last month of the period, as in monthly",
  change: "the last month's effective cost divided by the first month's, minus 1",
  runRate: "the last month's effective cost times 12",
  allocation:
    "usage rows whose tags give every allocation key a value, as a share of the effective cost of all usage rows; " +
    "unallocated is the rest",
  "commitment.coverage":
    "over usage rows in the covered service categories priced Standard or Committed and not Unused: ListCost " +
    "priced Committed divided by all their ListCost (an estimate: FOCUS does not say which usage a commitment " +
    "could cover)",
  "commitment.utilization":
    "1 minus the EffectiveCost of rows whose CommitmentDiscountStatus is Unused divided by that of rows Used or " +
    "Unused; unusedCost is that Unused cost (an estimate of commitment waste); cost is the EffectiveCost of rows " +
    "Used or Unused (what the commitments cost over the period, amortized)",
  savings:
    "over usage rows: rate = (ListCost − EffectiveCost) ÷ ListCost; negotiated = ListCost − ContractedCost; " +
    "commitment = ContractedCost − EffectiveCost",
  byService: "usage rows by provider, ServiceName and ServiceCategory: EffectiveCost and share of all usage",
  byProvider: "every row by provider (ServiceProviderName or ProviderName): EffectiveCost and share of the total",
  byTag: "usage rows by the value of one tag key (none: untagged): EffectiveCost and share of all usage",
} as const;

/** A billing figure that has a definition. */
export type BillingFigureName = keyof typeof BILLING_DEFINITIONS;

/** The definition that applies to a figure's path, e.g. `byTag.environment.0.cost` → byTag's. */
export function definitionOf(path: string): string | undefined {
  const names = Object.keys(BILLING_DEFINITIONS) as BillingFigureName[];
  const match = names
    .filter((name) => path === name || path.startsWith(`${name}.`))
    .sort((a, b) => b.length - a.length)[0];
  return match && BILLING_DEFINITIONS[match];
}
