import { cached, significantDecimals } from "../render/format.js";
import type { ValueFormat } from "../schema/slide.js";

/**
 * Windows locale ids (LCIDs) of common locales, and of each language's main locale. A format code
 * that starts `[$-407]` is shown with that locale's separators: LibreOffice sets `#,##0.00 "€"` as
 * `3,10 €` only with it (a chart's text language does not change its numbers); PowerPoint follows it too.
 */
const LCIDS: Record<string, number> = {
  ar: 0x401,
  "ar-sa": 0x401,
  bg: 0x402,
  ca: 0x403,
  cs: 0x405,
  da: 0x406,
  de: 0x407,
  "de-at": 0xc07,
  "de-ch": 0x807,
  "de-li": 0x1407,
  "de-lu": 0x1007,
  el: 0x408,
  en: 0x409,
  "en-au": 0xc09,
  "en-ca": 0x1009,
  "en-gb": 0x809,
  "en-ie": 0x1809,
  "en-in": 0x4009,
  "en-nz": 0x1409,
  "en-sg": 0x4809,
  "en-za": 0x1c09,
  es: 0xc0a,
  "es-ar": 0x2c0a,
  "es-cl": 0x340a,
  "es-co": 0x240a,
  "es-mx": 0x80a,
  "es-us": 0x540a,
  et: 0x425,
  fi: 0x40b,
  fr: 0x40c,
  "fr-be": 0x80c,
  "fr-ca": 0xc0c,
  "fr-ch": 0x100c,
  "fr-lu": 0x140c,
  he: 0x40d,
  hi: 0x439,
  hr: 0x41a,
  hu: 0x40e,
  id: 0x421,
  is: 0x40f,
  it: 0x410,
  "it-ch": 0x810,
  ja: 0x411,
  ko: 0x412,
  lt: 0x427,
  lv: 0x426,
  ms: 0x43e,
  nb: 0x414,
  nl: 0x413,
  "nl-be": 0x813,
  nn: 0x814,
  no: 0x414,
  pl: 0x415,
  pt: 0x416,
  "pt-pt": 0x816,
  ro: 0x418,
  ru: 0x419,
  sk: 0x41b,
  sl: 0x424,
  sv: 0x41d,
  "sv-fi": 0x81d,
  th: 0x41e,
  tr: 0x41f,
  uk: 0x422,
  vi: 0x42a,
  zh: 0x804,
  "zh-hk": 0xc04,
  "zh-sg": 0x1004,
  "zh-tw": 0x404,
};

/** `[$-407]` for de-DE: the locale prefix of a format code ('' for a locale without a known id). */
export function localePrefix(locale: string): string {
  return cached(prefixes, locale, () => {
    const { language, region } = new Intl.Locale(locale);
    const lcid = LCIDS[`${language}-${region ?? ""}`.toLowerCase()] ?? LCIDS[language.toLowerCase()];
    return lcid === undefined ? "" : `[$-${lcid.toString(16).toUpperCase()}]`;
  });
}

// Intl objects are slow to make, and every chart of every deck asks the same few questions: the
// answers per locale (and currency) are kept for the process.
const prefixes = new Map<string, string>();
const percentPatterns = new Map<string, string>();
const currencySides = new Map<string, { prefix: string; suffix: string }>();

/**
 * A percent format code with the locale's spacing and order, as its text has them: 0% (en-US),
 * 0 % with a no-break space (de-DE, fr-FR), %0 (tr-TR). `number` is the code for the digits.
 */
export function percentFormatCode(locale: string, number: string): string {
  const pattern = cached(percentPatterns, locale, () => {
    const parts = new Intl.NumberFormat(locale, { style: "percent" }).formatToParts(0.5);
    const sign = parts.findIndex((p) => p.type === "percentSign");
    const digits = parts.findIndex((p) => p.type === "integer");
    const between = parts
      .slice(Math.min(sign, digits) + 1, Math.max(sign, digits))
      .map((p) => p.value)
      .join("");
    const gap = /^\s+$/u.test(between) ? `"${between}"` : "";
    return sign >= 0 && sign < digits ? `%${gap}#` : `#${gap}%`;
  });
  return pattern.replace("#", number);
}

