import type { RenderedSlide } from "../../render/rendered.js";
import { isTruthyText } from "../../render/rendered.js";
import { fitText } from "../fitText.js";
import { contentSlide, fittedText, type Frame } from "../frame.js";
import type { LaidOutSlide, Paragraph, Shape } from "../shapes.js";

type Timeline = Extract<RenderedSlide, { layout: "timeline" }>;

const GAP = 0.3;
const PAD = 0.18;

/** Roadmap: phases along a line, each with its period and a card of goals; the current phase stands out. */
export function layoutTimeline(frame: Frame, slide: Timeline): LaidOutSlide[] {
  const { theme, content } = frame;
  const n = slide.phases.length;
  const colW = (content.w - GAP * (n - 1)) / n;
  const lineY = content.y + 0.2;
  const dot = 0.3;
  const shapes: Shape[] = [
    {
      kind: "rect",
      box: { x: content.x + dot / 2, y: lineY - 0.02, w: (n - 1) * (colW + GAP), h: 0.04 },
      fill: theme.colors.line,
      name: "Timeline line",
      decorative: true,
    },
  ];
  const cardTop = lineY + 1.3;
  const cardH = content.y + content.h - cardTop;
  const textW = colW - 2 * PAD;
  const textH = cardH - 2 * PAD;
  const paras = (items: string[]): Paragraph[] => items.map((text) => ({ text, bullet: true, spaceBefore: 0.45 }));
  // One size for every card so the phases read as a set.
  let size = theme.sizes.body;
  while (
    size > theme.sizes.minimum &&
    !slide.phases.every(
      (ph) =>
        fitText({
          paragraphs: paras(ph.items),
          width: textW,
          height: textH,
          font: theme.fonts.body,
          maxSize: size,
          minSize: size,
        }).fits,
    )
  )
    size -= 0.5;

  slide.phases.forEach((phase, i) => {
    const x = content.x + i * (colW + GAP);
    const current = phase.current !== undefined && isTruthyText(phase.current);
    const n = i + 1;
    // The dot marks the current phase by its fill; its period says "now" in words, so the dot only decorates.
    shapes.push({
      kind: "rect",
      box: { x, y: lineY - dot / 2, w: dot, h: dot },
      fill: current ? theme.colors.accent : theme.colors.background,
      line: theme.colors.accent,
      ellipse: true,
      name: `Phase ${n} marker`,
      decorative: true,
    });
    shapes.push(
      fittedText(frame, { x, y: lineY + 0.3, w: colW, h: 0.5 }, [{ text: phase.label }], {
        maxSize: theme.sizes.body + 4,
        minSize: theme.sizes.minimum,
        bold: true,
        font: theme.fonts.heading,
        color: current ? theme.colors.accent : theme.colors.heading,
        maxLines: 1,
        name: `Phase ${n} label`,
      }),
    );
    if (phase.period) {
      shapes.push(
        fittedText(frame, { x, y: lineY + 0.8, w: colW, h: 0.4 }, [{ text: phase.period }], {
          maxSize: theme.sizes.body - 3,
          minSize: theme.sizes.minimum,
          color: theme.colors.muted,
          maxLines: 1,
          name: `Phase ${n} period`,
        }),
      );
    }
    shapes.push({
      kind: "rect",
      box: { x, y: cardTop, w: colW, h: cardH },
      fill: theme.colors.surface,
      name: `Phase ${n} card`,
      decorative: true,
    });
    if (current)
      shapes.push({
        kind: "rect",
        box: { x, y: cardTop, w: colW, h: 0.07 },
        fill: theme.colors.accent,
        name: `Phase ${n} accent`,
        decorative: true,
      });
    if (phase.items.length > 0) {
      shapes.push(
        fittedText(frame, { x: x + PAD, y: cardTop + PAD, w: textW, h: textH }, paras(phase.items), {
          maxSize: size,
          minSize: theme.sizes.minimum,
          body: true,
          name: `Phase ${n} goals`,
        }),
      );
    }
  });
  return [contentSlide(frame, slide.title, slide.index, slide.notes, shapes)];
}
