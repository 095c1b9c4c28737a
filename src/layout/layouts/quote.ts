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
