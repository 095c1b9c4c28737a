// Text measurement with the advance widths of the metric-compatible open fonts (Carlito for Calibri,
// Caladea for Cambria, Liberation Sans for Arial, Liberation Serif for Times New Roman) and of DejaVu,
// which renderers substitute for fonts they lack (so unknown fonts are measured wide), measured from
// the font files by `npm run fonts:metrics` into fontMetricsData.ts. Layout needs no font files at run
// time, and every machine measures alike. Kerning is left out: PowerPoint kerns only runs that ask for
// it (we never do), and LibreOffice's pair kerning narrows text by about 1%, so we err on the safe side.
import { FONT_METRICS, type MeasuredFamily, type WidthRuns } from "./fontMetricsData.js";

/**
 * Which measured family stands in for a font name, by the whole name (case and outer spaces aside).
 * A weight or width variant is another font: "Calibri Light", "Arial Black", "Arial Narrow" and
 * "Helvetica Neue" are not drawn as Calibri or Arial where they are missing (fc-match gives DejaVu Sans
 * for each here, and LibreOffice draws with what fontconfig gives), and where they are installed they
 * are wider or narrower; so they are measured as unknown fonts, widest glyph by glyph.
 */
const FAMILIES = new Map<string, MeasuredFamily>([
  ...["calibri", "carlito"].map((n) => [n, "carlito"] as const),
  ...["cambria", "caladea"].map((n) => [n, "caladea"] as const),
  ...["arial", "helvetica", "liberation sans", "arimo"].map((n) => [n, "liberationSans"] as const),
  ...["times new roman", "times", "liberation serif", "tinos"].map((n) => [n, "liberationSerif"] as const),
  ...["dejavu sans", "bitstream vera sans"].map((n) => [n, "dejavuSans"] as const),
  ...["dejavu serif", "bitstream vera serif"].map((n) => [n, "dejavuSerif"] as const),
]);

/** The measured family drawn for a font name, or undefined for a font we have no metrics of. */
export function measuredFamily(font: string): MeasuredFamily | undefined {
  return FAMILIES.get(font.trim().replace(/\s+/g, " ").toLowerCase());
}

/** Code points below this are looked up in an array; the few measured beyond it, in a map. */
const ARRAY_LIMIT = 0x2600;

/** Widths in em of one face: NaN where no measured font has the glyph. */
interface WidthTable {
  low: Float64Array;
  high: Map<number, number>;
  /** Widths in em of words already measured: fitting tries many sizes of the same text. */
  words: Map<string, number>;
}

/** Add runs of widths to a table: over what is there (`replace`), or only where wider (`widest`). */
function addRuns(table: WidthTable, runs: WidthRuns, unitsPerEm: number, mode: "replace" | "widest"): void {
  for (const [start, widths] of runs) {
    widths.forEach((w, i) => {
      const code = start + i;
      const em = w / unitsPerEm;
      if (code < ARRAY_LIMIT) {
        const old = table.low[code]!;
        if (mode === "replace" || Number.isNaN(old) || em > old) table.low[code] = em;
      } else {
        const old = table.high.get(code);
        if (mode === "replace" || old === undefined || em > old) table.high.set(code, em);
      }
    });
  }
}

/** Every measured family's widest glyph, per weight: the fallback for glyphs a family lacks. */
const widest = new Map<boolean, WidthTable>();

function widestTable(bold: boolean): WidthTable {
  let table = widest.get(bold);
  if (!table) {
    table = { low: new Float64Array(ARRAY_LIMIT).fill(Number.NaN), high: new Map(), words: new Map() };
    for (const metrics of Object.values(FONT_METRICS))
      addRuns(table, bold ? metrics.bold : metrics.regular, metrics.unitsPerEm, "widest");
    widest.set(bold, table);
  }
  return table;
}

/**
 * Widths for a font name and weight: the measured family standing in for it, then, for glyphs it
 * lacks, the widest measured family that has them (Hebrew is in Liberation, not Carlito), since a
 * renderer draws those from a fallback font. Unknown families get the widest measured family glyph
 * by glyph, so text in a font we cannot measure still fits.
 */
