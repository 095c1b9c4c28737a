import type { RenderedSlide } from "../../render/rendered.js";
import { isTruthyText } from "../../render/rendered.js";
import { fitText } from "../fitText.js";
import { fittedText, neededHeight, type Frame, pageSlide } from "../frame.js";
import type { LaidOutSlide, Paragraph, Shape } from "../shapes.js";

type Timeline = Extract<RenderedSlide, { layout: "timeline" }>;
type Phase = Timeline["phases"][number];

const GAP = 0.3;
const PAD = 0.18;
const DOT = 0.3;

/** One phase on one slide: its items that go there. */
interface PhasePage {
  phase: Phase;
  items: string[];
}

/**
 * Roadmap: phases along a line, each with its period and a card of goals; the current phase stands
 * out. Labels and periods take the lines they need; a card whose goals do not fit even at the
 * smallest size continues on a follow-on slide, which shows the phases that go on.
 */
export function layoutTimeline(frame: Frame, slide: Timeline): LaidOutSlide[] {
  const pages: PhasePage[][] = [];
  let remaining: PhasePage[] = slide.phases.map((phase) => ({ phase, items: phase.items.filter((t) => t.trim()) }));
  do {
    const page = fillPage(frame, remaining);
    pages.push(page);
    remaining = remaining
      .map((r, i) => ({ phase: r.phase, items: r.items.slice(page[i]!.items.length) }))
      .filter((r) => r.items.length > 0);
  } while (remaining.length > 0);
  return pages.map((page, p) => pageSlide(frame, slide, p, pages.length, drawPage(frame, page)));
}

/** Geometry of one slide of the timeline: columns, the heading rows and the cards below them. */
function geometry(frame: Frame, phases: readonly Phase[]) {
  const { theme, content } = frame;
  const n = phases.length;
  const colW = (content.w - GAP * (n - 1)) / n;
  const lineY = content.y + 0.2;
  const labelOptions = {
    maxSize: theme.sizes.body + 4,
    minSize: theme.sizes.minimum,
    bold: true,
    font: theme.fonts.heading,
    maxLines: 1,
    maxHeight: 1.2,
  };
  const periodOptions = { maxSize: theme.sizes.body - 3, minSize: theme.sizes.minimum, maxLines: 1, maxHeight: 0.8 };
  const labelH = Math.max(0.5, ...phases.map((ph) => neededHeight(frame, [{ text: ph.label }], colW, labelOptions)));
  const periodH = Math.max(
    0.4,
    ...phases.map((ph) => (ph.period ? neededHeight(frame, [{ text: ph.period }], colW, periodOptions) : 0)),
  );
  const labelY = lineY + 0.3;
  const periodY = labelY + labelH;
  const cardTop = periodY + periodH + 0.1;
  const cardH = content.y + content.h - cardTop;
  return {
    n,
    colW,
    lineY,
    labelY,
    labelH,
    labelOptions,
    periodY,
    periodH,
    periodOptions,
    cardTop,
    cardH,
    textW: colW - 2 * PAD,
    textH: cardH - 2 * PAD,
  };
}

const paras = (items: readonly string[]): Paragraph[] =>
  items.map((text) => ({ text, bullet: true, spaceBefore: 0.45 }));

function itemsFit(frame: Frame, items: readonly string[], width: number, height: number, size: number): boolean {
  return fitText({
    paragraphs: paras(items),
    width,
    height,
    font: frame.theme.fonts.body,
    maxSize: size,
    minSize: size,
  }).fits;
}

/** The items of each phase that go on this slide: all that fit at the smallest size (at least one each). */
function fillPage(frame: Frame, phases: readonly PhasePage[]): PhasePage[] {
  const g = geometry(
    frame,
    phases.map((p) => p.phase),
  );
  const minimum = frame.theme.sizes.minimum;
  return phases.map(({ phase, items }) => {
    let count = items.length;
    while (count > 1 && !itemsFit(frame, items.slice(0, count), g.textW, g.textH, minimum)) count--;
    return { phase, items: items.slice(0, count) };
  });
}

function drawPage(frame: Frame, page: readonly PhasePage[]): Shape[] {
  const { theme, content } = frame;
  const g = geometry(
    frame,
    page.map((p) => p.phase),
  );
  const shapes: Shape[] = [];
  if (g.n > 1) {
    shapes.push({
      kind: "rect",
      box: { x: content.x + DOT / 2, y: g.lineY - 0.02, w: (g.n - 1) * (g.colW + GAP), h: 0.04 },
      fill: theme.colors.line,
      name: "Timeline line",
      decorative: true,
    });
  }
  // One size for every card so the phases read as a set.
  let size = theme.sizes.body;
  while (size > theme.sizes.minimum && !page.every((p) => itemsFit(frame, p.items, g.textW, g.textH, size)))
    size -= 0.5;
  // Cards as tall as the longest list needs, and at least half the room: two goals in a card the
  // height of the slide looked unfinished.
  const needed = Math.max(
    0,
    ...page.map((p) =>
      neededHeight(frame, paras(p.items), g.textW, { maxSize: size, minSize: size, maxHeight: g.textH }),
    ),
  );
  const cardH = Math.min(g.cardH, Math.max(g.cardH / 2, needed + 2 * PAD));

  page.forEach(({ phase, items }, i) => {
    const x = content.x + i * (g.colW + GAP);
    const current = phase.current !== undefined && isTruthyText(phase.current);
    const n = i + 1;
    // The dot marks the current phase by its fill; its period says "now" in words, so the dot only decorates.
    shapes.push({
      kind: "rect",
      box: { x, y: g.lineY - DOT / 2, w: DOT, h: DOT },
      fill: current ? theme.colors.accent : theme.colors.background,
      line: theme.colors.accent,
      ellipse: true,
      name: `Phase ${n} marker`,
      decorative: true,
    });
    shapes.push(
      fittedText(frame, { x, y: g.labelY, w: g.colW, h: g.labelH }, [{ text: phase.label }], {
        ...g.labelOptions,
        color: current ? theme.colors.accent : theme.colors.heading,
        name: `Phase ${n} label`,
      }),
    );
    if (phase.period) {
      shapes.push(
        fittedText(frame, { x, y: g.periodY, w: g.colW, h: g.periodH }, [{ text: phase.period }], {
          ...g.periodOptions,
          color: theme.colors.muted,
          name: `Phase ${n} period`,
        }),
      );
    }
    shapes.push({
      kind: "rect",
      box: { x, y: g.cardTop, w: g.colW, h: cardH },
      fill: theme.colors.surface,
      name: `Phase ${n} card`,
      decorative: true,
    });
    if (current)
      shapes.push({
        kind: "rect",
        box: { x, y: g.cardTop, w: g.colW, h: 0.07 },
        fill: theme.colors.accent,
        name: `Phase ${n} accent`,
        decorative: true,
      });
    if (items.length > 0) {
      shapes.push(
        fittedText(frame, { x: x + PAD, y: g.cardTop + PAD, w: g.textW, h: cardH - 2 * PAD }, paras(items), {
          maxSize: size,
          minSize: theme.sizes.minimum,
          body: true,
          name: `Phase ${n} goals`,
        }),
      );
    }
  });
  return shapes;
}
