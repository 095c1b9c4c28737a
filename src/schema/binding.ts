import * as z from "zod";

/** A dotted path into the template context, e.g. `persona.frustrations` or `organization.roadmap.0.goals`. */
export const DataPath = z
  .string()
  .regex(/^[A-Za-z_$][\w$]*(\.[\w$-]+)*$/, "write a dotted path such as persona.frustrations")
  .describe("Dotted path into the template context: persona, executive, organization, figures, deck, audience.");

const limit = z.number().int().positive().optional().describe("Keep at most this many items.");

/** Binds a list of texts to data: each item, optionally passed through a template. */
export const TextBinding = z
  .strictObject({
    from: DataPath,
    map: z
      .string()
      .optional()
      .describe("Template applied to each item ({{this}} is the item), e.g. '{{role}} × {{count}}'."),
    limit,
  })
  .brand<"TextBinding">()
  .describe("Take the list from data instead of typing it out.");
export type TextBinding = z.output<typeof TextBinding>;

/** Binds a list of numbers to data, optionally picking one field of each item. */
export const NumberBinding = z
  .strictObject({
    from: DataPath,
    field: z.string().optional().describe("Field of each item holding the number, e.g. amount."),
    limit,
  })
  .brand<"NumberBinding">()
  .describe("Take the numbers from data instead of typing them out.");
export type NumberBinding = z.output<typeof NumberBinding>;

/** Binds table rows to data: one row per item, one template per cell. */
export const RowBinding = z
  .strictObject({
    from: DataPath,
    cells: z.array(z.string()).min(1).describe("One template per column; {{this}} is the item."),
    limit,
  })
  .brand<"RowBinding">()
  .describe("Take the table rows from data.");
export type RowBinding = z.output<typeof RowBinding>;

/** A list of text templates, typed out or bound to data. */
export const TemplateList = z.union([z.array(z.string()), TextBinding], {
  error: "expected a list of texts, or a binding such as { from: persona.frustrations }",
});

/** A list of numbers, typed out or bound to data. */
export const NumberList = z.union([z.array(z.number().finite()), NumberBinding], {
  error: "expected a list of numbers, or a binding such as { from: organization.cloudSpend.monthly, field: amount }",
});

/** Table rows, typed out or bound to data. */
export const RowList = z.union([z.array(z.array(z.string())), RowBinding], {
  error:
    "expected a list of rows (each a list of cells), or a binding such as { from: organization.ask.team, cells: ['{{role}}', '{{count}}'] }",
});

/** Binds timeline phases to data: one phase per item, its label, period and condition templates over the item. */
export const PhaseBinding = z
  .strictObject({
    from: DataPath,
    label: z.string().describe("The phase's name (a template over the item), e.g. '{{capitalize stage}}'."),
    period: z.string().optional().describe("When (a template over the item), e.g. '{{monthRange from to}}'."),
    items: z.string().describe("Field of each item holding the phase's list, e.g. goals."),
    current: z.string().optional().describe("Condition marking the phase under way (a template over the item)."),
    limit,
  })
  .brand<"PhaseBinding">()
  .describe("Take the phases from data, e.g. { from: figures.roadmap, label: '{{stage}}', items: goals }.");
export type PhaseBinding = z.output<typeof PhaseBinding>;

/** Binds KPI cards to data: one card per item, its label, value and caption templates over the item. */
export const CardBinding = z
  .strictObject({
    from: DataPath,
    label: z.string().describe("What the number is (a template over the item), e.g. '{{metric}}'."),
    value: z.string().describe("The number (a template over the item), e.g. '{{percent value}}'."),
    caption: z.string().optional().describe("A line of context (a template over the item)."),
    limit,
  })
  .brand<"CardBinding">()
  .describe("Take the cards from data, e.g. { from: figures.keyMetrics, label: '{{metric}}', value: '…' }.");
export type CardBinding = z.output<typeof CardBinding>;
