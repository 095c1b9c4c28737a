import { locate, type SourceFile } from "../load/sourceFile.js";
import { createFormatter, type Formatter } from "../render/format.js";
import type { Organization } from "../schema/organization.js";
import type { BillingFigures } from "./billingFigures.js";
import type { DeckUnderCheck, RuleSet } from "./deckUnderCheck.js";
import type { RuleFinding } from "./finding.js";

/** Inconsistent data: figures that contradict each other beyond rounding. */
export const consistency: RuleSet = (deck) => {
  const entity = deck.workspace.organizations.get(deck.target.deck.organizationFile);
  if (!entity) return [];
  const org = entity.value;
  const format = createFormatter(org.locale, org.currency);
  const { tolerance, growthTolerance } = deck.config;
  return [
    ...annualVsMonths(org, entity.source, format, tolerance),
    ...growthMismatch(org, entity.source, format, growthTolerance),
    ...sharesSum(deck, tolerance),
    ...winsExceedWaste(org, entity.source, format, tolerance),
    ...(deck.billing ? billingMismatch(org, entity.source, deck.billing, format, tolerance, growthTolerance) : []),
  ];
};

/**
 * Half a unit of the last significant digit a figure is written with: 18,600,000 is "18.6 million"
 * give or take 50,000; 0.34 is 34% give or take half a point.
 */
export function roundingOf(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  for (let k = 15; k >= -12; k--) {
    const scaled = Math.abs(value) / 10 ** k;
    if (Math.round(scaled) === 0) continue;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, scaled)) return 10 ** k / 2;
  }
  return 0;
}

/** Whether a typed figure agrees with one computed from other data: within its rounding or the relative tolerance. */
export function agrees(typed: number, computed: number, tolerance: number): boolean {
  return Math.abs(typed - computed) <= Math.max(roundingOf(typed), tolerance * Math.abs(computed)) + 1e-9;
}

function annualVsMonths(org: Organization, source: SourceFile, format: Formatter, tolerance: number): RuleFinding[] {
  const { annual, monthly } = org.cloudSpend;
  if (monthly.length < 12) return [];
  const lastYear = monthly.slice(-12);
  const sum = lastYear.reduce((total, m) => total + m.amount, 0);
  const runRate = monthly[monthly.length - 1]!.amount * 12;
  if (agrees(annual, sum, tolerance) || agrees(annual, runRate, tolerance)) return [];
  const money = (v: number) => format.money(v, { compact: true, digits: 2 });
  return [
    {
      rule: "annual-vs-months",
      ...locate(source, ["cloudSpend", "annual"]),
      message:
        `annual spend ${money(annual)} matches neither the last twelve months of the history ` +
        `(${money(sum)}, ${lastYear[0]!.month} to ${lastYear[11]!.month}) ` +
        `nor the latest month × 12 (${money(runRate)})`,
      hint: "set cloudSpend.annual to the sum of the last twelve months, or correct the monthly amounts",
    },
  ];
}

/** The yearly growth the monthly history shows, and how it was read; undefined for less than six months. */
export function historyGrowth(
  monthly: Organization["cloudSpend"]["monthly"],
): { rate: number; how: string } | undefined {
  const n = monthly.length;
  const latest = monthly[n - 1];
  if (!latest) return undefined;
  if (n >= 24) {
    const sum = (from: number, to: number) => monthly.slice(from, to).reduce((t, m) => t + m.amount, 0);
    const previous = sum(n - 24, n - 12);
    if (previous > 0)
      return { rate: sum(n - 12, n) / previous - 1, how: "the last twelve months against the twelve before" };
  }
  const yearAgo = monthly.find((m) => m.month === shiftMonth(latest.month, -12));
  if (yearAgo && yearAgo.amount > 0)
    return { rate: latest.amount / yearAgo.amount - 1, how: `${latest.month} against ${yearAgo.month}` };
  const first = monthly[0]!;
  const span = monthsBetween(first.month, latest.month);
  if (span < 6 || first.amount <= 0) return undefined;
  const change = latest.amount / first.amount - 1;
  return {
    rate: (1 + change) ** (12 / span) - 1,
    how: `${first.month} to ${latest.month}: ${(change * 100).toFixed(0)}% in ${span} months, a year at that pace`,
  };
}

