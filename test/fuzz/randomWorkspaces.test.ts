import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { planBuild } from "../../src/build/planBuild.js";
import { selectTargets } from "../../src/build/selectTargets.js";
import { loadWorkspace, type LoadedFile, type LoadedWorkspace } from "../../src/load/loadWorkspace.js";
import { parseYamlSource } from "../../src/load/sourceFile.js";
import { renderPptx } from "../../src/pptx/writePptx.js";
import { MATURITY_STAGES } from "../../src/schema/organization.js";
import { PERSONA_GROUPS } from "../../src/schema/persona.js";
import { validateWorkspace } from "../../src/validate/validateWorkspace.js";
import { convertToPdf, pageCount } from "../support/libreoffice.js";
import { strictProblems, xmlProblems } from "../support/xmlCheck.js";

/**
 * Property: any persona and organization content the schemas accept, hostile text included,
 * gives decks that open. Each run writes random persona and organization YAML, loads it with the
 * real parser next to the every-layout fixture's deck, theme and partial (every layout and chart
 * kind), renders the deck to .pptx bytes in memory, and checks every XML part with a strict
 * parser (one of the deck's two audiences per run). A sample also passes the ECMA-376 schema and
 * package checks and opens in LibreOffice. FUZZ_RUNS and FUZZ_SEED override the run count and seed (fast-check prints the seed of a failure).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const fixture = join(import.meta.dirname, "..", "fixtures", "every-layout");

// Pieces users paste: XML specials, controls, lone surrogates, invisible and bidi marks, emoji, template-like braces.
const hostile = fc.constantFrom(
  "&",
  "<",
  ">",
  '"',
  "'",
  "&amp;",
  "<a:t>",
  "]]>",
  "\u0000",
  "\u0001",
  "\u0007",
  "\u000B",
  "\u000C",
  "\u001F",
  "\u007F",
  "\u0085",
  "\uD800",
  "\uDFFF",
  "\uFFFE",
  "\uFFFF",
  "\u200B",
  "\u200D",
  "\u200E",
  "\u200F",
  "\u202E",
  "\u2066",
  "\uFEFF",
  "😀",
  "👩‍💻",
  "🇺🇳",
  "e\u0301",
  "مرحبا",
  "日本語",
  "{{",
  "}}",
  "\t",
  "\r\n",
  "%",
  "$",
  "\\",
);
const word = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,12}$/) },
  { weight: 3, arbitrary: hostile },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z]{40,160}$/) }, // one very long word
);
/** Text the schema accepts: it starts with a letter, so it is not empty once cleaned and trimmed. */
const text = fc
  .tuple(fc.stringMatching(/^[A-Z][a-z]{0,8}$/), fc.array(word, { maxLength: 10 }))
  .map(([first, rest]) => [first, ...rest].join(" "));
const texts = (min: number, max: number) => fc.array(text, { minLength: min, maxLength: max });
// Amounts of money: whole and fractional. Not vanishingly small ones: 1e9 / 1e-300 overflows to
// Infinity, which the helpers report as an error (the right answer, but not a deck).
const amount = fc.oneof(fc.integer({ min: 0, max: 5_000_000_000 }), fc.double({ min: 0.01, max: 1e9, noNaN: true }));
const share = fc.double({ min: 0, max: 1, noNaN: true });
const source = fc.record(
  {
    title: text,
    publisher: text,
    url: fc.constantFrom("https://www.finops.org/framework/personas/", "https://example.com/a?b=1&c=<2>"),
    license: text,
    notes: text,
  },
  { requiredKeys: ["title", "publisher"] },
);

const persona = fc.record(
  {
    name: text,
    group: fc.constantFrom(...PERSONA_GROUPS),
    titles: texts(0, 3),
    summary: text,
    primaryGoal: text,
    objectives: texts(0, 8),
    frustrations: texts(0, 8),
    keyMetrics: texts(0, 5),
    finopsBenefits: texts(0, 8),
    responsibilities: texts(0, 4),
    keyMessages: texts(0, 4),
    source,
  },
  { requiredKeys: ["name", "group", "primaryGoal", "source"] },
);

