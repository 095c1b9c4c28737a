import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { BuiltDeck } from "../../src/build/report.js";
import type { Persona } from "../../src/schema/persona.js";
import type { BuildJson } from "../support/json.js";
import { deckProblems } from "../support/ooxml.js";
import { convertToPdf, pageCount, pdfPages } from "../support/libreoffice.js";
import { readPptx, slideText } from "../support/pptx.js";
import { tempDir } from "../support/tempDir.js";

// The default workspace (this repository's personas/, decks/, themes/), built the way a user would,
// then opened in LibreOffice.
const repo = join(import.meta.dirname, "..", "..");
let built: BuiltDeck[] = [];
const pdfText = new Map<string, string>();
const pdfPagesOf = new Map<string, number>();

async function persona(id: string) {
  return parse(await readFile(join(repo, "personas", `${id}.yaml`), "utf8")) as Persona;
}

beforeAll(async () => {
  const out = await tempDir("briefings-default-");
  let stdout = "";
  const code = await main(["build", "--root", repo, "--out", out, "--json"], {
    stdout: (t) => (stdout += t),
    stderr: () => {},
    cwd: repo,
  });
  expect(code).toBe(0);
  built = (JSON.parse(stdout) as BuildJson).built;
  const pdfs = await convertToPdf(
    built.map((b) => b.file),
    out,
  );
  for (const b of built) {
    const pdf = pdfs.get(b.file);
    if (!pdf) continue;
    pdfPagesOf.set(b.audience, await pageCount(pdf));
    pdfText.set(b.audience, (await pdfPages(pdf)).join("\n").replace(/\s+/g, " "));
  }
});

const audiences = ["ceo", "cto", "cfo", "cfo-dana-whitfield"];

