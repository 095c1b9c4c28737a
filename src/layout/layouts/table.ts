import type { RenderedSlide } from "../../render/rendered.js";
import { LINE_HEIGHT } from "../fitText.js";
import { type Frame, pageSlide } from "../frame.js";
import { breakUnits, textWidth, wrapText } from "../measureText.js";
import { paginate } from "../paginate.js";
import { alignColumns } from "../tableColumns.js";
import { captionHeight, captionShape } from "../caption.js";
import type { LaidOutSlide, Shape } from "../shapes.js";

type Table = Extract<RenderedSlide, { layout: "table" }>;

/**
 * Cell margins in points, as measured here and written into the deck: wide enough on the sides
 * that a number flush right and the text flush left in the next column do not read as one.
 */
export const TABLE_CELL_PAD = { x: 9, y: 4 } as const;
const CELL_PAD_X = TABLE_CELL_PAD.x;
const CELL_PAD_Y = TABLE_CELL_PAD.y;
const MAX_EXTRA_PAD = 0.35; // inches a row may grow by when the table has room to spare
const SHORT_TABLE = 5; // rows: a table this short may take larger type

/** A native table: columns sized by content, type shrunk to fit, rows continued with the header repeated. */
export function layoutTable(frame: Frame, input: Table): LaidOutSlide[] {
  const { theme, content } = frame;
  // Numbers flush right, with one precision per column, before anything is measured.
  const filled = withoutEmptyColumns(input);
  const { align, rows: alignedRows } = alignColumns(filled.columns, filled.rows);
  const slide = { ...filled, rows: alignedRows };
  const captionH = captionHeight(frame, slide.caption, 0.6);
  const area = { ...content, h: content.h - captionH };
  const widths = columnWidths(slide, area.w, theme.fonts.body);
  const inner = (c: number) => (widths[c] ?? 1) - (2 * CELL_PAD_X) / 72 - 0.04;
  const rowHeight = (cells: readonly string[], size: number, bold: boolean, extra = 0) =>
    Math.max(
      ...cells.map((cell, c) => {
        const lines = wrapText(cell, inner(c), size, theme.fonts.body, bold).length;
        return (lines * size * LINE_HEIGHT + 2 * CELL_PAD_Y + 2) / 72 + extra;
      }),
    );
  const heightAt = (rows: readonly string[][], size: number) =>
    rowHeight(slide.columns, size, true) + rows.reduce((sum, r) => sum + rowHeight(r, size, false), 0);

  // A word broken across lines ("Engineerin / g") reads as a mistake: shrink until every word fits its column.
  const wordsFit = (cells: readonly string[], size: number, bold: boolean) =>
    cells.every((cell, c) =>
      breakUnits(cell).every((unit) => textWidth(unit.text, size, theme.fonts.body, bold) <= inner(c)),
    );
  const fitsAt = (size: number) =>
    heightAt(slide.rows, size) <= area.h &&
    wordsFit(slide.columns, size, true) &&
    slide.rows.every((r) => wordsFit(r, size, false));

  // A short table is set a little larger, so it reads as the slide's content rather than a footnote.
  const maxSize = theme.sizes.body + (slide.rows.length <= SHORT_TABLE ? 2 : 0);
  let size = maxSize;
  while (size > theme.sizes.minimum && !fitsAt(size)) size -= 0.5;
  const pages =
    heightAt(slide.rows, size) <= area.h
      ? [slide.rows]
      : paginate(slide.rows, (rows) => heightAt(rows, size) <= area.h);
  return pages.map((rows, p) => {
    // A short table gets airier rows (up to MAX_EXTRA_PAD more each) rather than a block of empty slide below it.
    const spare = Math.max(0, area.h - heightAt(rows, size));
    const extra = Math.min(MAX_EXTRA_PAD, spare / (rows.length + 1));
    const rowHeights = [
      rowHeight(slide.columns, size, true, extra),
      ...rows.map((r) => rowHeight(r, size, false, extra)),
    ];
    const shapes: Shape[] = [
      {
        kind: "table",
        box: { x: area.x, y: area.y, w: area.w, h: rowHeights.reduce((a, b) => a + b, 0) },
        columnWidths: widths,
        header: slide.columns,
        rows,
        font: theme.fonts.body,
        size,
        color: theme.colors.text,
        headerFill: theme.colors.accent,
        headerColor: theme.colors.accentText,
        rowFill: theme.colors.background,
        stripeFill: theme.colors.surface,
        lineColor: theme.colors.line,
        rowHeights,
        align,
        altText: describeTable(slide.title, slide.columns, rows.length),
        name: "Table",
      },
    ];
    if (slide.caption && p === pages.length - 1) {
      shapes.push(captionShape(frame, slide.caption, captionH));
    }
    return pageSlide(frame, slide, p, pages.length, shapes);
  });
}

/**
 * Given widths are relative; otherwise each column's share follows the measured width of its
 * longest text (damped, since long text wraps anyway), and never falls below its longest word.
 */
function columnWidths(slide: Table, total: number, font: string): number[] {
  const n = slide.columns.length;
  let weights = slide.widths && slide.widths.length === n ? slide.widths : undefined;
  if (!weights) {
    // Inches at a reference size: only the proportions matter.
    const measure = (text: string, bold: boolean) => textWidth(text, 12, font, bold);
    weights = slide.columns.map((header, c) => {
      const cells: [string, boolean][] = [
        [header, true],
        ...slide.rows.map((r): [string, boolean] => [r[c] ?? "", false]),
      ];
      const longest = Math.max(...cells.map(([text, bold]) => measure(text, bold)));
      const longestWord = Math.max(
        ...cells.flatMap(([text, bold]) => breakUnits(text).map((unit) => measure(unit.text, bold))),
      );
      return Math.max(longestWord, Math.min(Math.max(longest, 0.5), 5) ** 0.8);
    });
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w / sum) * total);
}

/**
 * A column no row has anything in (data without the optional field it shows) carries nothing but
 * its heading: it is left out rather than drawn as a blank stripe.
 */
function withoutEmptyColumns(slide: Table): Table {
  if (slide.rows.length === 0) return slide;
  const keep = slide.columns.map((_, c) => slide.rows.some((row) => (row[c] ?? "").trim() !== ""));
  if (keep.every(Boolean)) return slide;
  const pick = <T>(list: readonly T[]) => list.filter((_, c) => keep[c]);
  return {
    ...slide,
    columns: pick(slide.columns),
    rows: slide.rows.map(pick),
    widths: slide.widths && slide.widths.length === slide.columns.length ? pick(slide.widths) : slide.widths,
  };
}

/** Alt text for a table frame: what it is about, its columns and how many rows it has. */
function describeTable(title: string, columns: readonly string[], rows: number): string {
  return `Table, ${title}: ${rows} ${rows === 1 ? "row" : "rows"}, columns ${columns.join(", ")}.`;
}
