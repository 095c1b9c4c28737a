import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { FILE_KINDS, jsonSchemaFor, type FileKind } from "../../src/schema/jsonSchema.js";

const repo = join(import.meta.dirname, "..", "..");
const yaml = (path: string) => parse(readFileSync(join(repo, path), "utf8")) as unknown;
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validators = Object.fromEntries(FILE_KINDS.map((k) => [k, ajv.compile(jsonSchemaFor(k))])) as Record<
  FileKind,
  ReturnType<Ajv["compile"]>
>;
const check = (kind: FileKind, data: unknown) =>
  validators[kind](data) ? [] : validators[kind].errors!.map((e) => `${e.instancePath} ${e.message}`);

/** Property paths in a JSON Schema that carry no description. */
function undescribed(schema: unknown, path = ""): string[] {
  if (schema === null || typeof schema !== "object") return [];
  const s = schema as Record<string, unknown>;
  const found: string[] = [];
  for (const [key, value] of Object.entries((s.properties ?? {}) as Record<string, Record<string, unknown>>)) {
    if (typeof value.description !== "string" || value.description === "") found.push(`${path}.${key}`);
    found.push(...undescribed(value, `${path}.${key}`));
  }
  if (s.items) found.push(...undescribed(s.items, `${path}[]`));
  for (const key of ["anyOf", "oneOf", "allOf"])
    for (const sub of (s[key] ?? []) as unknown[]) found.push(...undescribed(sub, path));
  return found;
}

describe("JSON Schemas for editors", () => {
  it("accept every default persona, deck, organization and theme", () => {
    for (const file of readdirSync(join(repo, "personas")))
      expect(check("persona", yaml(`personas/${file}`)), file).toEqual([]);
    expect(check("deck", yaml("decks/adoption-briefing.yaml"))).toEqual([]);
    expect(check("organization", yaml("decks/organization.yaml"))).toEqual([]);
    expect(check("theme", yaml("themes/default.yaml"))).toEqual([]);
    expect(check("deck", yaml("test/fixtures/every-layout/decks/every.yaml"))).toEqual([]);
  });

  it("reject what the validator rejects: unknown fields, wrong types, bad layouts, bad colors", () => {
    const cfo = yaml("personas/cfo.yaml") as Record<string, unknown>;
    expect(check("persona", { ...cfo, favouriteColour: "blue" })).toContainEqual(
      expect.stringContaining("additional properties"),
    );
    expect(check("persona", { ...cfo, objectives: "save money" })).not.toEqual([]);
    const { primaryGoal: _goal, ...noGoal } = cfo;
    expect(check("persona", noGoal)).toContainEqual(expect.stringContaining("primaryGoal"));
    const deck = yaml("decks/adoption-briefing.yaml") as { slides: unknown[] };
    expect(check("deck", { ...deck, slides: [{ layout: "pie-chart", title: "x" }] })).not.toEqual([]);
    expect(check("deck", { ...deck, slides: [{ layout: "bullets", title: "x" }] })).not.toEqual([]); // bullets missing
    const theme = yaml("themes/default.yaml") as { colors: Record<string, unknown> };
    expect(check("theme", { ...theme, colors: { ...theme.colors, accent: "blue" } })).toContainEqual(
      expect.stringContaining("/colors/accent"),
    );
  });

  it("describe what users write: numbers where text is taken, colors before normalizing, defaults optional", () => {
    const org = yaml("decks/organization.yaml") as Record<string, unknown>;
    const { locale: _l, currency: _c, ...withoutDefaults } = org;
    expect(check("organization", withoutDefaults)).toEqual([]);
    expect(check("organization", { ...org, industry: 2028 })).toEqual([]);
    expect(
      check("theme", {
        name: "Plain",
        colors: {
          background: "ffffff",
          text: "#000000",
          heading: "#000000",
          accent: "#0F5BD8",
          accentText: "#FFFFFF",
          muted: "#555555",
          surface: "#EEEEEE",
          line: "#CCCCCC",
          chart: ["#111111", "#222222", "#333333"],
        },
      }),
    ).toEqual([]);
  });

  it("describes every field, so editors can explain them", () => {
    for (const kind of FILE_KINDS) expect(undescribed(jsonSchemaFor(kind)), kind).toEqual([]);
  });
});
