import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuiltDeck } from "../../src/build/report.js";
import { main } from "../../src/cli/main.js";
import { convertToPdf } from "../support/libreoffice.js";
import { ooxmlReports } from "../support/ooxml.js";
import {
  copyWithoutAutofit,
  deckOverflows,
  describeOverflows,
  findOverflows,
  pdfWords,
  titleLineCounts,
  type Rect,
  type Word,
} from "../support/overflow.js";
import { readPptx, slideText } from "../support/pptx.js";
import { parse } from "yaml";

// The proof that text stays inside its shapes, the way a user sees it: every default deck in every
// theme of themes/, the hostile-content fixture and the every-layout fixture (4:3, Arial, a logo),
// opened in LibreOffice; every word of the PDF must lie within a text-bearing shape of its slide.
const repo = join(import.meta.dirname, "..", "..");
const hostileRoot = join(repo, "test", "fixtures", "hostile-layout");
const everyLayoutRoot = join(repo, "test", "fixtures", "every-layout");

/** One deck under test: the .pptx as built, and the copy LibreOffice renders for the check. */
interface Case {
  name: string;
  file: string;
  checked: string;
  pdf?: string;
}

const cases: Case[] = [];
let sabotaged: Case;

/** Warnings of the hostile-content build, as "file path: message". */
const hostileWarnings: string[] = [];

async function build(root: string, out: string, warnings: string[] = []): Promise<BuiltDeck[]> {
  let stdout = "";
  const code = await main(["build", "--root", root, "--out", out, "--json"], {
    stdout: (t) => (stdout += t),
    stderr: () => {},
    cwd: root,
  });
  expect(code).toBe(0);
  const report = JSON.parse(stdout) as {
    built: BuiltDeck[];
    warnings: { file?: string; path?: string; message: string }[];
  };
  for (const w of report.warnings) warnings.push(`${basename(w.file ?? "")} ${w.path ?? ""}: ${w.message}`);
  return report.built;
}

/** A copy of the repository's workspace whose decks all use `theme`. */
async function workspaceWithTheme(dir: string, theme: string): Promise<string> {
  for (const folder of ["personas", "decks", "themes"])
    await cp(join(repo, folder), join(dir, folder), { recursive: true });
  for (const deck of (await readdir(join(dir, "decks"))).filter((f) => /\.ya?ml$/.test(f))) {
    const file = join(dir, "decks", deck);
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace(/^theme:.*$/m, `theme: ${theme}`));
  }
  return dir;
}

/** Shrink the body text box of the deck's first bulleted slide to a quarter of its height. */
async function sabotage(file: string, dest: string): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const slides = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort();
  for (const name of slides) {
    const xml = await zip.file(name)!.async("string");
    const body = [...xml.matchAll(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<a:buChar[\s\S]*?<\/p:sp>/g)][0]?.[0];
    if (!body) continue;
    const shrunk = body.replace(
      /<a:ext cx="(\d+)" cy="(\d+)"\/>/,
      (_, cx, cy) => `<a:ext cx="${cx}" cy="${Math.round(Number(cy) / 4)}"/>`,
    );
    zip.file(name, xml.replace(body, shrunk));
    break;
  }
  await writeFile(dest, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

beforeAll(async () => {
  const work = await mkdtemp(join(tmpdir(), "briefings-overflow-"));
  const checkDir = join(work, "check");
  await mkdir(checkDir);
  const themes = (await readdir(join(repo, "themes")))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, ""));
  const built: { name: string; file: string }[] = [];
  for (const theme of themes) {
    const root = await workspaceWithTheme(join(work, `default-${theme}`), theme);
    for (const deck of await build(root, join(work, `out-${theme}`)))
      built.push({ name: `${theme}/${deck.deck}/${deck.audience}`, file: deck.file });
  }
  for (const deck of await build(hostileRoot, join(work, "out-hostile"), hostileWarnings))
    built.push({ name: `hostile-layout/${deck.deck}/${deck.audience}`, file: deck.file });
  for (const deck of await build(everyLayoutRoot, join(work, "out-every")))
    built.push({ name: `every-layout/${deck.deck}/${deck.audience}`, file: deck.file });
  for (const deck of built) {
    const checked = join(checkDir, `${deck.name.replaceAll("/", "--")}.pptx`);
    await copyWithoutAutofit(deck.file, checked);
    cases.push({ ...deck, checked });
  }
  // A deck with one box made too small, to show the check catches what it is for.
  const first = cases[0]!;
  sabotaged = { name: "sabotaged", file: first.file, checked: join(checkDir, "sabotaged.pptx") };
  await sabotage(first.checked, sabotaged.checked);
  // One LibreOffice run for all decks: starting it is the slow part.
  const pdfs = await convertToPdf(
    [...cases, sabotaged].map((c) => c.checked),
    checkDir,
  );
  for (const c of [...cases, sabotaged]) c.pdf = pdfs.get(c.checked);
});

