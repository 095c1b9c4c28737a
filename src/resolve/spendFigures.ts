import type { OrganizationFacts } from "../schema/organization.js";
import { addMonths, monthNumber, monthRange } from "../model/months.js";

/** A month of spend. */
export interface MonthAmount {
  month: string;
  amount: number;
}

/** Spend over time: what was spent, how fast it grows and where it is heading. */
export interface SpendFigures {
  /** The monthly history, oldest first. */
  monthly: MonthAmount[];
  first: MonthAmount;
  latest: MonthAmount;
  /** Spend over the last 12 months (annualized from the months there are when fewer). */
  annual: number;
  /** Months `annual` is the sum of (12, or fewer when annualized). */
  annualMonths: number;
  /** Whether `annual` is annualized from fewer than 12 months. */
  annualized: boolean;
  /** The latest month × 12. */
  runRate: number;
  /**
   * Growth of monthly spend (0.36 = +36%): the latest month against the same month a year earlier
   * when the history reaches back that far, else against the first month. The deck's one growth figure.
   */
  growth: number;
  /** The month `growth` is measured from. */
  growthFrom: string;
  /** Whether spend is rising (growth above 0). */
  growing: boolean;
  /** Average change from one month to the next over the growth span, compounded. */
  monthlyGrowth: number;
  /**
   * Growth at a yearly rate: `growth` itself when it spans twelve months, else compounded from
   * `monthlyGrowth` (a fair comparison with a yearly figure such as revenue growth).
   */
  annualGrowth: number;
  /** The next 12 months if spend keeps changing at `monthlyGrowth`. */
  projectedNextYear: number;
  /** `projectedNextYear` − `annual`: what standing still costs (or saves, when negative). */
  projectedIncrease: number;
}

/** Spend against this fiscal year's budget, with the rest of the year forecast at today's run rate. */
export interface BudgetFigures {
  amount: number;
  /** The fiscal year's first and last month. */
  from: string;
  to: string;
  /** Months of the fiscal year up to the latest month of history, and their spend. */
  monthsElapsed: number;
  actualToDate: number;
  /** Of those months, the ones before the history starts: taken at the first known month's spend. */
  estimatedMonths: number;
  /** Months still to come, each forecast at the latest month's spend. */
  monthsRemaining: number;
  /** Actual to date plus the forecast for the months remaining. */
  forecast: number;
  /** forecast ÷ budget − 1: above 0 is over budget. */
  variance: number;
  /** forecast − budget. */
  varianceAmount: number;
  over: boolean;
  /** The budget spread evenly over the year, to date (what "on plan" would have been). */
  planToDate: number;
  /**
   * Month by month over the fiscal year, cumulative: budget, actual (null after the latest month),
   * forecast (null before it).
   */
  cumulative: { month: string; budget: number; actual: number | null; forecast: number | null }[];
}

/** The spend figures of an organization's monthly history. Pure. */
export function spendFigures(org: OrganizationFacts): SpendFigures {
  const monthly = org.cloudSpend.monthly;
  const first = monthly[0]!;
  const latest = monthly[monthly.length - 1]!;
  const lastYear = monthly.slice(-12);
  const sum = lastYear.reduce((total, m) => total + m.amount, 0);
  const annual = lastYear.length === 12 ? sum : (sum / lastYear.length) * 12;
  const base = monthly.length > 12 ? monthly[monthly.length - 13]! : first;
  const growth = base.amount > 0 ? latest.amount / base.amount - 1 : 0;
  const steps = monthNumber(latest.month) - monthNumber(base.month);
  const monthlyGrowth = base.amount > 0 && latest.amount > 0 && steps > 0 ? (1 + growth) ** (1 / steps) - 1 : 0;
  let projectedNextYear = 0;
  for (let k = 1; k <= 12; k++) projectedNextYear += latest.amount * (1 + monthlyGrowth) ** k;
  return {
    monthly,
    first,
    latest,
    annual,
    annualMonths: lastYear.length,
    annualized: lastYear.length < 12,
    runRate: latest.amount * 12,
    growth,
    growthFrom: base.month,
    annualGrowth: steps === 12 ? growth : (1 + monthlyGrowth) ** 12 - 1,
    growing: growth > 0,
    monthlyGrowth,
    projectedNextYear,
    projectedIncrease: projectedNextYear - annual,
  };
}

/** The fiscal year (first and last month) that `month` falls in. */
export function fiscalYearOf(month: string, startMonth: number): { from: string; to: string } {
  const year = Number(month.slice(0, 4));
  const start = Number(month.slice(5, 7)) >= startMonth ? year : year - 1;
  const from = `${start}-${String(startMonth).padStart(2, "0")}`;
  return { from, to: addMonths(from, 11) };
}

/**
 * The budget of the fiscal year holding the latest month of history, against actual spend so far
 * and a run-rate forecast (each month to come at the latest month's spend). Null without a budget.
 */
export function budgetFigures(org: OrganizationFacts, spend: SpendFigures): BudgetFigures | null {
  const amount = org.cloudSpend.budget;
  if (amount === undefined || amount <= 0) return null;
  const { from, to } = fiscalYearOf(spend.latest.month, org.fiscalYearStart);
  const actual = new Map(spend.monthly.map((m) => [m.month, m.amount]));
  const latest = monthNumber(spend.latest.month);
  const cumulative: BudgetFigures["cumulative"] = [];
  let actualSum = 0;
  let forecastSum = 0;
  let monthsElapsed = 0;
  let estimatedMonths = 0;
  monthRange(from, to).forEach((month, i) => {
    const past = monthNumber(month) <= latest;
    // Months of the fiscal year before the history starts are unknown, not free: they are taken at
    // the first known month's spend (and counted, so the deck can say so).
    const known = actual.get(month);
    if (past && known === undefined) estimatedMonths++;
    const amountThisMonth = past ? (known ?? spend.first.amount) : spend.latest.amount;
    if (past) {
      actualSum += amountThisMonth;
      monthsElapsed++;
    }
    forecastSum += amountThisMonth;
    cumulative.push({
      month,
      budget: (amount * (i + 1)) / 12,
      actual: past ? actualSum : null,
      forecast: monthNumber(month) >= latest ? forecastSum : null,
    });
  });
  return {
    amount,
    from,
    to,
    monthsElapsed,
    estimatedMonths,
    actualToDate: actualSum,
    monthsRemaining: 12 - monthsElapsed,
    forecast: forecastSum,
    variance: forecastSum / amount - 1,
    varianceAmount: forecastSum - amount,
    over: forecastSum > amount,
    planToDate: (amount * monthsElapsed) / 12,
    cumulative,
  };
}
