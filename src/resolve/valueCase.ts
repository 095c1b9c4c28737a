import type { OrganizationFacts } from "../schema/organization.js";
import { addMonths, monthNumber, monthOfDate } from "../model/months.js";
import type { SpendFigures } from "./spendFigures.js";

/** What the organization loses by doing nothing, and what the practice costs and returns. */
export interface ValueCase {
  waste: {
    share: number;
    /** Over the last 12 months. */
    annual: number;
    /** A year of waste at today's run rate: the cost of doing nothing. */
    atRunRate: number;
  };
  allocation: {
    unallocatedShare: number;
    allocatedShare: number;
    unallocatedAmount: number;
    allocatedAmount: number;
    /** For a pie or doughnut chart: allocated first, then unallocated. */
    slices: { name: string; amount: number }[];
  };
  earlyWins: {
    count: number;
    /** Sum of the annualized savings. */
    total: number;
    /**
     * Wins with a saving, largest first. `dated`: the organization gave the start; otherwise it is
     * the practice's first month (`ask.start`), which the payback assumes.
     */
    items: { title: string; saving: number; start: string; dated: boolean; detail: string }[];
    /** How many wins have no start date of their own. */
    undated: number;
    /** Savings as a share of a year of waste at today's run rate (above 1: the wins claim more than the waste). */
    shareOfWaste: number;
  };
  ask: {
    /** First-year budget: people plus tooling. */
    budget: number;
    people: number;
    tooling: number;
    teamSize: number;
    /** Engineering hours a month across all teams (0 when none are asked for). */
    engineeringHours: number;
    /** First month of the practice's first year: the first roadmap stage, but not before the decision's month. */
    start: string;
    /** Waste a year (at today's run rate) for each unit of currency the practice costs. */
    wasteToAskRatio: number;
    /**
     * Months from the start until the early wins' savings to date cover the whole first-year
     * budget (not only the cost to date); null when not within 24 months.
     */
    paybackMonths: number | null;
    /**
     * The payback if the largest early win never comes: its title and the months the others take
     * (null when not within 24 months); null with fewer than two wins. What a CFO asks first.
     */
    paybackWithoutLargest: { title: string; months: number | null } | null;
    /** Early-win savings in the plan's first 12 months. */
    savingsYearOne: number;
    /** savingsYearOne − budget. */
    netYearOne: number;
    /**
     * The plan's first year by quarter: savings, savings to date, and what of the first-year budget
     * they have yet to cover (0 once they cover it all).
     */
    quarters: { from: string; to: string; savings: number; savedToDate: number; toRecover: number }[];
  };
}

/** The value case: waste, allocation, early wins and the return on the ask. Pure. */
export function valueCase(org: OrganizationFacts, spend: SpendFigures, today: string): ValueCase {
  const people = org.ask.team.reduce((sum, t) => sum + t.cost, 0);
  const tooling = org.ask.tooling?.cost ?? 0;
  const budget = people + tooling;
  // The practice's first year starts with the plan, but never before the decision that funds it.
  const decided = monthOfDate(org.ask.decideBy ?? today);
  const start = later(org.roadmap[0]?.from ?? addMonths(decided, 1), decided);
  const wins = org.earlyWins
    .filter((w) => (w.saving ?? 0) > 0)
    .map((w) => ({
      title: w.title,
      saving: w.saving ?? 0,
      start: later(w.start ?? start, start),
      dated: w.start !== undefined,
      detail: w.detail ?? "",
    }))
    .sort((a, b) => b.saving - a.saving);
  const total = wins.reduce((sum, w) => sum + w.saving, 0);
  const savingIn = (month: number, from = wins) =>
    from.reduce((sum, w) => sum + (month >= monthNumber(w.start) ? w.saving / 12 : 0), 0);

  const first = monthNumber(start);
  // Months until the savings to date of these wins cover the whole budget (null: not within 24).
  const paybackOf = (from: typeof wins): number | null => {
    let saved = 0;
    for (let m = 0; m < 24 && budget > 0; m++) {
      saved += savingIn(first + m, from);
      if (saved >= budget) return m + 1;
    }
    return null;
  };
  const paybackMonths = paybackOf(wins);
  const paybackWithoutLargest =
    wins.length > 1 && budget > 0 ? { title: wins[0]!.title, months: paybackOf(wins.slice(1)) } : null;
  const quarters: ValueCase["ask"]["quarters"] = [];
  let savedToDate = 0;
  for (let q = 0; q < 4; q++) {
    let savings = 0;
    for (let m = 0; m < 3; m++) savings += savingIn(first + q * 3 + m);
    savedToDate += savings;
    quarters.push({
      from: addMonths(start, q * 3),
      to: addMonths(start, q * 3 + 2),
      savings,
      savedToDate,
      toRecover: Math.max(0, budget - savedToDate),
    });
  }
  const savingsYearOne = quarters.reduce((sum, q) => sum + q.savings, 0);
  const wasteAtRunRate = spend.runRate * org.estimatedWaste;
  const unallocatedAmount = spend.annual * org.unallocatedShare;
  return {
    waste: { share: org.estimatedWaste, annual: spend.annual * org.estimatedWaste, atRunRate: wasteAtRunRate },
    allocation: {
      unallocatedShare: org.unallocatedShare,
      allocatedShare: 1 - org.unallocatedShare,
      unallocatedAmount,
      allocatedAmount: spend.annual - unallocatedAmount,
      slices: [
        { name: "Has an owner", amount: cents(spend.annual - unallocatedAmount) },
        { name: "No owner", amount: cents(unallocatedAmount) },
      ],
    },
    earlyWins: {
      count: wins.length,
      total,
      items: wins,
      undated: wins.filter((w) => !w.dated).length,
      shareOfWaste: wasteAtRunRate > 0 ? total / wasteAtRunRate : 0,
    },
    ask: {
      budget,
      people,
      tooling,
      teamSize: org.ask.team.reduce((sum, t) => sum + t.count, 0),
      engineeringHours: org.ask.engineering ? org.ask.engineering.teams * org.ask.engineering.hoursPerTeamPerMonth : 0,
      start,
      wasteToAskRatio: budget > 0 ? wasteAtRunRate / budget : 0,
      paybackMonths,
      paybackWithoutLargest,
      savingsYearOne,
      netYearOne: savingsYearOne - budget,
      quarters,
    },
  };
}

/** Money to the cent, so charts and their workbooks hold no float noise (12833999.999999998). */
export function cents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

function later(a: string, b: string): string {
  return monthNumber(a) >= monthNumber(b) ? a : b;
}
