import { z } from "zod";
import { Id, Source, Text } from "./common.js";
import { NumberList, RowList, TemplateList } from "./binding.js";
/** Every slide layout the tool can draw. */
export const LAYOUTS = [
    "title",
    "section",
    "agenda",
    "bullets",
    "two-column",
    "metrics",
    "chart",
    "table",
    "timeline",
    "quote",
    "call-to-action",
    "closing",
    "sources",
];
/** Native chart kinds. */
export const CHART_KINDS = ["bar", "line", "pie", "doughnut"];
/** How chart values are formatted. */
export const VALUE_FORMATS = ["number", "compact", "currency", "compact-currency", "percent"];
/** A Handlebars template that must render to some text. */
const Template = Text;
/** Fields every slide may carry, whatever its layout. */
const common = {
    id: Id.optional().describe("Name for this slide, used in messages."),
    notes: z.string().optional().describe("Speaker notes (a template)."),
    audiences: z.array(Id).min(1).optional().describe("Only include this slide for these audience ids."),
    when: z
        .string()
        .optional()
        .describe("Condition (a template): the slide is kept when it renders to something other than '', 'false' or '0'."),
};
function slide(layout, shape) {
    return z.strictObject({ layout: z.literal(layout), ...common, ...shape });
}
const Column = z.strictObject({ heading: Template, bullets: TemplateList });
export const TitleSlide = slide("title", { title: Template, subtitle: z.string().optional(), byline: z.string().optional() });
export const SectionSlide = slide("section", { title: Template, subtitle: z.string().optional() });
export const AgendaSlide = slide("agenda", { title: Template, items: TemplateList });
export const BulletsSlide = slide("bullets", { title: Template, intro: z.string().optional(), bullets: TemplateList });
export const TwoColumnSlide = slide("two-column", { title: Template, left: Column, right: Column });
export const MetricsSlide = slide("metrics", {
    title: Template,
    cards: z
        .array(z.strictObject({ label: Template, value: Template, caption: z.string().optional() }))
        .min(1)
        .max(8, "at most 8 cards fit on a slide; split them over two slides"),
    caption: z.string().optional(),
});
export const ChartSlide = slide("chart", {
    title: Template,
    chart: z.strictObject({
        kind: z.enum(CHART_KINDS),
        categories: TemplateList.describe("Category labels (x axis, or pie slices)."),
        series: z.array(z.strictObject({ name: Template, values: NumberList })).min(1),
        format: z.enum(VALUE_FORMATS).default("number").describe("How values are shown."),
        altText: z.string().optional().describe("Description for screen readers; generated from the data when omitted."),
    }),
    caption: z.string().optional(),
});
export const TableSlide = slide("table", {
    title: Template,
    columns: z.array(Template).min(1).max(8, "at most 8 columns fit on a slide"),
    rows: RowList,
    widths: z.array(z.number().positive()).optional().describe("Relative column widths."),
    caption: z.string().optional(),
});
export const TimelineSlide = slide("timeline", {
    title: Template,
    phases: z
        .array(z.strictObject({
        label: Template,
        period: z.string().optional(),
        items: TemplateList,
        current: z.string().optional().describe("Condition (a template) marking the phase we are in."),
    }))
        .min(2)
        .max(6, "at most 6 phases fit on a slide"),
});
export const QuoteSlide = slide("quote", { title: z.string().optional(), quote: Template, attribution: z.string().optional() });
export const CallToActionSlide = slide("call-to-action", {
    title: Template,
    asks: TemplateList,
    closing: z.string().optional(),
});
export const ClosingSlide = slide("closing", { title: Template, subtitle: z.string().optional(), contact: z.string().optional() });
export const SourcesSlide = slide("sources", {
    title: Template.default("Sources"),
    extra: z.array(Source).default([]).describe("Sources beyond the personas' own, which are listed automatically."),
});
/** One slide of a deck definition: a layout and the templates that fill it. */
export const SlideSchema = z.discriminatedUnion("layout", [
    TitleSlide,
    SectionSlide,
    AgendaSlide,
    BulletsSlide,
    TwoColumnSlide,
    MetricsSlide,
    ChartSlide,
    TableSlide,
    TimelineSlide,
    QuoteSlide,
    CallToActionSlide,
    ClosingSlide,
    SourcesSlide,
]);
const _allLayoutsHaveSchemas = true;
void _allLayoutsHaveSchemas;
