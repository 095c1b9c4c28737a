import * as z from "zod";
import { Source, Text, TextList } from "./common.js";

/** Persona groups, as the FinOps Framework arranges them. */
export const PERSONA_GROUPS = ["executive", "core", "allied"] as const;
export type PersonaGroup = (typeof PERSONA_GROUPS)[number];

/** List-valued persona fields: the ones an audience override can add to or drop from. */
export const PERSONA_LIST_FIELDS = [
  "titles",
  "objectives",
  "frustrations",
  "keyMetrics",
  "finopsBenefits",
  "responsibilities",
  "keyMessages",
  "asks",
] as const;
export type PersonaListField = (typeof PERSONA_LIST_FIELDS)[number];

/** Text-valued persona fields an override can replace. */
export const PERSONA_TEXT_FIELDS = ["name", "summary", "primaryGoal"] as const;
export type PersonaTextField = (typeof PERSONA_TEXT_FIELDS)[number];

/** A persona file, `personas/<id>.yaml`: one archetype of the people FinOps must win over. */
export const PersonaSchema = z
  .strictObject({
    name: Text.describe("Display name, e.g. CFO."),
    group: z.enum(PERSONA_GROUPS).describe("executive, core or allied (FinOps Framework grouping)."),
    titles: TextList.default([]).describe("Job titles people in this persona typically hold."),
    addressedAs: Text.optional().describe(
      "How a sentence names this audience, e.g. 'the security team' (default: 'the' and the name, 'the CFO').",
    ),
    summary: Text.optional().describe("One or two sentences on who this is, in our own words."),
    primaryGoal: Text.describe("What this persona most wants from cloud and technology."),
    objectives: TextList.default([]).describe("What they are trying to achieve."),
    frustrations: TextList.default([]).describe("What gets in their way today."),
    keyMetrics: TextList.default([]).describe("The numbers they are judged by."),
    finopsBenefits: TextList.default([]).describe("What FinOps gives them."),
    responsibilities: TextList.default([]).describe("Duties that intersect with FinOps (allied personas)."),
    keyMessages: TextList.default([]).describe("Talking points for briefing this persona, in our own words."),
    asks: TextList.default([]).describe("What a FinOps practice asks of this persona, in our own words."),
    source: Source.describe("Where the persona facts come from (shown on the sources slide)."),
  })
  .describe("A FinOps persona profile.");

/** What users write in a persona file. */
export type PersonaInput = z.input<typeof PersonaSchema>;
/** A persona with defaults applied. */
export type Persona = z.output<typeof PersonaSchema>;
