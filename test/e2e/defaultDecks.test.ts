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

  it.each(audiences)("%s has native charts and tables, alt text, and speaker notes", async (audience) => {
    const pptx = await readPptx(built.find((b) => b.audience === audience)!.file);
    expect(pptx.charts.length).toBeGreaterThanOrEqual(3);
    expect(pptx.charts.some((c) => c.includes("<c:lineChart>"))).toBe(true);
    expect(pptx.charts.some((c) => c.includes("<c:barChart>"))).toBe(true);
    expect(pptx.charts.some((c) => c.includes("<c:doughnutChart>"))).toBe(true);
    expect(pptx.slides.filter((s) => s.includes("<a:tbl>")).length).toBeGreaterThanOrEqual(2);
    for (const slide of pptx.slides.filter((s) => s.includes("graphicFrame") && s.includes("/chart"))) {
      expect(slide).toMatch(/descr="[^"]{20,}"/);
    }
    expect(pptx.notes.length).toBeGreaterThanOrEqual(5);
    // Charts are not pictures: no picture on any slide, and every image in the file is the theme's
    // logo (drawn on the slide masters; pptxgenjs stores one copy per master).
    expect(pptx.slides.some((s) => s.includes("<p:pic>"))).toBe(false);
    const logo = await readFile(join(repo, "themes", "assets", "logo-default.png"));
    const media = unzipSync(await readFile(built.find((b) => b.audience === audience)!.file));
    const images = Object.entries(media).filter(([name]) => /^ppt\/media\/.+\.(png|jpe?g)$/.test(name));
    expect(images.length).toBeGreaterThanOrEqual(1);
    for (const [name, data] of images) expect(Buffer.from(data).equals(logo), name).toBe(true);
  });

  it.each(["ceo", "cto", "cfo"])("%s shows its own persona's goals, frustrations, metrics and benefits", async (id) => {
    const p = await persona(id);
    const text = pdfText.get(id)!;
    const has = (s: string | undefined) => {
      expect(text).toContain((s ?? "(missing)").replace(/\s+/g, " ").slice(0, 40));
    };
    has(p.primaryGoal);
    has(p.frustrations[0]);
    has(p.keyMetrics[p.keyMetrics.length - 1]);
    has(p.finopsBenefits[0]);
    has(p.keyMessages[0]);
  });

  it("shows the organization's figures in every deck", () => {
    for (const a of audiences) {
      const text = pdfText.get(a)!;
      expect(text).toContain("$18.6M"); // annual spend
      expect(text).toContain("Corvane Logistics");
      expect(text).toContain("31%"); // unallocated share
      expect(text).toContain("$780,000"); // the ask
    }
  });

  it("tailors decks: persona-only slides appear only where they belong", () => {
    expect(pdfText.get("cto")).toContain("What your engineers get");
    expect(pdfText.get("ceo")).not.toContain("What your engineers get");
    expect(pdfText.get("cfo")).toContain("times the cost of the practice");
    expect(pdfText.get("ceo")).not.toContain("times the cost of the practice");
    expect(pdfText.get("ceo")).not.toEqual(pdfText.get("cfo"));
  });

  it("customizes the CFO briefing for a named executive", async () => {
    const text = pdfText.get("cfo-dana-whitfield")!;
    const generic = pdfText.get("cfo")!;
    expect(text).toContain("Dana Whitfield");
    expect(text).toContain("Your priorities, as we understand them");
    expect(text).toContain("A cloud forecast the board can rely on");
    expect(text).toContain("Cloud spend that is forecast within 5%"); // replaced primary goal
    expect(text).toContain("Cloud overruns surface only after the month closes"); // added frustration
    const pptx = await readPptx(built.find((b) => b.audience === "cfo-dana-whitfield")!.file);
    const metricsSlide = pptx.slides.map(slideText).find((t) => t.startsWith("The numbers you are judged on"))!;
    expect(metricsSlide).not.toContain("Revenue Growth"); // dropped metric
    expect(generic).not.toContain("Dana Whitfield");
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