function buildTable(font: string, bold: boolean): WidthTable {
  const fallback = widestTable(bold);
  const table: WidthTable = { low: fallback.low.slice(), high: new Map(fallback.high), words: new Map() };
  const family = measuredFamily(font);
  if (family) {
    const metrics = FONT_METRICS[family];
    addRuns(table, bold ? metrics.bold : metrics.regular, metrics.unitsPerEm, "replace");
  }
  for (const code of zeroWidthLow()) table.low[code] = 0;
  return table;
}

let zeroWidth: number[] | undefined;

/** The zero-width code points below {@link ARRAY_LIMIT}, found once for every table. */
function zeroWidthLow(): number[] {
  return (zeroWidth ??= Array.from({ length: ARRAY_LIMIT }, (_, code) => code).filter(isZeroWidth));
}

const tables = new Map<string, WidthTable>();
let last: { font: string; bold: boolean; table: WidthTable } | undefined;

function widthTable(font: string, bold: boolean): WidthTable {
  if (last && last.font === font && last.bold === bold) return last.table;
  const key = `${bold ? "b" : "r"}:${font}`;
  let table = tables.get(key);
  if (!table) tables.set(key, (table = buildTable(font, bold)));
  last = { font, bold, table };
  return table;
}

/** Code points that take no room: controls, joiners, direction marks, variation selectors, combining marks. */
function isZeroWidth(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xe0100 && code <= 0xe01ef) ||
    code === 0xfeff
  );
}

/** Pictographs set by a colour-emoji fallback font, whose advance runs to about 1.25 em. */
function isEmoji(code: number): boolean {
  return code >= 0x1f000 || (code >= 0x2600 && code <= 0x27bf) || (code >= 0x2b00 && code <= 0x2bff);
}

/**
 * Width in em of a glyph no measured font has: a safe full em (Arabic, other scripts), more for
 * emoji. CJK ideographs, kana, Hangul and full-width forms are drawn from a CJK fallback font
 * (LibreOffice on Linux: Noto Sans CJK, as `fc-match :lang=ja` finds it), where they are one em
 * wide or a little less (Hangul).
 */
function unmeasuredWidth(code: number): number {
  if (isZeroWidth(code)) return 0;
  return isEmoji(code) ? 1.25 : 1;
}

/**
 * East Asian characters (the renderers' "Asian" script type): CJK ideographs and their punctuation,
 * kana, Hangul, Bopomofo, Yi, and full- and half-width forms. Lines may break before and after each.
 */
export function isAsian(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x2e80 && code <= 0x2fdf) ||
    (code >= 0x3000 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4cf) ||
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xac00 && code <= 0xd7ff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x20000 && code <= 0x3ffff)
  );
}

/**
 * Room LibreOffice adds where Asian and other text meet ("￥27.9億" is drawn "￥ 27.9 億"): about a
 * quarter em per change of script, measured on its PDFs. PowerPoint adds less or none; this errs wide.
 */
const ASIAN_SPACING = 0.25;

/** Whether two neighbouring characters change between Asian and other text (a space counts as other). */
function scriptChange(before: number | undefined, after: number | undefined): boolean {
  if (before === undefined || after === undefined || isZeroWidth(before) || isZeroWidth(after)) return false;
  return isAsian(before) !== isAsian(after);
}

/** Width of `text` in em: the sum of its glyphs' advances (no kerning), and the room between scripts. */
function emWidth(text: string, table: WidthTable): number {
  const { low, high } = table;
  let em = 0;
  let previous: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++; // the second half of a surrogate pair
    const known = code < ARRAY_LIMIT ? low[code]! : high.get(code);
    em += known === undefined || Number.isNaN(known) ? unmeasuredWidth(code) : known;
    if (scriptChange(previous, code)) em += ASIAN_SPACING;
    if (!isZeroWidth(code)) previous = code;
  }
  return em;
}

/** Width in em of a word, remembered per table: fitting measures the same words at many sizes. */
function wordWidth(word: string, table: WidthTable): number {
  let em = table.words.get(word);
  if (em === undefined) table.words.set(word, (em = emWidth(word, table)));
  return em;
}

