import * as z from "zod";
import { DeckSchema } from "./deck.js";
import { OrganizationSchema } from "./organization.js";
import { PersonaSchema } from "./persona.js";
import { ThemeSchema } from "./theme.js";

/** The kinds of YAML file a workspace holds, each with its zod schema. */
export const FILE_KINDS = ["persona", "deck", "organization", "theme"] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const SCHEMAS: Record<FileKind, z.ZodType> = {
  persona: PersonaSchema,
  deck: DeckSchema,
  organization: OrganizationSchema,
  theme: ThemeSchema,
};

/** A JSON Schema document (draft-07, the version YAML editors support best). */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of what users write in one kind of file, generated from the zod schema so the
 * editor and the validator never disagree. Describes the input side: defaults make fields optional,
 * transforms (theme colors) show what is typed, not what comes out.
 */
export function jsonSchemaFor(kind: FileKind): JsonSchema {
  const schema = z.toJSONSchema(SCHEMAS[kind], {
    target: "draft-07",
    io: "input",
    // Refinements (a locale Intl knows) cannot be expressed; the plain string is still right.
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      // Our only preprocess is Text's: a bare number (`period: 2028`) is taken as its text, so an
      // editor must accept numbers there too.
      const def = zodSchema._zod.def as { type: string; in?: { _zod: { def: { type: string } } } };
      if (def.type === "pipe" && def.in?._zod.def.type === "transform" && jsonSchema.type === "string") {
        const { description, ...text } = jsonSchema;
        // The override must change the object it is given: empty it, then fill it.
        for (const key of Object.keys(jsonSchema)) Reflect.deleteProperty(jsonSchema, key);

        Object.assign(jsonSchema, description === undefined ? {} : { description }, {
          anyOf: [text, { type: "number" }],
        });
      }
    },
  }) as JsonSchema;
  return schema;
}

/** Every file kind's JSON Schema, keyed by kind. */
export function jsonSchemas(): Record<FileKind, JsonSchema> {
  return Object.fromEntries(FILE_KINDS.map((k) => [k, jsonSchemaFor(k)])) as Record<FileKind, JsonSchema>;
}
