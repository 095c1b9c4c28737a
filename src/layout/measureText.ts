// Text measurement with the advance widths of the metric-compatible open fonts (Carlito for Calibri,
// Caladea for Cambria, Liberation Sans for Arial, Liberation Serif for Times New Roman), measured from
// the font files by `npm run fonts:metrics` into fontMetricsData.ts. Layout needs no font files at run
// time, and every machine measures alike. Kerning is left out: it only ever narrows these fonts' text
// slightly, so ignoring it errs on the safe side.
import { FONT_METRICS, type MeasuredFamily, type WidthRuns } from "./fontMetricsData.js";

/** Which measured family stands in for a font name. */
const FAMILIES: [RegExp, MeasuredFamily][] = [
  [/calibri|carlito/i, "carlito"],
  [/cambria|caladea/i, "caladea"],
  [/arial|helvetica|liberation sans|arimo/i, "liberationSans"],
  [/times|liberation serif|tinos/i, "liberationSerif"],
];

/** Widths in em of one face, by code point. */
type WidthTable = Map<number, number>;

const tables = new Map<string, WidthTable>();

function tableOf(runs: WidthRuns, unitsPerEm: number, into: WidthTable = new Map()): WidthTable {
  for (const [start, widths] of runs) {
    widths.forEach((w, i) => {
      const code = start + i;
      into.set(code, Math.max(into.get(code) ?? 0, w / unitsPerEm));
    });
  }
  return into;
}

/**
 * Widths for a font name and weight. Unknown families get, glyph by glyph, the widest of the measured
 * families, so text in a font we cannot measure still fits.
 */
function widthTable(font: string, bold: boolean): WidthTable {
  const family = FAMILIES.find(([pattern]) => pattern.test(font))?.[1];
  const key = `${family ?? "*"}/${bold ? "b" : "r"}`;
  let table = tables.get(key);
  if (!table) {
    table = new Map();
    for (const name of family ? [family] : (Object.keys(FONT_METRICS) as MeasuredFamily[])) {
      const metrics = FONT_METRICS[name];
      tableOf(bold ? metrics.bold : metrics.regular, metrics.unitsPerEm, table);
    }
    tables.set(key, table);
  }
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
 * Width in em of one code point. A glyph the font lacks is drawn from a fallback font: we take the
 * widest measured family that has it (Hebrew is in Liberation but not Carlito), else a safe full em
 * (CJK, Arabic and other scripts), or more for emoji.
 */
function charWidth(code: number, table: WidthTable, fallback: WidthTable): number {
  if (isZeroWidth(code)) return 0;
  const known = table.get(code) ?? fallback.get(code);
  if (known !== undefined) return known;
  return isEmoji(code) ? 1.25 : 1;
}

/** Width of `text` in inches at `size` points. */
export function textWidth(text: string, size: number, font: string, bold = false): number {
  const table = widthTable(font, bold);
  const fallback = widthTable("", bold);
  let em = 0;
  for (const ch of text) em += charWidth(ch.codePointAt(0)!, table, fallback);
  return em * (size / 72);
}

/** Break `text` into lines no wider than `width` inches; words longer than a line are split. */
export function wrapText(text: string, width: number, size: number, font: string, bold = false): string[] {
  const lines: string[] = [];
  for (const hardLine of text.split("\n")) {
    let line = "";
    for (const word of hardLine.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, size, font, bold) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = "";
      // A word wider than the line: split it by characters.
      let rest = word;
      while (textWidth(rest, size, font, bold) > width) {
        let cut = 1;
        const chars = [...rest];
        while (cut < chars.length && textWidth(chars.slice(0, cut + 1).join(""), size, font, bold) <= width) cut++;
        lines.push(chars.slice(0, cut).join(""));
        rest = chars.slice(cut).join("");
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}
