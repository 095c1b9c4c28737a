import type { OrganizationFacts } from "../schema/organization.js";

/** A named amount with its share of the whole. */
export interface Part {
  name: string;
  amount: number;
  share: number;
}

/** Where the money goes, when the organization says. */
export interface Breakdown {
  /** Largest first, at most seven, the rest as "Other services". Empty without data. */
  byService: Part[];
  byTeam: Part[];
  byEnvironment: Part[];
  /** Share of spend in production; null without an environment breakdown that names it. */
  productionShare: number | null;
  /** Share in environments named, but not production (development, test…); null as above. */
  nonProductionShare: number | null;
  /** Share with no environment at all ("untagged", "no environment tag"); 0 when there is none. */
  untaggedShare: number;
}

const TOP = 7;

/** Spend by service, team and environment, as parts of their total. Pure. */
export function breakdown(org: OrganizationFacts): Breakdown {
  const environments = parts(org.spendBy?.environment ?? [], Infinity, "");
  const production = environments.filter((p) => /^prod/i.test(p.name));
  const untagged = environments.filter((p) => /untagged|no .*tag|unknown|unassigned/i.test(p.name));
  const shareOf = (parts: Part[]) => parts.reduce((s, p) => s + p.share, 0);
  const productionShare = production.length > 0 ? shareOf(production) : null;
  const untaggedShare = shareOf(untagged);
  return {
    byService: parts(org.spendBy?.service ?? [], TOP, "Other services"),
    byTeam: parts(org.spendBy?.team ?? [], TOP, "Other teams"),
    byEnvironment: environments,
    productionShare,
    nonProductionShare: productionShare === null ? null : 1 - productionShare - untaggedShare,
    untaggedShare,
  };
}

function parts(items: readonly { name: string; amount: number }[], top: number, rest: string): Part[] {
  const total = items.reduce((s, i) => s + i.amount, 0);
  const sorted = [...items].sort((a, b) => b.amount - a.amount);
  const kept = sorted.length > top ? sorted.slice(0, top - 1) : sorted;
  const others = sorted.slice(kept.length);
  const list = others.length > 0 ? [...kept, { name: rest, amount: others.reduce((s, i) => s + i.amount, 0) }] : kept;
  return list.map((i) => ({ name: i.name, amount: i.amount, share: total > 0 ? i.amount / total : 0 }));
}
