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
export const NumberList = z.union([z.array(z.number()), NumberBinding], {
  error: "expected a list of numbers, or a binding such as { from: organization.cloudSpend.monthly, field: amount }",
});

/** Table rows, typed out or bound to data. */
export const RowList = z.union([z.array(z.array(z.string())), RowBinding], {
  error:
    "expected a list of rows (each a list of cells), " +
    "or a binding such as { from: organization.ask.team, cells: ['{{role}}', '{{count}}'] }",
});
