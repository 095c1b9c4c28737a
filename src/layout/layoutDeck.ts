import { BuildContext } from "../errors.js";
import { checkAccessibility } from "./accessibility.js";
import { createFormatter, type Formatter } from "../render/format.js";
import type { RenderedSlide, RenderedSources } from "../render/rendered.js";
import type { RenderedTarget } from "../render/renderTarget.js";
import type { LayoutName } from "../schema/slide.js";
import type { Theme } from "../schema/theme.js";
import type { ThemeEntity } from "../validate/validateWorkspace.js";
import { createFrame, footerSize, slideNumberBox, SLIDE_DIMENSIONS, type Frame } from "./frame.js";
import { layoutBullets } from "./layouts/bullets.js";
import { layoutCallToAction } from "./layouts/callToAction.js";
import { layoutChart } from "./layouts/chart.js";
import { layoutCover } from "./layouts/cover.js";
import { layoutMetrics } from "./layouts/metrics.js";
import { layoutQuote } from "./layouts/quote.js";
import { layoutSources } from "./layouts/sources.js";
import { layoutTable } from "./layouts/table.js";
import { layoutTimeline } from "./layouts/timeline.js";
import { layoutTwoColumn } from "./layouts/twoColumn.js";
import type { Box, LaidOutSlide } from "./shapes.js";

/** A whole deck, positioned: what the writer turns into a .pptx. */
export interface LaidOutDeck {
  width: number;
  height: number;
  theme: Theme;
  /** Footer text for content slides ('' for none). */
  footer: string;
  /** Footer type size in points, fitted to the footer box. */
  footerSize: number;
  logo?: { data: Uint8Array; mime: string; altText: string; box: Box };
  /** Document properties. */
  title: string;
  subject: string;
  author: string;
  company: string;
  /** Document date (YYYY-MM-DD). */
  date: string;
  slides: LaidOutSlide[];
}

type LayoutFunction<L extends LayoutName> = (
  frame: Frame,
  slide: Extract<RenderedSlide, { layout: L }>,
  format: Formatter,
) => LaidOutSlide[];

// Every layout name maps to the function that draws it; a missing one fails to compile.
const LAYOUTS: { [L in LayoutName]: LayoutFunction<L> } = {
  title: layoutCover,
  section: layoutCover,
  closing: layoutCover,
  agenda: layoutBullets,
  bullets: layoutBullets,
  "two-column": layoutTwoColumn,
  metrics: layoutMetrics,
  chart: layoutChart,
  table: layoutTable,
  timeline: layoutTimeline,
  quote: layoutQuote,
  "call-to-action": layoutCallToAction,
  sources: (frame, slide) => layoutSources(frame, slide as RenderedSources),
};

/** Position every element of every slide, fitting text to its box. Pure; warnings go to `context`. */
export function layoutDeck(rendered: RenderedTarget, theme: ThemeEntity, context = new BuildContext()): LaidOutDeck {
  const { target } = rendered;
  const briefing = rendered.context;
  const org = briefing.organization;
  const format = createFormatter(org.locale, org.currency, target.deck.value.language);
  const slides: LaidOutSlide[] = [];
  for (const slide of rendered.slides) {
    const frame = createFrame(theme.value, context, { file: target.deck.source.path, path: `slides.${slide.index}` });
    const draw = LAYOUTS[slide.layout] as LayoutFunction<LayoutName>;
    slides.push(...draw(frame, slide as never, format).map((laid) => ({ ...laid, layout: slide.layout })));
  }
  const { width, height } = SLIDE_DIMENSIONS[theme.value.slideSize];
  const frame = createFrame(theme.value, context, { file: target.deck.source.path, path: "footer" });
  const deck: LaidOutDeck = {
    width,
    height,
    theme: theme.value,
    footer: rendered.footer,
    footerSize: footerSize(frame, rendered.footer),
    logo: theme.logo && theme.value.logo ? logoPlacement(theme, frame) : undefined,
    title: briefing.deck.title,
    subject: `Briefing for ${briefing.audience.name} (${briefing.audience.role})`,
    author: org.presenter?.name ?? org.name,
    company: org.name,
    date: briefing.deck.date,
    slides,
  };
  for (const finding of checkAccessibility(deck)) {
    const where =
      finding.slide === undefined
        ? { file: theme.source.path, path: "logo.altText" }
        : { file: target.deck.source.path, path: `slides.${finding.sourceIndex ?? finding.slide}` };
    context.warn({ ...where, message: `accessibility (${finding.rule}): ${finding.message}` });
  }
  return deck;
}

/** The logo at the logo's width (at most 0.34 in tall), just left of the slide number and level with it. */
function logoPlacement(theme: ThemeEntity, frame: Frame): LaidOutDeck["logo"] {
  const logo = theme.logo!;
  const spec = theme.value.logo!;
  const size = logo.size;
  const ratio = size && size.width > 0 ? size.height / size.width : 0.3;
  let w = spec.width;
  let h = w * ratio;
  const maxH = 0.34;
  if (h > maxH) {
    h = maxH;
    w = h / ratio;
  }
  const number = slideNumberBox(frame);
  return {
    data: logo.data,
    mime: logo.mime,
    altText: spec.altText,
    box: { x: number.x - 0.15 - w, y: number.y + number.h / 2 - h / 2, w, h },
  };
}
