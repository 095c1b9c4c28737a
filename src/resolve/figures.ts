import type { MaturityStage, Organization, OrganizationFacts } from "../schema/organization.js";
import type { Persona } from "../schema/persona.js";
import { breakdown, type Breakdown } from "./breakdown.js";
import { keyMetrics, type KeyMetric } from "./keyMetrics.js";
import { maturityFigures } from "./maturity.js";
import { monthNumber, monthOfDate } from "../model/months.js";
import { budgetFigures, spendFigures, type BudgetFigures, type SpendFigures } from "./spendFigures.js";
import { valueCase, type ValueCase } from "./valueCase.js";

/** Figures derived from the organization's facts, so templates need no arithmetic. Every one has one definition. */
export interface Figures {
  spend: SpendFigures;
  /** Null without a budget. */
  budget: BudgetFigures | null;
  waste: ValueCase["waste"];
  allocation: ValueCase["allocation"];
  earlyWins: ValueCase["earlyWins"];
  ask: ValueCase["ask"];
  revenue: {
    /** Cloud spend over the last 12 months as a share of annual revenue. */
    share: number;
    /** The share next year if cloud spend follows its trend and revenue its growth (null without revenue growth). */
    shareNextYear: number | null;
    /** Revenue growth, when the organization gives it. */
    growth: number | null;
    /** How many times faster cloud spend grows than revenue, both at a yearly rate (null unless both grow). */
    growthMultiple: number | null;
    /** Cloud spend growth beside revenue growth, for a chart (empty without revenue growth). */
    comparison: { name: string; growth: number }[];
  };
  /** Null when the organization buys no commitments. */
  commitments: {
    coverage: number;
    utilization: number;
    /** What commitments cost a year, when the organization says. */
    committed: number | null;
    /** committed × (1 − utilization): paid for and not used, a year. */
    unusedCost: number | null;
    /** Coverage the next maturity stage typically reaches. */
    targetCoverage: number;
  } | null;
  breakdown: Breakdown;
  unitEconomics: {
    name: string;
    value: number;
    target: number | null;
    lastYear: number | null;
    /** target ÷ value − 1 (−0.24: must fall 24%); null without a target. */
    toTarget: number | null;
    /** value ÷ lastYear − 1; null without last year's value. */
    trend: number | null;
  }[];
  maturity: ReturnType<typeof maturityFigures> & {
    /** Each measure the maturity model sets targets for, today against the next stage's target. */
    measures: MaturityMeasure[];
    /** The measured ones short of the next stage's target (names), e.g. ["allocation", "commitment coverage"]. */
    gaps: string[];
    /** The measures with no number today (names): neither short of a target nor meeting it. */
    unmeasured: string[];
    /** The measured ones short of even today's stage's target (names): the first gaps to close. */
    belowStage: string[];
  };
  /** Forecast error today (|year-end forecast ÷ budget − 1|), null without a budget. */
  forecastError: number | null;
  /** The audience's key metrics, each with today's number when the data has one. */
  keyMetrics: KeyMetric[];
  /** The roadmap with each stage's status on the deck's date. */
  roadmap: RoadmapEntry[];
  /** The stage under way on the deck's date, and the next one to start (null when there is none). */
  plan: { now: RoadmapEntry | null; next: RoadmapEntry | null };
}

/** A measure with maturity targets: today's value (null when not measured) and whether it meets them. */
export interface MaturityMeasure {
  name: string;
  today: number | null;
  target: number;
  nextTarget: number;
  /** Whether today meets the next stage's target (false when not measured). */
  meetsNext: boolean;
  /** Whether today meets today's stage's target (false when not measured). */
  meets: boolean;
  /** True when the target is a ceiling (forecast variance), false when it is a floor. */
  atMost: boolean;
}

/** One roadmap stage and where it stands on the deck's date. */
export interface RoadmapEntry {
  stage: MaturityStage;
  from: string;
  to: string | null;
  goals: string[];
  status: "done" | "now" | "next" | "later";
}

