import * as z from "zod";
import { BillingSchema } from "./billing.js";
import { Id, Source, Text, TextList } from "./common.js";

/** FinOps maturity stages. */
export const MATURITY_STAGES = ["crawl", "walk", "run"] as const;
export type MaturityStage = (typeof MATURITY_STAGES)[number];

/** How a business metric's value is written: a share, an amount of money or a plain number. */
export const METRIC_FORMATS = ["percent", "currency", "number"] as const;
export type MetricFormat = (typeof METRIC_FORMATS)[number];

const Amount = z.number().nonnegative();
const Share = z.number().min(0, "a share is between 0 and 1").max(1, "a share is between 0 and 1 (write 0.27 for 27%)");
/** A rate of change: 0.09 for +9%, -0.04 for −4%. */
const Rate = z.number().min(-1, "a rate of change is -1 (−100%) or more");

const Locale = z.string().refine((tag) => {
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
}, "not a locale this system knows; use a BCP 47 tag such as en-US, en-GB or de-DE");

/** A calendar month, YYYY-MM. */
export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "write months as YYYY-MM, e.g. 2026-03");
/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "write dates as YYYY-MM-DD");

/** An amount per named item (a service, a team, an environment), for a year. */
const NamedAmounts = z
  .array(z.strictObject({ name: Text.describe("What the amount is for."), amount: Amount.describe("Per year.") }))
  .min(1);

