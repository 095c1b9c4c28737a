import { describe, expect, it } from "vitest";
import { parseYamlSource } from "../../src/source/sourceFile.js";
import { ThemeSchema } from "../../src/schema/theme.js";
import { contrastRatio } from "../../src/color/contrast.js";
import { checkThemeContrast, findContrastProblems } from "../../src/validate/themeContrast.js";

const theme = (colors: string) => `name: T
colors:
${colors}
  chart: ["#0F5BD8", "#14A38B", "#F2A541"]
`;
const good = {
  background: "#FFFFFF",
  text: "#1F2937",
  heading: "#0B1F3A",
  accent: "#0F5BD8",
  accentText: "#FFFFFF",
  muted: "#5B6675",
  surface: "#F1F4F9",
  line: "#D5DBE5",
};
const yamlColors = (c: Record<string, string>) =>
  Object.entries(c)
    .map(([k, v]) => `  ${k}: "${v}"`)
    .join("\n");

function check(colors: Record<string, string>) {
  const { source } = parseYamlSource("/ws/themes/t.yaml", new TextEncoder().encode(theme(yamlColors(colors))));
  const value = ThemeSchema.parse(source!.doc.toJS());
  return checkThemeContrast(value.colors, source!);
}

describe("theme contrast check", () => {
  it("accepts a readable palette", () => {
    expect(check(good)).toEqual([]);
  });

  it("names both colors, the measured and required ratio, at the offending color's position", () => {
    const errors = check({ ...good, muted: "#999999" });
    expect(errors).toHaveLength(2); // on background and on surface
    const [e] = errors;
    expect(e!.message).toContain("colors.muted #999999 on colors.background #FFFFFF");
    expect(e!.message).toContain("2.8:1");
    expect(e!.message).toContain("4.5:1");
    expect(e!.file).toBe("/ws/themes/t.yaml");
    expect(e!.line).toBe(8); // name, colors:, background, text, heading, accent, accentText, muted
    expect(e!.column).toBe(10);
    expect(e!.path).toBe("colors.muted");
    expect(e!.hint).toMatch(/darker colors\.muted, e\.g\. "#[0-9A-F]{6}"/);
    // The suggested color really passes.
    const suggested = /"#([0-9A-F]{6})"/.exec(e!.hint!)![1]!;
    expect(contrastRatio(suggested, "FFFFFF")).toBeGreaterThanOrEqual(4.5);
  });

  it("asks 3:1 of large text (headings) and 4.5:1 of body text", () => {
    // #949494 on white is 3.03:1: fine for a heading, not for body text.
    expect(
      findContrastProblems(
        ThemeSchema.parse({
          name: "x",
          colors: { ...good, surface: "#FFFFFF", heading: "#949494", chart: ["111111", "222222", "333333"] },
        }).colors,
      ),
    ).toEqual([]);
    const body = findContrastProblems(
      ThemeSchema.parse({
        name: "x",
        colors: { ...good, surface: "#FFFFFF", text: "#949494", chart: ["111111", "222222", "333333"] },
      }).colors,
    );
    expect(body.map((p) => `${p.foreground}/${p.background}:${p.required}`)).toEqual([
      "text/background:4.5",
      "text/surface:4.5",
    ]);
  });

  it("checks white text on a light accent (title slides, table headers)", () => {
    const errors = check({ ...good, accent: "#7FB3FF" });
    expect(errors.map((e) => e.path)).toContain("colors.accentText");
    expect(errors.find((e) => e.path === "colors.accentText")!.hint).toMatch(/e\.g\.|change colors\.accent/);
  });

  it("suggests a lighter color on dark backgrounds", () => {
    const errors = check({
      ...good,
      background: "#111827",
      surface: "#1F2937",
      text: "#4B5563",
      heading: "#F9FAFB",
      muted: "#9CA3AF",
      accent: "#60A5FA",
      accentText: "#0B1220",
    });
    expect(errors.map((e) => e.path)).toEqual(["colors.text", "colors.text"]);
    expect(errors[0]!.hint).toMatch(/lighter colors\.text/);
  });
});
