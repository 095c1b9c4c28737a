import type { SummaryRow } from "../billing/billingSummary.js";
import { focusValue } from "../billing/focusValue.js";
import { addMonths, monthRange } from "../model/months.js";

/** The currency and months the billing figures cover. */
export interface BillingScope {
  currency: string;
  /** Every month of the period, oldest first, `YYYY-MM`. */
  months: string[];
}

/** Why no scope could be chosen, with the settings field to point at. */
export interface BillingScopeProblem {
  /** Field under `billing` the problem is about (empty for the block itself). */
  field: "" | "currency" | "period";
  message: string;
  hint: string;
}

/**
 * Choose the currency (the one named, else the only one present) and the period (the months named,
 * else the 12 calendar months ending with the latest month that has rows in that currency, fewer
 * when the data start later). Pure.
 */
export function billingScope(
  rows: readonly SummaryRow[],
  settings: { currency?: string; period?: { from: string; to: string } },
): BillingScope | BillingScopeProblem {
  const months = new Map<string, Set<string>>();
  let noCurrency = 0;
  for (const row of rows) {
    const currency = focusValue(row.currency);
    if (currency === null) noCurrency += row.rows;
    else (months.get(currency) ?? months.set(currency, new Set()).get(currency)!).add(row.month);
  }
  if (noCurrency > 0)
    return {
      field: "",
      message: `${noCurrency} row${noCurrency === 1 ? " has" : "s have"} no BillingCurrency`,
      hint: "every FOCUS row names its billing currency; check the export",
    };
  const present = [...months.keys()].sort();
  if (present.length === 0)
    return { field: "", message: "the billing data hold no rows", hint: "check that the export has data rows" };
  let currency = settings.currency;
  if (currency === undefined) {
    if (present.length > 1)
      return {
        field: "",
        message: `the billing data hold several currencies (${present.join(", ")}) and none is chosen`,
        hint: `choose one with \`currency: ${present[0]!}\` under billing`,
      };
    currency = present[0]!;
  }
  const inCurrency = months.get(currency);
  if (!inCurrency)
    return {
      field: "currency",
      message: `the billing data hold no rows in ${currency}`,
      hint: `the data are in ${present.join(", ")}`,
    };
  const sorted = [...inCurrency].sort();
  if (settings.period) {
    const { from, to } = settings.period;
    const period = monthRange(from, to);
    if (!period.some((m) => inCurrency.has(m)))
      return {
        field: "period",
        message: `no billing data from ${from} to ${to} in ${currency}`,
        hint: `the data cover ${sorted[0]!} to ${sorted[sorted.length - 1]!}`,
      };
    return { currency, months: period };
  }
  const latest = sorted[sorted.length - 1]!;
  const earliest = addMonths(latest, -11);
  return { currency, months: monthRange(sorted[0]! > earliest ? sorted[0]! : earliest, latest) };
}
