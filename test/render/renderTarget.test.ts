import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planBuild } from "../../src/build/planBuild.js";
import { selectTargets } from "../../src/build/selectTargets.js";
import { loadWorkspace } from "../../src/load/loadWorkspace.js";
import { validateWorkspace } from "../../src/validate/validateWorkspace.js";
import { type Workspace } from "../../src/model/workspace.js";
import { parseYamlSource } from "../../src/source/sourceFile.js";
import { DeckSchema } from "../../src/schema/deck.js";

const minimal = join(import.meta.dirname, "..", "fixtures", "minimal");

async function workspaceWithSlides(slidesYaml: string): Promise<Workspace> {
  const loaded = await loadWorkspace(minimal);
  const deck = loaded.decks[0]!;
  const text = deck.source.doc.toString().replace(/slides:[\s\S]*$/, `slides:\n${slidesYaml}`);
  const parsed = parseYamlSource(deck.source.path, new TextEncoder().encode(text));
  expect(parsed.errors).toEqual([]);
  loaded.decks[0] = { id: deck.id, source: parsed.source! };
  const result = validateWorkspace(loaded);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.workspace;
}

describe("rendering", () => {
  it("fills templates per audience, filters slides by audience and condition, and binds lists", async () => {
    const ws = await workspaceWithSlides(`
  - layout: bullets
    title: "For the {{persona.name}}"
    bullets: { from: persona.frustrations }
    notes: "Say: {{currency figures.waste.annual compact=true}}"
  - layout: bullets
    title: Only CTO
    audiences: [cto]
    bullets: [a]
  - layout: bullets
    title: Only when waste is high
    when: "{{gt organization.estimatedWaste 0.5}}"
    bullets: [b]
`);
    const plan = planBuild(ws, selectTargets(ws, { today: "2026-01-01" }).targets);
    const cfo = plan.planned.find((p) => p.audience === "cfo")!;
    const cto = plan.planned.find((p) => p.audience === "cto")!;
    expect(cfo.errors).toEqual([]);
    expect(cfo.laidOut!.slides.map((s) => s.title)).toEqual(["For the CFO"]);
    expect(cto.laidOut!.slides.map((s) => s.title)).toEqual(["For the CTO / CIO", "Only CTO"]);
    expect(cfo.laidOut!.slides[0]!.notes).toBe("Say: $240K");
    const body = cfo.laidOut!.slides[0]!.shapes.find((s) => s.kind === "text" && s.placeholder !== "title");
    expect(body?.kind === "text" && body.paragraphs.map((p) => p.text)).toEqual([
      "Unpredictable cloud spend",
      "Unclear return on cloud investment",
    ]);
  });

  it("names deck, slide, field and position for an unknown variable", async () => {
    const ws = await workspaceWithSlides(`
  - layout: bullets
    title: "Hello {{persona.nmae}}"
    bullets: [x]
`);
    const plan = planBuild(ws, selectTargets(ws, { today: "2026-01-01", audiences: ["cfo"] }).targets);
    const [error] = plan.planned[0]!.errors;
    const text = ws.decks.get("brief")!.source.doc.toString();
    const line = text.split("\n").findIndex((l) => l.includes("persona.nmae")) + 1;
    expect(error).toMatchObject({ line, column: 12, path: "slides.0.title" });
    expect(error!.message).toMatch(/unknown variable "persona.nmae" in deck "brief", slide 1, field title/);
  });

  it("reports a chart whose series and categories disagree", async () => {
    const ws = await workspaceWithSlides(`
  - layout: chart
    title: Spend
    chart:
      kind: bar
      categories: [a, b, c]
      series: [{ name: s, values: [1, 2] }]
`);
    const [error] = planBuild(ws, selectTargets(ws, { today: "2026-01-01", audiences: ["cfo"] }).targets).planned[0]!
      .errors;
    expect(error!.message).toMatch(/series "s" has 2 values but the chart has 3 categories/);
    expect(error!.path).toBe("slides.0.chart.series.0.values");
  });

  it("rejects a binding to data that does not exist, suggesting the right name", async () => {
    const ws = await workspaceWithSlides(`
  - layout: bullets
    title: T
    bullets: { from: persona.frustration }
`);
    const [error] = planBuild(ws, selectTargets(ws, { today: "2026-01-01", audiences: ["cfo"] }).targets).planned[0]!
      .errors;
    expect(error?.message).toContain('unknown data "persona.frustration"');
    expect(error?.hint).toBe('did you mean "frustrations"?');
  });
});

describe("deck schema", () => {
  it("suggests the closest layout for a typo", async () => {
    const { parseWithSchema } = await import("../../src/validate/schemaIssues.js");
    const parsed = parseYamlSource(
      "/d.yaml",
      new TextEncoder().encode(
        "title: t\ntheme: default\naudiences: [{id: a, persona: cfo}]\nslides:\n  - layout: bulets\n    title: x\n",
      ),
    );
    const { errors } = parseWithSchema(DeckSchema, parsed.source!);
    expect(errors[0]).toMatchObject({
      message: 'unknown layout "bulets"',
      line: 5,
      column: 13,
      hint: 'did you mean "bullets"?',
    });
  });
});
