import { BriefingError } from "../../errors.js";
import type { BillingSummary, SummaryRow } from "../../billing/billingSummary.js";
import { divideRounded, parseDecimal, SCALE } from "../../billing/decimal.js";
import { focusValue } from "../../billing/focusValue.js";
import type { BillingSettings } from "../../schema/billing.js";
import { billingScope } from "../../validate/billingScope.js";
import { tagValues, normalizeTagKey } from "./tagValues.js";

/** Options for {@link billingFigures}: the organization's billing settings and its locale. */
export type BillingOptions = Partial<
  Pick<BillingSettings, "currency" | "period" | "allocationTags" | "coverageCategories" | "breakdownTags">
> & {
  /** Locale for the month names in the source line (default en-US). */
  locale?: string;
};

/** One month of the period. Money is in the billing currency, rounded to cents. */
export interface BillingMonth {
  month: string;
  effective: number;
  billed: number;
  list: number;
}

/** Where the billing figures come from: what `briefings figures` and the sources slide show. */
export interface BillingSource {
  /** `focus`: computed from export files; `summary`: from a precomputed summary. */
  kind: "focus" | "summary";
  /** Files read, relative to the workspace. */
  files: string[];
  /** FOCUS rows read (all currencies and months). */
  rowsRead: number;
  /** FOCUS rows in the chosen currency and period. */
  rows: number;
  currency: string;
  period: { from: string; to: string };
  /** Anything about the data a reader of the figures should know. */
  notes: string[];
}

/**
 * Figures computed from the organization's FOCUS billing data (see BILLING_DEFINITIONS for each).
 * Money is in `currency`, rounded once to cents; ratios are fractions (0.31 = 31%) rounded to 6
 * decimals from unrounded sums; both half away from zero. A ratio whose divisor is 0 is null.
 */
export interface BillingFigures {
  currency: string;
  /** The months covered, oldest first, every month listed. */
  period: { from: string; to: string; months: string[] };
  /** Providers with cost in the period, largest first. */
  providers: string[];
  /** One line for a slide: "FOCUS export, AWS and Microsoft, Dec 2025–Nov 2026, amortized cost". */
  sourceLine: string;
  monthly: BillingMonth[];
  total: { effective: number; billed: number; list: number };
  firstMonth: BillingMonth;
  latestMonth: BillingMonth;
  /** Last month's effective cost ÷ first month's − 1. */
  change: number | null;
  /** Last month's effective cost × 12. */
  runRate: number;
  /** Null when no allocation tags are set. */
  allocation: {
    tags: string[];
    share: number | null;
    allocated: number;
    unallocated: number;
    /** Effective cost of all usage rows. */
    usage: number;
    /** Allocated and unallocated, for a pie or doughnut chart. */
    split: { name: string; amount: number }[];
  } | null;
  commitment: {
    categories: string[];
    coverage: number | null;
    utilization: number | null;
    unusedCost: number | null;
    /** What the commitments cost over the period, amortized (used and unused); null without commitment rows. */
    cost: number | null;
  };
  savings: {
    /** Effective savings rate. */
    rate: number | null;
    negotiated: number;
    commitment: number;
    list: number;
    effective: number;
  };
  byService: {
    provider: string | null;
    service: string | null;
    category: string | null;
    cost: number;
    share: number | null;
  }[];
  byProvider: { provider: string | null; name: string; cost: number; share: number | null }[];
  /** By tag key (as written in breakdownTags, trimmed and lower-cased). `name` is the value or "untagged". */
  byTag: Record<string, { value: string | null; name: string; cost: number; share: number | null }[]>;
  source: BillingSource;
}

const CENT = 10n ** BigInt(SCALE - 2);
const RATIO = 10n ** 6n;
const money = (units: bigint) => Number(divideRounded(units, CENT)) / 100;
const ratio = (a: bigint, b: bigint) => (b === 0n ? null : Number(divideRounded(a * RATIO, b)) / 1e6);
const units = (text: string) => parseDecimal(text) ?? 0n; // summaries are checked when read

interface Sums {
  effective: bigint;
  billed: bigint;
  list: bigint;
}

const memo = new WeakMap<BillingSummary, Map<string, BillingFigures>>();

