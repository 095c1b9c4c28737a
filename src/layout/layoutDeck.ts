import { BuildContext } from "../errors.js";
import { checkAccessibility } from "./accessibility.js";
import { createFormatter, type Formatter } from "../render/format.js";
import type { RenderedSlide, RenderedSources } from "../render/rendered.js";
import type { RenderedTarget } from "../render/renderTarget.js";
import type { LayoutName } from "../schema/slide.js";
import type { Theme } from "../schema/theme.js";
import type { ThemeEntity } from "../validate/validateWorkspace.js";
import {
  createFrame,
  fitFooter,
  footerBox,
  slideNumberBox,
  SLIDE_DIMENSIONS,
  type Frame,
  type TemplateFrame,
} from "./frame.js";
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
  /** Footer text for content slides ('' for none), on one line: cut with "…" if it is too long. */
  footer: string;
  /** Footer type size in points, fitted to the footer box. */
  footerSize: number;
  /** The whole footer when `footer` is cut ('' otherwise): the writer puts it in the notes master. */
  fullFooter: string;
  logo?: { data: Uint8Array; mime: string; altText: string; box: Box };
  /** The company template the deck is written into, with the layout chosen for each kind of slide. */
  template?: NonNullable<ThemeEntity["template"]>;
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
  const template = templateFrame(theme);
  for (const slide of rendered.slides) {
    const where = { file: target.deck.source.path, path: `slides.${slide.index}` };
    const frame = createFrame(theme.value, context, where, template);
    const draw = LAYOUTS[slide.layout] as LayoutFunction<LayoutName>;
    slides.push(...draw(frame, slide as never, format).map((laid) => ({ ...laid, layout: slide.layout })));
  }
  const { width, height } = template ?? SLIDE_DIMENSIONS[theme.value.slideSize];
  const frame = createFrame(theme.value, context, { file: theme.source.path, path: "footer.text" });
  // On a template the footer goes into its footer placeholder: fitted to that box.
  const templateFooter = template?.layouts.content.footer?.box;
  const footer = rendered.footer ? fitFooter(frame, rendered.footer, templateFooter) : { text: "", size: 10, full: "" };
  const deck: LaidOutDeck = {
    width,
    height,
    theme: theme.value,
    footer: footer.text,
    footerSize: footer.size,
    fullFooter: footer.full,
    // On a template, its own logo (on its master) is the logo.
    logo: theme.logo && theme.value.logo && !template ? logoPlacement(theme, frame) : undefined,
    ...(theme.template ? { template: theme.template } : {}),
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

/** The template's geometry for layout, when the theme is drawn on one. */
function templateFrame(theme: ThemeEntity): TemplateFrame | undefined {
  if (!theme.template) return undefined;
  const { template, layouts } = theme.template;
  return {
    width: template.width,
    height: template.height,
    layouts,
    decorations: template.decorations.get(layouts.content.layout.master) ?? [],
    sizes: template.sizes,
  };
}

/**
 * The logo at the width the theme gives, just left of the slide number and level with it. It is made
 * smaller only where it would not fit the band below the content area or would run into the footer
 * text, and then a warning says so.
 */
function logoPlacement(theme: ThemeEntity, frame: Frame): LaidOutDeck["logo"] {
  const logo = theme.logo!;
  const spec = theme.value.logo!;
  const size = logo.size;
  const ratio = size && size.width > 0 ? size.height / size.width : 0.3;
  const number = slideNumberBox(frame);
  const footer = footerBox(frame);
  const bandTop = frame.content.y + frame.content.h + 0.1;
  const maxH = frame.height - 0.08 - bandTop;
  const maxW = number.x - 0.15 - (footer.x + footer.w + 0.15);
  const scale = Math.min(1, maxH / (spec.width * ratio), maxW / spec.width);
  const w = spec.width * scale;
  const h = w * ratio;
  if (scale < 0.999)
    frame.warnings.warn({
      message:
        `the logo is drawn ${w.toFixed(2)} in wide, not the theme's ${spec.width} in, ` + `to stay in the footer band`,
      file: theme.source.path,
      path: "logo.width",
    });
  // Centred on the slide number's line, moved up or down as little as needed to stay in the band.
  const y = Math.min(frame.height - 0.08 - h, Math.max(bandTop, number.y + number.h / 2 - h / 2));
  return { data: logo.data, mime: logo.mime, altText: spec.altText, box: { x: number.x - 0.15 - w, y, w, h } };
}
