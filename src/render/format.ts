/**
 * Locale-aware formatting (all through Intl): numbers and amounts follow the organization's
 * locale; words (month names, list conjunctions, the currency's name) follow the deck's language,
 * with dates in the locale's region's order ("8 December 2026" for an English deck in de-DE).
 */
export interface Formatter {
  locale: string;
  currency: string;
  /** The deck's language, e.g. en. */
  language: string;
  /** Money; compact shows 18.4M. Small amounts keep cents, and tiny ones their significant digits ($0.0000031). */
  money(value: number, options?: { compact?: boolean; digits?: number }): string;
  /** A number with grouping; without `digits`, a fraction below 100 keeps 4 significant digits (0.0000031, 12.35). */
  number(value: number, digits?: number): string;
  /** 1.2K, 18M, 3.4B; below a thousand, as {@link Formatter.number}. */
  compact(value: number): string;
  /** A fraction as a percentage: 0.27 → 27%, 0.045 → 4.5%, 0.000012 → 0.0012%. */
  percent(value: number, digits?: number): string;
  /** An ISO date (YYYY-MM-DD) in words. */
  date(iso: string, style?: "short" | "medium" | "long" | "full"): string;
  /** A YYYY-MM month, e.g. Mar 2026. */
  month(yyyyMm: string, style?: "short" | "long"): string;
  /** Two YYYY-MM months as a range, e.g. Jan – Mar 2027. */
  monthRange(from: string, to: string): string;
  /** Items joined the way the language does it: "a, b and c". */
  list(items: readonly string[], type?: "conjunction" | "disjunction" | "unit"): string;
  /** The currency's name in the deck's language, as in "per euro": "euro", "US dollar" ("US dollars" with plural). */
  currencyName(plural?: boolean): string;
}

// Intl formatters are costly to create (a month label each time was a hot spot when building
// hundreds of decks) and immutable, so one per locale and option set serves the whole process.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const wordsLocales = new Map<string, string>();

/** The value `cache` holds for `key`, made by `create` the first time. */
export function cached<F>(cache: Map<string, F>, key: string, create: () => F): F {
  let value = cache.get(key);
  // Not `!value`: an empty string ('' for a locale with no format-code prefix) is an answer too.
  if (value === undefined) cache.set(key, (value = create()));
  return value;
}

/** Places that show `value` to `significant` significant digits (at most 10): with 3, 0.0000031 → 8, 0.062 → 4. */
export function significantDecimals(value: number, significant = 3): number {
  const abs = Math.abs(value);
  if (abs === 0 || !Number.isFinite(abs)) return 0;
  return Math.min(10, Math.max(0, significant - 1 - Math.floor(Math.log10(abs))));
}

/**
 * `value` as `format` writes it, with the minus sign (U+2212) for a negative figure: Intl writes a
 * hyphen in most locales, and a slide that shows "−15%" beside "-25%" looks careless.
 */
function figure(format: Intl.NumberFormat, value: number): string {
  return format.format(value).replace("-", "\u2212");
}

