import type { HelperOptions } from "handlebars";
import type { Formatter } from "./format.js";
import { capitalize, inWords, plural, proportion, uncapitalize } from "./words.js";

/** Thrown by a helper given the wrong kind of value; the renderer adds the position. */
export class HelperError extends Error {
  override name = "HelperError";
}

/** Every helper templates can call. */
export const HELPER_NAMES = [
  "currency",
  "number",
  "compact",
  "percent",
  "date",
  "month",
  "list",
  "join",
  "count",
  "sum",
  "first",
  "last",
  "add",
  "subtract",
  "multiply",
  "divide",
  "round",
  "abs",
  "eq",
  "ne",
  "gt",
  "gte",
  "lt",
  "lte",
  "and",
  "or",
  "not",
  "upper",
  "lower",
  "default",
  "inWords",
  "plural",
  "proportion",
  "capitalize",
  "uncapitalize",
  "bySign",
  "currencyName",
  "monthRange",
  "formatValue",
] as const;
export type HelperName = (typeof HELPER_NAMES)[number];

type Helper = (...args: unknown[]) => unknown;

function num(helper: string, value: unknown, what = "a number"): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  throw new HelperError(`${helper} expects ${what}, got ${show(value)}`);
}

function list(helper: string, value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  throw new HelperError(`${helper} expects a list, got ${show(value)}`);
}

function str(helper: string, value: unknown): string {
  if (typeof value === "string") return value;
  throw new HelperError(`${helper} expects text, got ${show(value)}`);
}

function show(value: unknown): string {
  if (value === undefined) return "nothing (is the name right?)";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "number" && !Number.isFinite(value)) return `${value} (a division by zero or a tiny number?)`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Split helper arguments into positional values and the options Handlebars passes last. */
function split(args: unknown[]): { values: unknown[]; hash: Record<string, unknown> } {
  const options = args[args.length - 1] as HelperOptions;
  return { values: args.slice(0, -1), hash: (options?.hash ?? {}) as Record<string, unknown> };
}

function digitsOf(helper: string, hash: Record<string, unknown>): number | undefined {
  return hash.digits === undefined ? undefined : num(helper, hash.digits, "digits=<number>");
}

/**
 * The helper table for one formatter (locale and currency come from the organization).
 * A helper called with no arguments where the current item has a field of the same name
 * returns the field: `{{count}}` on `{ role, count }` means the data, not the helper.
 */
export function createHelpers(format: Formatter): Record<HelperName, Helper> {
  const table = helperTable(format);
  for (const name of HELPER_NAMES) {
    const helper = table[name];
    table[name] = function (this: unknown, ...args: unknown[]) {
      if (args.length === 1 && this !== null && typeof this === "object" && Object.hasOwn(this, name)) {
        return (this as Record<string, unknown>)[name];
      }
      return helper.apply(this, args);
    };
  }
  return table;
}

