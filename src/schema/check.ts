import * as z from "zod";
import { TextList } from "./common.js";

/** The groups `briefings check` arranges its rules in (the README follows this order). */
export const CHECK_CATEGORIES = [
  "leftovers",
  "typed figures",
  "consistency",
  "the ask",
  "audience",
  "delivery",
] as const;
export type CheckCategory = (typeof CHECK_CATEGORIES)[number];

/** Every rule `briefings check` applies: what findings carry and what `check.off` names. */
export const CHECK_RULES = [
  "placeholder-text",
  "todo-comment",
  "example-domain",
  "sample-executive",
  "sample-logo",
  "past-date",
  "typed-number",
  "number-words",
  "shares-sum",
  "wins-exceed-waste",
  "ask-missing",
  "ask-incomplete",
  "metric-uncovered",
  "priority-unanswered",
  "agenda-orphan",
  "missing-notes",
  "too-many-bullets",
  "too-many-words",
  "duplicate-title",
  "topic-title",
] as const;
export type CheckRuleId = (typeof CHECK_RULES)[number];

/** What each rule finds, for messages, editors (the JSON Schema) and the README. */
export const CHECK_RULE_INFO: { readonly [R in CheckRuleId]: { category: CheckCategory; finds: string } } = {
  "placeholder-text": {
    category: "leftovers",
    finds: "Placeholder text on a slide, in its notes, footer or logo text: Your Company, Your Name, TODO, TBD…",
  },
  "todo-comment": { category: "leftovers", finds: "A `# TODO` comment still in a file the deck is built from." },
  "example-domain": {
    category: "leftovers",
    finds: "An e-mail address or link at an example domain (example.com, *.example, *.test, *.invalid).",
  },
  "sample-executive": { category: "leftovers", finds: "An audience named after the packaged example's executive." },
  "sample-logo": { category: "leftovers", finds: "The theme's logo is one of the packaged sample logos." },
  "past-date": { category: "leftovers", finds: "The deck's date is before today." },
  "typed-number": {
    category: "typed figures",
    finds: "A number, percentage or amount typed into a template instead of computed from data.",
  },
  "number-words": {
    category: "typed figures",
    finds: "A proportion, multiple or count typed in words: a third, half, double, one in eight, three…",
  },
  "shares-sum": {
    category: "consistency",
    finds: "Parts of a whole that do not add up: spend by service, environment or team, the slices of a pie of shares.",
  },
  "wins-exceed-waste": {
    category: "consistency",
    finds: "The early wins save more than the estimated waste they come from.",
  },
  "ask-missing": { category: "the ask", finds: "The deck asks for nothing: it has no call-to-action slide." },
  "ask-incomplete": { category: "the ask", finds: "The ask does not state an amount, a date and an owner." },
  "metric-uncovered": {
    category: "audience",
    finds: "A key metric of the audience's persona that no slide or speaker note mentions.",
  },
  "priority-unanswered": {
    category: "audience",
    finds: "A named executive's priority that no slide answers (other than by repeating it).",
  },
  "agenda-orphan": { category: "audience", finds: "An agenda item with no slide title behind it." },
  "missing-notes": { category: "delivery", finds: "A slide without speaker notes." },
  "too-many-bullets": { category: "delivery", finds: "More bullets on a slide (or in one column) than `maxBullets`." },
  "too-many-words": { category: "delivery", finds: "More words on a slide than `maxWords`." },
  "duplicate-title": { category: "delivery", finds: "Two slides with the same title." },
  "topic-title": {
    category: "delivery",
    finds: "A content slide whose title only names a topic (Overview, Costs, The value case…).",
  },
};

/** Titles that name a topic rather than state a point, compared without case, punctuation or a leading "the". */
export const DEFAULT_TOPIC_TITLES = [
  "Overview",
  "Background",
  "Introduction",
  "Context",
  "Summary",
  "Executive summary",
  "Update",
  "Status",
  "Cost",
  "Costs",
  "Cloud costs",
  "Spend",
  "Cloud spend",
  "Budget",
  "Savings",
  "Metrics",
  "Key metrics",
  "KPIs",
  "Numbers",
  "Figures",
  "Data",
  "Analysis",
  "Findings",
  "Results",
  "Benefits",
  "Value",
  "Value case",
  "Business case",
  "Unit economics",
  "Early wins",
  "Roadmap",
  "Plan",
  "Timeline",
  "Team",
  "Risks",
  "Options",
  "Recommendations",
  "Strategy",
  "Problem",
  "Solution",
  "Challenges",
  "Opportunities",
  "Next steps",
] as const;

/** Why a rule is off: required, so the reason is written next to the rule it switches off. */
const Reason = z
  .preprocess(
    (value) => (value === null ? "" : typeof value === "number" ? String(value) : value),
    z
      .string()
      .trim()
      .refine(
        (text) => text !== "",
        "write why it is off next to the rule, e.g. missing-notes: the chart speaks for itself",
      ),
  )
  .optional();

/** `check:` in a deck file: rules switched off (each with its reason) and thresholds. */
export const CheckConfigSchema = z
  .strictObject({
    off: z
      .strictObject(
        Object.fromEntries(
          CHECK_RULES.map((id) => [id, Reason.describe(`Why "${id}" is off here. ${CHECK_RULE_INFO[id].finds}`)]),
        ) as { [R in CheckRuleId]: typeof Reason },
      )
      .default({})
      .describe("Rules switched off for this deck, each with the reason: `rule-id: why`."),
    maxBullets: z
      .number()
      .int()
      .positive()
      .default(6)
      .describe("Most bullets on one slide (and in one column or phase) before too-many-bullets."),
    maxWords: z.number().int().positive().default(80).describe("Most words of slide text before too-many-words."),
    topicTitles: TextList.default([...DEFAULT_TOPIC_TITLES]).describe(
      "Titles that only name a topic (topic-title); replaces the built-in list.",
    ),
    tolerance: z
      .number()
      .min(0)
      .max(1)
      .default(0.01)
      .describe("Relative difference two figures may have, beyond the rounding they are written with (0.01 = 1%)."),
  })
  .describe("How `briefings check` judges this deck: rules switched off, with reasons, and thresholds.");

/** What users write under `check:`. */
export type CheckConfigInput = z.input<typeof CheckConfigSchema>;
/** `check:` with defaults applied. */
export type CheckConfig = z.output<typeof CheckConfigSchema>;