/**
 * Compute the billing figures from a summary. Pure (and remembered per summary and options). Throws
 * a BriefingError when no currency or period can be chosen (validation reports that first).
 */
export function billingFigures(summary: BillingSummary, options: BillingOptions = {}): BillingFigures {
  const key = JSON.stringify(options);
  const known = memo.get(summary)?.get(key);
  if (known) return known;
  const figures = compute(summary, options);
  (memo.get(summary) ?? memo.set(summary, new Map()).get(summary)!).set(key, figures);
  return figures;
}

function compute(summary: BillingSummary, options: BillingOptions): BillingFigures {
  const scope = billingScope(summary.rows, options);
  if ("field" in scope) throw new BriefingError(scope.message, { code: "billing-scope", hint: scope.hint });
  const { currency, months } = scope;
  const allocationKeys = options.allocationTags?.map(normalizeTagKey);
  const breakdownKeys = [...new Set((options.breakdownTags ?? []).map(normalizeTagKey))];
  const tagKeys = [...(allocationKeys ?? []), ...breakdownKeys];
  const coverageCategories = options.coverageCategories ?? ["Compute", "Databases"];
  const tagCache = new Map<string | null, (string | null)[]>();

  const monthly = new Map<string, Sums>(months.map((m) => [m, { effective: 0n, billed: 0n, list: 0n }]));
  const byProvider = new Map<string | null, bigint>();
  const byService = new Map<
    string,
    { provider: string | null; service: string | null; category: string | null; cost: bigint }
  >();
  const byTag = new Map<string, Map<string | null, bigint>>(breakdownKeys.map((k) => [k, new Map()]));
  const usage = { effective: 0n, list: 0n, contracted: 0n, allocated: 0n, contractedMissing: 0 };
  const coverage = { committed: 0n, eligible: 0n };
  const commitment = { unused: 0n, used: 0n, seen: false };
  let rows = 0;

  for (const row of summary.rows) {
    const sums = monthly.get(row.month);
    if (!sums || focusValue(row.currency) !== currency) continue;
    rows += row.rows;
    const effective = units(row.effective);
    sums.effective += effective;
    sums.billed += units(row.billed);
    sums.list += units(row.list);
    const provider = focusValue(row.provider);
    add(byProvider, provider, effective);
    const status = focusValue(row.commitmentStatus);
    if (status === "Used" || status === "Unused") {
      commitment.seen = true;
      commitment.used += effective;
      if (status === "Unused") commitment.unused += effective;
    }
    if (focusValue(row.chargeCategory) !== "Usage") continue;
    const list = units(row.list);
    usage.effective += effective;
    usage.list += list;
    usage.contracted += units(row.contracted);
    usage.contractedMissing += row.contractedMissing;
    const values = tagsOf(row, tagKeys, tagCache);
    if (allocationKeys && values.slice(0, allocationKeys.length).every((v) => v !== null)) usage.allocated += effective;
    breakdownKeys.forEach((k, i) => {
      add(byTag.get(k)!, values[(allocationKeys?.length ?? 0) + i] ?? null, effective);
    });
    const service = focusValue(row.service);
    const category = focusValue(row.category);
    const serviceKey = JSON.stringify([provider, service, category]);
    const entry = byService.get(serviceKey) ?? { provider, service, category, cost: 0n };
    entry.cost += effective;
    byService.set(serviceKey, entry);
    const pricing = focusValue(row.pricingCategory);
    if (
      category !== null &&
      coverageCategories.includes(category) &&
      (pricing === "Standard" || pricing === "Committed") &&
      status !== "Unused"
    ) {
      coverage.eligible += list;
      if (pricing === "Committed") coverage.committed += list;
    }
  }

  const series = months.map((month) => {
    const s = monthly.get(month)!;
    return { month, effective: money(s.effective), billed: money(s.billed), list: money(s.list) };
  });
  const total = [...monthly.values()].reduce(
    (t, s) => ({ effective: t.effective + s.effective, billed: t.billed + s.billed, list: t.list + s.list }),
    { effective: 0n, billed: 0n, list: 0n },
  );
  const first = monthly.get(months[0]!)!.effective;
  const last = monthly.get(months[months.length - 1]!)!.effective;
  const providers = [...byProvider.entries()].sort(byCostThenName);
  const period = { from: months[0]!, to: months[months.length - 1]! };
  const providerNames = providers.map(([p]) => p ?? "unknown provider");
  const notes: string[] = [];
  if (usage.contractedMissing > 0)
    notes.push(
      `ContractedCost is empty on ${usage.contractedMissing} usage row${usage.contractedMissing === 1 ? "" : "s"}; ` +
        "it counts as 0 in negotiated and commitment savings",
    );

  return {
    currency,
    period: { ...period, months },
    providers: providerNames,
    sourceLine: sourceLine(summary.kind, providerNames, period, options.locale ?? "en-US"),
    monthly: series,
    total: { effective: money(total.effective), billed: money(total.billed), list: money(total.list) },
    firstMonth: series[0]!,
    latestMonth: series[series.length - 1]!,
    change: first === 0n ? null : ratio(last - first, first),
    runRate: money(last * 12n),
    allocation: allocationKeys
      ? {
          tags: options.allocationTags!,
          share: ratio(usage.allocated, usage.effective),
          allocated: money(usage.allocated),
          unallocated: money(usage.effective - usage.allocated),
          usage: money(usage.effective),
          split: [
            { name: "Allocated", amount: money(usage.allocated) },
            { name: "Unallocated", amount: money(usage.effective - usage.allocated) },
          ],
        }
      : null,
    commitment: {
      categories: coverageCategories,
      coverage: ratio(coverage.committed, coverage.eligible),
      utilization: commitment.seen ? ratio(commitment.used - commitment.unused, commitment.used) : null,
      unusedCost: commitment.seen ? money(commitment.unused) : null,
      cost: commitment.seen ? money(commitment.used) : null,
    },
    savings: {
      rate: ratio(usage.list - usage.effective, usage.list),
      negotiated: money(usage.list - usage.contracted),
      commitment: money(usage.contracted - usage.effective),
      list: money(usage.list),
      effective: money(usage.effective),
    },
    byService: [...byService.values()]
      .sort(
        (a, b) =>
          compareCost(a.cost, b.cost) ||
          compareText(a.service, b.service) ||
          compareText(a.provider, b.provider) ||
          compareText(a.category, b.category),
      )
      .map((s) => ({ ...s, cost: money(s.cost), share: ratio(s.cost, usage.effective) })),
    byProvider: providers.map(([provider, cost]) => ({
      provider,
      name: provider ?? "unknown provider",
      cost: money(cost),
      share: ratio(cost, total.effective),
    })),
    byTag: Object.fromEntries(
      breakdownKeys.map((k) => [
        k,
        [...byTag.get(k)!.entries()].sort(byCostThenName).map(([value, cost]) => ({
          value,
          name: value ?? "untagged",
          cost: money(cost),
          share: ratio(cost, usage.effective),
        })),
      ]),
    ),
    source: {
      kind: summary.kind,
      files: summary.files.map((f) => f.path),
      rowsRead: summary.rowsRead,
      rows,
      currency,
      period,
      notes,
    },
  };
}

