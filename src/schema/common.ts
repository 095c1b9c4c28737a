import * as z from "zod";

/** A non-empty, trimmed line of text. A bare number (`period: 2028`) is taken as its text. */
export const Text = z.preprocess(
  (value) => (typeof value === "number" && Number.isFinite(value) ? String(value) : value),
  z.string().trim().min(1, "must not be empty"),
);

/** A list of short text items (bullets, goals, metrics…). */
export const TextList = z.array(Text);

/** Identifier used in file names and references: lower-case words joined by dashes. */
export const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "use lower-case letters, digits and dashes (e.g. cfo-dana)");

/** Where a fact comes from, shown on the sources slide. */
export const Source = z
  .strictObject({
    title: Text.describe("Title of the source document or page."),
    publisher: Text.describe("Who publishes it, e.g. FinOps Foundation."),
    url: z.url().optional().describe("Where readers can find it."),
    license: Text.optional().describe("License the material is used under, e.g. CC BY 4.0."),
    notes: Text.optional().describe("How we adapted it (corrections, additions in our own words)."),
  })
  .describe("Attribution for facts taken from elsewhere.");
export type Source = z.infer<typeof Source>;
