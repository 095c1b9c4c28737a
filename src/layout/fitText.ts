import type { Paragraph } from "./shapes.js";
import { wrapText } from "./measureText.js";

/** Line height as a multiple of the font size (single spacing for the fonts we use). */
export const LINE_HEIGHT = 1.22;
/** Bullet indent, as a multiple of the font size. */
export const BULLET_INDENT = 1.1;
// Leave a little room: renderers differ slightly in how they set the same text.
const WIDTH_SAFETY = 0.96;

/** What to fit: paragraphs into a box, between two sizes. */
export interface FitRequest {
  paragraphs: readonly Paragraph[];
  /** Box width and height in inches (inside any inset). */
  width: number;
  height: number;
  font: string;
  bold?: boolean;
  /** Largest and smallest allowed size in points. */
  maxSize: number;
  minSize: number;
  /** At most this many lines per paragraph (titles: 2). */
  maxLinesPerParagraph?: number;
}

/** The chosen size; `fits` is false when even the smallest size overflows. */
export interface FitResult {
  size: number;
  fits: boolean;
  /** Height the text takes at that size, inches. */
  height: number;
}

/** Height in inches that paragraphs take at a size, or Infinity if a line limit is broken. */
export function measureParagraphs(
  paragraphs: readonly Paragraph[],
  width: number,
  size: number,
  font: string,
  bold = false,
  maxLines = Infinity,
): number {
  let height = 0;
  paragraphs.forEach((p, i) => {
    const s = size * (p.scale ?? 1);
    const indent = p.bullet ? (BULLET_INDENT * s) / 72 : 0;
    const lines = wrapText(p.text, (width - indent) * WIDTH_SAFETY, s, font, p.bold ?? bold).length;
    if (lines > maxLines) height = Infinity;
    height += (lines * s * LINE_HEIGHT) / 72;
    if (i > 0) height += ((p.spaceBefore ?? 0) * size) / 72;
  });
  return height;
}

/** The largest size (in half points) at which the paragraphs fit the box; never below `minSize`. */
export function fitText(req: FitRequest): FitResult {
  for (let size = Math.max(req.maxSize, req.minSize); size >= req.minSize; size -= 0.5) {
    const height = measureParagraphs(req.paragraphs, req.width, size, req.font, req.bold, req.maxLinesPerParagraph);
    if (height <= req.height) return { size, fits: true, height };
  }
  const height = measureParagraphs(
    req.paragraphs,
    req.width,
    req.minSize,
    req.font,
    req.bold,
    req.maxLinesPerParagraph,
  );
  return { size: req.minSize, fits: false, height };
}

/** How many leading items fit at `size`; at least one, so progress is always made. */
export function countFitting(fits: (count: number) => boolean, total: number): number {
  let count = total;
  while (count > 1 && !fits(count)) count--;
  return count;
}
