import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planBuild } from "../../src/build/planBuild.js";
import { selectTargets } from "../../src/build/selectTargets.js";
import { BriefingError } from "../../src/errors.js";
import { loadWorkspace } from "../../src/load/loadWorkspace.js";
import { type LoadedFile, type LoadedWorkspace } from "../../src/model/loadedWorkspace.js";
import { parseYamlSource } from "../../src/source/sourceFile.js";
import { validateWorkspace } from "../../src/validate/validateWorkspace.js";
import { mutate, mutation } from "../support/yamlMutations.js";

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

function withFile(index: number, text: string): LoadedWorkspace {
  const path = join(root, files[index]!);
  const parsed = parseYamlSource(path, new TextEncoder().encode(text));
  const replace = (list: LoadedFile[]) =>
    list
      .filter((f) => f.source.path !== path)
      .concat(
        parsed.source && parsed.errors.length === 0
          ? [{ id: list.find((f) => f.source.path === path)?.id ?? "x", source: parsed.source }]
          : [],
      );
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
  it(`${RUNS} hand-edit mutations of a valid workspace never crash: a deck, or positioned errors`, () => {
    let rejected = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: files.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (index, mutations) => {
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
        },
      ),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    console.log(
      `mutations: ${RUNS} runs, ${rejected} rejected with positioned errors, ${RUNS - rejected} still valid, 0 crashes`,
    );
  });
});
