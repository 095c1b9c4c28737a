import * as z from "zod";
import { Text, TextList } from "./common.js";

/** FinOps maturity stages. */
export const MATURITY_STAGES = ["crawl", "walk", "run"] as const;
export type MaturityStage = (typeof MATURITY_STAGES)[number];

const Amount = z.number().nonnegative();
const Share = z.number().min(0, "a share is between 0 and 1").max(1, "a share is between 0 and 1 (write 0.27 for 27%)");

const Locale = z.string().refine((tag) => {
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
}, "not a locale this system knows; use a BCP 47 tag such as en-US, en-GB or de-DE");

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "write months as YYYY-MM, e.g. 2026-03");

/** The organization's own facts, one YAML file in `decks/` that decks refer to. */
export const OrganizationSchema = z
  .strictObject({
    name: Text.describe("Company name as it should appear on slides."),
    industry: Text.describe("Industry, e.g. Logistics."),
    locale: Locale.default("en-US").describe("Locale for numbers and dates (BCP 47), e.g. en-US, de-DE."),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, "use an ISO 4217 code such as USD, EUR or GBP")
      .default("USD")
      .describe("Currency of every amount in this file (ISO 4217)."),
    cloudProviders: TextList.min(1, "name at least one cloud provider").describe("Cloud providers in use."),
    cloudSpend: z
      .strictObject({
        annual: Amount.describe("Current annual cloud spend (run rate)."),
        growthRate: z.number().describe("Year-over-year growth of cloud spend, e.g. 0.32 for 32%."),
        budget: Amount.optional().describe("This year's cloud budget, if one exists."),
        monthly: z
          .array(z.strictObject({ month: Month.describe("YYYY-MM"), amount: Amount.describe("Spend that month.") }))
          .min(2, "give at least two months of history")
          .describe("Monthly spend history, oldest first."),
      })
      .describe("Cloud spend figures."),
    revenue: Amount.describe("Annual revenue."),
    unallocatedShare: Share.describe("Share of cloud spend not attributed to any team or product (0–1)."),
    estimatedWaste: Share.describe("Estimated share of cloud spend that is avoidable waste (0–1)."),
    maturity: z.enum(MATURITY_STAGES).describe("Current FinOps maturity: crawl, walk or run."),
    unitEconomics: z
      .array(
        z.strictObject({
          name: Text.describe("What the unit cost measures, e.g. Cloud cost per shipment."),
          value: Amount.describe("Today's value, in the organization's currency."),
          target: Amount.optional().describe("Target value once FinOps is in place."),
        }),
      )
      .default([])
      .describe("Unit cost metrics that tie cloud spend to business output."),
    ask: z
      .strictObject({
        sponsor: Text.describe("The executive sponsor we are asking for, e.g. the CFO."),
        team: z
          .array(
            z.strictObject({
              role: Text.describe("Role, e.g. FinOps analyst."),
              count: z.number().int().positive().describe("How many people in this role."),
              note: Text.optional().describe("Anything to add, e.g. part-time."),
            }),
          )
          .min(1)
          .describe("The initial FinOps team."),
        budget: Amount.describe("First-year budget requested."),
        timeline: Text.describe("When the first results land, e.g. 90 days to first showback."),
        tooling: Text.optional().describe("The tooling decision we need."),
      })
      .describe("What we are asking the executives for."),
    painPoints: TextList.default([]).describe("Today's problems, as the organization sees them."),
    earlyWins: z
      .array(
        z.strictObject({
          title: Text.describe("The action, e.g. Rightsize analytics clusters."),
          saving: Amount.optional().describe("Annualized saving."),
          detail: Text.optional().describe("The evidence behind it."),
        }),
      )
      .default([])
      .describe("Quick wins already found or within reach."),
    roadmap: z
      .array(
        z.strictObject({
          stage: z.enum(MATURITY_STAGES).describe("crawl, walk or run."),
          period: Text.describe("When, e.g. Q1 2027 or Months 0–3."),
          goals: TextList.min(1).describe("What this stage achieves."),
        }),
      )
      .default([])
      .describe("The crawl/walk/run plan for this organization."),
    presenter: z
      .strictObject({
        name: Text.describe("Presenter's name."),
        title: Text.describe("Presenter's job title."),
        email: z.email().optional().describe("Presenter's email address."),
      })
      .optional()
      .describe("Who presents the briefing (the FinOps driver)."),
  })
  .describe("An organization's own facts.");

/** What users write in an organization file. */
export type OrganizationInput = z.input<typeof OrganizationSchema>;
/** An organization with defaults applied. */
export type Organization = z.output<typeof OrganizationSchema>;