/** The organization's own facts, one YAML file in `decks/` that decks refer to. */
export const OrganizationSchema = z
  .strictObject({
    name: Text.describe("Company name as it should appear on slides."),
    industry: Text.describe("Industry, e.g. Logistics."),
    locale: Locale.default("en-US").describe(
      "Locale for numbers, amounts and dates (BCP 47), e.g. en-US, de-DE. The deck's words follow the deck's language.",
    ),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, "use an ISO 4217 code such as USD, EUR or GBP")
      .default("USD")
      .describe("Currency of every amount in this file (ISO 4217)."),
    fiscalYearStart: z
      .number()
      .int()
      .min(1)
      .max(12)
      .default(1)
      .describe("Month the fiscal year starts: 1 for January (the default), 4 for April."),
    cloudProviders: TextList.min(1, "name at least one cloud provider").describe("Cloud providers in use."),
    cloudSpend: z
      .strictObject({
        monthly: z
          .array(z.strictObject({ month: Month.describe("YYYY-MM"), amount: Amount.describe("Spend that month.") }))
          .min(2, "give at least two months of history")
          .optional()
          .describe(
            "Monthly spend history, oldest first, one entry per month. The annual spend is the sum of the last 12. " +
              "Leave it out when `billing` names billing data: the months come from there.",
          ),
        annual: Amount.optional().describe(
          "Annual spend, only as a check: it must match the sum of the last 12 months (leave it out to have it " +
            "computed; not with `billing`).",
        ),
        budget: Amount.optional().describe("This fiscal year's cloud budget, if one exists."),
      })
      .default({})
      .describe("Cloud spend figures."),
    revenue: Amount.describe("Annual revenue."),
    revenueGrowth: Rate.optional().describe("Revenue growth over the last year, e.g. 0.09 for 9%."),
    unallocatedShare: Share.optional().describe(
      "Share of cloud spend not attributed to any team or product (0–1). Leave it out when `billing` sets " +
        "allocationTags: it is measured from the billing data.",
    ),
    estimatedWaste: Share.describe("Estimated share of cloud spend that is avoidable waste (0–1)."),
    maturity: z.enum(MATURITY_STAGES).describe("Current FinOps maturity: crawl, walk or run."),
    commitments: z
      .strictObject({
        coverage: Share.describe("Share of commitment-eligible spend covered by reservations or savings plans."),
        utilization: Share.describe("Share of what was committed that is actually used."),
        committed: Amount.optional().describe("What the commitments cost a year (locked-in spend)."),
      })
      .optional()
      .describe("Commitment discounts today, if the organization buys any. Measured instead when `billing` is given."),
    spendBy: z
      .strictObject({
        service: NamedAmounts.optional().describe("Annual spend by cloud service."),
        team: NamedAmounts.optional().describe("Annual spend by owning team (allocated spend only)."),
        environment: NamedAmounts.optional().describe(
          "Annual spend by environment; name the production one 'Production'.",
        ),
      })
      .optional()
      .describe(
        "Where the money goes. With `billing`, services come from the billing data, and so do teams and environments " +
          "when billing.breakdownTags names team or environment.",
      ),
    metrics: z
      .array(
        z.strictObject({
          name: Text.describe("The metric as executives name it, e.g. Gross margin."),
          value: z.number().describe("Today's value (0.41 for 41% when the format is percent)."),
          format: z.enum(METRIC_FORMATS).default("number").describe("percent, currency or number."),
          source: Text.optional().describe("Where the number comes from, e.g. FY2026 annual report."),
        }),
      )
      .default([])
      .describe("Business metrics the executives are judged on, matched to their personas' key metrics by name."),
    unitEconomics: z
      .array(
        z.strictObject({
          name: Text.describe("What the unit cost measures, e.g. Cloud cost per order."),
          value: Amount.describe("Today's value, in the organization's currency."),
          target: Amount.optional().describe("Target value once FinOps is in place."),
          lastYear: Amount.optional().describe("The value a year ago, to show the trend."),
        }),
      )
      .default([])
      .describe("Unit cost metrics that tie cloud spend to business output."),
    ask: z
      .strictObject({
        decideBy: IsoDate.optional().describe("When we need the decision (YYYY-MM-DD)."),
        sponsor: Id.describe("Persona id of the executive we ask to sponsor the practice, e.g. cfo."),
        coSponsors: z.array(Id).default([]).describe("Persona ids of co-sponsors, e.g. [cto]."),
        team: z
          .array(
            z.strictObject({
              role: Text.describe("Role, e.g. FinOps analyst."),
              count: z.number().int().positive().describe("How many people in this role."),
              cost: Amount.describe("What these people cost in the first year, all of them together."),
              note: Text.optional().describe("Anything to add, e.g. part-time."),
            }),
          )
          .min(1)
          .describe("The initial FinOps team."),
        tooling: z
          .strictObject({
            decision: Text.describe("The tooling decision, e.g. a cost-management platform chosen by March 2027."),
            cost: Amount.describe("First-year cost of the tooling."),
          })
          .optional()
          .describe("The tooling we need, if any."),
        engineering: z
          .strictObject({
            teams: z.number().int().positive().describe("Engineering teams asked to take part."),
            hoursPerTeamPerMonth: z.number().positive().describe("Hours a month each team gives to FinOps work."),
          })
          .optional()
          .describe("Engineering time we ask for (tagging, rightsizing, clean-up)."),
        budget: Amount.optional().describe(
          "First-year budget, only as a check: it must equal the team's cost plus tooling " +
            "(leave it out to have it computed).",
        ),
        timeline: Text.describe("When the first results land, e.g. first showback within 90 days of approval."),
      })
      .describe("What we are asking the executives for."),
    painPoints: TextList.default([]).describe("Today's problems, as the organization sees them."),
    earlyWins: z
      .array(
        z.strictObject({
          title: Text.describe("The action, e.g. Rightsize analytics clusters."),
          saving: Amount.optional().describe("Annualized saving."),
          start: Month.optional().describe("Month the saving starts (YYYY-MM); default: the first month of the plan."),
          detail: Text.optional().describe("The evidence behind it."),
        }),
      )
      .default([])
      .describe("Quick wins already found or within reach."),
    roadmap: z
      .array(
        z.strictObject({
          stage: z.enum(MATURITY_STAGES).describe("crawl, walk or run."),
          from: Month.describe("First month of the stage (YYYY-MM)."),
          to: Month.optional().describe("Last month of the stage (YYYY-MM); open-ended when left out."),
          goals: TextList.min(1).describe("What this stage achieves."),
        }),
      )
      .default([])
      .describe("The crawl/walk/run plan for this organization, in order."),
    sources: z
      .array(Source)
      .default([])
      .describe("Where these figures come from (invoices, plans, reviews), credited on the sources slide."),
    presenter: z
      .strictObject({
        name: Text.describe("Presenter's name."),
        title: Text.describe("Presenter's job title."),
        email: z.email().optional().describe("Presenter's email address."),
      })
      .optional()
      .describe("Who presents the briefing (the FinOps driver)."),
    billing: BillingSchema.optional(),
  })
  .describe("An organization's own facts.");

/** What users write in an organization file. */
export type OrganizationInput = z.input<typeof OrganizationSchema>;
/** An organization with defaults applied: the figures billing data can give may be missing. */
export type Organization = z.output<typeof OrganizationSchema>;

/**
 * An organization with every figure the deck's figures need: typed in the file, or measured from its
 * billing data (resolve/billing/organizationFacts.ts). What figures are computed from.
 */
export type OrganizationFacts = Omit<Organization, "cloudSpend" | "unallocatedShare"> & {
  cloudSpend: Organization["cloudSpend"] & { monthly: { month: string; amount: number }[] };
  unallocatedShare: number;
};
