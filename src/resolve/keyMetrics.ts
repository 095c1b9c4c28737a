import type { MetricFormat, Organization } from "../schema/organization.js";
import type { Breakdown } from "./breakdown.js";
import type { BudgetFigures, SpendFigures } from "./spendFigures.js";
import type { ValueCase } from "./valueCase.js";

/** One of a persona's key metrics, with today's number when the data has one. */
export interface KeyMetric {
  /** The metric as the persona names it. */
  metric: string;
  /** Today's value, or null when nothing in the data measures it yet. */
  value: number | null;
  format: MetricFormat;
  /** What the number is, or where it will come from. */
  basis: string;
}

/** What the figures can say about a metric the persona names. */
interface Measure {
  matches: RegExp;
  measure: (f: MeasureInput) => Omit<KeyMetric, "metric"> | null;
}

interface MeasureInput {
  org: Organization;
  spend: SpendFigures;
  budget: BudgetFigures | null;
  value: ValueCase;
  breakdown: Breakdown;
}

// Order matters: the first measure that matches a metric's name and has data answers it.
const MEASURES: Measure[] = [
  {
    matches: /revenue growth|grow/i,
    measure: ({ org }) =>
      org.revenueGrowth === undefined
        ? null
        : { value: org.revenueGrowth, format: "percent", basis: "revenue growth over the last year" },
  },
  {
    matches: /unit (cost|economics)|cost per/i,
    measure: ({ org }) => {
      const unit = org.unitEconomics[0];
      return unit ? { value: unit.value, format: "currency", basis: unit.name.toLowerCase() } : null;
    },
  },
  {
    matches: /predictab|forecast/i,
    measure: ({ budget }) =>
      budget
        ? { value: Math.abs(budget.variance), format: "percent", basis: "year-end forecast against budget" }
        : null,
  },
  {
    matches: /budget/i,
    measure: ({ budget }) =>
      budget
        ? {
            value: Math.abs(budget.variance),
            format: "percent",
            basis: `forecast ${budget.over ? "over" : "under"} this fiscal year's budget`,
          }
        : null,
  },
  {
    matches: /r&d|production/i,
    measure: ({ breakdown }) =>
      breakdown.nonProductionShare === null
        ? null
        : { value: breakdown.nonProductionShare, format: "percent", basis: "of spend outside production" },
  },
  {
    matches: /untagged|unallocated|allocat|showback|chargeback|accountab|visibility/i,
    measure: ({ value }) => ({
      value: value.allocation.unallocatedShare,
      format: "percent",
      basis: "of spend with no owning team",
    }),
  },
  {
    matches: /coverage|reservation|discount|rates/i,
    measure: ({ org }) =>
      org.commitments ? { value: org.commitments.coverage, format: "percent", basis: "commitment coverage" } : null,
  },
  {
    matches: /cogs|cost of goods|revenue by/i,
    measure: ({ org, spend }) =>
      org.revenue > 0
        ? { value: spend.annual / org.revenue, format: "percent", basis: "cloud spend as a share of revenue" }
        : null,
  },
];

/**
 * The persona's key metrics with a number each: the organization's own metric of the same name
 * first, else what the cloud figures measure, else none yet (`value` null).
 */
export function keyMetrics(metrics: readonly string[], input: MeasureInput): KeyMetric[] {
  return metrics.map((metric) => {
    const own = input.org.metrics.find((m) => sameMetric(m.name, metric));
    if (own) return { metric, value: own.value, format: own.format, basis: own.source ?? own.name };
    for (const measure of MEASURES) {
      if (!measure.matches.test(metric)) continue;
      const found = measure.measure(input);
      if (found) return { metric, ...found };
    }
    return { metric, value: null, format: "number", basis: "" };
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
