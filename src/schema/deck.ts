import * as z from "zod";
import { CheckConfigSchema } from "./check.js";
import { Id, Text, TextList } from "./common.js";
import { PERSONA_LIST_FIELDS, type PersonaListField } from "./persona.js";
import { SlideSchema } from "./slide.js";

function perListField<T extends z.ZodType>(type: T) {
  return Object.fromEntries(
    PERSONA_LIST_FIELDS.map((f) => [f, type.optional().describe(`Items of the persona's ${f}.`)]),
  ) as Record<PersonaListField, z.ZodOptional<T>>;
}

/** Changes to a persona for one audience: add items, replace fields, drop items. */
export const OverridesSchema = z
  .strictObject({
    add: z.strictObject(perListField(TextList)).optional().describe("Items appended to persona lists."),
    replace: z
      .strictObject({
        name: Text.optional().describe("Persona name shown on slides."),
        summary: Text.optional().describe("Persona summary."),
        primaryGoal: Text.optional().describe("The persona's primary goal, in this executive's terms."),
        ...perListField(TextList),
      })
      .optional()
      .describe("Fields replaced outright."),
    drop: z
      .strictObject(perListField(z.union([TextList, z.literal(true)])))
      .optional()
      .describe("Items removed from persona lists (exact text), or `true` to empty the list."),
  })
  .describe("How this audience differs from the persona.");
export type Overrides = z.output<typeof OverridesSchema>;

/** A named executive a copy of the deck is tailored for. */
export const ExecutiveSchema = z
  .strictObject({
    name: Text.describe("Full name, e.g. Dana Whitfield."),
    title: Text.describe("Job title, e.g. Chief Financial Officer."),
    priorities: z
      .array(
        z.union([
          Text.transform((priority) => ({ priority, answer: undefined as string | undefined })),
          z.strictObject({
            priority: Text.describe("The priority, in their words."),
            answer: z
              .string()
              .optional()
              .describe("What FinOps does about it, with a figure (a template), e.g. 'A forecast within {{…}}'."),
          }),
        ]),
      )
      .default([])
      .describe("This person's own priorities, each with what FinOps does about it."),
  })
  .describe("The named executive this copy is for.");
export type Executive = z.output<typeof ExecutiveSchema>;

/** Who gets a copy of the deck. */
export const AudienceSchema = z.strictObject({
  id: Id.describe("Output file name: out/<deck>/<id>.pptx."),
  persona: Id.describe("Persona id (file name in personas/ without .yaml)."),
  executive: ExecutiveSchema.optional(),
  overrides: OverridesSchema.optional(),
});
export type AudienceDefinition = z.output<typeof AudienceSchema>;

/** A deck definition, `decks/<id>.yaml`. */
export const DeckSchema = z
  .strictObject({
    title: Text.describe("Deck title."),
    subtitle: Text.optional().describe("Deck subtitle, shown as {{deck.subtitle}}."),
    theme: Id.describe("Theme id (file name in themes/ without .yaml)."),
    organization: Text.default("organization.yaml").describe("Organization file, relative to this deck file."),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/, "write the language as its ISO 639 code, e.g. en, de or fr")
      .default("en")
      .describe(
        "Language of the deck's words (list conjunctions, month names, number words); numbers and amounts follow the organization's locale.",
      ),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "write dates as YYYY-MM-DD")
      .optional()
      .describe("Briefing date (YYYY-MM-DD); also the document date, so rebuilds give the same file."),
    brief: Text.optional().describe(
      "Partial (in decks/partials, without .hbs) to use as this deck's one-page leave-behind brief; default: decks/partials/brief.hbs if there is one, else the built-in brief.",
    ),
    audiences: z
      .array(AudienceSchema)
      .min(1, "list at least one audience")
      .describe("Who gets a copy: one output file each."),
    slides: z.array(SlideSchema).min(1, "list at least one slide").describe("The slides, in order."),
    check: CheckConfigSchema.prefault({}),
  })
  .describe("A briefing deck: audiences and slides.");

export type DeckInput = z.input<typeof DeckSchema>;
export type DeckDefinition = z.output<typeof DeckSchema>;