function tagsOf(row: SummaryRow, keys: string[], cache: Map<string | null, (string | null)[]>): (string | null)[] {
  let values = cache.get(row.tags);
  if (!values) cache.set(row.tags, (values = tagValues(row.tags, keys)));
  return values;
}

function add<K>(map: Map<K, bigint>, key: K, amount: bigint): void {
  map.set(key, (map.get(key) ?? 0n) + amount);
}

function compareCost(a: bigint, b: bigint): number {
  return a === b ? 0 : a > b ? -1 : 1;
}

/** Ascending by code points, absent values last: the same order on every machine. */
function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function byCostThenName([a, x]: [string | null, bigint], [b, y]: [string | null, bigint]): number {
  return compareCost(x, y) || compareText(a, b);
}

function sourceLine(
  kind: "focus" | "summary",
  providers: string[],
  period: { from: string; to: string },
  locale: string,
) {
  const month = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" });
  const name = (m: string) => month.format(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1));
  const months = period.from === period.to ? name(period.from) : `${name(period.from)}–${name(period.to)}`;
  const who = new Intl.ListFormat(locale, { type: "conjunction" }).format(providers);
  return [kind === "focus" ? "FOCUS export" : "FOCUS summary", who, months, "amortized cost"]
    .filter(Boolean)
    .join(", ");
}
