import { readFile } from "node:fs/promises";
import { join } from "node:path";
import Handlebars from "handlebars";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { plainTemplate } from "../../src/render/plainTemplate.js";

const repo = join(import.meta.dirname, "..", "..");
const hbs = Handlebars.create();
hbs.registerHelper("money", (value: unknown) => `$${String(value)}`);

/** What Handlebars itself gives, output or error message. */
function viaHandlebars(template: string, context: unknown): string {
  try {
    return hbs.compile(template, { strict: true, noEscape: true })(context);
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

/** What the renderer gives: the plain path when it applies, else Handlebars. */
function viaPlain(template: string, context: unknown): { text: string; plain: boolean } {
  let fellBack = false;
  const full = () => {
    fellBack = true;
    return hbs.compile(template, { strict: true, noEscape: true });
  };
  let ast: ReturnType<typeof hbs.parse>;
  try {
    ast = hbs.parse(template);
  } catch {
    return { text: viaHandlebars(template, context), plain: false }; // as the renderer does
  }
  const fn = plainTemplate(ast, full);
  if (!fn) return { text: viaHandlebars(template, context), plain: false };
  try {
    return { text: fn(context), plain: !fellBack };
  } catch (error) {
    return { text: `error: ${(error as Error).message}`, plain: false };
  }
}

const context = {
  persona: { name: "Chief Financial Officer", goals: ["a", "b"], count: 3, zero: 0, no: false, nothing: null, text: "Ana", "two words": "yes" },
  audience: { name: "Dana", nested: { deep: { value: -0 } }, fn: () => "called", inherited: Object.create({ secret: "x" }) },
  list: ["first", "second"],
};

describe("plainTemplate", () => {
  it("fills in text and dotted paths exactly as Handlebars does, and leaves everything else to it", () => {
    const templates = [
      "Dear {{audience.name}}, as {{persona.name}}",
      "{{{persona.name}}} and {{ persona.count }} and {{persona.zero}} {{persona.no}} [{{persona.nothing}}]",
      "{{audience.nested.deep.value}} {{list.0}} {{persona.[two words]}}",
      "  {{~persona.name~}}  !",
      "a {{! a comment }} b {{!-- another --}} c",
      "\\{{persona.name}} is literal",
      "{{persona.goals}}", // an array: Handlebars joins it
      "{{audience.fn}}", // a function: Handlebars calls it
      "{{audience.inherited.secret}}", // inherited: Handlebars refuses it
      "{{persona.missing}}", // strict: an error
      "{{persona.text.length}}", // strict check on text: an error
      "{{missing.name}}",
      "{{persona.nothing.name}}",
      "{{name}} {{this.persona.name}} {{./persona.name}} {{@root.persona.name}} {{money persona.count}}",
      "{{#if persona.no}}yes{{else}}no{{/if}}",
      "{{persona.constructor}} {{persona.__proto__}}",
      "{{unclosed",
    ];
    let plain = 0;
    for (const template of templates) {
      const result = viaPlain(template, context);
      expect(result.text, template).toBe(viaHandlebars(template, context));
      if (result.plain) plain++;
    }
    expect(plain).toBe(5); // the first five; the rest ran through Handlebars
  });

  it("agrees with Handlebars on every template of the default deck, for every persona", async () => {
    const templates: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === "string" && value.includes("{{")) templates.push(value);
      else if (value !== null && typeof value === "object") Object.values(value).forEach(collect);
    };
    for (const file of ["decks/adoption-briefing.yaml", "decks/organization.yaml"]) collect(load(await readFile(join(repo, file), "utf8")));
    const organization = load(await readFile(join(repo, "decks", "organization.yaml"), "utf8"));
    let plain = 0;
    for (const id of ["ceo", "cfo", "cto", "finops"]) {
      const persona = load(await readFile(join(repo, "personas", `${id}.yaml`), "utf8")) as Record<string, unknown>;
      const ctx = { persona: { id, ...persona }, organization, audience: { name: "Dana Whitfield", named: true, title: "CFO" }, deck: { title: "Briefing" } };
      for (const template of templates) {
        const result = viaPlain(template, ctx);
        expect(result.text, template).toBe(viaHandlebars(template, ctx));
        if (result.plain) plain++;
      }
    }
    expect(plain).toBeGreaterThan(20);
  });
});
