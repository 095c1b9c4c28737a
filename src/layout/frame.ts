import type { BuildContext } from "../errors.js";
import type { Theme } from "../schema/theme.js";
import { fitText, measureParagraphs } from "./fitText.js";
import { breakUnits, textWidth } from "./measureText.js";
import type { Box, LaidOutSlide, Paragraph, PlaceholderRole, Shape } from "./shapes.js";
import type { LayoutAssignment } from "../template/templateLayouts.js";

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
  /** The company template's layouts, when the theme has one: titles and content go into their placeholders. */
  template?: TemplateFrame;
}

/** What layout needs of a company template: its slide size, the boxes of its chosen layouts, its keep-out areas. */
export interface TemplateFrame {
  width: number;
  height: number;
  layouts: LayoutAssignment;
  /** Areas the master decorates (bands, sidebars, pictures): content keeps out of them. */
  decorations: Box[];
  /** The master's title and body type sizes in points, where it sets them. */
  sizes: { title?: number; body?: number };
}

/** Slide sizes in inches. */
// 16:9 is PowerPoint's 13 1/3 × 7.5 in (12192000 × 6858000 EMU exactly; 13.333 in would be 12191695).
export const SLIDE_DIMENSIONS = { "16:9": { width: 40 / 3, height: 7.5 }, "4:3": { width: 10, height: 7.5 } } as const;

export function createFrame(
  theme: Theme,
  warnings: BuildContext,
  where: Frame["where"],
  template?: TemplateFrame,
): Frame {
  if (template) {
    const { width, height, layouts } = template;
    const titleBox = layouts.content.title;
    // Content fills the body placeholder, or the space under the title when the layout has none.
    const below = titleBox.y + titleBox.h + 0.15;
    const open = {
      x: Math.min(titleBox.x, 0.5),
      y: below,
      w: width - 2 * Math.min(titleBox.x, 0.5),
      h: height * 0.9 - below,
    };
    const body = layouts.content.body ?? open;
    let content = keepOut(body, template.decorations, width * height);
    // A body placeholder too small for a chart or a table (some templates size it for a few bullets):
    // the open area under the title, clear of decorations, when that is larger.
    if (content.h < 2.5 || content.w < 4) {
      const wider = keepOut(open, template.decorations, width * height);
      if (wider.w * wider.h > content.w * content.h) content = wider;
    }
    return { width, height, theme, margin: Math.max(0.2, titleBox.x), titleBox, content, warnings, where, template };
  }
  const { width, height } = SLIDE_DIMENSIONS[theme.slideSize];
  const margin = 0.6;
  const titleBox = { x: margin, y: 0.35, w: width - 2 * margin, h: 1.05 };
  const content = { x: margin, y: 1.75, w: width - 2 * margin, h: height - 1.75 - 0.95 };
  return { width, height, theme, margin, titleBox, content, warnings, where };
}

/**
 * The largest part of `box` clear of the decorations that overlap it: for each, the box is cut to
 * the biggest of the four sides around it. Backgrounds (over half the slide) are not obstacles.
 */
export function keepOut(box: Box, decorations: readonly Box[], slideArea: number): Box {
  let out = box;
  for (const d of decorations) {
    if (d.w * d.h > slideArea / 2) continue;
    const ix = Math.min(out.x + out.w, d.x + d.w) - Math.max(out.x, d.x);
    const iy = Math.min(out.y + out.h, d.y + d.h) - Math.max(out.y, d.y);
    if (ix <= 0.01 || iy <= 0.01) continue;
    const gap = 0.1;
    const sides: Box[] = [
      { x: out.x, y: out.y, w: d.x - gap - out.x, h: out.h },
      { x: d.x + d.w + gap, y: out.y, w: out.x + out.w - (d.x + d.w + gap), h: out.h },
      { x: out.x, y: out.y, w: out.w, h: d.y - gap - out.y },
      { x: out.x, y: d.y + d.h + gap, w: out.w, h: out.y + out.h - (d.y + d.h + gap) },
    ];
    const best = sides.filter((b) => b.w > 0 && b.h > 0).sort((a, b) => b.w * b.h - a.w * a.h)[0];
    // A decoration that leaves less than half the box is taken for a background element, not an obstacle.
    if (best && best.w * best.h >= (out.w * out.h) / 2) out = best;
  }
  return out;
}

/** Where the footer text goes on content slides. */
export function footerBox(frame: Pick<Frame, "width" | "height" | "margin">): Box {
  return { x: frame.margin, y: frame.height - 0.6, w: frame.width * 0.55, h: 0.36 };
}