describe("no word outside its shape", () => {
  it("covers every theme's default decks and the hostile-content and every-layout fixtures", () => {
    expect(cases.filter((c) => c.name.startsWith("default/adoption-briefing/")).length).toBeGreaterThanOrEqual(4);
    expect(cases.filter((c) => c.name.startsWith("hostile-layout/")).map((c) => c.name)).toEqual([
      "hostile-layout/hostile/cfo",
      "hostile-layout/narrow/cfo",
    ]);
    expect(cases.filter((c) => c.name.startsWith("every-layout/")).length).toBe(2);
    for (const c of cases) expect(c.pdf, `${c.name} did not open in LibreOffice`).toBeDefined();
  });

  it("holds for every deck: each word LibreOffice draws lies within a text box, table, chart or footer", async () => {
    const problems: string[] = [];
    for (const c of cases) problems.push(...describeOverflows(c.name, await deckOverflows(c.checked, c.pdf!)));
    expect(problems).toEqual([]);
  });

  it("sets every title on one or two lines (an untitled quote's title is the quote itself)", async () => {
    const problems: string[] = [];
    for (const c of cases) {
      const { slides } = await readPptx(c.file);
      (await titleLineCounts(c.checked, c.pdf!)).forEach(({ lines, height }, i) => {
        const quote = height > 150; // points: the quote layout's title box, far taller than a title's
        // A word longer than a line breaks across lines rather than being cut.
        const longWord = /\S{60}/.test(slideText(slides[i] ?? ""));
        if (lines === 0 || (!quote && !longWord && lines > 2))
          problems.push(`${c.name} slide ${i + 1}: title on ${lines} lines`);
      });
    }
    expect(problems).toEqual([]);
  });

  it("fails on a deck whose text box is too small for its text", async () => {
    const overflows = await deckOverflows(sabotaged.checked, sabotaged.pdf!);
    expect(overflows.length).toBeGreaterThan(3);
  });

  it("judges words by their boxes, with a small tolerance", () => {
    const box: Rect = { x: 100, y: 100, w: 200, h: 50, label: "box" };
    const word = (xMin: number, yMin: number, xMax: number, yMax: number): Word => ({
      text: "w",
      xMin,
      yMin,
      xMax,
      yMax,
    });
    const pages = [
      {
        words: [
          word(101, 110, 150, 130),
          word(290, 110, 301.5, 130),
          word(120, 140, 160, 170),
          word(290, 110, 310, 130),
        ],
      },
    ];
    expect(findOverflows(pages, [[box]]).map((o) => o.word.xMax)).toEqual([160, 310]);
  });
});