function helperTable(format: Formatter): Record<HelperName, Helper> {
  const compare =
    (name: string, test: (a: number, b: number) => boolean): Helper =>
    (...args) => {
      const { values } = split(args);
      return test(num(name, values[0]), num(name, values[1]));
    };
  const arithmetic =
    (name: string, op: (a: number, b: number) => number): Helper =>
    (...args) => {
      const { values } = split(args);
      if (values.length < 2) throw new HelperError(`${name} needs two numbers`);
      return values.map((v) => num(name, v)).reduce(op);
    };
  return {
    currency: (...args) => {
      const { values, hash } = split(args);
      return format.money(num("currency", values[0]), {
        compact: hash.compact === true,
        digits: digitsOf("currency", hash),
      });
    },
    number: (...args) => {
      // digits=1: always one decimal (3.0); upTo=1: at most one (3, 3.5).
      const { values, hash } = split(args);
      const value = num("number", values[0]);
      if (hash.upTo !== undefined) {
        const factor = 10 ** num("number", hash.upTo, "upTo=<number>");
        const rounded = Math.round(value * factor) / factor;
        return format.number(rounded, Number.isInteger(rounded) ? 0 : String(rounded).split(".")[1]!.length);
      }
      return format.number(value, digitsOf("number", hash));
    },
    compact: (...args) => format.compact(num("compact", split(args).values[0])),
    percent: (...args) => {
      const { values, hash } = split(args);
      return format.percent(num("percent", values[0], "a fraction such as 0.27"), digitsOf("percent", hash));
    },
    date: (...args) => {
      const { values, hash } = split(args);
      const iso = str("date", values[0]);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new HelperError(`date expects YYYY-MM-DD, got ${show(iso)}`);
      const style = (hash.style ?? "long") as "short" | "medium" | "long" | "full";
      return format.date(iso, style);
    },
    month: (...args) => {
      const { values, hash } = split(args);
      const value = str("month", values[0]);
      if (!/^\d{4}-\d{2}$/.test(value)) throw new HelperError(`month expects YYYY-MM, got ${show(value)}`);
      return format.month(value, hash.style === "long" ? "long" : "short");
    },
    list: (...args) => {
      const { values, hash } = split(args);
      const items = list("list", values[0]).map(String);
      const type = hash.type === "or" ? "disjunction" : "conjunction";
      return format.list(items, type);
    },
    join: (...args) => {
      const { values } = split(args);
      const separator = values[1] === undefined ? ", " : str("join", values[1]);
      return list("join", values[0]).map(String).join(separator);
    },
    count: (...args) => list("count", split(args).values[0]).length,
    sum: (...args) => {
      const { values, hash } = split(args);
      const field = hash.field === undefined ? undefined : str("sum", hash.field);
      return list("sum", values[0]).reduce<number>(
        (total, item) => total + num("sum", field ? (item as Record<string, unknown>)?.[field] : item),
        0,
      );
    },
    first: (...args) => list("first", split(args).values[0])[0],
    last: (...args) => list("last", split(args).values[0]).at(-1),
    add: arithmetic("add", (a, b) => a + b),
    subtract: arithmetic("subtract", (a, b) => a - b),
    multiply: arithmetic("multiply", (a, b) => a * b),
    divide: (...args) => {
      const { values } = split(args);
      const divisor = num("divide", values[1]);
      if (divisor === 0) throw new HelperError("divide by zero");
      return num("divide", values[0]) / divisor;
    },
    round: (...args) => {
      const { values, hash } = split(args);
      const factor = 10 ** (digitsOf("round", hash) ?? 0);
      return Math.round(num("round", values[0]) * factor) / factor;
    },
    abs: (...args) => Math.abs(num("abs", split(args).values[0])),
    eq: (...args) => {
      const { values } = split(args);
      return values[0] === values[1];
    },
    ne: (...args) => {
      const { values } = split(args);
      return values[0] !== values[1];
    },
    gt: compare("gt", (a, b) => a > b),
    gte: compare("gte", (a, b) => a >= b),
    lt: compare("lt", (a, b) => a < b),
    lte: compare("lte", (a, b) => a <= b),
    and: (...args) => split(args).values.every(Boolean),
    or: (...args) => split(args).values.some(Boolean),
    not: (...args) => !split(args).values[0],
    upper: (...args) => str("upper", split(args).values[0]).toLocaleUpperCase(format.locale),
    lower: (...args) => str("lower", split(args).values[0]).toLocaleLowerCase(format.locale),
    default: (...args) => {
      const { values } = split(args);
      return values[0] === undefined || values[0] === null || values[0] === "" ? values[1] : values[0];
    },
    inWords: (...args) => inWords(num("inWords", split(args).values[0]), format.language, (n) => format.number(n)),
    plural: (...args) => {
      const { values } = split(args);
      const n = num("plural", values[0]);
      return plural(n, str("plural", values[1]), values[2] === undefined ? undefined : str("plural", values[2]));
    },
    proportion: (...args) => {
      const share = num("proportion", split(args).values[0], "a fraction such as 0.27");
      return proportion(share, format.language, (s) => format.percent(s));
    },
    capitalize: (...args) => capitalize(str("capitalize", split(args).values[0]), format.language),
    uncapitalize: (...args) => uncapitalize(str("uncapitalize", split(args).values[0]), format.language),
    bySign: (...args) => {
      // {{bySign x "over" "under" "on"}}: a word for above, below and at zero.
      const { values } = split(args);
      const n = num("bySign", values[0]);
      const word = (i: number) => (values[i] === undefined ? "" : str("bySign", values[i]));
      return n > 0 ? word(1) : n < 0 ? word(2) : values[3] === undefined ? word(1) : word(3);
    },
    currencyName: (...args) => format.currencyName(split(args).hash.plural === true),
    monthRange: (...args) => {
      // {{monthRange "2027-01" "2027-03"}}: "Jan–Mar 2027", "Nov 2026–Feb 2027", or one month.
      const { values } = split(args);
      const from = str("monthRange", values[0]);
      const to = values[1] === null || values[1] === undefined ? undefined : str("monthRange", values[1]);
      for (const m of [from, to]) {
        if (m !== undefined && !/^\d{4}-\d{2}$/.test(m))
          throw new HelperError(`monthRange expects YYYY-MM, got ${show(m)}`);
      }
      if (to === undefined) return `${format.month(from)} –`;
      if (to === from) return format.month(from);
      return format.monthRange(from, to);
    },
    formatValue: (...args) => {
      // {{formatValue value format}}: a metric's value as its format says (percent, currency, number).
      const { values } = split(args);
      const value = num("formatValue", values[0]);
      const kind = str("formatValue", values[1]);
      if (kind === "percent") return format.percent(value);
      // Large amounts compactly ($1.1B), small ones exactly ($0.41): a metric is read, not reconciled.
      if (kind === "currency") return format.money(value, { compact: Math.abs(value) >= 10_000 });
      if (kind === "number") return format.number(value, Number.isInteger(value) ? 0 : 2);
      throw new HelperError(`formatValue expects a format (percent, currency or number), got ${show(kind)}`);
    },
  };
}