/** Where the slide number goes on content slides (bottom right, level with the footer). */
export function slideNumberBox(frame: Pick<Frame, "width" | "height" | "margin">): Box {
  return { x: frame.width - frame.margin - 0.6, y: frame.height - 0.6, w: 0.6, h: 0.36 };
}

/** The footer as drawn: one line, shrunk from 10 pt down to 7 pt, else cut (with a warning) at 8 pt. */
export interface FittedFooter {
  /** The text on the slides (ends in "…" when cut). */
  text: string;
  /** Type size in points. */
  size: number;
  /** The whole footer when the slides show it cut, '' otherwise. */
  full: string;
}

/**
 * Fit the footer on one line of its box (a template's footer placeholder when given): shrink it, or cut
 * it and say so.
 */
export function fitFooter(frame: Frame, footer: string, within?: Box): FittedFooter {
  // A placeholder's own insets (0.1 in each side by default) take room from its box.
  const box = within ? { ...within, w: within.w - 0.2, h: within.h - 0.1 } : footerBox(frame);
  const request = { paragraphs: [{ text: footer }], width: box.w, height: box.h, font: frame.theme.fonts.body };
  const oneLine = fitText({ ...request, maxSize: 10, minSize: 7, maxLinesPerParagraph: 1 });
  if (oneLine.fits) return { text: footer, size: oneLine.size, full: "" };
  const size = 8;
  const [kept] = shorten([{ text: footer }], (p) => measureParagraphs(p, box.w, size, request.font, false, 1) <= box.h);
  const text = kept?.text ?? "";
  const lost = clip(cutText([{ text: footer }], [{ text }]), 200);
  frame.warnings.warn({
    ...frame.where,
    message: `footer shortened to one line: "${clip(text, 40)}" lost "${lost}"; the notes master has it whole`,
  });
  return { text, size, full: footer };
}

