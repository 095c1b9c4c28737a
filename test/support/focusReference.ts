/**
 * The billing figures computed the plain way, straight from CSV rows, as the README defines them:
 * an independent check of `briefings figures` (no SQL, no summary, its own CSV parser, its own
 * decimal arithmetic at a different scale).
 */

/** Parse RFC 4180 CSV text: rows of fields; quoted fields may hold commas, quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = "";
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** CSV text as records by header name. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

const SCALE = 15n; // not the tool's 12, on purpose
const ONE = 10n ** SCALE;

function amount(text: string): bigint {
  const m = /^(-)?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m) throw new Error(`not a number: ${text}`);
  const exp = Number(m[4] ?? 0);
  let digits = BigInt((m[2] ?? "") + (m[3] ?? "") || "0");
  let scale = BigInt((m[3] ?? "").length - exp);
  while (scale > SCALE) {
    digits /= 10n; // the data have far fewer decimals; truncation never happens in practice
    scale--;
  }
  const value = digits * 10n ** (SCALE - scale);
  return m[1] ? -value : value;
}

/** a ÷ b to the nearest whole number, halves away from zero. */
function roundTo(a: bigint, b: bigint): bigint {
  const negative = a < 0n !== b < 0n;
  const [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  const q = (2n * x + y) / (2n * y);
  return negative ? -q : q;
}

const cents = (v: bigint) => Number(roundTo(v, ONE / 100n)) / 100;
const ratio = (a: bigint, b: bigint) => (b === 0n ? null : Number(roundTo(a * 1_000_000n, b)) / 1e6);

function isNull(v: string | undefined): boolean {
  return v === undefined || v.trim() === "" || v.trim().toUpperCase() === "NULL";
}

function value(v: string | undefined): string | null {
  return isNull(v) ? null : v!;
}

/** UTC year-month of a time written with or without an offset (none means UTC). */
function monthOf(time: string): string {
  let t = time.trim().replace(" ", "T");
  if (!/(Z|[+-]\d\d:?\d\d)$/.test(t)) t += "Z";
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

function tagsOf(text: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (isNull(text)) return out;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text!);
  } catch {
    return out;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return out;
  for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
    const key = k.trim().toLowerCase();
    if (out.has(key) || v === null || (typeof v === "string" && v.trim() === "")) continue;
    out.set(key, typeof v === "string" ? v : JSON.stringify(v));
  }
  return out;
}

/** Options: the same as the organization's billing settings. */
export interface ReferenceOptions {
  allocationTags?: string[];
  breakdownTags?: string[];
  coverageCategories?: string[];
}

