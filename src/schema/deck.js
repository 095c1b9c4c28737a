import { z } from "zod";
import { Id, Text, TextList } from "./common.js";
import { PERSONA_LIST_FIELDS } from "./persona.js";
import { SlideSchema } from "./slide.js";
function perListField(type) {
    return Object.fromEntries(PERSONA_LIST_FIELDS.map((f) => [f, type.optional()]));
}
/** Changes to a persona for one audience: add items, replace fields, drop items. */
export const OverridesSchema = z
    .strictObject({
    add: z.strictObject(perListField(TextList)).optional().describe("Items appended to persona lists."),
    replace: z
        .strictObject({ name: Text.optional(), summary: Text.optional(), primaryGoal: Text.optional(), ...perListField(TextList) })
        .optional()
        .describe("Fields replaced outright."),
    drop: z
        .strictObject(perListField(z.union([TextList, z.literal(true)])))
        .optional()
        .describe("Items removed from persona lists (exact text), or `true` to empty the list."),
})
    .describe("How this audience differs from the persona.");
/** A named executive a copy of the deck is tailored for. */
export const ExecutiveSchema = z.strictObject({
    name: Text.describe("Full name, e.g. Dana Whitfield."),
    title: Text.describe("Job title, e.g. Chief Financial Officer."),
    priorities: TextList.default([]).describe("This person's own priorities, in their words."),
});
/** Who gets a copy of the deck. */
export const AudienceSchema = z.strictObject({
    id: Id.describe("Output file name: out/<deck>/<id>.pptx."),
    persona: Id.describe("Persona id (file name in personas/ without .yaml)."),
    executive: ExecutiveSchema.optional(),
    overrides: OverridesSchema.optional(),
});
/** A deck definition, `decks/<id>.yaml`. */
export const DeckSchema = z
    .strictObject({
    title: Text.describe("Deck title."),
    subtitle: Text.optional(),
    theme: Id.describe("Theme id (file name in themes/ without .yaml)."),
    organization: Text.default("organization.yaml").describe("Organization file, relative to this deck file."),
    date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, "write dates as YYYY-MM-DD")
        .optional()
        .describe("Briefing date (YYYY-MM-DD); also the document date, so rebuilds give the same file."),
    audiences: z.array(AudienceSchema).min(1, "list at least one audience"),
    slides: z.array(SlideSchema).min(1, "list at least one slide"),
})
    .describe("A briefing deck: audiences and slides.");