/** A content slide's title: one line at the theme size, else shrink, else two lines. */
export function titleShapes(frame: Frame, title: string): Shape[] {
  if (frame.template) return [templateTitle(frame, title)];
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

/**
 * A title in a template's title placeholder: the master's title size (or the theme's) at most,
 * shrunk until it fits the placeholder on up to two lines; the template's title style draws it.
 */
function templateTitle(frame: Frame, title: string): Shape {
  const { theme, titleBox, template } = frame;
  // Measured as the template's title style draws it: its layout's size, typeface, weight and capitals.
  const style = template?.layouts.content.titleStyle;
  const size = style?.size ?? template?.sizes.title ?? theme.sizes.title;
  const shape = fittedText(frame, titleBox, [{ text: title }], {
    maxSize: size,
    minSize: Math.max(theme.sizes.minimum, Math.min(size, theme.sizes.title) * 0.6),
    font: style?.font ?? theme.fonts.heading,
    color: theme.colors.heading,
    bold: style ? style.bold === true : true,
    caps: style?.caps,
    maxLines: 2,
    strict: true,
    valign: "middle",
  });
  return { ...shape, placeholder: "title", name: "Title" };
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
 * an ellipsis (and a warning naming what was cut), so nothing ever overflows. `strict` keeps both
 * limits (titles: two lines at most and not below their own minimum, shortened instead), except
 * for a word too long for a line, which breaks across as many lines as the box holds. `body` marks
 * a slide's main text, which PowerPoint may shrink if it is later edited to overflow. The text fills
 * a body placeholder unless `placeholder` says otherwise ("none": a plain text box); `name` names it.
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
    /** Drawn in capitals by the template's style: measured so. */
    caps?: boolean;
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
  // The text as drawn, for measuring: in capitals where the template's style sets it so.
  const drawn = (ps: Paragraph[]) => (options.caps ? ps.map((p) => ({ ...p, text: p.text.toUpperCase() })) : ps);
  const measured = drawn(paragraphs);
  let fit = fitText({ ...request, paragraphs: measured, maxLinesPerParagraph: options.maxLines });
  // A word that needs more than a line at the smallest size breaks, as it does in bullets: a title
  // of one long compound word is set on more lines, not cut to its first word.
  const breaksWords = options.strict && hasWordWiderThan(measured, width, request.minSize, font, options.bold);
  const maxLines = options.strict && !breaksWords ? options.maxLines : undefined;
  if (!fit.fits && (!options.strict || breaksWords))
    fit = fitText({ ...request, paragraphs: measured, minSize: options.strict ? request.minSize : minimum });
  if (!fit.fits && breaksWords) fit = fitText({ ...request, paragraphs: measured, minSize: minimum });
  let fitted = paragraphs;
  if (!fit.fits) {
    fitted = shorten(
      paragraphs,
      (candidate) => measureParagraphs(drawn(candidate), width, fit.size, font, options.bold, maxLines) <= height,
    );
    const cut = cutText(paragraphs, fitted);
    if (cut) {
      const kept = clip(fitted.map((p) => p.text).join(" "), 40);
      frame.warnings.warn({
        ...frame.where,
        message: `text shortened to fit its box: "${kept}" lost "${clip(cut, 200)}"`,
      });
    }
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

/** Whether a word (a unit lines cannot break inside) is wider than `width` at `size`. */
function hasWordWiderThan(paragraphs: readonly Paragraph[], width: number, size: number, font: string, bold = false) {
  return paragraphs.some((p) =>
    breakUnits(p.text).some((unit) => textWidth(unit.text, size * (p.scale ?? 1), font, p.bold ?? bold) > width),
  );
}

/** The text `shorten` removed: what follows the kept text (without its ellipsis) in the original. */
function cutText(original: readonly Paragraph[], kept: readonly Paragraph[]): string {
  const all = original.map((p) => p.text).join("\n");
  const left = kept
    .map((p) => p.text)
    .join("\n")
    .replace(/…$/, "");
  if (left === all) return "";
  return (all.startsWith(left) ? all.slice(left.length) : all).replace(/\s+/g, " ").trim();
}

function clip(text: string, length: number): string {
  const chars = Array.from(text);
  return chars.length > length ? `${chars.slice(0, length).join("")}…` : text;
}

/** Drop trailing paragraphs, then trailing words, then characters, until `fits`; marks the cut with an ellipsis. */
function shorten(paragraphs: Paragraph[], fits: (p: Paragraph[]) => boolean): Paragraph[] {
  let out = paragraphs.map((p) => ({ ...p }));
  while (out.length > 1 && !fits(out)) out = out.slice(0, -1);
  const last = out[out.length - 1];
  if (!last) return out;
  const dropped = out.length < paragraphs.length;
  if (dropped) last.text = `${last.text}…`;
  if (fits(out)) return out;
  const words = last.text.replace(/…$/, "").split(" ");
  while (words.length > 1) {
    words.pop();
    last.text = `${words.join(" ")}…`;
    if (fits(out)) return out;
  }
  const chars = Array.from(words[0] ?? "");
  while (chars.length > 0) {
    chars.pop();
    last.text = `${chars.join("")}…`;
    if (fits(out)) return out;
  }
  return out;
}

/**
 * How tall a box `width` inches wide must be for `paragraphs`: at the largest size in
 * [minSize, maxSize] that keeps each to `maxLines` lines, else at the theme minimum on as many lines
 * as it takes (long words break); never more than `maxHeight`. Give {@link fittedText} a box this
 * tall with the same options, and it sets the text whole instead of cutting it to a fixed box.
 */
export function neededHeight(
  frame: Frame,
  paragraphs: readonly Paragraph[],
  width: number,
  options: { maxSize: number; minSize?: number; font?: string; bold?: boolean; maxLines?: number; maxHeight: number },
): number {
  const minimum = frame.theme.sizes.minimum;
  const request = {
    paragraphs,
    width,
    height: options.maxHeight,
    font: options.font ?? frame.theme.fonts.body,
    bold: options.bold,
    maxSize: options.maxSize,
    minSize: Math.max(minimum, Math.min(options.minSize ?? minimum, options.maxSize)),
  };
  const limited = fitText({ ...request, maxLinesPerParagraph: options.maxLines });
  if (limited.fits) return limited.height + 0.02;
  // One line more at a smaller size reads better than many at the largest.
  if (options.maxLines !== undefined) {
    const oneMore = fitText({ ...request, minSize: minimum, maxLinesPerParagraph: options.maxLines + 1 });
    if (oneMore.fits) return oneMore.height + 0.02;
  }
  const free = fitText({ ...request, minSize: minimum });
  return free.fits ? free.height + 0.02 : options.maxHeight;
}

/**
 * Page `page` of a slide laid out over `pages` slides: the title says which follow-on it is, and the
 * speaker notes go with the first page only.
 */
export function pageSlide(
  frame: Frame,
  slide: { title: string; index: number; notes: string },
  page: number,
  pages: number,
  body: Shape[],
): LaidOutSlide {
  return contentSlide(
    frame,
    continuedTitle(slide.title, page, pages),
    slide.index,
    page === 0 ? slide.notes : "",
    body,
  );
}

/** Title with "(continued)" on follow-on slides. */
export function continuedTitle(title: string, page: number, pages: number): string {
  if (page === 0) return title;
  // With three pages or more, each follow-on says which it is: slide titles stay unique (screen readers
  // list slides by title, and PowerPoint's accessibility checker flags repeats).
  return pages <= 2 ? `${title} (continued)` : `${title} (continued, ${page + 1} of ${pages})`;
}
