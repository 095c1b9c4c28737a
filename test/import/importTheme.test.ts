import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import type { ThemeInput } from "../../src/schema/theme.js";
import type { BuildJson } from "../support/json.js";
import { runCli as cli } from "../support/runCli.js";
import { runTool } from "../support/run.js";
import { tempDir } from "../support/tempDir.js";

const repo = join(import.meta.dirname, "..", "..");

/** A fresh copy of the minimal workspace, its deck set to `theme`. */
async function workspace(theme: string): Promise<string> {
  const root = await tempDir("briefings-import-");
  await cp(join(repo, "test", "fixtures", "minimal"), root, { recursive: true });
  await useTheme(root, theme);
  return root;
}

async function useTheme(root: string, theme: string) {
  const deck = join(root, "decks", "brief.yaml");
  await writeFile(deck, (await readFile(deck, "utf8")).replace(/^theme: .*$/m, `theme: ${theme}`));
}

// A company's colors and fonts, distinctive enough not to be anyone's default.
const BRAND = {
  dk1: "1A1423",
  lt1: "FBF7EF",
  dk2: "3B2F2F",
  lt2: "EFE6D8",
  accent1: "7A1F5C",
  accent2: "2E8B57",
  accent3: "B5651D",
  accent4: "4B6A88",
  accent5: "8C7A5B",
  accent6: "5E3A87",
};

let company = ""; // our theme edited to the brand: what the company hands over
let fromLibreOffice = ""; // the same presentation as LibreOffice writes it
let libreOfficeFonts = { major: "", minor: "" };

beforeAll(async () => {
  // Start from a real deck with a logo on its master (the 4:3 Corporate theme) …
  const source = await workspace("corporate");
  await cp(join(repo, "themes", "corporate.yaml"), join(source, "themes", "corporate.yaml"));
  await cp(join(repo, "themes", "assets"), join(source, "themes", "assets"), { recursive: true });
  const built = await cli(["build", "--root", source, "--audience", "cfo", "--json"], source);
  expect(built.code).toBe(0);
  const parts = unzipSync(await readFile((JSON.parse(built.stdout) as BuildJson).built[0]!.file));
  // … give it the brand's color and font scheme …
  let theme = strFromU8(parts["ppt/theme/theme1.xml"]!);
  const scheme = Object.entries(BRAND)
    .map(([slot, hex]) => `<a:${slot}><a:srgbClr val="${hex}"/></a:${slot}>`)
    .join("");
  theme = theme.replace(/(<a:clrScheme\b[^>]*>)[\s\S]*?(<a:hlink>)/, `$1${scheme}$2`);
  theme = theme
    .replace(/(<a:majorFont>\s*<a:latin typeface=")[^"]*/, "$1Georgia")
    .replace(/(<a:minorFont>\s*<a:latin typeface=")[^"]*/, "$1Verdana");
  parts["ppt/theme/theme1.xml"] = strToU8(theme);
  const dir = await tempDir("briefings-company-");
  company = join(dir, "Company Template.pptx");
  await writeFile(company, zipSync(parts));
  // … and let another tool write the file we import: LibreOffice re-saves it with its own XML.
  const profile = await tempDir("lo-profile-");
  await runTool(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "pptx",
      "--outdir",
      join(dir, "lo"),
      company,
    ],
    { timeout: 300_000 },
  );
  fromLibreOffice = join(dir, "lo", "Company Template.pptx");
  const loTheme = strFromU8(unzipSync(await readFile(fromLibreOffice))["ppt/theme/theme1.xml"]!);
  const latin = (kind: string) => new RegExp(`<a:${kind}Font>\\s*<a:latin typeface="([^"]+)"`).exec(loTheme)![1]!;
  libreOfficeFonts = { major: latin("major"), minor: latin("minor") };
});

