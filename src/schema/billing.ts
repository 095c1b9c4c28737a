import * as z from "zod";
import { Text, TextList } from "./common.js";

// As organization.ts's Month, which cannot be imported here: it imports this file.
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "write months as YYYY-MM, e.g. 2026-03");

/** The file types a FOCUS export is read from. */
export const FOCUS_FILE_TYPES = [".parquet", ".csv", ".csv.gz"] as const;

const TagKeys = TextList.min(1, "name at least one tag key");

/**
 * Where the organization's billing data is and which of it the briefing covers. Paths are relative
 * to the organization file's folder and must stay inside the workspace.
 */
export const BillingSchema = z
  .strictObject({
    focus: z
      .union([Text, z.array(Text).min(1, "name at least one file")])
      .optional()
      .describe(
        "FOCUS cost and usage export: a path, a glob (billing/*.parquet) or a list of them, relative to this file's " +
          "folder; .parquet, .csv or .csv.gz.",
      ),
    summary: Text.optional().describe(
      "Instead of `focus`: a CSV holding the result of `briefings figures --sql` run in your data warehouse.",
    ),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, "use an ISO 4217 code such as USD, EUR or GBP")
      .optional()
      .describe("The billing currency to report in; required when the data hold several."),
    period: z
      .strictObject({
        from: Month.describe("First month, YYYY-MM."),
        to: Month.describe("Last month, YYYY-MM."),
      })
      .refine((p) => p.from <= p.to, { error: "`from` must not be after `to`", path: ["to"] })
      .optional()
      .describe("Months to report, both included; default: the 12 latest months in the data."),
    allocationTags: TagKeys.optional().describe(
      "Tag keys that make a usage charge allocated when every one has a value, e.g. [team].",
    ),
    coverageCategories: TagKeys.default(["Compute", "Databases"]).describe(
      "Service categories commitment coverage is measured over.",
    ),
    breakdownTags: TextList.default([]).describe(
      "Tag keys to split usage cost by, e.g. [environment]; each gives billing.byTag.<key>.",
    ),
  })
  .superRefine((billing, ctx) => {
    if ((billing.focus === undefined) === (billing.summary === undefined))
      ctx.addIssue({
        code: "custom",
        message: "give either `focus` (the export files) or `summary` (a precomputed summary), not both or neither",
        path: billing.focus === undefined ? [] : ["summary"],
      });
  })
  .describe("Figures from the organization's own billing data (FOCUS), instead of typed ones.");

/** What users write under `billing:`. */
export type BillingInput = z.input<typeof BillingSchema>;
/** Billing settings with defaults applied. */
export type BillingSettings = z.output<typeof BillingSchema>;
