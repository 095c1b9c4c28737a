import type { RenderedSlide } from "../../render/rendered.js";
import { contentSlide, fittedText, type Frame } from "../frame.js";
import type { Box, LaidOutSlide, Shape } from "../shapes.js";

type Quote = Extract<RenderedSlide, { layout: "quote" }>;

const ATTRIBUTION_H = 0.6;

/** Where the quote goes (room for an attribution is always kept, so the quote layout's title placeholder has one place). */
export function quoteBox(frame: Pick<Frame, "content">): Box {
  const { content } = frame;
  return { x: content.x + 0.9, y: content.y + 0.2, w: content.w - 1.8, h: content.h - ATTRIBUTION_H - 0.4 };
}

/** A callout: one statement in large type with its attribution. */
export function layoutQuote(frame: Frame, slide: Quote): LaidOutSlide[] {
  if (slide.figure?.trim()) return layoutFigureQuote(frame, slide, slide.figure.trim());
  const { theme, content } = frame;
  const box = quoteBox(frame);
  const quote = fittedText(frame, box, [{ text: slide.quote }], {
    maxSize: 30,
    minSize: theme.sizes.body,
    font: theme.fonts.heading,
    color: theme.colors.heading,
    italic: true,
    valign: "middle",
    name: "Quote",
  });
  // The quote before its decorative opening mark: read in this order, the quote (the slide's title
  // when it has no other) comes right after the title, and the mark, a glyph, is skipped.
  const shapes: Shape[] = [
    quote,
    {
      kind: "text",
      box: { x: content.x, y: content.y - 0.25, w: 0.9, h: 1.5 },
      paragraphs: [{ text: "“" }],
      font: theme.fonts.heading,
      size: 88,
      color: theme.colors.accent,
      bold: true,
      inset: 0,
      valign: "top",
      name: "Quotation mark",
      decorative: true,
    },
  ];
  if (slide.attribution) {
    shapes.push(
      fittedText(
        frame,
        { x: box.x, y: content.y + content.h - ATTRIBUTION_H, w: box.w, h: ATTRIBUTION_H },
        [{ text: `— ${slide.attribution}` }],
        {
          maxSize: theme.sizes.body,
          minSize: theme.sizes.minimum,
          color: theme.colors.muted,
          maxLines: 2,
          name: "Attribution",
        },
      ),
    );
  }
  if (slide.title) return [contentSlide(frame, slide.title, slide.index, slide.notes, shapes)];
  // Without a title of its own, the quote is the slide's title placeholder (on a layout that puts the
  // title where the quote goes): screen readers and the outline name the slide by what it says.
  quote.placeholder = "title";
  return [{ master: "quote", title: slide.quote.slice(0, 80), shapes, notes: slide.notes, sourceIndex: slide.index }];
}

/** A number that makes the point, large on an accent panel, with the statement beside it. */
function layoutFigureQuote(frame: Frame, slide: Quote, figure: string): LaidOutSlide[] {
  const { theme, content } = frame;
  const panel = { x: content.x, y: content.y, w: content.w * 0.36, h: content.h };
  const pad = 0.3;
  const x = panel.x + panel.w + 0.6;
  const w = content.x + content.w - x;
  const attributionH = slide.attribution ? ATTRIBUTION_H + 0.2 : 0;
  const quote = fittedText(frame, { x, y: content.y, w, h: content.h - attributionH }, [{ text: slide.quote }], {
    maxSize: 30,
    minSize: theme.sizes.body,
    font: theme.fonts.heading,
    color: theme.colors.heading,
    valign: "middle",
    name: "Quote",
  });
  // Read in order: the figure, then the statement that explains it, then where it comes from; the
  // panel behind the figure only decorates.
  const shapes: Shape[] = [
    { kind: "rect", box: panel, fill: theme.colors.accent, name: "Figure panel", decorative: true },
    fittedText(
      frame,
      { x: panel.x + pad, y: panel.y + pad, w: panel.w - 2 * pad, h: panel.h - 2 * pad },
      [{ text: figure }],
      {
        maxSize: 96,
        minSize: 28,
        font: theme.fonts.heading,
        bold: true,
        color: theme.colors.accentText,
        align: "center",
        valign: "middle",
        // A figure reads as one token: it shrinks rather than breaking "$4.6M" over two lines.
        maxLines: 1,
        name: "Figure",
      },
    ),
    quote,
  ];
  if (slide.attribution) {
    shapes.push({
      kind: "rect",
      box: { x, y: content.y + content.h - ATTRIBUTION_H - 0.12, w: 0.9, h: 0.05 },
      fill: theme.colors.accent,
      name: "Attribution rule",
      decorative: true,
    });
    shapes.push(
      fittedText(
        frame,
        { x, y: content.y + content.h - ATTRIBUTION_H, w, h: ATTRIBUTION_H },
        [{ text: slide.attribution }],
        {
          maxSize: theme.sizes.body - 2,
          minSize: theme.sizes.minimum,
          color: theme.colors.muted,
          maxLines: 2,
          name: "Attribution",
        },
      ),
    );
  }
  if (slide.title) return [contentSlide(frame, slide.title, slide.index, slide.notes, shapes)];
  // Untitled, the statement is the slide's title, and a title is read first.
  quote.placeholder = "title";
  const titled = [quote, ...shapes.filter((shape) => shape !== quote)];
  return [
    { master: "quote", title: slide.quote.slice(0, 80), shapes: titled, notes: slide.notes, sourceIndex: slide.index },
  ];
}
