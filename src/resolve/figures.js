/** Compute {@link Figures} from an organization. Pure. */
export function computeFigures(org) {
    const spend = org.cloudSpend;
    const monthly = spend.monthly;
    const first = monthly[0];
    const latest = monthly[monthly.length - 1];
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