describe("hostile content", () => {
  const hostile = () => cases.find((c) => c.name === "hostile-layout/hostile/cfo")!;

  it("continues long lists and tables on follow-on slides, and leaves empty lists out", async () => {
    const texts = (await readPptx(hostile().file)).slides.map(slideText);
    const titles = texts.map((t) => t.split("\n")[0]!);
    expect(titles).toContain("Fifteen agenda items (continued)");
    expect(titles).toContain("A long table with long cells, big numbers and right-to-left text (continued)");
    expect(titles).toContain("Two columns, one overfull and one empty (continued)");
    expect(titles.some((t) => t.startsWith("Nine asks (continued)"))).toBe(true);
    expect(titles).not.toContain("An empty list is left out");
    // Bullets are continued, never cut short.
    const all = texts.join("\n");
    for (const bullet of [
      "Fifteen — the last one",
      "ואיש אינו יודע מדוע",
      "have moved on to other work entirely.",
      "and-then-some-more-hyphenated-words",
    ])
      expect(all).toContain(bullet);
  });

  it("shows every text it holds, whole: only the 350-character title is cut, and it is warned about", async () => {
    const definition = parse(await readFile(join(hostileRoot, "decks", "hostile.yaml"), "utf8")) as {
      slides: Record<string, unknown>[];
    };
    // Chart data goes to the chart part, templates are filled in: every other text the user wrote is checked.
    const written: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === "string") {
        if (!value.includes("{{")) written.push(value);
      } else if (Array.isArray(value)) value.forEach(collect);
      else if (value !== null && typeof value === "object")
        for (const [key, v] of Object.entries(value)) if (!["layout", "chart", "current"].includes(key)) collect(v);
    };
    const exceptions = [/^A title of three hundred and fifty/, /^An empty list is left out$/];
    for (const slide of definition.slides) collect(slide);
    const texts = written.filter((t) => !exceptions.some((e) => e.test(t)));
    expect(texts.length).toBeGreaterThan(150);
    const squeeze = (t: string) => t.replace(/\s+/g, "");
    const shown = squeeze((await readPptx(hostile().file)).slides.map(slideText).join(""));
    expect(texts.filter((t) => !shown.includes(squeeze(t)))).toEqual([]);
    const shortened = hostileWarnings.filter((w) => w.includes("shortened"));
    expect(shortened.filter((w) => w.startsWith("hostile.yaml"))).toEqual([
      expect.stringMatching(/^hostile\.yaml slides\.\d+: text shortened to fit its box: "A title of three .*" lost "/),
    ]);
  });

  it("breaks a word too long for a line instead of cutting a title to its first word", async () => {
    const texts = (await readPptx(hostile().file)).slides.map(slideText);
    const word = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstaltsdirektoriums";
    expect(texts).toContain(`Der ${word}vorsitzendenstellvertreter`);
  });

  it("continues a timeline card that does not fit, and keeps the intro of an empty list", async () => {
    const texts = (await readPptx(hostile().file)).slides.map(slideText);
    const continued = texts.find((t) => t.startsWith("Seven goals in one phase (continued)"));
    expect(continued).toBeDefined();
    expect(continued).toContain("Retire idle resources within 30 days");
    expect(continued).not.toContain("Sources of truth"); // only the phase that goes on
    const intro = texts.find((t) => t.startsWith("An empty list keeps its intro"));
    expect(intro).toContain("Sources of truth: https://finops.example.com/reports/cloud-cost-allocation/2026/");
  });

  it("sets a long footer on one line, cut, with the whole footer in the notes master", async () => {
    const { files } = await readPptx(hostile().file);
    expect(files).toContain("ppt/notesMasters/notesMaster1.xml");
    const zip = await JSZip.loadAsync(await readFile(hostile().file));
    const notesMaster = slideText(await zip.file("ppt/notesMasters/notesMaster1.xml")!.async("string"));
    const org = "Hostile Content Holdings International (Europe, Middle East and Africa) GmbH und Co. KG";
    const title =
      "A deliberately overlong deck title that keeps going well past the point where any sensible presenter";
    expect(notesMaster).toContain(
      `${org} · ${title} would have stopped typing it · Strictly confidential — do not forward`,
    );
    expect(hostileWarnings).toContainEqual(
      expect.stringMatching(/^wide\.yaml footer\.text: footer shortened to one line/),
    );
    // On the rendered slides the footer is one line of words, level with each other.
    const [page] = (await pdfWords(hostile().pdf!)).slice(3, 4);
    const footer = page!.words.filter((w) => w.yMin > page!.width * (6.8 / 13.333) && w.xMax < page!.width * 0.6);
    expect(footer.map((w) => w.text).join(" ")).toMatch(/^Hostile Content Holdings .*…$/);
    expect(new Set(footer.map((w) => Math.round(w.yMin))).size).toBe(1);
  });

  it("shows chart numbers in the organization's locale, tiny ones with their significant digits", async () => {
    const narrow = cases.find((c) => c.name === "hostile-layout/narrow/cfo")!;
    const pages = (await pdfWords(narrow.pdf!)).map((p) => p.words.map((w) => w.text).join(" "));
    const euros = pages.find((p) => p.includes("Stückkosten"))!;
    // A de-DE deck: German separators on the axis and labels, as LibreOffice renders them.
    expect(euros).toContain("3,10 €");
    expect(euros).toContain("4,25 €");
    expect(euros).toContain("4,50 €");
    const tiny = pages.find((p) => p.includes("winzig"))!;
    expect(tiny).toContain("0,0000031 €");
    expect(tiny).toContain("0,062 €");
    expect(tiny).not.toMatch(/0,00 € .*0,00 €.*0,00 €/);
    // Alt text too: the hostile deck's cost per request (en-GB) and the German one.
    const alt = (file: string) =>
      readPptx(file).then((d) => d.slides.flatMap((x) => [...x.matchAll(/descr="([^"]*)"/g)].map((m) => m[1]!)));
    expect(await alt(narrow.file)).toContainEqual(expect.stringContaining("from 0,0000031\u00a0€ (Suche)"));
    expect(await alt(hostile().file)).toContainEqual(
      expect.stringContaining("from £0.0000012 (Jan) to £0.000001 (Dec)"),
    );
  });

  it("sets Hebrew and Arabic paragraphs right to left", async () => {
    const { slides } = await readPptx(hostile().file);
    const paragraphs = slides.flatMap((xml) =>
      [...xml.matchAll(/<a:p>(?:(?!<\/a:p>)[\s\S])*<\/a:p>/g)].map((m) => m[0]),
    );
    const rtl = paragraphs.filter((p) => /<a:t>(עברית|العربية):/.test(p));
    expect(rtl).toHaveLength(2);
    for (const p of rtl) expect(p).toMatch(/<a:pPr[^>]* rtl="1"[^>]* algn="r"/);
    expect(paragraphs.find((p) => p.includes("<a:t>Short one.</a:t>"))).not.toContain('rtl="1"');
  });

  it("gives every slide of every deck a title placeholder with text", async () => {
    for (const c of cases) {
      const { slides } = await readPptx(c.file);
      slides.forEach((xml, i) => {
        const title = [...xml.matchAll(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<\/p:sp>/g)].find((m) =>
          /<p:ph[^>]*type="(title|ctrTitle)"/.test(m[0]),
        );
        expect(title && slideText(title[0]).trim(), `${c.name} slide ${i + 1} has no title`).toBeTruthy();
      });
    }
  });

  it("lets PowerPoint shrink body text that later edits make overflow (<a:normAutofit/>), not titles", async () => {
    const { slides } = await readPptx(hostile().file);
    const shapes = slides.flatMap((xml) =>
      [...xml.matchAll(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<\/p:sp>/g)].map((m) => m[0]),
    );
    const bodies = shapes.filter((sp) => sp.includes("<a:buChar"));
    expect(bodies.length).toBeGreaterThan(5);
    for (const body of bodies) expect(body).toContain("<a:normAutofit/>");
    for (const title of shapes.filter((sp) => /<p:ph[^>]*type="title"/.test(sp)))
      expect(title).not.toContain("normAutofit");
  });

  it("validates against ECMA-376 and is a consistent package", async () => {
    const files = cases.filter((c) => c.name.startsWith("hostile-layout/")).map((c) => c.file);
    expect(files.map((f) => basename(f))).toEqual(["cfo.pptx", "cfo.pptx"]);
    expect(await ooxmlReports(files)).toEqual({ schema: "", package: "" });
  });
});
