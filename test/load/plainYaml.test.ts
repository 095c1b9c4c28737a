import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { readPlainYaml } from "../../src/load/plainYaml.js";
import { mutate, mutation } from "../support/yamlMutations.js";

const repo = join(import.meta.dirname, "..", "..");
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** The data `yaml` reads (as the positioned path does), or undefined if it reports a problem. */
function readWithYaml(text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  return doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 1000 });
}

/** The fast reader may decline any text; what it accepts, `yaml` must accept and read to the same data. */
function expectSameAsYaml(text: string): boolean {
  const plain = readPlainYaml(text);
  if (plain) expect(plain.value, text).toEqual(readWithYaml(text));
  return plain !== undefined;
}

async function yamlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".yaml")).map((e) => join(e.parentPath, e.name));
}

describe("readPlainYaml", () => {
  it("reads every default input file, to the same data as yaml", async () => {
    const files = (await Promise.all(["personas", "decks", "themes"].map((f) => yamlFiles(join(repo, f))))).flat();
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) expect(expectSameAsYaml(await readFile(file, "utf8")), relative(repo, file)).toBe(true);
  });

  it("agrees with yaml on every fixture it accepts, the bad-input corpus included", async () => {
    let accepted = 0;
    const files = await yamlFiles(join(repo, "test", "fixtures"));
    for (const file of files) if (expectSameAsYaml(await readFile(file, "utf8"))) accepted++;
    expect(accepted).toBeGreaterThan(files.length / 2);
  });

  it("resolves plain scalars as YAML 1.2's core schema does (yaml's reading)", () => {
    const cases = ["1", "-0", "+12", "007", "0o17", "0o8", "0x1F", "0X1F", "1_000", "1.", ".5", "-.5", "1e3", "1E-2", "1.5e+3", ".e3", "+.inf", "-.Inf", ".NaN", ".nan", "NaN", "true", "True", "TRUE", "tRUE", "yes", "on", "~", "null", "Null", "nULL", "", "12:30", "2026-03", "0.27", "1,000", "$5", "5%"];
    for (const scalar of cases) expectSameAsYaml(`a: ${scalar}\nb: [${scalar}]\n`);
    fc.assert(
      fc.property(fc.array(fc.constantFrom("0", "1", "9", "-", "+", ".", "e", "E", "x", "o", "_", "a", "f", "inf", "nan", "Inf", "true", "null", "~"), { minLength: 1, maxLength: 7 }), (parts) => {
        expectSameAsYaml(`value: ${parts.join("")}\n`);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("declines what it would read differently: anchors, tags, null and collection keys, several documents", () => {
    for (const text of ["a: &x 1\nb: *x\n", "a: !!int '3'\n", "null: 1\n", "~: 1\n", ": 1\n", "[a]: 1\n", "{a: 1}: 2\n", "? a\n: b\n", "a: 1\n---\nb: 2\n", "", "# only a comment\n", "~\n", "a: [[b]: 1]\n", "a: \"two\n  lines\"\n", "a: 'it''s\n  two'\n", "- a\n-\n- b\n", "a: \"x\"# note\n", "a:\tb\n", "a: b\n\uFEFFc: d\n", "a: \u0000\n", "a: \uD800\n"]) {
      expect(readPlainYaml(text), JSON.stringify(text)).toBeUndefined();
    }
    // Templates and everyday punctuation stay on the fast path.
    expect(readPlainYaml("a: 'Dear {{persona.name}}: hello'\nb: R&D, 5*3 and Hello!\nc: don't, \"won't\" # a note\nd: ['it''s', \"say \\\"hi\\\"\"]\n")?.value).toEqual({
      a: "Dear {{persona.name}}: hello",
      b: "R&D, 5*3 and Hello!",
      c: 'don\'t, "won\'t"',
      d: ["it's", 'say "hi"'],
    });
  });

  it(`agrees with yaml on ${RUNS} hand-edit mutations of the default deck, organization and a persona`, async () => {
    const texts = await Promise.all(["decks/adoption-briefing.yaml", "decks/organization.yaml", "personas/cfo.yaml"].map((f) => readFile(join(repo, f), "utf8")));
    let accepted = 0;
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, mutations) => {
        if (expectSameAsYaml(mutate(texts[index]!, mutations))) accepted++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(accepted).toBeGreaterThan(RUNS / 4);
  });
});