// The every-layout deck needs some shapes of data: two providers (its pie has two values), unit
// costs (at least one, with targets: the deck charts them), savings on early wins, a full roadmap and a presenter with an email.
const organization = fc.record({
  name: text,
  industry: text,
  locale: fc.constantFrom("en-US", "en-GB", "de-DE", "fr-FR", "ja-JP", "ar-EG", "hi-IN"),
  currency: fc.constantFrom("USD", "EUR", "GBP", "JPY", "INR"),
  cloudProviders: texts(2, 2),
  cloudSpend: fc.record({
    budget: fc.integer({ min: 1, max: 5_000_000_000 }), // the deck shows spend against budget
    monthly: fc.array(amount, { minLength: 2, maxLength: 24 }).map((amounts) =>
      amounts.map((a, i) => ({
        month: `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
        amount: a,
      })),
    ),
  }),
  revenue: amount,
  revenueGrowth: fc.double({ min: -1, max: 5, noNaN: true }),
  unallocatedShare: share,
  estimatedWaste: share,
  maturity: fc.constantFrom(...MATURITY_STAGES),
  unitEconomics: fc.array(fc.record({ name: text, value: amount, target: amount }), { minLength: 1, maxLength: 4 }),
  ask: fc.record({
    sponsor: fc.constantFrom("cfo", "cto"),
    team: fc.array(
      fc.record(
        { role: text, count: fc.integer({ min: 1, max: 50 }), cost: amount, note: text },
        { requiredKeys: ["role", "count", "cost"] },
      ),
      { minLength: 1, maxLength: 5 },
    ),
    timeline: text,
  }),
  painPoints: texts(0, 5),
  earlyWins: fc.array(fc.record({ title: text, saving: amount, detail: text }, { requiredKeys: ["title", "saving"] }), {
    maxLength: 6,
  }),
  roadmap: fc.tuple(texts(1, 4), texts(1, 4), texts(1, 4)).map(([g1, g2, g3]) => [
    { stage: "crawl", from: "2026-01", to: "2026-03", goals: g1 },
    { stage: "walk", from: "2026-04", to: "2026-09", goals: g2 },
    { stage: "run", from: "2026-10", goals: g3 },
  ]),
  presenter: fc.record({ name: text, title: text, email: fc.constant("driver@example.com") }),
});

// One audience per run (the plain persona, or the named executive with overrides) keeps 200 runs quick.
const workspaceInput = fc.record({
  cfo: persona,
  cto: persona,
  organization,
  audience: fc.constantFrom("cfo", "cto-named"),
});
type WorkspaceInput = typeof workspaceInput extends fc.Arbitrary<infer T> ? T : never;

const base = await loadWorkspace(fixture);

function yamlFile(path: string, data: unknown): LoadedFile {
  const { source, errors } = parseYamlSource(path, new TextEncoder().encode(stringify(data, { lineWidth: 0 })));
  if (!source || errors.length > 0)
    throw new Error(`generated YAML does not parse: ${errors.map((e) => e.message).join("; ")}`);
  return { id: basename(path, ".yaml"), source };
}

function loaded(input: WorkspaceInput): LoadedWorkspace {
  const orgPath = join(base.root, "decks", "org.yaml");
  return {
    ...base,
    personas: [
      yamlFile(join(base.root, "personas", "cfo.yaml"), input.cfo),
      yamlFile(join(base.root, "personas", "cto.yaml"), input.cto),
    ],
    organizations: new Map([[orgPath, yamlFile(orgPath, input.organization)]]),
    errors: [],
  };
}

/** Every deck of a random workspace as bytes; throws with the messages if any stage refuses it. */
async function buildInMemory(input: WorkspaceInput): Promise<{ bytes: Uint8Array; slides: number }[]> {
  const validation = validateWorkspace(loaded(input));
  if (!validation.ok)
    throw new Error(`valid input rejected: ${validation.errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`);
  const { targets, errors } = selectTargets(validation.workspace, { today: "2026-06-01", audiences: [input.audience] });
  expect(errors).toEqual([]);
  const plan = planBuild(validation.workspace, targets);
  const problems = [...plan.errors, ...plan.planned.flatMap((p) => p.errors)];
  if (problems.length > 0) throw new Error(`render failed: ${problems.map((e) => e.message).join("; ")}`);
  return Promise.all(
    plan.planned.map(async (p) => ({ bytes: await renderPptx(p.laidOut!), slides: p.laidOut!.slides.length })),
  );
}

describe("random workspaces (fast-check)", () => {
  it(`${RUNS} random workspaces within the schemas all give well-formed decks`, async () => {
    const started = performance.now();
    let decks = 0;
    const timing = { build: 0, check: 0 };
    await fc.assert(
      fc.asyncProperty(workspaceInput, async (input) => {
        const t0 = performance.now();
        const built = await buildInMemory(input);
        const t1 = performance.now();
        timing.build += t1 - t0;
        for (const deck of built) {
          decks++;
          const problems = xmlProblems(deck.bytes);
          timing.check += performance.now() - t1;
          if (problems.length > 0) throw new Error(`invalid deck: ${problems.slice(0, 5).join("; ")}`);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    const seconds = (performance.now() - started) / 1000;
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `fuzz: ${RUNS} workspaces, ${decks} decks, 0 invalid in ${seconds.toFixed(1)} s (building ${s(timing.build)}, checking XML ${s(timing.check)})`,
    );
    expect(decks).toBe(RUNS);
  });

  it("a sample of random decks opens in LibreOffice with every slide", async () => {
    const dir = await mkdtemp(join(tmpdir(), "briefings-fuzz-"));
    const files: { file: string; slides: number }[] = [];
    for (const [i, input] of fc.sample(workspaceInput, { numRuns: 2, seed: 20261124 }).entries()) {
      for (const [j, deck] of (await buildInMemory(input)).entries()) {
        const file = join(dir, `sample-${i}-${j}.pptx`);
        await writeFile(file, deck.bytes);
        files.push({ file, slides: deck.slides });
      }
    }
    expect(await strictProblems(files.map((f) => f.file))).toEqual({ xsd: "", opc: "" });
    const pdfs = await convertToPdf(
      files.map((f) => f.file),
      dir,
    ); // one LibreOffice run for all
    for (const { file, slides } of files) {
      expect(pdfs.get(file), `LibreOffice could not open ${basename(file)}`).toBeDefined();
      expect(await pageCount(pdfs.get(file)!)).toBe(slides);
    }
  });
});