describe("briefings theme import", () => {
  it("imports a presentation LibreOffice wrote: a deck built with it has its colors, fonts, size, logo", async () => {
    const root = await workspace("brand");
    const imported = await cli(["theme", "import", fromLibreOffice, "--root", root, "--id", "brand"], root);
    expect(imported.stderr).not.toContain("error");
    expect(imported.code).toBe(0);
    const theme = parse(await readFile(join(root, "themes", "brand.yaml"), "utf8")) as ThemeInput;
    expect(theme.colors).toMatchObject({
      background: "#FBF7EF",
      text: "#1A1423",
      heading: "#3B2F2F",
      accent: "#7A1F5C",
    });
    expect(theme.colors.chart).toEqual(
      ["accent1", "accent2", "accent3", "accent4", "accent5", "accent6"].map(
        (s) => `#${BRAND[s as keyof typeof BRAND]}`,
      ),
    );
    expect(theme.fonts).toEqual({ heading: libreOfficeFonts.major, body: libreOfficeFonts.minor });
    expect(theme.slideSize).toBe("4:3");
    expect(theme.logo?.path).toBe("assets/brand-logo.png");
    expect(theme.logo?.altText).toMatch(/logo/);
    const logo = await readFile(join(root, "themes", "assets", "brand-logo.png"));
    expect([...logo.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]); // "PNG"

    expect((await cli(["validate", "--root", root], root)).code).toBe(0);
    const built = await cli(["build", "--root", root, "--audience", "cfo", "--json"], root);
    expect(built.code).toBe(0);
    const parts = unzipSync(await readFile((JSON.parse(built.stdout) as BuildJson).built[0]!.file));
    const xml = (name: string) => strFromU8(parts[name]!);
    expect(xml("ppt/presentation.xml")).toContain('<p:sldSz cx="9144000" cy="6858000"');
    // Our themes are drawn as slide masters (pptxgenjs stores them as slide layouts).
    const masters = Object.keys(parts)
      .filter((p) => /^ppt\/slide(Master|Layout)s\/slide(Master|Layout)\d+\.xml$/.test(p))
      .map(xml)
      .join("");
    expect(masters).toMatch(/<p:bg>[\s\S]*?srgbClr val="FBF7EF"/); // content slides: the brand's background
    expect(masters).toMatch(/<p:bg>[\s\S]*?srgbClr val="7A1F5C"/); // title slides: the brand's accent
    expect(masters).toMatch(/<p:pic>[\s\S]*descr="[^"]+"/); // the logo, with alt text
    const slides = Object.keys(parts)
      .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
      .map(xml)
      .join("");
    expect(slides).toContain('srgbClr val="3B2F2F"'); // headings
    expect(slides).toContain('srgbClr val="1A1423"'); // body text
    expect(slides).toContain(`typeface="${libreOfficeFonts.major}"`);
    expect(slides).toContain(`typeface="${libreOfficeFonts.minor}"`);
  });

  it("reads the font scheme: major for headings, minor for body", async () => {
    const root = await workspace("default");
    expect((await cli(["theme", "import", company, "--root", root], root)).code).toBe(0);
    const theme = parse(await readFile(join(root, "themes", "company-template.yaml"), "utf8")) as ThemeInput;
    expect(theme.fonts).toEqual({ heading: "Georgia", body: "Verdana" });
    expect(theme.colors.accent).toBe("#7A1F5C");
  });

  it("refuses to overwrite without --force, and rejects files that are not presentations", async () => {
    const root = await workspace("default");
    expect((await cli(["theme", "import", company, "--root", root, "--id", "acme"], root)).code).toBe(0);
    const again = await cli(["theme", "import", company, "--root", root, "--id", "acme"], root);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('theme "acme" already exists: themes/acme.yaml');
    expect(again.stderr).toContain("hint: pass --force");
    expect((await cli(["theme", "import", company, "--root", root, "--id", "acme", "--force"], root)).code).toBe(0);

    const notZip = await cli(["theme", "import", join(root, "decks", "brief.yaml"), "--root", root], root);
    expect(notZip.code).toBe(1);
    expect(notZip.stderr).toContain("not a PowerPoint presentation: the file is not a ZIP package");
    await mkdir(join(root, "in"));
    await writeFile(join(root, "in", "memo.docx"), zipSync({ "word/document.xml": strToU8("<w:document/>") }));
    const word = await cli(["theme", "import", join(root, "in", "memo.docx"), "--root", root], root);
    expect(word.code).toBe(1);
    expect(word.stderr).toContain("it has no ppt/presentation.xml");
    const missing = await cli(["theme", "import", "nope.pptx", "--root", root], root);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("file not found");
    expect(`${notZip.stderr}${word.stderr}${missing.stderr}`).not.toMatch(/\n\s+at /);
  });

  it("refuses an id no deck could name (decks write theme: <id>: letters, digits and dashes)", async () => {
    const root = await workspace("default");
    const underscore = await cli(["theme", "import", company, "--root", root, "--id", "acme_corp"], root);
    expect(underscore.code).toBe(1);
    expect(underscore.stderr).toContain('invalid theme id "acme_corp"');
    expect(underscore.stderr).toContain("hint: use lower-case letters, digits and dashes");
  });
});
