import { BriefingError } from "../errors.js";
import { locate, type SourceFile } from "../source/sourceFile.js";
import type { Theme } from "../schema/theme.js";
import { subtitleInTemplateColor, TEMPLATE_ROLES, type LayoutAssignment } from "../template/templateLayouts.js";
import { contrastRatio, formatRatio, passingColor, relativeLuminance } from "../color/contrast.js";

/** WCAG AA minimum ratios. */
export const AA = { body: 4.5, large: 3 } as const;

type ColorField = Exclude<keyof Theme["colors"], "chart">;

/** A color drawn on another, and whether that text is body-sized or large (headings, title slides, big numbers). */
export interface ContrastPair {
  foreground: ColorField;
  background: ColorField;
  text: keyof typeof AA;
  /** Where the layouts draw this pair, for the message. */
  where: string;
}

/** Every text-on-fill combination the layouts draw. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { foreground: "text", background: "background", text: "body", where: "body text" },
  { foreground: "text", background: "surface", text: "body", where: "text on cards and table rows" },
  { foreground: "muted", background: "background", text: "body", where: "captions and footers" },
  { foreground: "muted", background: "surface", text: "body", where: "captions on cards" },
  { foreground: "accentText", background: "accent", text: "body", where: "table headers and text on title slides" },
  { foreground: "heading", background: "background", text: "large", where: "slide titles" },
  { foreground: "heading", background: "surface", text: "large", where: "headings on cards" },
  {
    foreground: "accent",
    background: "background",
    text: "large",
    where: "large accent text (call-to-action closing, timeline)",
  },
  { foreground: "accent", background: "surface", text: "large", where: "metric values on cards" },
  { foreground: "alert", background: "background", text: "large", where: "the problem slice or series of a chart" },
];

/** One pair below its required ratio. */
export interface ContrastProblem extends ContrastPair {
  ratio: number;
  required: number;
  /** A foreground close to the current one that passes, if one exists. */
  suggestion?: string;
}

/** The pairs of `colors` below WCAG AA. Pure. */
export function findContrastProblems(colors: Theme["colors"]): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  for (const pair of CONTRAST_PAIRS) {
    const fg = colors[pair.foreground];
    const bg = colors[pair.background];
    if (fg === undefined || bg === undefined) continue; // an optional color left out
    const required = AA[pair.text];
    const ratio = contrastRatio(fg, bg);
    if (ratio < required) problems.push({ ...pair, ratio, required, suggestion: passingColor(fg, bg, required) });
  }
  return problems;
}

/** Errors for a theme file whose colors fail WCAG AA, positioned at the offending foreground color. */
export function checkThemeContrast(colors: Theme["colors"], source: SourceFile): BriefingError[] {
  return findContrastProblems(colors).map((p) => {
    const fg = `#${colors[p.foreground]}`;
    const bg = `#${colors[p.background]}`;
    const size = p.text === "body" ? "body text" : "large text";
    const suggestion = (color: string) => {
      const darker = relativeLuminance(color) < relativeLuminance(colors[p.foreground]!);
      const ratio = formatRatio(contrastRatio(color, colors[p.background]!));
      return (
        `use a ${darker ? "darker" : "lighter"} colors.${p.foreground}, e.g. "#${color}" (${ratio}), ` +
        `or change colors.${p.background}`
      );
    };
    return new BriefingError(
      `contrast too low: colors.${p.foreground} ${fg} on colors.${p.background} ${bg} is ${formatRatio(p.ratio)}; ` +
        `WCAG AA needs ${p.required}:1 for ${size} (${p.where})`,
      {
        code: "low-contrast",
        ...locate(source, ["colors", p.foreground]),
        hint: p.suggestion
          ? suggestion(p.suggestion)
          : `change colors.${p.background} so colors.${p.foreground} stands out from it`,
      },
    );
  });
}

/**
 * What our slides draw straight on a company template's background: body text, captions and large
 * accent text on content slides, the subtitle on title and section slides where the template's own
 * colour does not draw it. (Titles take the template's colours; cards and tables have fills of their own.)
 */
const ON_TEMPLATE: Record<"title" | "section" | "content", readonly ContrastPair[]> = {
  title: CONTRAST_PAIRS.filter((p) => p.foreground === "text" && p.background === "background"),
  section: CONTRAST_PAIRS.filter((p) => p.foreground === "text" && p.background === "background"),
  content: CONTRAST_PAIRS.filter(
    (p) => p.background === "background" && ["text", "muted", "accent", "alert"].includes(p.foreground),
  ),
};

/**
 * Errors for theme colours that fail WCAG AA on the background of the template layouts our slides go
 * on (a dark template with a light theme's dark text), positioned at the colour; each colour and
 * background once. Layouts whose background cannot be told (a picture of their own) are not checked.
 */
export function checkTemplateContrast(
  colors: Theme["colors"],
  layouts: LayoutAssignment,
  source: SourceFile,
  templateFile: string,
): BriefingError[] {
  const errors: BriefingError[] = [];
  const seen = new Set<string>();
  for (const role of TEMPLATE_ROLES) {
    const { layout } = layouts[role];
    const bg = layout.background;
    if (!bg || (role !== "content" && subtitleInTemplateColor(layouts[role]))) continue;
    for (const pair of ON_TEMPLATE[role]) {
      const fg = colors[pair.foreground];
      const required = AA[pair.text];
      if (fg === undefined || seen.has(`${pair.foreground} ${bg}`) || contrastRatio(fg, bg) >= required) continue;
      seen.add(`${pair.foreground} ${bg}`);
      const better = passingColor(fg, bg, required);
      errors.push(
        new BriefingError(
          `contrast too low on the template: colors.${pair.foreground} #${fg} on the background of its ` +
            `"${layout.name}" layout (#${bg}) is ${formatRatio(contrastRatio(fg, bg))}; WCAG AA needs ` +
            `${required}:1 for ${pair.text === "body" ? "body text" : "large text"} (${pair.where})`,
          {
            code: "low-contrast",
            ...locate(source, ["colors", pair.foreground]),
            hint:
              (better ? `use e.g. colors.${pair.foreground}: "#${better}", or ` : "") +
              `take the template's own colours: briefings theme import ${templateFile}`,
          },
        ),
      );
    }
  }
  return errors;
}
