import type { BuildContext } from "../errors.js";
import type { Theme } from "../schema/theme.js";
import { fitText, measureParagraphs } from "./fitText.js";
import type { Box, LaidOutSlide, Paragraph, PlaceholderRole, Shape } from "./shapes.js";

/** Slide geometry and theme, shared by every layout of one deck. */
export interface Frame {
  width: number;
  height: number;
  theme: Theme;
  /** Left/right margin, inches. */
  margin: number;
  /** Where slide titles go on content slides. */
  titleBox: Box;
  /** The area between title and footer. */
  content: Box;
  warnings: BuildContext;
  /** Describes the slide being laid out, for warnings. */
  where: { file: string; path: string };
}

/** Slide sizes in inches. */
// 16:9 is PowerPoint's 13 1/3 × 7.5 in (12192000 × 6858000 EMU exactly; 13.333 in would be 12191695).
export const SLIDE_DIMENSIONS = { "16:9": { width: 40 / 3, height: 7.5 }, "4:3": { width: 10, height: 7.5 } } as const;

export function createFrame(theme: Theme, warnings: BuildContext, where: Frame["where"]): Frame {
  const { width, height } = SLIDE_DIMENSIONS[theme.slideSize];
  const margin = 0.6;
  const titleBox = { x: margin, y: 0.35, w: width - 2 * margin, h: 1.05 };
  const content = { x: margin, y: 1.75, w: width - 2 * margin, h: height - 1.75 - 0.95 };
  return { width, height, theme, margin, titleBox, content, warnings, where };
}

/** Where the footer text goes on content slides. */
export function footerBox(frame: Pick<Frame, "width" | "height" | "margin">): Box {
  return { x: frame.margin, y: frame.height - 0.6, w: frame.width * 0.55, h: 0.36 };
}

/** Where the slide number goes on content slides (bottom right, level with the footer). */
export function slideNumberBox(frame: Pick<Frame, "width" | "height" | "margin">): Box {
  return { x: frame.width - frame.margin - 0.6, y: frame.height - 0.6, w: 0.6, h: 0.36 };
}

/** Footer type size: 10 pt on one line if it can shrink to fit down to 8 pt, else two lines down to 6.5 pt. */
export function footerSize(frame: Frame, footer: string): number {
  const box = footerBox(frame);
  const request = { paragraphs: [{ text: footer }], width: box.w, height: box.h, font: frame.theme.fonts.body };
  const oneLine = fitText({ ...request, maxSize: 10, minSize: 8, maxLinesPerParagraph: 1 });
  return oneLine.fits ? oneLine.size : fitText({ ...request, maxSize: 9, minSize: 6.5, maxLinesPerParagraph: 2 }).size;
}

/** A content slide's title: one line at the theme size, else shrink, else two lines. */
export function titleShapes(frame: Frame, title: string): Shape[] {
  const { theme, titleBox } = frame;
  const paragraphs: Paragraph[] = [{ text: title }];
  // One line at the theme size, shrinking a little; else two lines.
  const oneLine = fitText({
    paragraphs,
    width: titleBox.w,
    height: (theme.sizes.title * 1.22) / 72 + 0.01,
    font: theme.fonts.heading,
    bold: true,
    maxSize: theme.sizes.title,
    minSize: Math.max(theme.sizes.minimum, theme.sizes.title * 0.8),
  });
  const shape = oneLine.fits
    ? {
        kind: "text" as const,
        box: titleBox,
        paragraphs,
        font: theme.fonts.heading,
        size: oneLine.size,
        color: theme.colors.heading,
        bold: true,
      }
    : fittedText(frame, titleBox, paragraphs, {
        maxSize: theme.sizes.title * 0.85,
        font: theme.fonts.heading,
        color: theme.colors.heading,
        bold: true,
        maxLines: 2,
        strict: true,
        minSize: Math.max(theme.sizes.minimum, theme.sizes.title * 0.6),
      });
  return [
    { ...shape, placeholder: "title", name: "Title", valign: "bottom", inset: 0 },
    {
      kind: "rect",
      box: { x: titleBox.x, y: titleBox.y + titleBox.h + 0.12, w: 0.9, h: 0.06 },
      fill: theme.colors.accent,
      name: "Title rule",
      decorative: true,
    },
  ];
}