/** The figures the README defines, from records of one currency (the only one present) over their latest 12 months. */
export function referenceFigures(records: Record<string, string>[], options: ReferenceOptions = {}) {
  const provider = (r: Record<string, string>) => value(r.ProviderName ?? r.ServiceProviderName);
  const months = [...new Set(records.map((r) => monthOf(r.ChargePeriodStart!)))].sort();
  const last = months[months.length - 1]!;
  const period = months.filter((m) => m > shift(last, -12));
  const all = records.filter((r) => period.includes(monthOf(r.ChargePeriodStart!)));
  const usage = all.filter((r) => value(r.ChargeCategory) === "Usage");
  const sum = (rows: Record<string, string>[], column: string) =>
    rows.reduce((s, r) => s + (isNull(r[column]) ? 0n : amount(r[column]!)), 0n);
  const monthly = period.map((m) => {
    const rows = all.filter((r) => monthOf(r.ChargePeriodStart!) === m);
    return {
      month: m,
      effective: sum(rows, "EffectiveCost"),
      billed: sum(rows, "BilledCost"),
      list: sum(rows, "ListCost"),
    };
  });
  const first = monthly[0]!.effective;
  const lastMonth = monthly[monthly.length - 1]!.effective;
  const usageTotal = sum(usage, "EffectiveCost");
  const allocated = options.allocationTags
    ? sum(
        usage.filter((r) => {
          const tags = tagsOf(r.Tags);
          return options.allocationTags!.every((k) => tags.has(k.trim().toLowerCase()));
        }),
        "EffectiveCost",
      )
    : 0n;
  const categories = options.coverageCategories ?? ["Compute", "Databases"];
  const eligible = usage.filter(
    (r) =>
      categories.includes(value(r.ServiceCategory) ?? "") &&
      ["Standard", "Committed"].includes(value(r.PricingCategory) ?? "") &&
      value(r.CommitmentDiscountStatus) !== "Unused",
  );
  const withStatus = all.filter((r) => ["Used", "Unused"].includes(value(r.CommitmentDiscountStatus) ?? ""));
  const unused = sum(
    withStatus.filter((r) => value(r.CommitmentDiscountStatus) === "Unused"),
    "EffectiveCost",
  );
  const used = sum(withStatus, "EffectiveCost");
  const usageList = sum(usage, "ListCost");
  const usageContracted = sum(usage, "ContractedCost");
  const groups = <K>(rows: Record<string, string>[], key: (r: Record<string, string>) => K) => {
    const map = new Map<string, { key: K; cost: bigint }>();
    for (const r of rows) {
      const k = key(r);
      const id = JSON.stringify(k);
      const entry = map.get(id) ?? { key: k, cost: 0n };
      entry.cost += amount(r.EffectiveCost!);
      map.set(id, entry);
    }
    return [...map.values()];
  };
  const byCost = (a: { cost: bigint }, b: { cost: bigint }) => (a.cost === b.cost ? 0 : a.cost > b.cost ? -1 : 1);
  const text = (a: string | null, b: string | null) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
  const total = sum(all, "EffectiveCost");
  return {
    period: { from: period[0]!, to: last },
    monthly: monthly.map((m) => ({
      month: m.month,
      effective: cents(m.effective),
      billed: cents(m.billed),
      list: cents(m.list),
    })),
    total: { effective: cents(total), billed: cents(sum(all, "BilledCost")), list: cents(sum(all, "ListCost")) },
    change: first === 0n ? null : ratio(lastMonth - first, first),
    runRate: cents(lastMonth * 12n),
    allocation: options.allocationTags
      ? { share: ratio(allocated, usageTotal), allocated: cents(allocated), unallocated: cents(usageTotal - allocated) }
      : null,
    coverage: ratio(
      sum(
        eligible.filter((r) => value(r.PricingCategory) === "Committed"),
        "ListCost",
      ),
      sum(eligible, "ListCost"),
    ),
    utilization: withStatus.length === 0 ? null : ratio(used - unused, used),
    unusedCost: withStatus.length === 0 ? null : cents(unused),
    commitmentCost: withStatus.length === 0 ? null : cents(used),
    savings: {
      rate: ratio(usageList - usageTotal, usageList),
      negotiated: cents(usageList - usageContracted),
      commitment: cents(usageContracted - usageTotal),
    },
    byService: groups(usage, (r) => [provider(r), value(r.ServiceName), value(r.ServiceCategory)] as const)
      .sort((a, b) => byCost(a, b) || text(a.key[1], b.key[1]) || text(a.key[0], b.key[0]) || text(a.key[2], b.key[2]))
      .map((g) => ({
        provider: g.key[0],
        service: g.key[1],
        category: g.key[2],
        cost: cents(g.cost),
        share: ratio(g.cost, usageTotal),
      })),
    byProvider: groups(all, provider)
      .sort((a, b) => byCost(a, b) || text(a.key, b.key))
      .map((g) => ({ provider: g.key, cost: cents(g.cost), share: ratio(g.cost, total) })),
    byTag: Object.fromEntries(
      (options.breakdownTags ?? []).map((k) => [
        k,
        groups(usage, (r) => tagsOf(r.Tags).get(k.trim().toLowerCase()) ?? null)
          .sort((a, b) => byCost(a, b) || text(a.key, b.key))
          .map((g) => ({ value: g.key, cost: cents(g.cost), share: ratio(g.cost, usageTotal) })),
      ]),
    ),
    rows: all.length,
  };
}

function shift(month: string, n: number): string {
  const i = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
}
