import { readFile } from "node:fs/promises";
import { join } from "node:path";
import Handlebars from "handlebars";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { createFormatter } from "../../src/render/format.js";
import { createHelpers } from "../../src/render/helpers.js";
import { plainTemplate } from "../../src/render/plainTemplate.js";
import { selectTargets } from "../../src/build/selectTargets.js";
import { loadWorkspace } from "../../src/load/loadWorkspace.js";
import { validateWorkspace } from "../../src/validate/validateWorkspace.js";

const repo = join(import.meta.dirname, "..", "..");
const hbs = Handlebars.create();
hbs.registerHelper(createHelpers(createFormatter("en-US", "USD")));

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
  const fn = plainTemplate(ast, hbs.helpers, full);
  if (!fn) return { text: viaHandlebars(template, context), plain: false };
  try {
    return { text: fn(context), plain: !fellBack };
  } catch (error) {
    return { text: `error: ${(error as Error).message}`, plain: false };
  }
}

const context = {
  count: 7,
  persona: { name: "Chief Financial Officer", goals: ["a", "b"], count: 3, zero: 0, no: false, nothing: null, text: "Ana", "two words": "yes" },
  audience: { name: "Dana", nested: { deep: { value: -0 } }, fn: () => "called", inherited: Object.create({ secret: "x" }) },
  list: ["first", "second"],
};

describe("plainTemplate", () => {
  it("fills in text, paths and helper calls exactly as Handlebars does, and leaves everything else to it", () => {
    // [template, filled in here (true) or by Handlebars (false)]
    const cases: [string, boolean][] = [
      ["Dear {{audience.name}}, as {{persona.name}}", true],
      ["{{{persona.name}}} and {{ persona.count }} and {{persona.zero}} {{persona.no}} [{{persona.nothing}}]", true],
      ["{{audience.nested.deep.value}} {{list.[0]}} {{persona.[two words]}}", true],
      ["  {{~persona.name~}}  !", true],
      ["a {{! a comment }} b {{!-- another --}} c", true],
      ["\\{{persona.name}} is literal", true],
      ["{{currency persona.count}} {{currency 1234567 compact=true digits=1}} {{percent 0.27}} {{eq persona.count 3}} {{list persona.goals}}", true],
      ["{{number persona.count digits=persona.count}}", true],
      ["{{currency persona.missing}}", false], // undefined into a helper: Handlebars, and its error
      ["{{currency persona.name}}", false], // the helper's own error, raised through Handlebars
      ["{{count}} {{persona.count}}", false], // a helper's name alone: Handlebars decides
      ["{{text}}", false],
      ["{{lookup persona 'name'}} {{log 'x'}}", false], // Handlebars' own helpers
      ["{{persona.goals}}", false], // an array: Handlebars joins it
      ["{{audience.fn}}", false], // a function: Handlebars calls it
      ["{{audience.inherited.secret}}", false], // inherited: Handlebars refuses it
      ["{{persona.missing}}", false], // strict: an error
      ["{{persona.text.length}}", false], // strict check on text: an error
      ["{{missing.name}}", false],
      ["{{persona.nothing.name}}", false],
      ["{{this.persona.name}} {{./persona.name}} {{@root.persona.name}}", false],
      ["{{currency (add 1 2)}}", false],
      ["{{#if persona.no}}yes{{else}}no{{/if}}", false],
      ["{{persona.constructor}} {{persona.__proto__}}", false],
      ["{{unclosed", false],
    ];
    for (const [template, plain] of cases) {
      const result = viaPlain(template, context);
      expect(result.text, template).toBe(viaHandlebars(template, context));
      expect(result.plain, template).toBe(plain);
    }
  });

  it("agrees with Handlebars on every template of the default deck, for every audience", async () => {
    const templates: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === "string" && value.includes("{{")) templates.push(value);
      else if (value !== null && typeof value === "object") Object.values(value).forEach(collect);
    };
    for (const file of ["decks/adoption-briefing.yaml", "decks/organization.yaml"]) collect(load(await readFile(join(repo, file), "utf8")));
    const validation = validateWorkspace(await loadWorkspace(repo));
    if (!validation.ok) throw new Error(validation.errors.map((e) => e.message).join("\n"));
    const { targets } = selectTargets(validation.workspace, { today: "2026-06-01" });
    let plain = 0;
    for (const target of targets) {
      for (const template of templates) {
        const result = viaPlain(template, target.context);
        expect(result.text, template).toBe(viaHandlebars(template, target.context));
        if (result.plain) plain++;
        else if (process.env.DEBUG_PLAIN) console.log(target.audience.id, template.slice(0, 90));
      }
    }
    expect(plain).toBeGreaterThan(targets.length * 30);
  });
});
