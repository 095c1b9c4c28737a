import { BuildContext } from "../errors.js";
import { createFormatter } from "../render/format.js";
import { createFrame, SLIDE_DIMENSIONS } from "./frame.js";
import { imageSize } from "./imageSize.js";
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
// Every layout name maps to the function that draws it; a missing one fails to compile.
const LAYOUTS = {
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
    sources: (frame, slide) => layoutSources(frame, slide),
};
/** Position every element of every slide, fitting text to its box. Pure; warnings go to `context`. */
export function layoutDeck(rendered, theme, context = new BuildContext()) {
    const { target } = rendered;
    const org = target.context.organization;
    const format = createFormatter(org.locale, org.currency);
    const slides = [];
    for (const slide of rendered.slides) {
        const frame = createFrame(theme.value, context, { file: target.deck.source.path, path: `slides.${slide.index}` });
        const draw = LAYOUTS[slide.layout];
        slides.push(...draw(frame, slide, format));
    }
    const { width, height } = SLIDE_DIMENSIONS[theme.value.slideSize];
    return {
        width,
        height,
        theme: theme.value,
        footer: rendered.footer,
        logo: theme.logo && theme.value.logo ? logoPlacement(theme, width, height) : undefined,
        title: target.context.deck.title,
        subject: `Briefing for ${target.context.audience.name} (${target.context.audience.role})`,
        author: org.presenter?.name ?? org.name,
        company: org.name,
        date: target.context.deck.date,
        slides,
    };
}
function logoPlacement(theme, width, height) {
    const logo = theme.logo;
    const spec = theme.value.logo;
    const size = imageSize(logo.data);
    const ratio = size && size.width > 0 ? size.height / size.width : 0.3;
    let w = spec.width;
    let h = w * ratio;
    const maxH = 0.34;
    if (h > maxH) {
        h = maxH;
        w = h / ratio;
    }
    return { data: logo.data, mime: logo.mime, altText: spec.altText, box: { x: width - 0.6 - 0.75 - w, y: height - 0.42 - h / 2, w, h } };
}
