import type { RenderedCard, RenderedSlide } from "../../render/rendered.js";
import { measureParagraphs } from "../fitText.js";
import { fittedText, neededHeight, pageSlide, type Frame } from "../frame.js";
import { captionHeight, captionShape } from "../caption.js";
import type { LaidOutSlide, Shape } from "../shapes.js";

type Metrics = Extract<RenderedSlide, { layout: "metrics" }>;

const GAP = 0.3;
const PAD = 0.22;
/** Space between the value, the label and the caption of a card. */
const SPACE = 0.08;

/**
 * KPI cards: a big value, a label and an optional caption, in one or two rows. Value, label and
 * caption are stacked in the middle of the card and take the lines they need: the card's height
 * goes to the words before any is cut.
 */
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
  return pages.map((page, p) => metricsPage(frame, { ...slide, cards: page }, p, pages.length));
}

const MAX_CARDS = 8;
/** The least height (inches) a card in two rows needs for its value, a two-line label and a caption. */
const MIN_TWO_ROW_CARD = 1.9;

function metricsPage(
  frame: Frame,
  slide: Metrics & { cards: RenderedCard[] },
  page: number,
  pages: number,
): LaidOutSlide {
  const { theme, content } = frame;
  const n = slide.cards.length;
  const captionH = captionHeight(frame, slide.caption);
  const areaH = content.h - captionH;
  // Four cards on a narrow (4:3) slide read better as two by two than as four slivers, where the
  // area is tall enough for two rows of value, label and caption (a template's body may not be).
  const rows = n > 4 || (n === 4 && content.w < 10 && (areaH - GAP) / 2 >= MIN_TWO_ROW_CARD) ? 2 : 1;
  const perRow = Math.ceil(n / rows);
  const cardW = (content.w - GAP * (perRow - 1)) / perRow;
  const cardH = Math.min(rows === 1 ? 3.2 : (areaH - GAP) / 2, areaH);
  const top = content.y + (rows === 1 ? Math.max(0, (areaH - cardH) / 2 - 0.2) : 0);
  const innerW = cardW - 2 * PAD;
  const innerH = cardH - 2 * PAD;
  const shapes: Shape[] = [];

  // Label and caption share what the value leaves, at one pair of sizes for all cards.
  const captionSize = (size: number) => Math.max(theme.sizes.minimum, size - 3);
  const heights = (size: number) =>
    slide.cards.map((card) => {
      const label = measureParagraphs([{ text: card.label }], innerW, size, theme.fonts.body, true) + 0.02;
      const caption = card.caption
        ? SPACE + measureParagraphs([{ text: card.caption }], innerW, captionSize(size), theme.fonts.body) + 0.02
        : 0;
      return { label, caption };
    });
  const textFits = (size: number, room: number) => heights(size).every((h) => h.label + h.caption <= room);

  // One value size for all cards, so they read as a set; the value box is as tall as the value. A
  // smaller value leaves labels and captions the room to be read whole.
  const valueOptions = (maxSize: number) => ({
    maxSize,
    minSize: 16,
    bold: true,
    font: theme.fonts.heading,
    maxLines: 1,
    maxHeight: innerH / 2,
  });
  const valueHeight = (maxSize: number) =>
    Math.max(...slide.cards.map((c) => neededHeight(frame, [{ text: c.value }], innerW, valueOptions(maxSize))));
  let valueMax = rows === 1 ? 44 : 36;
  while (valueMax > 16 && !textFits(theme.sizes.minimum, innerH - valueHeight(valueMax) - SPACE)) valueMax -= 2;
  const valueH = valueHeight(valueMax);
  const values = slide.cards.map((card) =>
    fittedText(frame, { x: 0, y: 0, w: innerW, h: valueH }, [{ text: card.value }], {
      ...valueOptions(valueMax),
      color: theme.colors.accent,
    }),
  );
  const valueSize = Math.min(...values.map((s) => s.size));

  // Label and caption: the largest sizes at which every card's fit.
  const textH = innerH - valueH - SPACE;
  let size = theme.sizes.body;
  while (size > theme.sizes.minimum && !textFits(size, textH)) size -= 0.5;
  const measured = heights(size);
  // Cards in a row start their stacks at the same height, so their values line up.
  const stackH = measured.map((h) => valueH + SPACE + Math.min(textH, h.label + h.caption));

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
    const rowStack = Math.max(...stackH.slice(row * perRow, (row + 1) * perRow));
    const stackTop = y + PAD + Math.max(0, (innerH - rowStack) / 2);
    const value = values[i]!;
    value.name = `Metric ${n} value`;
    value.box = { x: x + PAD, y: stackTop, w: innerW, h: valueH };
    value.size = valueSize;
    value.valign = "bottom";
    shapes.push(value);
    const labelY = stackTop + valueH + SPACE;
    const bottom = y + cardH - PAD;
    const { label: labelH, caption: captionNeed } = measured[i]!;
    // The label gets what it needs, leaving the caption at least a line when there is one.
    const labelBox = {
      x: x + PAD,
      y: labelY,
      w: innerW,
      h: Math.min(labelH, bottom - labelY - (card.caption ? Math.min(captionNeed, 0.3) : 0)),
    };
    shapes.push(
      fittedText(frame, labelBox, [{ text: card.label }], {
        maxSize: size,
        minSize: theme.sizes.minimum,
        bold: true,
        color: theme.colors.text,
        name: `Metric ${n} label`,
      }),
    );
    if (card.caption) {
      const capY = labelBox.y + labelBox.h + SPACE;
      shapes.push(
        fittedText(frame, { x: x + PAD, y: capY, w: innerW, h: bottom - capY }, [{ text: card.caption }], {
          maxSize: captionSize(size),
          minSize: theme.sizes.minimum,
          color: theme.colors.muted,
          name: `Metric ${n} caption`,
        }),
      );
    }
  });
  if (slide.caption) {
    shapes.push(captionShape(frame, slide.caption, captionH));
  }
  return pageSlide(frame, slide, page, pages, shapes);
}
