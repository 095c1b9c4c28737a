import type { RenderedCard, RenderedSlide } from "../../render/rendered.js";
import { contentSlide, continuedTitle, fittedText, type Frame } from "../frame.js";
import type { LaidOutSlide, Shape } from "../shapes.js";

type Metrics = Extract<RenderedSlide, { layout: "metrics" }>;

const GAP = 0.3;

/** KPI cards: a big value, a label and an optional caption, in one or two rows. */
export function layoutMetrics(frame: Frame, slide: Metrics): LaidOutSlide[] {
  // A card whose value came out empty (its template's condition did not hold) is left out; cards
  // bound to data continue on a follow-on slide past eight.
  const cards = slide.cards.filter((card) => card.value.trim() !== "");
  if (cards.length === 0) {
    frame.warnings.warn({
      ...frame.where,
      message: `slide "${slide.title}" has no cards with a value and was left out`,
    });
    return [];
  }
  const pages = Array.from({ length: Math.ceil(cards.length / MAX_CARDS) }, (_, p) =>
    cards.slice(p * MAX_CARDS, (p + 1) * MAX_CARDS),
  );
  return pages.map((page, p) =>
    metricsPage(frame, {
      ...slide,
      cards: page,
      title: continuedTitle(slide.title, p),
      notes: p === 0 ? slide.notes : "",
    }),
  );
}

const MAX_CARDS = 8;

function metricsPage(frame: Frame, slide: Metrics & { cards: RenderedCard[] }): LaidOutSlide {
  const { theme, content } = frame;
  const n = slide.cards.length;
  // Four cards on a narrow (4:3) slide read better as two by two than as four slivers.
  const rows = n > 4 || (n === 4 && content.w < 10) ? 2 : 1;
  const perRow = Math.ceil(n / rows);
  const captionH = slide.caption ? 0.6 : 0;
  const areaH = content.h - captionH;
  const cardW = (content.w - GAP * (perRow - 1)) / perRow;
  const cardH = Math.min(rows === 1 ? 3.2 : (areaH - GAP) / 2, areaH);
  const top = content.y + (rows === 1 ? Math.max(0, (areaH - cardH) / 2 - 0.2) : 0);
  const pad = 0.22;
  const shapes: Shape[] = [];
  // One value size for all cards, so they read as a set.
  const valueH = Math.min(1.1, cardH * 0.4);
  const valueShapes = slide.cards.map((card) =>
    fittedText(frame, { x: 0, y: 0, w: cardW - 2 * pad, h: valueH }, [{ text: card.value }], {
      maxSize: rows === 1 ? 44 : 36,
      minSize: 16,
      bold: true,
      font: theme.fonts.heading,
      color: theme.colors.accent,
      maxLines: 1,
    }),
  );
  const valueSize = Math.min(...valueShapes.map((s) => s.size));
  slide.cards.forEach((card, i) => {
    const row = Math.floor(i / perRow);
    const col = i % perRow;
    const x = content.x + col * (cardW + GAP);
    const y = top + row * (cardH + GAP);
    const n = i + 1;
    shapes.push({
      kind: "rect",
      box: { x, y, w: cardW, h: cardH },
      fill: theme.colors.surface,
      name: `Metric ${n} card`,
      decorative: true,
    });
    shapes.push({
      kind: "rect",
      box: { x, y, w: 0.07, h: cardH },
      fill: theme.colors.accent,
      name: `Metric ${n} accent`,
      decorative: true,
    });
    const value = valueShapes[i]!;
    value.name = `Metric ${n} value`;
    value.box = { x: x + pad, y: y + pad, w: cardW - 2 * pad, h: valueH };
    value.size = valueSize;
    value.valign = "bottom";
    shapes.push(value);
    const labelY = y + pad + valueH + 0.1;
    const labelH = card.caption ? Math.min(0.75, (cardH - valueH - 2 * pad) * 0.45) : cardH - valueH - 2 * pad - 0.1;
    shapes.push(
      fittedText(frame, { x: x + pad, y: labelY, w: cardW - 2 * pad, h: labelH }, [{ text: card.label }], {
        maxSize: theme.sizes.body,
        minSize: theme.sizes.minimum,
        bold: true,
        color: theme.colors.text,
        name: `Metric ${n} label`,
      }),
    );
    if (card.caption) {
      const capY = labelY + labelH + 0.05;
      shapes.push(
        fittedText(
          frame,
          { x: x + pad, y: capY, w: cardW - 2 * pad, h: y + cardH - pad - capY },
          [{ text: card.caption }],
          {
            maxSize: theme.sizes.body - 3,
            minSize: theme.sizes.minimum,
            color: theme.colors.muted,
            name: `Metric ${n} caption`,
          },
        ),
      );
    }
  });
  if (slide.caption) {
    shapes.push(
      fittedText(
        frame,
        { x: content.x, y: content.y + content.h - captionH + 0.1, w: content.w, h: captionH - 0.1 },
        [{ text: slide.caption }],
        {
          maxSize: theme.sizes.body - 2,
          minSize: theme.sizes.minimum,
          color: theme.colors.muted,
          maxLines: 2,
          name: "Caption",
        },
      ),
    );
  }
  return contentSlide(frame, slide.title, slide.index, slide.notes, shapes);
}