/** Create a {@link Formatter} for a locale and currency. */
export function createFormatter(locale: string, currency: string, language = "en"): Formatter {
  const nf = (key: string, options: Intl.NumberFormatOptions) =>
    cached(numberFormats, `${locale}|${currency}|${key}`, () => new Intl.NumberFormat(locale, options));
  const dateLocale = wordsLocale(language, locale);
  const monthRanges = new Map<string, string>();
  const df = (key: string, options: Intl.DateTimeFormatOptions) =>
    cached(
      dateFormats,
      `${dateLocale}|${key}`,
      () => new Intl.DateTimeFormat(dateLocale, { ...options, timeZone: "UTC" }),
    );
  const number = (value: number, digits?: number) => {
    // Whole numbers and large ones as they are; a fraction below 100 to its significant digits.
    const most = digits ?? (Number.isInteger(value) || Math.abs(value) >= 100 ? 0 : significantDecimals(value, 4));
    const least = digits ?? 0;
    return figure(nf(`num-${least}-${most}`, { minimumFractionDigits: least, maximumFractionDigits: most }), value);
  };
  const money = (value: number, { compact = false, digits }: { compact?: boolean; digits?: number } = {}) => {
    if (compact && Math.abs(value) >= 1000) {
      // At most three significant digits unless asked ($483K, not $482.6K: the inputs are estimates).
      const format = nf(`money-c-${digits}`, {
        style: "currency",
        currency,
        notation: "compact",
        minimumFractionDigits: 0,
        maximumFractionDigits: digits ?? 1,
        ...(digits === undefined ? { maximumSignificantDigits: 3, roundingPriority: "lessPrecision" as const } : {}),
      });
      return figure(format, value);
    }
    // Cents below 100 (in currencies that have them), and as many places as a unit cost of a few millionths needs.
    const small = Math.abs(value) < 100 && !Number.isInteger(value);
    const cents = nf("money", { style: "currency", currency }).resolvedOptions().minimumFractionDigits ?? 2;
    const least = digits ?? (small ? cents : 0);
    const most = digits ?? (small ? Math.max(least, significantDecimals(value, 4)) : 0);
    const format = nf(`money-${least}-${most}`, {
      style: "currency",
      currency,
      minimumFractionDigits: least,
      maximumFractionDigits: most,
    });
    return figure(format, value);
  };
  return {
    locale,
    currency,
    language,
    money,
    number,
    compact(value) {
      if (Math.abs(value) < 1000) return number(value);
      return figure(nf("compact", { notation: "compact", maximumFractionDigits: 1 }), value);
    },
    percent(value, digits) {
      const abs = Math.abs(value);
      const d =
        digits ??
        (abs > 0 && abs < 0.01
          ? significantDecimals(value * 100, 2)
          : Number.isInteger(Math.round(value * 1000) / 10) || abs >= 0.1
            ? 0
            : 1);
      return figure(nf(`pct-${d}`, { style: "percent", minimumFractionDigits: d, maximumFractionDigits: d }), value);
    },
    date(iso, style = "long") {
      return df(`date-${style}`, { dateStyle: style }).format(new Date(`${iso}T00:00:00Z`));
    },
    month(yyyyMm, style = "short") {
      return df(`month-${style}`, { month: style, year: "numeric" }).format(new Date(`${yyyyMm}-01T00:00:00Z`));
    },
    monthRange(from, to) {
      // formatRange is slow in ICU, and every audience of a deck asks for the same few ranges.
      return cached(monthRanges, `${from}|${to}`, () =>
        df("month-short", { month: "short", year: "numeric" }).formatRange(
          new Date(`${from}-01T00:00:00Z`),
          new Date(`${to}-01T00:00:00Z`),
        ),
      );
    },
    list(items, type = "conjunction") {
      return cached(
        listFormats,
        `${language}|${type}`,
        () => new Intl.ListFormat(language, { style: "long", type }),
      ).format(items);
    },
    currencyName(plural = false) {
      // The name of one unit (or several), as the language writes it in a sentence ("1 euro" → "euro").
      const parts = new Intl.NumberFormat(language, {
        style: "currency",
        currency,
        currencyDisplay: "name",
        maximumFractionDigits: 0,
      }).formatToParts(plural ? 2 : 1);
      return parts.find((p) => p.type === "currency")?.value ?? currency;
    },
  };
}

/** The deck's language in the locale's region: month names in the language, dates in the region's order. */
export function wordsLocale(language: string, locale: string): string {
  // Asked for every slide when hundreds of decks are built: remembered per pair.
  return cached(wordsLocales, `${language}|${locale}`, () => {
    const region = new Intl.Locale(locale).region;
    const tag = region ? `${language}-${region}` : language;
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : language;
  });
}
