import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

// The themes shipped in themes/, each in both slide sizes, drawing the default deck.
const repo = join(import.meta.dirname, "..", "..");
const themes = (await readdir(join(repo, "themes")))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.replace(/\.yaml$/, ""));

async function buildWith(theme: string, slideSize: "16:9" | "4:3") {
  const root = await mkdtemp(join(tmpdir(), `briefings-theme-${theme}-`));
  await Promise.all(["personas", "decks", "themes"].map((d) => cp(join(repo, d), join(root, d), { recursive: true })));
  const deck = join(root, "decks", "adoption-briefing.yaml");
  await writeFile(deck, (await readFile(deck, "utf8")).replace(/^theme: .*$/m, `theme: ${theme}`));
  const themeFile = join(root, "themes", `${theme}.yaml`);
  await writeFile(
    themeFile,
    (await readFile(themeFile, "utf8")).replace(/^slideSize: .*$/m, `slideSize: "${slideSize}"`),
  );
  let stdout = "";
  const code = await main(["build", "--root", root, "--audience", "cfo", "--json"], {
    stdout: (t) => (stdout += t),
    stderr: () => {},
    cwd: root,
  });
  return { code, report: JSON.parse(stdout), theme: parse(await readFile(themeFile, "utf8")) };
}

describe("shipped themes", () => {
  it("include a default, a dark and a conservative 4:3 theme, each with a logo, footer and slide numbers", async () => {
    expect(themes).toEqual(expect.arrayContaining(["default", "midnight", "corporate"]));
    for (const id of themes) {
      const theme = parse(await readFile(join(repo, "themes", `${id}.yaml`), "utf8"));
      expect(theme.logo?.altText, id).toBeTruthy();
      expect(theme.footer.slideNumbers, id).toBe(true);
    }
  });

  it.each(themes.flatMap((t) => (["16:9", "4:3"] as const).map((s) => [t, s] as const)))(
    "%s in %s draws the default deck with nothing shortened, alt text on every picture and chart",
    async (id, size) => {
      const { code, report, theme } = await buildWith(id, size);
      expect(report.errors).toEqual([]);
      expect(code).toBe(0);
      expect(report.warnings.filter((w: { message: string }) => /shortened/.test(w.message))).toEqual([]);
      const parts = unzipSync(await readFile(report.built[0].file));
      const xml = Object.entries(parts)
        .filter(([name]) => /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name))
        .map(([, data]) => strFromU8(data))
        .join("\n");
      const pictures = [...xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)].map((m) => m[0]);
      expect(pictures.length).toBeGreaterThan(0); // the logo
      for (const pic of pictures) expect(pic).toMatch(/<p:cNvPr [^>]*descr="[^"]{5,}"/);
      const charts = [...xml.matchAll(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g)]
        .map((m) => m[0])
        .filter((f) => f.includes("/chart"));
      expect(charts.length).toBeGreaterThanOrEqual(2);
      for (const chart of charts) expect(chart).toMatch(/<p:cNvPr [^>]*descr="[^"]{20,}"/);
      // Chart text and rules follow the theme (no default black text on dark backgrounds).
      const chartXml = Object.entries(parts)
        .filter(([n]) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
        .map(([, d]) => strFromU8(d))
        .join("\n");
      const hex = (c: string) => c.replace("#", "").toUpperCase();
      expect(chartXml).toContain(`val="${hex(theme.colors.text)}"`);
      expect(chartXml).toContain(`val="${hex(theme.colors.line)}"`);
      // Table rows: the theme's background and surface, never a hard-coded white on a dark theme.
      if (hex(theme.colors.background) !== "FFFFFF")
        expect(xml.match(/<a:tcPr[^>]*>(?:(?!<\/a:tcPr>)[\s\S])*?srgbClr val="FFFFFF"/g)?.length ?? 0).toBe(0);
    },
  );

  it("validate and build refuse a theme below WCAG AA, pointing at the color", async () => {
    const root = await mkdtemp(join(tmpdir(), "briefings-contrast-"));
    await Promise.all(
      ["personas", "decks", "themes"].map((d) => cp(join(repo, d), join(root, d), { recursive: true })),
    );
    const file = join(root, "themes", "default.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace(/^  text: .*$/m, '  text: "#A0A0A0"'));
    const line = (await readFile(file, "utf8")).split("\n").findIndex((l) => l.startsWith("  text:")) + 1;
    for (const command of ["validate", "build"]) {
      let stderr = "";
      const code = await main([command, "--root", root], { stdout: () => {}, stderr: (t) => (stderr += t), cwd: root });
      expect(code).toBe(1);
      expect(stderr).toContain(
        `themes/default.yaml:${line}:9  colors.text  error: contrast too low: colors.text #A0A0A0 on colors.background #FFFFFF is 2.6:1; WCAG AA needs 4.5:1 for body text`,
      );
      expect(stderr).toMatch(/hint: use a darker colors\.text, e\.g\. "#[0-9A-F]{6}"/);
    }
  });
});
