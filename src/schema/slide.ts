import * as z from "zod";
import { Id, Source, Text } from "./common.js";
import { CardBinding, NumberList, PhaseBinding, RowList, TemplateList } from "./binding.js";

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
] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** Native chart kinds. */
export const CHART_KINDS = ["bar", "line", "pie", "doughnut"] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** How chart values are formatted. */
export const VALUE_FORMATS = ["number", "compact", "currency", "compact-currency", "percent"] as const;
export type ValueFormat = (typeof VALUE_FORMATS)[number];

/** A Handlebars template that must render to some text. */
const Template = Text;

/** Fields every slide may carry, whatever its layout. */
const common = {
  id: Id.optional().describe("Name for this slide, used in messages."),
  notes: z.string().optional().describe("Speaker notes (a template)."),
  audiences: z.array(Id).min(1).optional().describe("Only include this slide for these audience ids."),
  personas: z
    .array(Id)
    .min(1)
    .optional()
    .describe("Only include this slide for audiences of these personas (ids, e.g. [cfo])."),
  exceptPersonas: z
    .array(Id)
    .min(1)
    .optional()
    .describe("Leave this slide out for audiences of these personas (ids, e.g. [ceo, cfo, cto])."),
  agenda: z
    .string()
    .optional()
    .describe("This slide's line in the agenda (a template); an agenda slide without items lists these lines."),
  when: z
    .string()
    .optional()
    .describe("Condition (a template): the slide is kept when it renders to something other than '', 'false' or '0'."),
};

function slide<L extends LayoutName, S extends z.ZodRawShape>(layout: L, shape: S) {
  return z.strictObject({
    layout: z.literal(layout).describe(`How the slide is drawn: ${layout}.`),
    ...common,
    ...shape,
  });
}

// Field descriptions shared by the layouts, for editors (the JSON Schema) and the README.
const SlideTitle = Template.describe("Slide title (a template).");
const Subtitle = z.string().optional().describe("Subtitle (a template).");
const Caption = z.string().optional().describe("Caption under the content (a template).");
const Bullets = TemplateList.describe("Bullet points: a list of templates, or { from: data.path }.");

const Column = z
  .strictObject({ heading: Template.describe("Column heading (a template)."), bullets: Bullets })
  .describe("One column: a heading and its bullets.");

export const TitleSlide = slide("title", {
  title: SlideTitle,
  subtitle: Subtitle,
  byline: z.string().optional().describe("Who presents, for whom, when (a template)."),
});
export const SectionSlide = slide("section", { title: SlideTitle, subtitle: Subtitle });
export const AgendaSlide = slide("agenda", {
  title: SlideTitle,
  items: TemplateList.optional().describe(
    "Agenda items; leave out to list the `agenda` lines of the slides that follow in each audience's deck.",
  ),
});
export const BulletsSlide = slide("bullets", {
  title: SlideTitle,
  intro: z.string().optional().describe("A sentence above the bullets (a template)."),
  bullets: Bullets,
});
export const TwoColumnSlide = slide("two-column", {
  title: SlideTitle,
  left: Column.describe("Left column."),
  right: Column.describe("Right column."),
});
export const MetricsSlide = slide("metrics", {
  title: SlideTitle,
  cards: z
    .union(
      [
        z
          .array(
            z.strictObject({
              label: Template.describe("What the number is (a template)."),
              value: z
                .string()
                .describe(
                  "The number, formatted (a template), e.g. '{{currency figures.spend.annual compact=true}}'; a card whose value is empty is left out.",
                ),
              caption: z.string().optional().describe("A line of context under the number (a template)."),
            }),
          )
          .min(1)
          .max(8, "at most 8 cards fit on a slide; split them over two slides"),
        CardBinding,
      ],
      {
        error:
          "expected a list of 1 to 8 cards, or a binding such as { from: figures.keyMetrics, label: '{{metric}}', value: '{{value}}' }",
      },
    )
    .describe("KPI cards, 1 to 8, typed out or bound to data."),
  caption: Caption,
});
export const ChartSlide = slide("chart", {
  title: SlideTitle,
  chart: z
    .strictObject({
      kind: z.enum(CHART_KINDS).describe("Chart type: bar, line, pie or doughnut."),
      categories: TemplateList.describe("Category labels (x axis, or pie slices)."),
      series: z
        .array(
          z.strictObject({
            name: Template.describe("Series name, shown in the legend (a template)."),
            values: NumberList.describe("One number per category, or { from: data.path, field: name }."),
          }),
        )
        .min(1)
        .describe("Data series."),
      format: z.enum(VALUE_FORMATS).default("number").describe("How values are shown."),
      highlight: z
        .string()
        .optional()
        .describe(
          "The category (pie, doughnut) or series (bar, line) that is the problem, drawn in the theme's alert color (a template).",
        ),
      altText: z.string().optional().describe("Description for screen readers; generated from the data when omitted."),
    })
    .describe("A native chart."),
  caption: Caption,
});
export const TableSlide = slide("table", {
  title: SlideTitle,
  columns: z
    .array(Template)
    .min(1)
    .max(8, "at most 8 columns fit on a slide")
    .describe("Column headings (templates), at most 8."),
  rows: RowList.describe("Rows of cells (templates), or { from: data.path, cells: [templates] }."),
  widths: z.array(z.number().positive()).optional().describe("Relative column widths."),
  caption: Caption,
});
export const TimelineSlide = slide("timeline", {
  title: SlideTitle,
  phases: z
    .union(
      [
        z
          .array(
            z.strictObject({
              label: Template.describe("Phase name, e.g. Crawl."),
              period: z
                .string()
                .optional()
                .describe("When (a template), e.g. '{{monthRange roadmap.crawl.from roadmap.crawl.to}}'."),
              items: TemplateList.describe("What happens in this phase."),
              current: z.string().optional().describe("Condition (a template) marking the phase we are in."),
            }),
          )
          .min(2)
          .max(6, "at most 6 phases fit on a slide"),
        PhaseBinding,
      ],
      {
        error:
          "expected a list of 2 to 6 phases, or a binding such as { from: figures.roadmap, label: '{{stage}}', items: goals }",
      },
    )
    .describe("Phases of the plan, 2 to 6, typed out or bound to data."),
});
export const QuoteSlide = slide("quote", {
  title: z.string().optional().describe("Slide title (a template)."),
  figure: z
    .string()
    .optional()
    .describe("A number shown large beside the quote (a template), e.g. '{{number figures.ask.wasteToAskRatio}}×'."),
  quote: Template.describe("The quote or callout (a template)."),
  attribution: z.string().optional().describe("Who said it, or where the number comes from (a template)."),
});
export const CallToActionSlide = slide("call-to-action", {
  title: SlideTitle,
  asks: TemplateList.describe("What you ask for, one item each."),
  closing: z.string().optional().describe("Closing line under the asks (a template)."),
});
export const ClosingSlide = slide("closing", {
  title: SlideTitle,
  subtitle: Subtitle,
  contact: z.string().optional().describe("Contact line (a template)."),
});
export const SourcesSlide = slide("sources", {
  title: Template.default("Sources").describe("Slide title (default Sources)."),
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
export type SlideInput = z.input<typeof SlideSchema>;
export type SlideDefinition = z.output<typeof SlideSchema>;

// Keep the registry tuple and the union in step: a layout missing from either fails to compile.
type Missing = Exclude<LayoutName, SlideDefinition["layout"]>;
const _allLayoutsHaveSchemas: Missing extends never ? true : Missing = true;
void _allLayoutsHaveSchemas;
