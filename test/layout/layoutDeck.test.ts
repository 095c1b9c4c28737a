import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planBuild } from "../../src/build/planBuild.js";
import { selectTargets } from "../../src/build/selectTargets.js";
import { measureParagraphs } from "../../src/layout/fitText.js";
import { wrapText } from "../../src/layout/measureText.js";
import type { LaidOutDeck } from "../../src/layout/layoutDeck.js";
import { continuedTitle } from "../../src/layout/frame.js";
import { loadWorkspace } from "../../src/load/loadWorkspace.js";
import { parseYamlSource } from "../../src/source/sourceFile.js";
import { mix } from "../../src/color/contrast.js";
import { validateWorkspace } from "../../src/validate/validateWorkspace.js";

const minimal = join(import.meta.dirname, "..", "fixtures", "minimal");

async function layOut(
  slidesYaml: string,
  themeYaml?: (text: string) => string,
): Promise<{ deck: LaidOutDeck; warnings: string[] }> {
  const loaded = await loadWorkspace(minimal);
  const deck = loaded.decks[0]!;
  const text = deck.source.doc.toString().replace(/slides:[\s\S]*$/, `slides:\n${slidesYaml}`);
  loaded.decks[0] = { id: deck.id, source: parseYamlSource(deck.source.path, new TextEncoder().encode(text)).source! };
  if (themeYaml) {
    const theme = loaded.themes[0]!;
    const edited = new TextEncoder().encode(themeYaml(theme.source.doc.toString()));
    loaded.themes[0] = { id: theme.id, source: parseYamlSource(theme.source.path, edited).source! };
  }
  const result = validateWorkspace(loaded);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  const plan = planBuild(
    result.workspace,
    selectTargets(result.workspace, { today: "2026-01-01", audiences: ["cfo"] }).targets,
  );
  const entry = plan.planned[0]!;
  if (!entry.laidOut) throw new Error(entry.errors.map((e) => e.message).join("\n"));
  return { deck: entry.laidOut, warnings: plan.context.warnings.map((w) => w.message) };
}

/** Every shape inside the slide, and every text shape's text fits its box at its size. */
function expectTidy(deck: LaidOutDeck) {
  for (const slide of deck.slides) {
    for (const shape of slide.shapes) {
      const { x, y, w, h } = shape.box;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x + w).toBeLessThanOrEqual(deck.width + 1e-6);
      expect(y + h).toBeLessThanOrEqual(deck.height + 1e-6);
      if (shape.kind === "text") {
        const inset = (2 * (shape.inset ?? 0)) / 72;
        expect(measureParagraphs(shape.paragraphs, w - inset, shape.size, shape.font, shape.bold)).toBeLessThanOrEqual(
          h - inset + 1e-6,
        );
      }
    }
  }
}

const words = (n: number, seed = "cloud") =>
  Array.from({ length: n }, (_, i) => `${seed}${i % 7 === 0 ? "-intensive" : ""}`).join(" ");

