import type { MetricFormat, OrganizationFacts } from "../schema/organization.js";
import type { Breakdown } from "./breakdown.js";
import type { BudgetFigures, SpendFigures } from "./spendFigures.js";
import type { ValueCase } from "./valueCase.js";

/** A number with how to show it and what it is. */
export interface Measured {
  value: number;
  format: MetricFormat;
  /** What the number is, in a few words. */
  basis: string;
  /** A change, shown with its sign (+11%). */
  signed?: boolean;
}

/** One of a persona's key metrics: today's value when the data has one, and cloud's part in it. */
export interface KeyMetric {
  /** The metric as the persona names it. */
  metric: string;
  /** Today's value, or null when nothing in the data measures it yet. */
  value: number | null;
  format: MetricFormat;
  /** What the number is ("" when there is none). */
  basis: string;
  /** Cloud spend's part in the metric, where the data shows it. */
  cloud: Measured | null;
}

interface MeasureInput {
  org: OrganizationFacts;
  spend: SpendFigures;
  budget: BudgetFigures | null;
  value: ValueCase;
  breakdown: Breakdown;
}

/** What the figures say about one kind of metric: its value today, and cloud's part in it. */
interface Measure {
  matches: RegExp;
  today?: (f: MeasureInput, own: Measured | undefined) => Measured | null;
  cloud?: (f: MeasureInput, own: Measured | undefined) => Measured | null;
}

const grossMargin = (org: OrganizationFacts) =>
  org.metrics.find((m) => /gross margin/i.test(m.name) && m.format === "percent")?.value;

// The first measure whose pattern matches a metric's name answers it. Cloud's part is a share the
// data supports (of gross profit, of COGS), never a guess.
const MEASURES: Measure[] = [
  {
    matches: /revenue growth/i,
    today: ({ org }) =>
      org.revenueGrowth === undefined
        ? null
        : { value: org.revenueGrowth, format: "percent", basis: "revenue growth over the last year" },
    cloud: ({ spend }) => ({
      value: spend.annualGrowth,
      format: "percent",
      basis: "a year in cloud spend",
      signed: true,
    }),
  },
  {
    matches: /gross margin/i,
    cloud: ({ org, spend }) => {
      const margin = grossMargin(org);
      return margin && org.revenue > 0
        ? { value: spend.annual / (org.revenue * margin), format: "percent", basis: "of gross profit is cloud spend" }
        : null;
    },
  },
  {
    matches: /cogs|cost of goods/i,
    today: ({ org }) => {
      const margin = grossMargin(org);
      return margin === undefined || org.revenue <= 0
        ? null
        : { value: org.revenue * (1 - margin), format: "currency", basis: "revenue less gross profit" };
    },
    cloud: ({ org, spend }, own) => {
      const margin = grossMargin(org);
      const cogs =
        own?.format === "currency" ? own.value : margin === undefined ? undefined : org.revenue * (1 - margin);
      return cogs ? { value: spend.annual / cogs, format: "percent", basis: "of COGS is cloud spend" } : null;
    },
  },
  {
    matches: /unit (cost|economics)|cost per/i,
    today: ({ org }) => {
      const unit = org.unitEconomics[0];
      return unit ? { value: unit.value, format: "currency", basis: unit.name.toLowerCase() } : null;
    },
    cloud: ({ org }) => {
      const unit = org.unitEconomics[0];
      return unit?.lastYear
        ? { value: unit.value / unit.lastYear - 1, format: "percent", basis: "in a year", signed: true }
        : null;
    },
  },
  {
    matches: /predictab|forecast/i,
    today: ({ budget }) =>
      budget
        ? {
            value: Math.abs(budget.variance),
            format: "percent",
            basis: "budget variance: year-end forecast against budget",
          }
        : null,
  },
  {
    matches: /budget/i,
    today: ({ budget }) =>
      budget
        ? {
            value: Math.abs(budget.variance),
            format: "percent",
            basis: `forecast ${budget.over ? "over" : "under"} this fiscal year's cloud budget`,
          }
        : null,
  },
  {
    matches: /r&d|production/i,
    today: ({ breakdown }) =>
      breakdown.nonProductionShare === null
        ? null
        : {
            value: breakdown.nonProductionShare,
            format: "percent",
            basis: "of cloud spend in non-production environments",
          },
  },
  {
    matches: /untagged|unallocated|allocat|showback|chargeback|accountab|visibility/i,
    today: ({ value }) => ({
      value: value.allocation.unallocatedShare,
      format: "percent",
      basis: "of cloud spend with no owning team",
    }),
  },
  {
    matches: /coverage|reservation|discount|rates/i,
    today: ({ org }) =>
      org.commitments
        ? { value: org.commitments.coverage, format: "percent", basis: "commitment discount coverage" }
        : null,
  },
];

/**
 * The persona's key metrics, each with a number: the organization's own metric of the same name
 * first, else what the figures measure, else none yet (`value` null); and cloud's part in it.
 */
export function keyMetrics(metrics: readonly string[], input: MeasureInput): KeyMetric[] {
  return metrics.map((metric) => {
    const named = input.org.metrics.find((m) => sameMetric(m.name, metric));
    const own: Measured | undefined = named
      ? { value: named.value, format: named.format, basis: named.source ?? named.name }
      : undefined;
    const measure = MEASURES.find((m) => m.matches.test(metric));
    const today = own ?? measure?.today?.(input, own) ?? null;
    return {
      metric,
      value: today?.value ?? null,
      format: today?.format ?? "number",
      basis: today?.basis ?? "",
      cloud: measure?.cloud?.(input, own) ?? null,
    };
  });
}

/** "Gross Margins" and "Gross margin", "COGS (Cost of Goods Sold)" and "COGS": the same metric. */
function sameMetric(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/\(.*?\)/g, " ")
      .split(/[^a-z0-9&]+/)
      .filter(Boolean)
      .map((w) => w.replace(/s$/, ""));
  const x = words(a).join(" ");
  const y = words(b).join(" ");
  return x === y || (x.length > 3 && y.length > 3 && (x.includes(y) || y.includes(x)));
}
