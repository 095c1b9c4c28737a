/**
 * Finding figures typed into text: digits that state a quantity, and proportions, multiples and
 * counts written in words. Labels are not figures: years (2027, FY2027, 2027–28), quarters and
 * halves (Q1, H2), dates (2026-03-01), times (9:30), ordinals (1st), names with digits (S3, EC2,
 * 5G), list numbers at the start of a line ("1. "), numbered labels (Phase 2, Step 3, slide 4),
 * addresses (links, e-mail) and "24/7". Durations ("90 days", "30-minute") are figures: a
 * deadline or a time ask is a fact about one organization, kept in its organization file.
 */

/** What a typed number states. */
export type TypedNumberKind = "percent" | "amount" | "multiple" | "duration" | "number";

/** What a number typed in words states. */
export type NumberWordKind = "proportion" | "multiple" | "count";

/** A figure found in text, at `index`. */
export interface TypedFigure<K extends string> {
  text: string;
  index: number;
  kind: K;
}

// Spans that hold digits without stating a quantity, blanked out before scanning.
const NOT_FIGURES = [
  /\b[a-z][\w+.-]*:\/\/\S+|\bwww\.\S+/gi, // links
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, // e-mail addresses
  /\b\d{4}-\d{2}(?:-\d{2})?\b/g, // ISO dates and months
  /\b\d{1,2}:\d{2}\b/g, // times of day
  /\b24\/7\b/g,
];

const LABELS =
  "phase|step|stage|tier|level|wave|part|option|round|sprint|release|version|chapter|section|appendix|" +
  "figure|table|slide|page|priority|item|no\\.|number";
const LABEL_BEFORE = new RegExp(`\\b(?:${LABELS})\\s*#?\\s*$`, "i");
const CURRENCY_BEFORE = /(?:[$€£¥₹₩₽¢]|\b[A-Z]{3})\s?$/;
const AMOUNT_SUFFIX = /^(?:k|m|mm|mn|bn|b|tn)$/i;
const PERCENT_AFTER = /^\s?(?:%|percent\b|per cent\b|pp\b|percentage points?\b)/i;
const MULTIPLE_AFTER = /^\s?(?:[x×](?![\p{L}])|times\b)/iu;
const DURATION_AFTER = /^[\s-]?(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?|years?|yrs?)\b/i;

/** Digits in `text` that state a quantity (see the module comment for what is left alone). */
export function typedNumbers(text: string): TypedFigure<TypedNumberKind>[] {
  let masked = text;
  for (const pattern of NOT_FIGURES) masked = masked.replace(pattern, (m) => " ".repeat(m.length));
  const found: TypedFigure<TypedNumberKind>[] = [];
  for (const m of masked.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const digits = m[0];
    const at = m.index;
    // What precedes a number, up to its line's start and at most a few words back (long texts stay linear).
    const lineStart = masked.lastIndexOf("\n", at - 1) + 1;
    const before = masked.slice(Math.max(lineStart, at - 40), at);
    const after = masked.slice(at + digits.length, at + digits.length + 40);
    const prev = before.slice(-1);
    if (/[\p{L}_]/u.test(prev)) continue; // Q1, FY2027, S3, EC2, v2
    if (/^(?:st|nd|rd|th)\b/i.test(after)) continue; // ordinals
    if (/['’]$/.test(before) && /^\d{2}$/.test(digits)) continue; // '27
    if (/^(?:19|20)\d{2}$/.test(digits) && !PERCENT_AFTER.test(after) && !CURRENCY_BEFORE.test(before)) continue;
    if (/(?:19|20)\d{2}\s?[–—/-]\s?$/.test(before) && /^\d{2}$/.test(digits)) continue; // 2027–28
    if (/^[ \t]*$/.test(masked.slice(lineStart, at)) && /^[.)]\s/.test(after)) continue; // "1. " opening a line
    if (LABEL_BEFORE.test(before)) continue;
    const suffix = /^\p{L}+/u.exec(after)?.[0];
    if (suffix && !AMOUNT_SUFFIX.test(suffix) && !/^[x×]$/i.test(suffix)) continue; // 5G, 3D, 2FA
    let kind: TypedNumberKind = "number";
    let shown = digits;
    const percent = PERCENT_AFTER.exec(after);
    const multiple = MULTIPLE_AFTER.exec(after);
    const duration = DURATION_AFTER.exec(after);
    const currency = CURRENCY_BEFORE.exec(before);
    if (percent) {
      kind = "percent";
      shown += percent[0];
    } else if (multiple) {
      kind = "multiple";
      shown += multiple[0];
    } else if (currency || (suffix && AMOUNT_SUFFIX.test(suffix))) {
      kind = "amount";
      shown = (currency?.[0] ?? "") + digits + (suffix ?? "");
    } else if (duration) {
      kind = "duration";
      shown += duration[0];
    }
    const index = at - (currency?.[0].length ?? 0);
    found.push({ text: text.slice(index, index + shown.length), index, kind });
  }
  return found;
}

/** The start of every word `numberWords` looks for, to tell cheaply whether a text may hold one. */
export const NUMBER_WORD_STEMS =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|" +
  "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|" +
  "trillion|dozen|half|halv|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|doubl|twice|tripl|trebl|" +
  "quadrupl|one in|one out of";

const COUNT =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|" +
  "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|" +
  "trillion|dozen";
const SMALL = `a|an|one|${COUNT}`;
const FRACTION = "halves|half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?";

const WORD_PATTERNS: { pattern: RegExp; kind: NumberWordKind; keep?: (match: string, after: string) => boolean }[] = [
  {
    pattern: new RegExp(`\\b(?:${SMALL})[\\s-]+(?:${FRACTION})\\b(?![-‐])`, "gi"),
    kind: "proportion",
    // "a quarter" is a time ("in a quarter") unless it is "a quarter of" something.
    keep: (match, after) => !/^(?:a|an|one)[\s-]+quarter$/i.test(match) || /^\s+of\b/i.test(after),
  },
  { pattern: new RegExp(`\\b(?:${SMALL}|\\d+)\\s+(?:in|out of)\\s+(?:${COUNT}|\\d+)\\b`, "gi"), kind: "proportion" },
  { pattern: /(?<!\b(?:first|second|other)\s)\bhalf\b(?![-‐])/gi, kind: "proportion" },
  {
    pattern: new RegExp(
      `\\b(?:${["doubl", "tripl", "trebl", "quadrupl", "halv"].map((w) => `${w}(?:e[sd]?|ing)`).join("|")}` +
        "|twice|(?:two|three|four|five|ten|hundred)fold)\\b(?![-‐])",
      "gi",
    ),
    kind: "multiple",
    keep: (_match, after) => !/^\s+(?:check|down|click)\b/i.test(after),
  },
  { pattern: new RegExp(`\\b(?:${COUNT})\\b`, "gi"), kind: "count" },
];

/** Proportions, multiples and counts written in words ("a third", "double", "one in eight", "three"). */
export function numberWords(text: string): TypedFigure<NumberWordKind>[] {
  const found: TypedFigure<NumberWordKind>[] = [];
  for (const { pattern, kind, keep } of WORD_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.index + f.text.length && end > f.index)) continue;
      if (keep && !keep(m[0], text.slice(end))) continue;
      found.push({ text: m[0], index: start, kind });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
