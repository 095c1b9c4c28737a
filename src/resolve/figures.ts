import type { Organization } from "../schema/organization.js";

/** Figures derived from the organization's facts, so templates need no arithmetic. */
export interface Figures {
  /** Annual spend × estimated waste share. */
  wasteAmount: number;
  /** Annual spend × unallocated share. */
  unallocatedAmount: number;
  /** Annual spend next year at the current growth rate. */
  projectedSpend: number;
  /** Growth in spend next year if nothing changes. */
  projectedIncrease: number;
  /** Cloud spend as a share of revenue. */
  cloudShareOfRevenue: number;
  /** Average of the monthly history. */
  monthlyAverage: number;
  /** The most recent month of the history. */
  latestMonth: { month: string; amount: number };
  /** The oldest month of the history. */
  firstMonth: { month: string; amount: number };
  /** Change from the first to the latest month (0.25 = +25%). */
  historyChange: number;
  /** Annual spend against budget (0.1 = 10% over); null without a budget. */
  budgetVariance: number | null;
  /** People in the requested FinOps team. */
  teamSize: number;
  /** Estimated annual waste divided by the requested budget. */
  wasteToAskRatio: number;
  /** Sum of the early wins' annualized savings. */
  earlyWinSavings: number;
  /** Annual spend split into allocated and unallocated, for a pie or doughnut chart. */
  allocation: { name: string; amount: number }[];
}

/** Compute {@link Figures} from an organization. Pure. */
export function computeFigures(org: Organization): Figures {
  const spend = org.cloudSpend;
  const monthly = spend.monthly;
  const first = monthly[0]!;
  const latest = monthly[monthly.length - 1]!;
  const wasteAmount = spend.annual * org.estimatedWaste;
  return {
    wasteAmount,
    unallocatedAmount: spend.annual * org.unallocatedShare,
    projectedSpend: spend.annual * (1 + spend.growthRate),
    projectedIncrease: spend.annual * spend.growthRate,
    cloudShareOfRevenue: org.revenue > 0 ? spend.annual / org.revenue : 0,
    monthlyAverage: monthly.reduce((sum, m) => sum + m.amount, 0) / monthly.length,
    latestMonth: latest,
    firstMonth: first,
    historyChange: first.amount > 0 ? latest.amount / first.amount - 1 : 0,
    budgetVariance: spend.budget ? spend.annual / spend.budget - 1 : null,
    teamSize: org.ask.team.reduce((sum, t) => sum + t.count, 0),
    wasteToAskRatio: org.ask.budget > 0 ? wasteAmount / org.ask.budget : 0,
    earlyWinSavings: org.earlyWins.reduce((sum, w) => sum + (w.saving ?? 0), 0),
    allocation: [
      { name: "Allocated to an owner", amount: spend.annual * (1 - org.unallocatedShare) },
      { name: "Unallocated", amount: spend.annual * org.unallocatedShare },
    ],
  };
}
