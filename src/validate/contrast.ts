import { BriefingError } from "../errors.js";
import { locate, type SourceFile } from "../load/sourceFile.js";
import type { Theme } from "../schema/theme.js";

/** WCAG 2.x relative luminance of a color written as six hex digits (with or without #). */
export function relativeLuminance(hex: string): number {
  const digits = hex.replace(/^#/, "");
  const channel = (i: number) => {
    const c = parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** WCAG contrast ratio between two colors, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `a` moved toward `b` by `t` (0 = a, 1 = b), per channel; both six hex digits without #. */
export function mix(a: string, b: string, t: number): string {
  return [0, 2, 4]
    .map((i) => Math.round(parseInt(a.slice(i, i + 2), 16) * (1 - t) + parseInt(b.slice(i, i + 2), 16) * t))
    .map((c) => c.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}

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

/** Show a ratio rounded down to one decimal, so a failing 4.49 never reads as "4.5:1". */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

/** Errors for a theme file whose colors fail WCAG AA, positioned at the offending foreground color. */
export function checkThemeContrast(colors: Theme["colors"], source: SourceFile): BriefingError[] {
  return findContrastProblems(colors).map((p) => {
    const fg = `#${colors[p.foreground]}`;
    const bg = `#${colors[p.background]}`;
    return new BriefingError(
      `contrast too low: colors.${p.foreground} ${fg} on colors.${p.background} ${bg} is ${formatRatio(p.ratio)}; WCAG AA needs ${p.required}:1 for ${p.text === "body" ? "body text" : "large text"} (${p.where})`,
      {
        ...locate(source, ["colors", p.foreground]),
        hint: p.suggestion
          ? `use a ${relativeLuminance(p.suggestion) < relativeLuminance(colors[p.foreground]!) ? "darker" : "lighter"} colors.${p.foreground}, e.g. "#${p.suggestion}" (${formatRatio(contrastRatio(p.suggestion, colors[p.background]!))}), or change colors.${p.background}`
          : `change colors.${p.background} so colors.${p.foreground} stands out from it`,
      },
    );
  });
}

/** The foreground mixed toward black or white (whichever contrasts with the background) in small steps until it passes. */
export function passingColor(fg: string, bg: string, required: number): string | undefined {
  const target = relativeLuminance(bg) > 0.18 ? 0 : 255;
  for (let t = 0.05; t <= 1.0001; t += 0.05) {
    const mixed = [0, 2, 4]
      .map((i) => Math.round(parseInt(fg.slice(i, i + 2), 16) * (1 - t) + target * t))
      .map((c) => c.toString(16).padStart(2, "0"))
      .join("")
      .toUpperCase();
    if (contrastRatio(mixed, bg) >= required) return mixed;
  }
  return undefined;
}