/** Compute {@link Figures} for one audience (its persona's key metrics) on the deck's date. Pure. */
export function computeFigures(org: OrganizationFacts, persona: Pick<Persona, "keyMetrics">, date: string): Figures {
  const spend = spendFigures(org);
  const budget = budgetFigures(org, spend);
  const value = valueCase(org, spend, date);
  const parts = breakdown(org);
  const maturity = maturityFigures(org.maturity);
  const revenueGrowth = org.revenueGrowth ?? null;
  const share = org.revenue > 0 ? spend.annual / org.revenue : 0;
  const roadmap = roadmapStatus(org.roadmap, monthOfDate(date));
  const forecastError = budget ? Math.abs(budget.variance) : null;
  const measure = (
    name: string,
    today: number | null,
    key: "allocation" | "coverage" | "forecastVariance",
    atMost = false,
  ): MaturityMeasure => ({
    name,
    today,
    target: maturity.targets[key],
    nextTarget: maturity.nextTargets[key],
    atMost,
    meetsNext: today !== null && (atMost ? today <= maturity.nextTargets[key] : today >= maturity.nextTargets[key]),
    meets: today !== null && (atMost ? today <= maturity.targets[key] : today >= maturity.targets[key]),
  });
  const measures = [
    measure("budget variance", forecastError, "forecastVariance", true),
    measure("allocation", 1 - org.unallocatedShare, "allocation"),
    measure("commitment coverage", org.commitments?.coverage ?? null, "coverage"),
  ];
  return {
    spend,
    budget,
    ...value,
    revenue: {
      share,
      shareNextYear:
        revenueGrowth === null || org.revenue <= 0
          ? null
          : spend.projectedNextYear / (org.revenue * (1 + revenueGrowth)),
      growth: revenueGrowth,
      growthMultiple:
        revenueGrowth !== null && revenueGrowth > 0 && spend.annualGrowth > 0
          ? spend.annualGrowth / revenueGrowth
          : null,
      comparison:
        revenueGrowth === null
          ? []
          : [
              { name: "Cloud spend", growth: spend.annualGrowth },
              { name: "Revenue", growth: revenueGrowth },
            ],
    },
    commitments: org.commitments
      ? {
          coverage: org.commitments.coverage,
          utilization: org.commitments.utilization,
          committed: org.commitments.committed ?? null,
          unusedCost:
            org.commitments.committed === undefined
              ? null
              : org.commitments.committed * (1 - org.commitments.utilization),
          targetCoverage: Math.max(maturity.nextTargets.coverage, org.commitments.coverage),
        }
      : null,
    breakdown: parts,
    unitEconomics: org.unitEconomics.map((u) => ({
      name: u.name,
      value: u.value,
      target: u.target ?? null,
      lastYear: u.lastYear ?? null,
      toTarget: u.target !== undefined && u.value > 0 ? u.target / u.value - 1 : null,
      trend: u.lastYear !== undefined && u.lastYear > 0 ? u.value / u.lastYear - 1 : null,
    })),
    maturity: {
      ...maturity,
      measures,
      gaps: measures.filter((m) => m.today !== null && !m.meetsNext).map((m) => m.name),
      unmeasured: measures.filter((m) => m.today === null).map((m) => m.name),
      belowStage: measures.filter((m) => m.today !== null && !m.meets).map((m) => m.name),
    },
    forecastError,
    keyMetrics: keyMetrics(persona.keyMetrics, { org, spend, budget, value, breakdown: parts }),
    roadmap,
    plan: {
      now: roadmap.find((r) => r.status === "now") ?? null,
      next:
        roadmap.find((r) => r.status === "next" || (r.status === "later" && roadmap.some((x) => x.status === "now"))) ??
        null,
    },
  };
}

/** Each roadmap stage as done, now, next (the first to come when none is under way) or later. */
function roadmapStatus(stages: Organization["roadmap"], month: string): RoadmapEntry[] {
  const now = monthNumber(month);
  const status = stages.map((s, i): RoadmapEntry["status"] => {
    const end = s.to ?? stages[i + 1]?.from;
    const endNumber = end === undefined ? Infinity : monthNumber(end) - (s.to ? 0 : 1);
    if (endNumber < now) return "done";
    if (monthNumber(s.from) <= now) return "now";
    return "later";
  });
  if (!status.includes("now")) {
    const next = status.indexOf("later");
    if (next >= 0) status[next] = "next";
  }
  return stages.map((s, i) => ({ stage: s.stage, from: s.from, to: s.to ?? null, goals: s.goals, status: status[i]! }));
}