function growthMismatch(org: Organization, source: SourceFile, format: Formatter, tolerance: number): RuleFinding[] {
  const { growthRate, monthly } = org.cloudSpend;
  const implied = historyGrowth(monthly);
  if (!implied || Math.abs(implied.rate - growthRate) <= Math.max(tolerance, roundingOf(growthRate)) + 1e-9) return [];
  return [
    {
      rule: "growth-mismatch",
      ...locate(source, ["cloudSpend", "growthRate"]),
      message:
        `growth is given as ${format.percent(growthRate)} a year, but the monthly history shows ` +
        `${format.percent(implied.rate)} (${implied.how})`,
      hint:
        "make growthRate agree with the history; thirteen months or more let the history give year-over-year " +
        "growth directly (growthTolerance sets how far apart they may be)",
    },
  ];
}

/** Pie and doughnut charts of percentages: the slices are parts of one whole. */
function sharesSum(deck: DeckUnderCheck, tolerance: number): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const view of deck.views) {
    const slide = view.slide;
    if (slide.layout !== "chart" || slide.chart.format !== "percent") continue;
    if (slide.chart.kind !== "pie" && slide.chart.kind !== "doughnut") continue;
    slide.chart.series.forEach((series, i) => {
      const total = series.values.reduce((t, v) => t + v, 0);
      // Each slice may be rounded by half its last digit.
      const rounding = series.values.reduce((t, v) => t + roundingOf(v), 0);
      if (Math.abs(total - 1) <= Math.max(rounding, tolerance) + 1e-9) return;
      findings.push({
        rule: "shares-sum",
        ...locate(deck.target.deck.source, ["slides", view.index, "chart", "series", i, "values"]),
        slide: view.shown,
        message: `the slices of "${series.name}" add up to ${(total * 100).toFixed(1)}%, not 100%`,
        hint: "a pie or doughnut shows parts of one whole: bind it to shares that add up (e.g. figures.allocation)",
      });
    });
  }
  return findings;
}

function winsExceedWaste(org: Organization, source: SourceFile, format: Formatter, tolerance: number): RuleFinding[] {
  const wins = org.earlyWins.reduce((t, w) => t + (w.saving ?? 0), 0);
  const waste = org.cloudSpend.annual * org.estimatedWaste;
  if (wins <= waste * (1 + tolerance)) return [];
  const money = (v: number) => format.money(v, { compact: true, digits: 2 });
  return [
    {
      rule: "wins-exceed-waste",
      ...locate(source, ["earlyWins"]),
      message:
        `the early wins save ${money(wins)} a year, ` +
        `more than the estimated waste they come from (${money(waste)})`,
      hint: "check the savings of the early wins and estimatedWaste: a saving cannot exceed the waste it removes",
    },
  ];
}

function billingMismatch(
  org: Organization,
  source: SourceFile,
  billing: BillingFigures,
  format: Formatter,
  tolerance: number,
  growthTolerance: number,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const money = (v: number) => format.money(v, { compact: true, digits: 2 });
  const differ = (path: (string | number)[], typed: string, billed: string, label = path.join(".")) =>
    findings.push({
      rule: "billing-mismatch",
      ...locate(source, path),
      message: `${label} is typed as ${typed}, but the billing data says ${billed} (${billing.source})`,
      hint: "show the billing figure in the deck and remove the typed one, or correct it",
    });
  if (billing.annual !== undefined && !agrees(org.cloudSpend.annual, billing.annual, tolerance))
    differ(["cloudSpend", "annual"], money(org.cloudSpend.annual), money(billing.annual));
  if (billing.growthRate !== undefined && Math.abs(org.cloudSpend.growthRate - billing.growthRate) > growthTolerance)
    differ(["cloudSpend", "growthRate"], format.percent(org.cloudSpend.growthRate), format.percent(billing.growthRate));
  if (billing.unallocatedShare !== undefined && !agrees(org.unallocatedShare, billing.unallocatedShare, tolerance))
    differ(["unallocatedShare"], format.percent(org.unallocatedShare), format.percent(billing.unallocatedShare));
  const billed = new Map((billing.monthly ?? []).map((m) => [m.month, m.amount]));
  org.cloudSpend.monthly.forEach((m, i) => {
    const amount = billed.get(m.month);
    if (amount !== undefined && !agrees(m.amount, amount, tolerance))
      differ(["cloudSpend", "monthly", i, "amount"], money(m.amount), money(amount), `the spend of ${m.month}`);
  });
  if (billing.allocatedShare !== undefined && billing.unallocatedShare !== undefined) {
    const total = billing.allocatedShare + billing.unallocatedShare;
    if (Math.abs(total - 1) > tolerance)
      findings.push({
        rule: "shares-sum",
        ...locate(source, []),
        message:
          `allocated and unallocated spend in the billing data add up to ${format.percent(total)}, ` +
          `not 100% (${billing.source})`,
        hint: "check the allocation tags the billing figures are computed with",
      });
  }
  return findings;
}

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}