/** Build a content slide with its title; `body` adds the shapes below it. */
export function contentSlide(
  frame: Frame,
  title: string,
  sourceIndex: number,
  notes: string,
  body: Shape[],
): LaidOutSlide {
  return { master: "content", title, shapes: [...titleShapes(frame, title), ...body], notes, sourceIndex };
}

/**
 * A text shape whose size is fitted to its box. If it cannot fit within the limits, the line
 * limit is lifted and the theme minimum allowed; as a last resort the text is shortened with
 * an ellipsis (and a warning), so nothing ever overflows. `strict` keeps both limits to the end
 * (titles: two lines at most and not below their own minimum, shortened instead). `body` marks a
 * slide's main text, which PowerPoint may shrink if it is later edited to overflow. The text fills a
 * body placeholder unless `placeholder` says otherwise ("none": a plain text box); `name` names it.
 */
export function fittedText(
  frame: Frame,
  box: Box,
  paragraphs: Paragraph[],
  options: {
    maxSize: number;
    minSize?: number;
    font?: string;
    color?: string;
    bold?: boolean;
    italic?: boolean;
    align?: "left" | "center" | "right";
    valign?: "top" | "middle" | "bottom";
    inset?: number;
    fill?: string;
    maxLines?: number;
    strict?: boolean;
    body?: boolean;
    placeholder?: PlaceholderRole | "none";
    name?: string;
  },
): Shape & { kind: "text" } {
  const inset = options.inset ?? 0;
  const font = options.font ?? frame.theme.fonts.body;
  const width = box.w - (2 * inset) / 72;
  const height = box.h - (2 * inset) / 72;
  const minimum = frame.theme.sizes.minimum;
  const request = {
    width,
    height,
    font,
    bold: options.bold,
    maxSize: options.maxSize,
    minSize: Math.max(minimum, Math.min(options.minSize ?? minimum, options.maxSize)),
  };
  let fit = fitText({ ...request, paragraphs, maxLinesPerParagraph: options.maxLines });
  const maxLines = options.strict ? options.maxLines : undefined;
  if (!fit.fits && !options.strict)
    fit = fitText({ ...request, paragraphs, minSize: Math.min(minimum, request.minSize) });
  let fitted = paragraphs;
  if (!fit.fits) {
    fitted = shorten(
      paragraphs,
      (candidate) => measureParagraphs(candidate, width, fit.size, font, options.bold, maxLines) <= height,
    );
    frame.warnings.warn({
      ...frame.where,
      message: `text shortened to fit its box: "${paragraphs[0]?.text.slice(0, 40) ?? ""}…"`,
    });
  }
  return {
    kind: "text",
    box,
    paragraphs: fitted,
    font,
    size: fit.size,
    color: options.color ?? frame.theme.colors.text,
    bold: options.bold,
    italic: options.italic,
    align: options.align,
    valign: options.valign ?? "top",
    inset,
    fill: options.fill,
    ...(options.body ? { shrinkOnOverflow: true } : {}),
    ...(options.placeholder === "none" ? {} : { placeholder: options.placeholder ?? "body" }),
    ...(options.name ? { name: options.name } : {}),
  };
}

/** Drop trailing paragraphs, then trailing words, until `fits`; marks the cut with an ellipsis. */
function shorten(paragraphs: Paragraph[], fits: (p: Paragraph[]) => boolean): Paragraph[] {
  let out = paragraphs.map((p) => ({ ...p }));
  while (out.length > 1 && !fits(out)) out = out.slice(0, -1);
  const last = out[out.length - 1];
  if (!last) return out;
  let words = last.text.split(" ");
  while (words.length > 0 && !fits(out)) {
    words = words.slice(0, -1);
    // A single long word: cut characters instead.
    const text =
      words.length > 0 ? words.join(" ") : [...last.text].slice(0, Math.max(0, [...last.text].length - 1)).join("");
    last.text = `${text}…`;
    if (words.length === 0) words = [text];
  }
  return out;
}

/** Title with "(continued)" on follow-on slides. */
export function continuedTitle(title: string, page: number): string {
  return page === 0 ? title : `${title} (continued)`;
}
