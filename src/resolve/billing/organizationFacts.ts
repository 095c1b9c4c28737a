import { BriefingError } from "../../errors.js";
import type { Organization, OrganizationFacts } from "../../schema/organization.js";
import { billedSpendBy } from "../../validate/figureSources.js";
import type { BillingFigures } from "./billingFigures.js";
import { normalizeTagKey } from "./tagValues.js";

/**
 * The organization with every figure the deck's figures are computed from. Without billing data
 * these are the typed ones; with it, the monthly spend, unallocated share, commitments and spend by
 * service (and by team or environment when billing.breakdownTags name them) are measured from the
 * billing data, in the shape the typed ones have, so figures are computed one way whatever their
 * source. Amounts "a year" are the period's, scaled to 12 months when the period is shorter. Pure.
 */
export function organizationFacts(org: Organization, billing: BillingFigures | null): OrganizationFacts {
  if (!billing || !org.billing) {
    const monthly = org.cloudSpend.monthly;
    const unallocatedShare = org.unallocatedShare;
    // Validation reports both as missing first; this only guards a caller that skipped it.
    if (monthly === undefined || unallocatedShare === undefined)
      throw new BriefingError(`${org.name}: no monthly spend or unallocated share, typed or from billing data`, {
        code: "missing-field",
        hint: "type cloudSpend.monthly and unallocatedShare, or name billing data under `billing`",
      });
    return { ...org, cloudSpend: { ...org.cloudSpend, monthly }, unallocatedShare };
  }
  const toYear = 12 / billing.period.months.length;
  const { allocation, commitment } = billing;
  // Shares from the cent amounts rather than the rounded ratios, so the amounts computed back agree to the cent.
  const unallocatedShare = allocation
    ? allocation.usage > 0
      ? allocation.unallocated / allocation.usage
      : 0
    : org.unallocatedShare;
  if (unallocatedShare === undefined)
    throw new BriefingError(`${org.name}: no unallocated share, typed or from billing data`, {
      code: "missing-field",
      hint: "type unallocatedShare, or set billing.allocationTags",
    });
  // Validation keeps the billed lists out of the typed spendBy, so these only add to it.
  const spendBy: NonNullable<Organization["spendBy"]> = { ...org.spendBy };
  const service = servicesByName(billing.byService, toYear);
  if (service.length > 0) spendBy.service = service;
  for (const key of billedSpendBy(org.billing)) {
    const values = billing.byTag[normalizeTagKey(key)] ?? [];
    // Spend by team counts allocated spend only; environments keep what has none, so shares add up.
    const kept = key === "team" ? values.filter((v) => v.value !== null) : values;
    const named = kept
      .filter((v) => v.cost > 0)
      .map((v) => ({ name: v.value === null ? `No ${key} tag` : capitalize(v.value), amount: v.cost * toYear }));
    if (named.length > 0) spendBy[key] = named;
  }
  return {
    ...org,
    cloudSpend: { ...org.cloudSpend, monthly: billing.monthly.map((m) => ({ month: m.month, amount: m.effective })) },
    unallocatedShare,
    commitments:
      commitment.cost === null || commitment.unusedCost === null || commitment.cost <= 0
        ? undefined
        : {
            coverage: commitment.coverage ?? 0,
            utilization: 1 - commitment.unusedCost / commitment.cost,
            committed: commitment.cost * toYear,
          },
    spendBy: Object.keys(spendBy).length > 0 ? spendBy : undefined,
  };
}

/** Usage cost by service name (one service can appear under several categories), largest first. */
function servicesByName(services: BillingFigures["byService"], toYear: number): { name: string; amount: number }[] {
  const byName = new Map<string, number>();
  for (const s of services) {
    const name = s.service ?? "Unnamed service";
    byName.set(name, (byName.get(name) ?? 0) + s.cost);
  }
  return [...byName.entries()]
    .filter(([, cost]) => cost > 0)
    .map(([name, cost]) => ({ name, amount: cost * toYear }))
    .sort((a, b) => b.amount - a.amount || (a.name < b.name ? -1 : 1));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
