import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildWorkspace } from "../../src/build/buildWorkspace.js";
import { readPptx, slideText } from "../support/pptx.js";

const repo = join(import.meta.dirname, "..", "..");
const fixture = join(repo, "test", "fixtures", "minimal");

async function workspace() {
  const ws = await mkdtemp(join(tmpdir(), "briefings-brief-"));
  await cp(fixture, ws, { recursive: true });
  await mkdir(join(ws, "decks", "partials"), { recursive: true });
  return ws;
}

/**
 * Money amounts and percentages as the helpers print them: $18.6M, $780,000, 13%, 1.4%. Trailing
 * zero decimals are dropped: a table column sets its figures to one precision ($2.0M beside $4.1M).
 */
const figuresIn = (text: string) =>
  new Set((text.match(/\$[\d.,]*\d[KMB]?|\d+(?:\.\d+)?%/g) ?? []).map((f) => f.replace(/\.0+(?=[KMB%]?$)/, "")));

describe("leave-behind brief and presenter script", () => {
  it("the CFO brief states the same figures as the CFO deck", async () => {
    const out = await mkdtemp(join(tmpdir(), "briefings-brief-out-"));
    const report = await buildWorkspace(repo, { outDir: out, brief: true });
    expect(report.ok).toBe(true);
    const brief = await readFile(join(out, "adoption-briefing", "cfo.brief.md"), "utf8");
    const deckText = async (audience: string) =>
      (await readPptx(join(out, "adoption-briefing", `${audience}.pptx`))).slides.map(slideText).join("\n");

    // Every figure in the brief's numbers and ask is on a slide of the briefings for this organization
    // (each executive's deck shows the figures of its storyline) …
    const numbers = brief.slice(brief.indexOf("in numbers"), brief.indexOf("## Next steps"));
    const briefFigures = figuresIn(numbers);
    expect(briefFigures.size).toBeGreaterThanOrEqual(10);
    const allDecks = figuresIn((await Promise.all(["ceo", "cfo", "cto"].map(deckText))).join("\n"));
    for (const figure of briefFigures) expect(allDecks, `brief figure ${figure}`).toContain(figure);
    // … and every figure of the CFO's summary slide is in the brief.
    const summary = (await readPptx(join(out, "adoption-briefing", "cfo.pptx"))).slides.map(slideText)[1]!;
    const inBrief = figuresIn(brief);
    for (const figure of figuresIn(summary)) expect(inBrief, `deck figure ${figure}`).toContain(figure);
    expect(brief).toContain("## Your goals, as we understand them");
    expect(brief).toContain("## What FinOps changes for you");
    expect(brief).toContain("## What we ask of you");
    expect(brief).toContain("## The practice");
    expect(brief).toContain("## Next steps");
  });

  it("writes a presenter script numbered like the built deck, with each slide's notes", async () => {
    const ws = await workspace();
    const report = await buildWorkspace(ws, { brief: true, audiences: ["cfo"] });
    const built = report.built[0]!;
    const script = await readFile(join(ws, "out", "brief", "cfo.notes.md"), "utf8");
    const { notes, slides } = await readPptx(built.file);
    expect(script.match(/^## \d+\. /gm)).toHaveLength(built.slides);
    expect(slides).toHaveLength(built.slides);
    const lastNotes = slideText(notes[notes.length - 1] ?? "");
    const scriptSections = script.split(/^## /m).slice(1);
    expect(scriptSections[0]).toMatch(/^1\. /);
    if (lastNotes.trim()) expect(script).toContain(lastNotes.split("\n")[0]!.trim());
    expect(built.companions).toEqual([
      join(ws, "out", "brief", "cfo.brief.md"),
      join(ws, "out", "brief", "cfo.notes.md"),
    ]);
  });

  it("is part of incremental builds: unchanged with the deck, rebuilt when toggled or deleted, removed without --brief", async () => {
    const ws = await workspace();
    const dir = join(ws, "out", "brief");
    expect((await buildWorkspace(ws, { brief: true })).built).toHaveLength(2);
    const again = await buildWorkspace(ws, { brief: true });
    expect(again.built).toHaveLength(0);
    expect(again.unchanged.map((u) => u.companions?.length)).toEqual([2, 2]);

    const plain = await buildWorkspace(ws);
    expect(plain.built).toHaveLength(2);
    expect((await readdir(dir)).sort()).toEqual(["cfo.pptx", "cto.pptx"]);
    expect((await buildWorkspace(ws, { brief: true })).built).toHaveLength(2);
    expect((await readdir(dir)).filter((f) => f.endsWith(".md"))).toHaveLength(4);

    await rm(join(dir, "cto.brief.md"));
    const repaired = await buildWorkspace(ws, { brief: true });
    expect(repaired.built.map((b) => b.audience)).toEqual(["cto"]);
    expect((await readdir(dir)).filter((f) => f.endsWith(".md"))).toHaveLength(4);
  });

  it("says under budget when spend is under it, and leaves out what the organization did not give", async () => {
    const ws = await workspace();
    const org = join(ws, "decks", "org.yaml");
    await writeFile(org, (await readFile(org, "utf8")).replace("cloudSpend:\n", "cloudSpend:\n  budget: 1500000\n"));
    expect((await buildWorkspace(ws, { brief: true, audiences: ["cfo"] })).ok).toBe(true);
    expect(await readFile(join(ws, "out", "brief", "cfo.brief.md"), "utf8")).toContain(
      // 300K spent by March, nine more months at March's 110K: 1.29M, 14% under the 1.5M budget.
      "| Against this fiscal year's budget | 14% under: $1.3M forecast at today's run rate against a budget of $1.5M |",
    );
    const noBudget = await workspace();
    await buildWorkspace(noBudget, { brief: true, audiences: ["cfo"] });
    expect(await readFile(join(noBudget, "out", "brief", "cfo.brief.md"), "utf8")).not.toContain(
      "Against this fiscal year's budget",
    );
  });

  it("uses decks/partials/brief.hbs when the workspace has one, with the slides' helpers and data", async () => {
    const ws = await workspace();
    await writeFile(
      join(ws, "decks", "partials", "brief.hbs"),
      "# For {{audience.name}}\n\nSpend: {{currency figures.spend.annual compact=true}}; {{count slides}} slides.\n",
    );
    const report = await buildWorkspace(ws, { brief: true, audiences: ["cto"] });
    expect(report.ok).toBe(true);
    expect(await readFile(join(ws, "out", "brief", "cto.brief.md"), "utf8")).toMatch(
      /^# For CTO \/ CIO\n\nSpend: \$[\d.]+[MK]; \d+ slides\.\n$/,
    );
  });

  it("a broken brief template fails its audience with a positioned error, and writes nothing for it", async () => {
    const ws = await workspace();
    await writeFile(join(ws, "decks", "partials", "brief.hbs"), "# {{persona.nope}}\n");
    const report = await buildWorkspace(ws, { brief: true });
    expect(report.ok).toBe(false);
    expect(report.failed[0]!.errors[0]!.message).toContain('unknown variable "persona.nope"');
    expect(report.failed[0]!.errors[0]!.file).toBe(join(ws, "decks", "partials", "brief.hbs"));
    expect(await readdir(join(ws, "out")).catch(() => [])).not.toContain("brief");
  });
});
