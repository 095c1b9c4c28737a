import { execFile } from "node:child_process";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { unzipSync, zipSync } from "fflate";
import pptxgenModule from "pptxgenjs";
import type PptxTypes from "pptxgenjs";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { BIN } from "../support/bin.js";
import { deckProblems, packageProblems, schemaProblems } from "../support/ooxml.js";
import { tempDir } from "../support/tempDir.js";

const run = promisify(execFile);
// pptxgenjs ships CommonJS-style typings for an ES module: at run time the default import is the class.
const PptxGenJS = ((pptxgenModule as unknown as { default?: unknown }).default ??
  pptxgenModule) as typeof PptxTypes.default;
const repo = join(import.meta.dirname, "..", "..");
const fixture = join(repo, "test", "fixtures", "minimal");

async function build(args: string[] = [], env: NodeJS.ProcessEnv = {}, root = fixture) {
  const out = await tempDir("briefings-norm-");
  await run("node", [BIN, "build", "--root", root, "--out", out, ...args], { env: { ...process.env, ...env } });
  return out;
}

describe("normalized decks", () => {
  it("are byte-identical across runs, time zones and build order", async () => {
    const a = await build([], { TZ: "UTC" });
    await new Promise((r) => setTimeout(r, 1100)); // a different second on the clock
    const b = await build([], { TZ: "Asia/Tokyo" });
    const c = await build(["--audience", "cfo"], { TZ: "America/Los_Angeles" }); // no chart built before it
    const cfoA = await readFile(join(a, "brief", "cfo.pptx"));
    expect(cfoA.equals(await readFile(join(b, "brief", "cfo.pptx")))).toBe(true);
    expect(cfoA.equals(await readFile(join(c, "brief", "cfo.pptx")))).toBe(true);
    expect((await readFile(join(a, "brief", "cto.pptx"))).equals(await readFile(join(b, "brief", "cto.pptx")))).toBe(
      true,
    );
  });

  it("are byte-identical across runs with more chart slices than the theme has colors", async () => {
    // hostile-layout's doughnut has eight slices and the theme six colors.
    const hostile = join(repo, "test", "fixtures", "hostile-layout");
    const [a, b] = await Promise.all([build([], {}, hostile), build([], {}, hostile)]);
    const deck = (out: string) => readFile(join(out, "hostile", "cfo.pptx"));
    expect((await deck(a)).equals(await deck(b))).toBe(true);
  });

  it("carry the deck date, number charts from 1 and declare only parts that exist", async () => {
    const out = await tempDir("briefings-norm-");
    // In-process, after other builds: pptxgenjs's chart counter must not leak into names.
    for (let i = 0; i < 2; i++)
      expect(await main(["build", "--root", fixture, "--out", out], { stdout: () => {}, stderr: () => {} })).toBe(0);
    const files = unzipSync(await readFile(join(out, "brief", "cfo.pptx")));
    const text = (name: string) => new TextDecoder().decode(files[name]);
    expect(Object.keys(files).filter((f) => f.startsWith("ppt/charts/chart"))).toEqual(["ppt/charts/chart1.xml"]);
    expect(text("docProps/core.xml")).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-06-01T00:00:00Z</dcterms:created>',
    );
    expect(text("[Content_Types].xml").match(/slideMaster\d+\.xml/g)).toEqual(["slideMaster1.xml"]);
    const presentation = text("ppt/presentation.xml");
    expect(presentation.indexOf("<p:notesMasterIdLst>")).toBeLessThan(presentation.indexOf("<p:sldIdLst>"));
  });

  it("validate against ECMA-376 and are consistent packages, for every layout and chart kind", async () => {
    // every-layout: all 13 layouts, bar (one and two series), line (two series), pie and doughnut
    // charts, 4:3, a logo.
    const out = await build([], {}, join(repo, "test", "fixtures", "every-layout"));
    const decks = (await readdir(join(out, "every")))
      .filter((f) => f.endsWith(".pptx"))
      .map((f) => join(out, "every", f));
    expect(decks).toHaveLength(2);
    expect(await deckProblems(decks)).toEqual({ schema: [], package: [] });

    // The package check finds what the SDK's validator lets pass.
    const parts = unzipSync(await readFile(decks[0]!));
    const media = Object.keys(parts).find((name) => name.startsWith("ppt/media/"))!;
    const tampered = Object.fromEntries(Object.entries(parts).filter(([name]) => name !== media));
    tampered["ppt/notes.txt"] = new TextEncoder().encode("stray");
    const [stray, ...links] = packageProblems(zipSync(tampered));
    expect(stray).toBe("part without a content type: ppt/notes.txt");
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(new RegExp(`relationship rId\\d+ to a missing part ${media}$`));
  });

  it("are what makes bare pptxgenjs output valid: its notes and bar charts fail the ECMA-376 check", async () => {
    // A slide with speaker notes and a bar chart, drawn by pptxgenjs alone: the validator must catch
    // its two faults, or a clean report on our decks would mean nothing.
    const pptx = new PptxGenJS();
    const slide = pptx.addSlide();
    slide.addChart("bar", [{ name: "Spend", labels: ["Q1", "Q2"], values: [3, 5] }], { x: 1, y: 1, w: 6, h: 4 });
    slide.addNotes("Say why.");
    const raw = (await pptx.write({ outputType: "nodebuffer" })) as Uint8Array;
    const dir = await tempDir("briefings-bare-");
    await writeFile(join(dir, "bare.pptx"), raw);
    expect(await schemaProblems(join(dir, "bare.pptx"))).toEqual([
      expect.stringMatching(/^\/ppt\/presentation\.xml: .*unexpected child element .*:notesMasterIdLst'/),
      expect.stringMatching(/^\/ppt\/charts\/chart\d+\.xml: .*unexpected child element .*:axId'/),
    ]);

    // The same kind of slide built by us (the minimal fixture's bar chart, with notes) has none.
    const ours = join(await build(), "brief", "cfo.pptx");
    const parts = Object.keys(unzipSync(await readFile(ours)));
    expect(parts.some((p) => p.startsWith("ppt/notesSlides/"))).toBe(true);
    const chart = new TextDecoder().decode(unzipSync(await readFile(ours))["ppt/charts/chart1.xml"]);
    expect(chart).toContain("<c:barChart>");
    expect(await deckProblems([ours])).toEqual({ schema: [], package: [] });
  });

  it("are deflated: within 1.15× of another deflater (fflate, level 6) over the same parts", async () => {
    const out = await build();
    const deck = await readFile(join(out, "brief", "cfo.pptx"));
    const reference = zipSync(unzipSync(deck), { level: 6 });
    expect(deck.length / reference.length).toBeLessThanOrEqual(1.15);
  });
});
