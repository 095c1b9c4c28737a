import { BriefingError } from "../errors.js";
import { locate, type SourceFile } from "../source/sourceFile.js";
import type { Organization } from "../schema/organization.js";
import { closestName, listChoices } from "../text/closestName.js";
import { checkFigureSources } from "./figureSources.js";

/** Months in a row as YYYY-MM: 2026-12 is followed by 2027-01. */
function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * What the schema cannot say about an organization file: figures given twice must agree (the
 * annual spend with its months, the budget with the team and tooling), months come one after
 * another, sponsors are personas that exist, roadmap stages run in order.
 */
export function checkOrganization(
  org: Organization,
  source: SourceFile,
  personaIds: readonly string[],
): BriefingError[] {
  const errors: BriefingError[] = checkFigureSources(org, source);
  const money = (n: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(n);
  const monthly = org.cloudSpend.monthly ?? [];
  monthly.forEach((m, i) => {
    const previous = monthly[i - 1];
    if (previous && m.month !== nextMonth(previous.month)) {
      errors.push(
        new BriefingError(`month ${m.month} does not follow ${previous.month}`, {
          code: "month-order",
          ...locate(source, ["cloudSpend", "monthly", i, "month"]),
          hint: `list one entry per month, oldest first: ${nextMonth(previous.month)} comes next`,
        }),
      );
    }
  });
  const lastYear = monthly.slice(-12);
  const sum = lastYear.reduce((s, m) => s + m.amount, 0);
  const annual = org.cloudSpend.annual;
  // "More than a rounding": half a percent, or a unit of currency on tiny figures.
  if (annual !== undefined && monthly.length > 0 && Math.abs(annual - sum) > Math.max(0.005 * sum, 1)) {
    errors.push(
      new BriefingError(
        `cloudSpend.annual is ${money(annual)} but the last ${lastYear.length} months add up to ${money(sum)}`,
        {
          code: "figures-disagree",
          ...locate(source, ["cloudSpend", "annual"]),
          hint: "remove annual (it is computed from the months) or correct the months",
        },
      ),
    );
  }
  const computedBudget = org.ask.team.reduce((s, t) => s + t.cost, 0) + (org.ask.tooling?.cost ?? 0);
  if (org.ask.budget !== undefined && Math.abs(org.ask.budget - computedBudget) > Math.max(0.005 * computedBudget, 1)) {
    errors.push(
      new BriefingError(
        `ask.budget is ${money(org.ask.budget)} but the team and tooling cost ${money(computedBudget)}`,
        {
          code: "figures-disagree",
          ...locate(source, ["ask", "budget"]),
          hint: "remove budget (it is the team's cost plus tooling) or correct the costs",
        },
      ),
    );
  }
  const sponsors: [string, PropertyKey[]][] = [
    [org.ask.sponsor, ["ask", "sponsor"]],
    ...org.ask.coSponsors.map((id, i): [string, PropertyKey[]] => [id, ["ask", "coSponsors", i]]),
  ];
  for (const [id, path] of sponsors) {
    if (personaIds.includes(id)) continue;
    const suggestion = closestName(id, personaIds);
    errors.push(
      new BriefingError(`unknown persona "${id}"`, {
        code: "unknown-persona",
        ...locate(source, path),
        hint: suggestion
          ? `did you mean "${suggestion}"?`
          : `name a persona of this workspace: ${listChoices([...personaIds])}`,
      }),
    );
  }
  org.roadmap.forEach((stage, i) => {
    if (stage.to !== undefined && stage.to < stage.from) {
      errors.push(
        new BriefingError(`roadmap stage ${stage.stage} ends (${stage.to}) before it starts (${stage.from})`, {
          code: "roadmap-order",
          ...locate(source, ["roadmap", i, "to"]),
          hint: "give the stage's last month on or after its first",
        }),
      );
    }
    const previous = org.roadmap[i - 1];
    if (previous && stage.from < previous.from) {
      errors.push(
        new BriefingError(`roadmap stage ${stage.stage} starts before the stage listed above it`, {
          code: "roadmap-order",
          ...locate(source, ["roadmap", i, "from"]),
          hint: "list the stages in the order they happen",
        }),
      );
    }
  });
  return errors;
}
