import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planBuild } from "../../src/build/planBuild.js";
import { selectTargets } from "../../src/build/selectTargets.js";
import { checkAccessibility, isMeaninglessAltText } from "../../src/layout/accessibility.js";
import type { LaidOutSlide, Shape } from "../../src/layout/shapes.js";
import { loadWorkspace } from "../../src/load/loadWorkspace.js";
import { validateWorkspace } from "../../src/validate/validateWorkspace.js";

const box = { x: 1, y: 1, w: 4, h: 1 };
const title = (text: string): Shape => ({
  kind: "text",
  box,
  paragraphs: [{ text }],
  font: "Arial",
  size: 30,
  color: "000000",
  placeholder: "title",
});
const slide = (text: string, ...shapes: Shape[]): LaidOutSlide => ({
  master: "content",
  title: text,
  shapes: [title(text), ...shapes],
  notes: "",
  sourceIndex: 0,
});
const rules = (slides: LaidOutSlide[], logo?: { altText: string }) =>
  checkAccessibility({
    slides,
    logo: logo && { ...logo, data: new Uint8Array(), mime: "image/png", box },
  }).map((f) => f.rule);

describe("accessibility rules", () => {
  it("find an empty title, a slide without a title placeholder and a duplicate title", () => {
    expect(rules([slide("Costs"), slide("Plan")])).toEqual([]);
    expect(rules([slide("")])).toEqual(["empty-title"]);
    expect(rules([{ ...slide("Costs"), shapes: [] }])).toEqual(["empty-title"]);
    expect(rules([slide("Costs"), slide("Plan"), slide("costs")])).toEqual(["duplicate-title"]);
  });

  it("find a logo, picture or chart whose alt text says nothing, and shapes neither described nor decorative", () => {
    expect(rules([slide("A")], { altText: "logo.png" })).toEqual(["logo-alt-text"]);
    expect(rules([slide("A")], { altText: "Corvane logo, three rising bars" })).toEqual([]);
    const picture: Shape = { kind: "image", box, data: new Uint8Array(), mime: "image/png", altText: "image" };
    expect(rules([slide("A", picture)])).toEqual(["picture-alt-text"]);
    const rect: Shape = { kind: "rect", box, fill: "FFFFFF" };
    expect(rules([slide("A", rect)])).toEqual(["shape-alt-text"]);
    expect(rules([slide("A", { ...rect, decorative: true })])).toEqual([]);
    expect(rules([slide("A", { ...rect, altText: "Progress: 3 of 5 steps" })])).toEqual([]);
    for (const text of ["", "  ", "Chart", "picture 2", "IMG_0042.JPG"]) expect(isMeaninglessAltText(text)).toBe(true);
    expect(isMeaninglessAltText("Bar chart, spend by team: Payments highest at $2.1M")).toBe(false);
  });

  it("find a table with an empty column header", () => {
    const table: Shape = {
      kind: "table",
      box,
      columnWidths: [2, 2],
      header: ["Team", " "],
      rows: [["A", "1"]],
      font: "Arial",
      size: 12,
      color: "000000",
      headerFill: "000000",
      headerColor: "FFFFFF",
      rowFill: "FFFFFF",
      stripeFill: "EEEEEE",
      lineColor: "CCCCCC",
      rowHeights: [0.4, 0.4],
      align: ["left", "right"],
      altText: "Table",
    };
    expect(rules([slide("A", table)])).toEqual(["table-header"]);
    expect(rules([slide("A", { ...table, header: ["Team", "Cost"] })])).toEqual([]);
  });

  it("come out of the build as warnings naming the deck file, slide and rule", async () => {
    const loaded = await loadWorkspace(join(import.meta.dirname, "..", "fixtures", "minimal"));
    const deck = loaded.decks[0]!;
    const text = deck.source.text.replace(
      /slides:[\s\S]*$/,
      "slides:\n" + ["a", "b"].map((b) => `  - layout: bullets\n    title: Same\n    bullets: [${b}]\n`).join(""),
    );
    const { parseYamlSource } = await import("../../src/load/sourceFile.js");
    loaded.decks[0] = {
      id: deck.id,
      source: parseYamlSource(deck.source.path, new TextEncoder().encode(text)).source!,
    };
    const result = validateWorkspace(loaded);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
    const targets = selectTargets(result.workspace, { today: "2026-01-01", audiences: ["cfo"] }).targets;
    const warnings = planBuild(result.workspace, targets).context.warnings;
    const duplicate = warnings.filter((w) => w.message.includes("(duplicate-title)"));
    expect(duplicate.map((w) => [w.file, w.path])).toEqual([[deck.source.path, "slides.1"]]);
  });
});

describe("laid-out default layouts", () => {
  it("put the title first, name every shape and flag decorations, on every layout", async () => {
    const loaded = await loadWorkspace(join(import.meta.dirname, "..", "fixtures", "every-layout"));
    const result = validateWorkspace(loaded);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
    const plan = planBuild(result.workspace, selectTargets(result.workspace, { today: "2026-01-01" }).targets);
    const slides = plan.planned.flatMap((p) => p.laidOut!.slides);
    expect(new Set(slides.map((s) => s.layout)).size).toBe(13);
    for (const s of slides) {
      const first = s.shapes[0]!;
      expect(first.kind === "text" && first.placeholder, `${s.layout}: ${s.title}`).toBe("title");
      for (const shape of s.shapes) {
        expect(shape.name, `${s.layout}: a ${shape.kind} has no name`).toBeTruthy();
        if (shape.kind === "rect")
          expect(shape.decorative || Boolean(shape.altText), `${s.layout} ${shape.name}`).toBe(true);
      }
    }
    expect(plan.context.warnings.filter((w) => w.message.startsWith("accessibility"))).toEqual([]);
  });
});