/** Width of `text` in inches at `size` points. */
export function textWidth(text: string, size: number, font: string, bold = false): number {
  return emWidth(text, widthTable(font, bold)) * (size / 72);
}

/**
 * Break `text` into lines no wider than `width` inches, as renderers do: at spaces, and before and
 * after each East Asian character (which are written without spaces); a unit wider than a line is
 * split by characters. Widths add up unit by unit (advances are additive without kerning), so a line
 * is never measured twice.
 */
export function wrapText(text: string, width: number, size: number, font: string, bold = false): string[] {
  const table = widthTable(font, bold);
  const fits = (em: number) => em * (size / 72) <= width;
  const space = wordWidth(" ", table);
  const lines: string[] = [];
  for (const hardLine of text.split("\n")) {
    let line = "";
    let lineEm = 0;
    for (const unit of breakUnits(hardLine)) {
      const em = wordWidth(unit.text, table);
      const last = lastCodePoint(line);
      const first = unit.text.codePointAt(0);
      const joined = unit.space ? space + spacing(last, 32) + spacing(32, first) : spacing(last, first);
      const candidateEm = line ? lineEm + joined + em : em;
      if (fits(candidateEm)) {
        line = line ? `${line}${unit.space ? " " : ""}${unit.text}` : unit.text;
        lineEm = candidateEm;
        continue;
      }
      if (line) lines.push(line);
      line = unit.text;
      lineEm = em;
      // A unit wider than the line: split it by characters.
      while (!fits(lineEm)) {
        const chars = Array.from(line);

        let cut = 1;
        let cutEm = emWidth(chars[0]!, table);
        while (cut < chars.length) {
          const next =
            cutEm + emWidth(chars[cut]!, table) + spacing(chars[cut - 1]!.codePointAt(0), chars[cut]!.codePointAt(0));
          if (!fits(next)) break;
          cutEm = next;
          cut++;
        }
        if (cut >= chars.length) break;
        lines.push(chars.slice(0, cut).join(""));
        line = chars.slice(cut).join("");
        lineEm = emWidth(line, table);
      }
    }
    lines.push(line);
  }
  return lines;
}

function spacing(before: number | undefined, after: number | undefined): number {
  return scriptChange(before, after) ? ASIAN_SPACING : 0;
}

function lastCodePoint(text: string): number | undefined {
  if (text === "") return undefined;
  // The last code point, read without splitting the text (this runs for every word measured): a
  // surrogate pair's code point starts one unit before its end.
  const pair = text.length > 1 ? text.codePointAt(text.length - 2)! : 0;
  return pair > 0xffff ? pair : text.charCodeAt(text.length - 1);
}

/** A piece of text a line never breaks inside, and whether a space separates it from the one before. */
interface BreakUnit {
  text: string;
  space: boolean;
}

// Characters a line may not start with (closing marks, small kana) or end with (opening marks): kinsoku.
const NO_START =
  /^[)\]}>,.:;!?%、。，．・：；？！ー～…‥）〕］｝〉》」』】〙〗”’ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〻]/u;
const NO_END = /[([{<（〔［｛〈《「『【〘〖“‘￥＄]$/u;

/**
 * The units a line can break between: words (split at spaces), and each East Asian character on its
 * own, kept together with the marks that may not start or end a line.
 */
export function breakUnits(text: string): BreakUnit[] {
  const units: BreakUnit[] = [];
  text.split(/ +/).forEach((word, w) => {
    const start = units.length;
    let current = "";
    let previousAsian = false;
    for (const ch of word) {
      const asian = isAsian(ch.codePointAt(0)!);
      const breakBefore = current !== "" && (asian || previousAsian) && !NO_START.test(ch) && !NO_END.test(current);
      if (breakBefore) {
        units.push({ text: current, space: units.length === start && w > 0 });
        current = "";
      }
      current += ch;
      if (!isZeroWidth(ch.codePointAt(0)!)) previousAsian = asian;
    }
    units.push({ text: current, space: units.length === start && w > 0 });
  });
  return units;
}