describe("layoutDeck", () => {
  it("sizes a table so no word is broken across lines when a smaller size avoids it", async () => {
    const columns = [
      "Activity",
      "Accountability",
      "Responsibilities",
      "Engineering",
      "Consultation",
      "Leadership",
      "Procurement",
      "Sustainability",
    ];
    const { deck } = await layOut(
      [
        "  - layout: table",
        "    title: Narrow columns",
        `    columns: [${columns.join(", ")}]`,
        "    rows:",
        `      - [${columns.map(() => "Accountable").join(", ")}]`,
        "",
      ].join("\n"),
    );
    const table = deck.slides[0]!.shapes.find((s) => s.kind === "table")!;
    table.header.forEach((word, c) => {
      expect(wrapText(word, table.columnWidths[c]! - 12 / 72 - 0.04, table.size, table.font, true), word).toHaveLength(
        1,
      );
    });
  });

  it("continues a long list on follow-on slides instead of overflowing", async () => {
    const bullets = Array.from({ length: 24 }, (_, i) => `      - "Item ${i + 1}: ${words(18)}"`).join("\n");
    const { deck } = await layOut(
      `  - layout: bullets\n    title: Many bullets\n    notes: only on the first\n    bullets:\n${bullets}\n`,
    );
    expect(deck.slides.length).toBeGreaterThan(1);
    expect(deck.slides[0]!.title).toBe("Many bullets");
    const pages = deck.slides.length;
    // Follow-on titles stay unique: "(continued)" alone when there are two pages, numbered from three.
    expect(deck.slides.slice(1).map((s) => s.title)).toEqual(
      pages === 2
        ? ["Many bullets (continued)"]
        : Array.from({ length: pages - 1 }, (_, i) => `Many bullets (continued, ${i + 2} of ${pages})`),
    );
    expect(deck.slides[0]!.notes).toBe("only on the first");
    expect(deck.slides[1]!.notes).toBe("");
    const texts = deck.slides.flatMap((s) =>
      s.shapes.flatMap((sh) =>
        sh.kind === "text" && sh.placeholder !== "title" ? sh.paragraphs.map((p) => p.text) : [],
      ),
    );
    expect(texts.filter((t) => t.startsWith("Item "))).toHaveLength(24);
    expectTidy(deck);
  });

  it("keeps a long title within two lines and every layout inside the slide", async () => {
    const { deck } = await layOut(`
  - layout: title
    title: "${words(20, "Transformation")}"
    subtitle: "${words(30)}"
    byline: By someone
  - layout: two-column
    title: "${words(25, "Title")}"
    left: { heading: Left, bullets: ["${words(40)}", b, c] }
    right: { heading: Right, bullets: [d] }
  - layout: metrics
    title: KPIs
    cards:
      - { label: Spend, value: "$18.6M", caption: "${words(12)}" }
      - { label: Growth, value: "34%" }
      - { label: Waste, value: "$4.1M", caption: short }
      - { label: Owners, value: "69%" }
      - { label: Extra, value: "1,234,567,890" }
  - layout: timeline
    title: Roadmap
    phases:
      - { label: Crawl, period: Q1, items: ["${words(20)}", b], current: "true" }
      - { label: Walk, period: Q2, items: [c] }
      - { label: Run, period: Q3, items: [d] }
  - layout: call-to-action
    title: Ask
    asks: [one, "${words(30)}", three]
    closing: Thanks
  - layout: quote
    quote: "${words(60)}"
    attribution: Someone
  - layout: table
    title: Table
    columns: [A, B, C]
    rows:
${Array.from({ length: 30 }, (_, i) => `      - ["Row ${i}", "${words(8)}", "x"]`).join("\n")}
  - layout: sources
`);
    expectTidy(deck);
    const tables = deck.slides.filter((s) => s.title.startsWith("Table"));
    expect(tables.length).toBeGreaterThan(1); // 30 rows continue on a follow-on slide, header repeated
    for (const t of tables) expect(t.shapes.find((s) => s.kind === "table")).toMatchObject({ header: ["A", "B", "C"] });
    expect(deck.slides.at(-1)!.title).toBe("Sources");
  });

  it("makes timeline cards as tall as their goals need, at least half the room, never past the content", async () => {
    const { deck } = await layOut(
      [
        "  - layout: timeline",
        "    title: Short",
        "    phases:",
        "      - { label: Walk, period: Q1, items: [Showback] }",
        "      - { label: Run, period: From June, items: [Chargeback, Unit cost targets] }",
        "  - layout: timeline",
        "    title: Long",
        "    phases:",
        `      - { label: Crawl, period: Q1, items: ["${words(40)}", "${words(40)}", "${words(40)}"] }`,
        "      - { label: Walk, period: Q2, items: [Showback] }",
        "",
      ].join("\n"),
    );
    const card = (title: string) =>
      deck.slides.find((s) => s.title === title)!.shapes.find((s) => s.name === "Phase 1 card")!;
    const goals = (title: string) =>
      deck.slides.find((s) => s.title === title)!.shapes.find((s) => s.name === "Phase 1 goals")!;
    const short = card("Short").box;
    const long = card("Long").box;
    // Two goals: half the room, not a card to the footer with most of it empty.
    expect(short.h).toBeLessThan(long.h * 0.75);
    expect(short.h).toBeGreaterThanOrEqual(long.h / 2 - 1e-6);
    expect(goals("Short").box.y + goals("Short").box.h).toBeLessThanOrEqual(short.y + short.h + 1e-6);
    expectTidy(deck);
  });

  it("leaves out a list slide whose bound list is empty, with a warning", async () => {
    const { deck, warnings } = await layOut(
      [
        "  - layout: bullets",
        "    title: Nothing here",
        "    bullets: { from: persona.responsibilities }",
        "  - layout: sources",
        "",
      ].join("\n"),
    );
    expect(deck.slides.map((s) => s.title)).toEqual(["Sources"]);
    expect(warnings).toContain('slide "Nothing here" has no items and was left out');
  });

  it("warns that text was shortened only when it was: a 4:3 theme with a small body size cuts nothing", async () => {
    const { deck, warnings } = await layOut(
      `
  - layout: metrics
    title: KPIs
    cards:
      - { label: Spend, value: "$18.6M", caption: "13% over this year's budget of $16.5M" }
      - { label: Growth, value: "34%", caption: Year on year }
      - { label: Waste, value: "$4.1M", caption: Idle resources }
    caption: From the billing export
  - layout: chart
    title: Spend
    chart: { kind: bar, categories: [A, B], series: [{ name: S, values: [1, 2] }] }
    caption: Monthly
  - layout: timeline
    title: Roadmap
    phases:
      - { label: Crawl, period: Q1, items: [Tagging] }
      - { label: Walk, period: Q2, items: [Showback] }
  - layout: call-to-action
    title: Ask
    asks: [One, Two]
    closing: Thanks
`,
      (theme) =>
        theme
          .replace('slideSize: "16:9"', 'slideSize: "4:3"')
          .replace(/sizes:[\s\S]*?\n(?=\w)/, "sizes: { title: 24, body: 12, minimum: 12 }\n"),
    );
    expect(deck.width).toBe(10);
    expect(deck.theme.sizes.body).toBe(12);
    expect(warnings).toEqual([]);
    expectTidy(deck);
  });

  it("names what was cut when text must be shortened", async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Word${i}`).join(" ");
    const { warnings } = await layOut(`  - layout: bullets\n    title: "${long}"\n    bullets: [a]\n`);
    expect(warnings).toEqual([
      expect.stringMatching(/^text shortened to fit its box: "Word0 Word1 .*" lost ".*Word39"$/),
    ]);
  });

  it("sets metric labels and captions whole, in the card's height, and keeps the intro of an empty list", async () => {
    const caption = "13% over this year's budget of $16.5M, driven by the new data platform and two acquisitions";
    const label = "Annual cloud spend across all providers, accounts and regions";
    const cards = Array.from(
      { length: 8 },
      (_, i) => `      - { label: "${label} ${i}", value: "1", caption: "${caption}" }`,
    );
    const { deck, warnings } = await layOut(`
  - layout: metrics
    title: KPIs
    cards:
${cards.join("\n")}
  - layout: bullets
    title: Nothing listed
    intro: Sources of truth are listed in the appendix.
    bullets: { from: persona.responsibilities }
`);
    expect(warnings).toEqual([]);
    const texts = deck.slides[0]!.shapes.flatMap((s) => (s.kind === "text" ? s.paragraphs.map((p) => p.text) : []));
    for (let i = 0; i < 8; i++) expect(texts).toContain(`${label} ${i}`);
    expect(texts.filter((t) => t === caption)).toHaveLength(8);
    expect(deck.slides[1]!.title).toBe("Nothing listed");
    expect(deck.slides[1]!.shapes.some((s) => s.kind === "text" && s.paragraphs[0]?.text.startsWith("Sources"))).toBe(
      true,
    );
    expectTidy(deck);
  });

  it("gives every slice and every series its own palette color, so no chart color is left to chance", async () => {
    const slices = Array.from({ length: 7 }, (_, i) => `S${i + 1}`);
    const { deck } = await layOut(
      [
        "  - layout: chart",
        "    title: Seven slices",
        "    chart:",
        "      kind: doughnut",
        `      categories: [${slices.join(", ")}]`,
        "      series: [{ name: Share, values: [7, 6, 5, 4, 3, 2, 1] }]",
        "  - layout: chart",
        "    title: One series",
        "    chart:",
        "      kind: bar",
        "      categories: [A, B, C]",
        "      series: [{ name: Cost, values: [3, 2, 1] }]",
        "",
      ].join("\n"),
    );
    const charts = deck.slides.flatMap((s) => s.shapes).filter((s) => s.kind === "chart");
    const [doughnut, bar] = charts;
    // pptxgenjs fills any slice beyond its color list with a random palette color.
    expect(doughnut?.colors).toHaveLength(7);
    // The palette comes round again in tints, so no two slices (or legend keys) look alike.
    expect(new Set(doughnut?.colors).size).toBe(7);
    // Around the ring the seventh slice touches the first: it takes another hue than the first's.
    expect(doughnut?.colors[6]).not.toBe(mix(doughnut!.colors[0]!, deck.theme.colors.background, 0.45));
    expect(bar?.colors).toHaveLength(1);
  });

  it("sizes table columns by measured text width, not by character count", async () => {
    // Sixteen narrow letters against eight wide ones: by count the first column would be twice as
    // wide.
    const { deck } = await layOut(
      "  - layout: table\n    title: Widths\n    columns: [Narrow, Wide]\n" +
        "    rows:\n      - [iiiiiiiiiiiiiiii, WWWWWWWW]\n",
    );
    const table = deck.slides.flatMap((s) => s.shapes).find((s) => s.kind === "table");
    expect(table?.columnWidths[1]).toBeGreaterThan(table!.columnWidths[0]!);
  });
});

describe("the theme's logo", () => {
  const everyLayout = join(import.meta.dirname, "..", "fixtures", "every-layout");

  async function logoAt(width: number) {
    const loaded = await loadWorkspace(everyLayout);
    const i = loaded.themes.findIndex((t) => t.id === "square");
    const theme = loaded.themes[i]!;
    const text = theme.source.doc.toString().replace(/width: [\d.]+ \}/, `width: ${width} }`);
    loaded.themes[i] = {
      id: theme.id,
      source: parseYamlSource(theme.source.path, new TextEncoder().encode(text)).source!,
    };
    const result = validateWorkspace(loaded);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
    const targets = selectTargets(result.workspace, { today: "2026-01-01" }).targets.slice(0, 1);
    const plan = planBuild(result.workspace, targets);
    const deck = plan.planned[0]!.laidOut!;
    return { deck, box: deck.logo!.box, warnings: plan.context.warnings.map((w) => w.message) };
  }

  it("is as wide as the theme says (160 × 48 px at 2 in: 0.6 in tall, not capped at 0.34 in)", async () => {
    const { box, warnings } = await logoAt(2);
    expect(box.w).toBeCloseTo(2);
    expect(box.h).toBeCloseTo(0.6);
    expect(warnings.filter((w) => w.includes("logo"))).toEqual([]);
  });

  it("shrinks, with a warning, only where it would leave the footer band or cover the footer text", async () => {
    const { deck, box, warnings } = await logoAt(3.5);
    expect(box.w).toBeLessThan(3.5);
    expect(box.y + box.h).toBeLessThanOrEqual(deck.height);
    expect(box.x).toBeGreaterThan(0.6 + deck.width * 0.55); // right of the footer text
    expect(warnings).toContain(
      `the logo is drawn ${box.w.toFixed(2)} in wide, not the theme's 3.5 in, to stay in the footer band`,
    );
  });
});

describe("continuedTitle", () => {
  it("keeps every follow-on title unique", () => {
    expect([0, 1].map((p) => continuedTitle("Costs", p, 2))).toEqual(["Costs", "Costs (continued)"]);
    expect([0, 1, 2].map((p) => continuedTitle("Costs", p, 3))).toEqual([
      "Costs",
      "Costs (continued, 2 of 3)",
      "Costs (continued, 3 of 3)",
    ]);
  });
});