/**
 * Excel number format code for chart values (what PowerPoint and LibreOffice show on axes and
 * labels), in the organization's locale. `labels` is for data labels, which show each value: as
 * many places as the smallest needs, where the axis needs only what its largest tick does.
 */
export function chartFormatCode(
  format: ValueFormat,
  values: readonly number[],
  locale: string,
  currency: string,
  purpose: "axis" | "labels" = "axis",
): string {
  return localePrefix(locale) + formatCode(format, values, locale, currency, purpose);
}

function formatCode(
  format: ValueFormat,
  values: readonly number[],
  locale: string,
  currency: string,
  purpose: "axis" | "labels",
): string {
  const max = Math.max(0, ...values.map(Math.abs));
  const nonZero = values.map(Math.abs).filter((v) => v > 0);
  const min = nonZero.length > 0 ? Math.min(...nonZero) : 0;
  const scaled = (prefix: string, suffix: string) => {
    if (max >= 1e12) return `${prefix}#,##0.0,,,,"T"${suffix}`;
    if (max >= 1e9) return `${prefix}#,##0.0,,,"B"${suffix}`;
    if (max >= 1e6) return `${prefix}#,##0.0,,"M"${suffix}`;
    if (max >= 1e4) return `${prefix}#,##0,"K"${suffix}`;
    return `${prefix}${plain}${suffix}`;
  };
  // Cents matter when any value is a small fraction (a unit cost of $0.41 must not read $0), and
  // tiny values (a cost per request of $0.000002) need as many places as it takes to show them:
  // on the axis, the largest value's; on labels, the smallest's.
  const smallFractions = values.some((v) => !Number.isInteger(v) && Math.abs(v) < 100);
  const places = (largest: number, least: number) =>
    largest > 0 && largest < 1 ? Math.min(8, Math.max(least, Math.ceil(-Math.log10(largest)) + 1)) : least;
  // Labels get the axis's places, then optional ones (#) that only the smaller values use: 0,50 € and 0,0000031 €.
  const fixed = places(max, 2);
  const optional = purpose === "labels" && min > 0 ? Math.max(0, significantDecimals(min, 2) - fixed) : 0;
  const decimals = `#,##0.${"0".repeat(fixed)}${"#".repeat(optional)}`;
  const plain = smallFractions ? decimals : "#,##0";
  switch (format) {
    case "percent": {
      const axisPlaces = max < 0.001 ? places(max * 100, 1) : max < 0.1 ? 1 : 0;
      const labelPlaces = purpose === "labels" && min > 0 ? significantDecimals(min * 100, 2) - axisPlaces : 0;
      const n = axisPlaces + Math.max(0, labelPlaces);
      // At least one fixed place before optional ones: "0.###" shows 10% as "10.%".
      const fixedPlaces = n > 0 ? Math.max(1, axisPlaces) : 0;
      return percentFormatCode(locale, n > 0 ? `0.${"0".repeat(fixedPlaces)}${"#".repeat(n - fixedPlaces)}` : "0");
    }
    case "number":
      return plain;
    case "compact":
      return scaled("", "");
    case "currency":
    case "compact-currency": {
      // The symbol on the side the locale writes it.
      const { prefix, suffix } = cached(currencySides, `${locale}|${currency}`, () => {
        const parts = new Intl.NumberFormat(locale, { style: "currency", currency }).formatToParts(1);
        const symbol = parts.find((p) => p.type === "currency")?.value ?? currency;
        const before = parts.findIndex((p) => p.type === "currency") < parts.findIndex((p) => p.type === "integer");
        return before ? { prefix: `"${symbol}"`, suffix: "" } : { prefix: "", suffix: ` "${symbol}"` };
      });
      if (format === "currency") return `${prefix}${plain}${suffix}`;
      return scaled(prefix, suffix);
    }
  }
}
