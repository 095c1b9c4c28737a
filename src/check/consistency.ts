import { locate, type SourceFile } from "../source/sourceFile.js";
import { createFormatter, type Formatter } from "../render/format.js";
import type { Figures } from "../resolve/figures.js";
import type { Organization } from "../schema/organization.js";
import type { DeckUnderCheck, RuleSet } from "./deckUnderCheck.js";
import type { RuleFinding } from "./finding.js";

/**
 * Inconsistent data: figures that contradict each other beyond rounding. (An annual spend or a
 * budget typed beside the figures it is computed from is already an input error: validation.)
 */
export const consistency: RuleSet = (deck) => {
  const entity = deck.workspace.organizations.get(deck.target.deck.organizationFile);
  if (!entity) return [];
  // The facts the deck's figures come from: typed, or measured from billing data in their place.
  const { figures, organization: org } = deck.target.context;
  const format = createFormatter(org.locale, org.currency);
  const { tolerance } = deck.config;
  return [
    ...partsOfTheWhole(org, figures, entity.source, format, tolerance),
    ...sharesSum(deck, tolerance),
    ...winsExceedWaste(figures, entity.source, format, tolerance),
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

/** Whether parts typed one by one add up to their whole: each part may be rounded by half its last digit. */
function addsUp(parts: readonly number[], whole: number, tolerance: number): boolean {
  const total = parts.reduce((t, v) => t + v, 0);
  const rounding = parts.reduce((t, v) => t + roundingOf(v), 0);
  return Math.abs(total - whole) <= Math.max(rounding, tolerance * Math.abs(whole)) + 1e-9;
}

/** Spend by service and by environment make the annual spend; spend by team, the allocated spend. */
function partsOfTheWhole(
  org: Organization,
  figures: Figures,
  source: SourceFile,
  format: Formatter,
  tolerance: number,
): RuleFinding[] {
  const money = (v: number) => format.money(v, { compact: true, digits: 2 });
  const wholes = [
    { key: "service", whole: figures.spend.annual, what: "the annual spend" },
    { key: "environment", whole: figures.spend.annual, what: "the annual spend" },
    { key: "team", whole: figures.allocation.allocatedAmount, what: "the allocated spend (annual × allocated share)" },
  ] as const;
  return wholes.flatMap(({ key, whole, what }) => {
    const parts = org.spendBy?.[key];
    if (
      !parts ||
      addsUp(
        parts.map((p) => p.amount),
        whole,
        tolerance,
      )
    )
      return [];
    const total = parts.reduce((t, p) => t + p.amount, 0);
    return [
      {
        rule: "shares-sum" as const,
        ...locate(source, ["spendBy", key]),
        message: `spend by ${key} adds up to ${money(total)}, but ${what} is ${money(whole)}`,
        hint: `make the ${key}s add up to ${what}, or name what is missing (e.g. "Other")`,
      },
    ];
  });
}

/** Pie and doughnut charts of percentages: the slices are parts of one whole. */
function sharesSum(deck: DeckUnderCheck, tolerance: number): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const view of deck.views) {
    const slide = view.slide;
    if (slide.layout !== "chart" || slide.chart.format !== "percent") continue;
    if (slide.chart.kind !== "pie" && slide.chart.kind !== "doughnut") continue;
    slide.chart.series.forEach((series, i) => {
      const values: number[] = [];
      for (const v of series.values as readonly (number | null)[]) if (v !== null) values.push(v);
      if (addsUp(values, 1, tolerance)) return;
      const total = values.reduce((t, v) => t + v, 0);
      findings.push({
        rule: "shares-sum",
        ...locate(deck.target.deck.source, ["slides", view.index, "chart", "series", i, "values"]),
        slide: view.shown,
        message: `the slices of "${series.name}" add up to ${(total * 100).toFixed(1)}%, not 100%`,
        hint:
          "a pie or doughnut shows parts of one whole: bind it to shares that add up " +
          "(e.g. figures.allocation.slices)",
      });
    });
  }
  return findings;
}

function winsExceedWaste(figures: Figures, source: SourceFile, format: Formatter, tolerance: number): RuleFinding[] {
  const wins = figures.earlyWins.total;
  const waste = figures.waste.annual;
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
