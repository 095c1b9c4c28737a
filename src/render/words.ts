// Words that describe numbers, computed from the numbers, so no template states "a third" or
// "three actions" that only held for one organization. English words for English decks; other
// languages get digits and percentages, which are never wrong.

const SMALL = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

/** A whole number in words up to twelve ("three"), digits beyond (as style guides write them). */
export function inWords(n: number, language: string, formatDigits: (n: number) => string): string {
  if (language === "en" && Number.isInteger(n) && n >= 0 && n < SMALL.length) return SMALL[n]!;
  return formatDigits(n);
}

/** The noun for a count: "action" for 1, "actions" otherwise (or the plural given). English only. */
export function plural(n: number, singular: string, pluralForm?: string): string {
  return Math.abs(n) === 1 ? singular : (pluralForm ?? `${singular}s`);
}

/**
 * Simple fractions readers take in at a glance, as English words that work as an amount of
 * something ("an eighth of the bill"; "one in eight of the bill" is not English).
 */
const FRACTIONS: readonly [number, string][] = [
  [1 / 10, "a tenth"],
  [1 / 8, "an eighth"],
  [1 / 6, "a sixth"],
  [1 / 5, "a fifth"],
  [1 / 4, "a quarter"],
  [1 / 3, "a third"],
  [2 / 5, "two fifths"],
  [1 / 2, "half"],
  [3 / 5, "three fifths"],
  [2 / 3, "two thirds"],
  [3 / 4, "three quarters"],
  [4 / 5, "four fifths"],
  [9 / 10, "nine tenths"],
];

/**
 * A share as the fraction it is close to ("a third", "nearly a quarter", "just over half"), or as
 * a percentage when no simple fraction is within two points (English only; other languages get
 * the percentage).
 */
export function proportion(share: number, language: string, formatPercent: (share: number) => string): string {
  if (language !== "en") return formatPercent(share);
  let best: [number, string] | undefined;
  for (const f of FRACTIONS) if (!best || Math.abs(share - f[0]) < Math.abs(share - best[0])) best = f;
  if (!best) return formatPercent(share);
  const off = share - best[0];
  if (Math.abs(off) > 0.02) return formatPercent(share);
  if (Math.abs(off) <= 0.005) return best[1];
  return `${off < 0 ? "nearly" : "just over"} ${best[1]}`;
}

/** Upper-case the first letter, for a computed word that starts a sentence. */
export function capitalize(text: string, locale: string): string {
  return text.length === 0 ? text : text[0]!.toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * Lower-case the first letter, so a capitalized phrase can continue a sentence ("A platform" →
 * "a platform"), but leave a first word with a capital inside it alone: names and acronyms (AWS,
 * IT, FinOps, McKinsey) keep their case.
 */
export function uncapitalize(text: string, locale: string): string {
  if (text.length === 0) return text;
  const firstWord = /^\S*/u.exec(text)![0].slice(1);
  if (/\p{Lu}/u.test(firstWord)) return text;
  return text[0]!.toLocaleLowerCase(locale) + text.slice(1);
}
