import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planBuild } from "../../src/build/planBuild.js";
import { selectTargets } from "../../src/build/selectTargets.js";
import { BriefingError } from "../../src/errors.js";
import { loadWorkspace, type LoadedFile, type LoadedWorkspace } from "../../src/load/loadWorkspace.js";
import { parseYamlSource } from "../../src/load/sourceFile.js";
import { validateWorkspace } from "../../src/validate/validateWorkspace.js";

/**
 * Property: hand-edit damage never crashes the tool. Each run takes one file of the minimal
 * workspace and mutates its lines (deleted, duplicated, re-indented, cut short, spliced with
 * hostile text); loading and validating must then either succeed (and render without throwing)
 * or return positioned BriefingErrors — never throw.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const root = join(import.meta.dirname, "..", "fixtures", "minimal");
const base = await loadWorkspace(root);
const files = ["personas/cfo.yaml", "decks/brief.yaml", "decks/org.yaml", "themes/default.yaml"];
const texts = await Promise.all(files.map((f) => readFile(join(root, f), "utf8")));

const junk = fc.constantFrom("\t", ":", ": ", "- ", "[", "]", "{", "}", "'", '"', "&a", "*a", "!!str", "---", "#", "|", ">", "{{", "}}", "\u0000", "\uD800", "\uFEFF", "é", "😀", "__proto__: 1", "  ");
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("indent" as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat(), keep: fc.nat() }),
  fc.record({ kind: fc.constant("splice" as const), at: fc.nat(), column: fc.nat(), text: junk }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** Apply line edits of the kinds people make by hand (and by bad paste). */
function mutate(text: string, mutations: Mutation[]): string {
  const lines = text.split("\n");
  for (const m of mutations) {
    const i = m.at % lines.length;
    const line = lines[i]!;
    if (m.kind === "delete") lines.splice(i, 1);
    else if (m.kind === "duplicate") lines.splice(i, 0, line);
    else if (m.kind === "indent") lines[i] = m.by >= 0 ? " ".repeat(m.by) + line : line.slice(Math.min(-m.by, line.length - line.trimStart().length));
    else if (m.kind === "cut") lines[i] = line.slice(0, m.keep % (line.length + 1));
    else {
      const c = m.column % (line.length + 1);
      lines[i] = line.slice(0, c) + m.text + line.slice(c);
    }
    if (lines.length === 0) lines.push("");
  }
  return lines.join("\n");
}

function withFile(index: number, text: string): LoadedWorkspace {
  const path = join(root, files[index]!);
  const parsed = parseYamlSource(path, new TextEncoder().encode(text));
  const replace = (list: LoadedFile[]) => list.filter((f) => f.source.path !== path).concat(parsed.source && parsed.errors.length === 0 ? [{ id: list.find((f) => f.source.path === path)?.id ?? "x", source: parsed.source }] : []);
  const organizations = new Map(base.organizations);
  if (files[index] === "decks/org.yaml") {
    if (parsed.source && parsed.errors.length === 0) organizations.set(path, { id: "org", source: parsed.source });
    else organizations.delete(path);
  }
  return {
    ...base,
    personas: files[index]!.startsWith("personas/") ? replace(base.personas) : base.personas,
    themes: files[index]!.startsWith("themes/") ? replace(base.themes) : base.themes,
    decks: files[index] === "decks/brief.yaml" ? replace(base.decks) : base.decks,
    organizations,
    errors: parsed.errors,
    unparsed: new Set(parsed.errors.length > 0 ? [files[index]!.replace(/\.yaml$/, "")] : []),
  };
}

describe("mutated input (fast-check)", () => {
  it(`${RUNS} hand-edit mutations of a valid workspace never crash: a deck, or positioned errors`, async () => {
    let rejected = 0;
    fc.assert(
      fc.property(fc.nat({ max: files.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, mutations) => {
        const validation = validateWorkspace(withFile(index, mutate(texts[index]!, mutations)));
        if (!validation.ok) {
          rejected++;
          for (const e of validation.errors) {
            expect(e).toBeInstanceOf(BriefingError);
            expect(e.file).toBeTruthy();
            expect(e.line).toBeGreaterThan(0);
            expect(e.column).toBeGreaterThan(0);
            expect(e.hint, e.message).toBeTruthy();
          }
          return;
        }
        const { targets } = selectTargets(validation.workspace, { today: "2026-06-01" });
        const plan = planBuild(validation.workspace, targets);
        for (const e of [...plan.errors, ...plan.planned.flatMap((p) => p.errors)]) {
          expect(e).toBeInstanceOf(BriefingError);
          expect(e.line).toBeGreaterThan(0);
          expect(e.hint, e.message).toBeTruthy();
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    console.log(`mutations: ${RUNS} runs, ${rejected} rejected with positioned errors, ${RUNS - rejected} still valid, 0 crashes`);
  });
});