describe("default adoption briefing", () => {
  it("builds one deck per audience", () => {
    expect(built.map((b) => `${b.deck}/${b.audience}`).sort()).toEqual(
      audiences.map((a) => `adoption-briefing/${a}`).sort(),
    );
  });

  it.each(audiences)("%s opens in LibreOffice with one page per slide, at least 10", (audience) => {
    const deck = built.find((b) => b.audience === audience)!;
    expect(deck.slides).toBeGreaterThanOrEqual(10);
    expect(pdfPagesOf.get(audience)).toBe(deck.slides);
  });

  it.each(audiences)(
    "%s has native charts and tables, alt text, and speaker notes on every slide",
    async (audience) => {
      const file = built.find((b) => b.audience === audience)!.file;
      const pptx = await readPptx(file);
      expect(pptx.charts.length).toBeGreaterThanOrEqual(1);
      expect(pptx.slides.filter((s) => s.includes("<a:tbl>")).length).toBeGreaterThanOrEqual(1);
      for (const slide of pptx.slides.filter((s) => s.includes("graphicFrame") && s.includes("/chart"))) {
        expect(slide).toMatch(/descr="[^"]{20,}"/);
      }
      // Every slide has notes written for its executive.
      expect(pptx.notes).toHaveLength(pptx.slides.length);
      for (const [i, notes] of pptx.notes.entries())
        expect(slideText(notes).length, `slide ${i + 1}`).toBeGreaterThan(60);
      // Charts are not pictures: no picture on any slide, and every image in the file is the theme's
      // logo (drawn on the slide masters; pptxgenjs stores one copy per master).
      expect(pptx.slides.some((s) => s.includes("<p:pic>"))).toBe(false);
      const logo = await readFile(join(repo, "themes", "assets", "logo-default.png"));
      const media = unzipSync(await readFile(file));
      const images = Object.entries(media).filter(([name]) => /^ppt\/media\/.+\.(png|jpe?g)$/.test(name));
      expect(images.length).toBeGreaterThanOrEqual(1);
      for (const [name, data] of images) expect(Buffer.from(data).equals(logo), name).toBe(true);
    },
  );

  it("tells each executive a storyline of their own: at most a third shared, four or more its own", async () => {
    const slidesOf = async (audience: string) =>
      (await readPptx(built.find((b) => b.audience === audience)!.file)).slides.map((x) => slideText(x));
    const decks = Object.fromEntries(
      await Promise.all(["ceo", "cfo", "cto"].map(async (a) => [a, await slidesOf(a)] as const)),
    );
    for (const [a, b] of [
      ["ceo", "cfo"],
      ["ceo", "cto"],
      ["cfo", "cto"],
    ] as const) {
      const shared = decks[a]!.filter((slide) => decks[b]!.includes(slide));
      expect(
        shared.length,
        `${a} and ${b} share: ${shared.map((t) => t.split("\n")[0]).join(" | ")}`,
      ).toBeLessThanOrEqual(Math.min(decks[a]!.length, decks[b]!.length) / 3);
    }
    for (const [a, slides] of Object.entries(decks)) {
      const others = Object.entries(decks)
        .filter(([b]) => b !== a)
        .flatMap(([, s]) => s);
      expect(slides.filter((slide) => !others.includes(slide)).length, a).toBeGreaterThanOrEqual(4);
    }
  });

  it.each(audiences)("%s puts the ask first: slide 2 holds its amount and decision date", async (audience) => {
    const summary = slideText((await readPptx(built.find((b) => b.audience === audience)!.file)).slides[1]!);
    expect(summary).toContain("$780K");
    expect(summary).toContain("January 15, 2027");
  });

  it.each(["ceo", "cto", "cfo"])("%s answers its persona: every key metric with a number or its source", async (id) => {
    const p = await persona(id);
    const pptx = await readPptx(built.find((b) => b.audience === id)!.file);
    const text = pptx.slides.map(slideText).join("\n").replace(/\s+/g, " ");
    for (const metric of p.keyMetrics) expect(text).toContain(metric.replace(/\s+/g, " "));
    // The persona's own words reach its deck: what gets in its way, or the messages written for it.
    const own = [...p.frustrations, ...p.keyMessages].map((t: string) => t.replace(/\s+/g, " "));
    expect(own.some((t) => text.includes(t))).toBe(true);
  });

  it("asks each executive for their own decision", () => {
    expect(pdfText.get("cfo")).toContain("Approve $780,000 for the first year");
    expect(pdfText.get("cfo")).toContain("Sponsor the practice");
    expect(pdfText.get("ceo")).toContain("Make FinOps a company practice");
    expect(pdfText.get("ceo")).toContain("Name the CFO as executive sponsor");
    expect(pdfText.get("cto")).toContain("Set aside 192 engineering hours a month");
    expect(pdfText.get("cto")).toContain("Co-sponsor the practice with the CFO");
    for (const a of ["ceo", "cto"]) expect(pdfText.get(a)).not.toContain("Approve $780,000");
  });

  it("shows the organization's figures, computed from its data", () => {
    for (const a of audiences) expect(pdfText.get(a)).toContain("Corvane Logistics");
    // The spend figures are measured from the shipped FOCUS export (decks/billing/corvane-focus.csv.gz).
    expect(pdfText.get("cfo")).toContain("$3.2M over budget"); // forecast 18.45M for 2026 against 15.2M
    expect(pdfText.get("cto")).toContain("$5.7M"); // 31.5% of usage untagged, of the 18.0M spent over 12 months
    expect(pdfText.get("ceo")).toContain("grows 4.3 times as fast as revenue"); // +39% a year against +9%
  });

  it("customizes the CFO briefing for a named executive", async () => {
    const text = pdfText.get("cfo-dana-whitfield")!;
    const generic = pdfText.get("cfo")!;
    expect(text).toContain("Dana Whitfield");
    expect(text).toContain("Dana, your priorities");
    const pptx = await readPptx(built.find((b) => b.audience === "cfo-dana-whitfield")!.file);
    // Read from the deck: in the PDF's text a table cell's wrapped lines interleave with the next cell's.
    expect(pptx.slides.map(slideText).join("\n")).toContain("A cloud forecast the board can rely on");
    // The answer to that priority, with its figure and which side of the budget it is on.
    expect(pptx.slides.map(slideText).join("\n")).toContain("year-end forecast is 21% over the budget");
    expect(text).toContain("forecast accurately and explained in business terms"); // replaced primary goal
    expect(text).toContain("Cloud overruns surface only after the month closes"); // added frustration
    const metricsSlide = pptx.slides.map(slideText).find((t) => /key metrics? today/.test(t))!;
    expect(metricsSlide).toMatch(/^Dana, your four key metrics/);
    expect(metricsSlide).not.toContain("Revenue Growth"); // dropped metric
    expect(generic).not.toContain("Dana");
  });

  it("rebuilds to identical bytes with --force, later, in another folder", async () => {
    const again = await tempDir("briefings-again-");
    await new Promise((r) => setTimeout(r, 1100));
    expect(
      await main(["build", "--root", repo, "--out", again, "--force"], {
        stdout: () => {},
        stderr: () => {},
        cwd: repo,
      }),
    ).toBe(0);
    for (const b of built) {
      const second = await readFile(join(again, b.deck, `${b.audience}.pptx`));
      expect(second.equals(await readFile(b.file))).toBe(true);
    }
  });

  it("validates against ECMA-376 and has no package inconsistencies", async () => {
    expect(await deckProblems(built.map((b) => b.file))).toEqual({ schema: [], package: [] });
  });

  it("credits the FinOps Foundation under CC BY 4.0 on a sources slide", () => {
    for (const a of audiences) {
      expect(pdfText.get(a)).toMatch(/FinOps Framework — Personas — FinOps Foundation/);
      expect(pdfText.get(a)).toContain("CC BY 4.0");
    }
  });
});
