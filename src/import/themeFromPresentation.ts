import type { MasterPicture, PresentationTheme, SchemeColor } from "../load/readPresentationTheme.js";
import { SLIDE_SIZES, type SlideSize, type Theme, type ThemeInput } from "../schema/theme.js";
import { contrastRatio, mix } from "../color/contrast.js";
import { findContrastProblems } from "../validate/themeContrast.js";
import { checkImage } from "../validate/imageCheck.js";
import { ThemeSchema } from "../schema/theme.js";

const EMU_PER_INCH = 914400;
const FALLBACK_CHART = ["0F5BD8", "14A38B", "F2A541", "D1495B", "6C5CE7", "2D3748"];

/** A theme mapped from a presentation, ready to be written. */
export interface MappedTheme {
  /** The theme file's contents (logo.path still to be filled in by the caller when `logo` is set). */
  theme: ThemeInput;
  /** The picture chosen as the logo, with its file extension. */
  logo?: { picture: MasterPicture; extension: "png" | "jpg" };
  /** What was adjusted or guessed, for the user to review. */
  notes: string[];
}

/**
 * Map a presentation's theme onto our theme fields. Pure. Background and text follow the master's
 * color map (lt1/dk1 normally), headings dk2, the accent accent1, charts accent1–6; surface, line
 * and muted are mixed from those; any pair below WCAG AA is nudged until it passes (and noted).
 */
export function themeFromPresentation(source: PresentationTheme, name: string): MappedTheme {
  const notes: string[] = [];
  const scheme = source.colors;
  const pick = (slot: SchemeColor, fallback: string) => scheme[slot] ?? fallback;
  const background = pick(source.colorMap.bg1, "FFFFFF");
  const text = pick(source.colorMap.tx1, "000000");
  const tx2 = pick(source.colorMap.tx2, text);
  const heading = contrastRatio(tx2, background) >= 3 ? tx2 : text;
  const accent = pick("accent1", FALLBACK_CHART[0]!);
  const accentText = [background, text, "FFFFFF", "000000"].reduce((best, c) =>
    contrastRatio(c, accent) > contrastRatio(best, accent) ? c : best,
  );
  const colors: Theme["colors"] = {
    background,
    text,
    heading,
    accent,
    accentText,
    muted: mix(text, background, 0.35),
    surface: mix(background, heading, 0.05),
    line: mix(background, text, 0.18),
    chart: (["accent1", "accent2", "accent3", "accent4", "accent5", "accent6"] as const).map((slot, i) =>
      pick(slot, FALLBACK_CHART[i]!),
    ),
  };
  for (const missing of ["dk1", "lt1", "dk2", "accent1"] as const)
    if (!scheme[missing]) notes.push(`the color scheme has no ${missing}; a default was used`);

  // Nudge whatever fails WCAG AA: a readable deck matters more than an exact brand shade.
  for (let round = 0; round < 4; round++) {
    const problems = findContrastProblems(colors);
    if (problems.length === 0) break;
    const p = problems[0]!;
    const fixed =
      p.suggestion ??
      (contrastRatio("FFFFFF", colors[p.background]!) > contrastRatio("000000", colors[p.background]!)
        ? "FFFFFF"
        : "000000");
    notes.push(
      `colors.${p.foreground} changed from #${colors[p.foreground] ?? ""} to #${fixed}: ` +
        `too little contrast on colors.${p.background} #${colors[p.background] ?? ""}`,
    );
    colors[p.foreground] = fixed;
  }

  const { cx, cy } = source.slideSize;
  const slideSize = nearestSlideSize(cx / cy);
  const ratio = slideSize === "16:9" ? 16 / 9 : 4 / 3;
  if (Math.abs(cx / cy - ratio) / ratio > 0.02)
    notes.push(
      `slide size ${(cx / EMU_PER_INCH).toFixed(2)}×${(cy / EMU_PER_INCH).toFixed(2)} in is neither 16:9 nor 4:3; ` +
        `${slideSize} is the closest`,
    );

  const heading_font = source.fonts.major ?? "Calibri";
  const body_font = source.fonts.minor ?? heading_font;
  if (!source.fonts.major) notes.push("the font scheme names no heading (major) font; Calibri was used");

  const logo = chooseLogo(source.pictures, cx, cy);
  const hex = (c: string) => `#${c}`;
  const theme = {
    name,
    slideSize,
    colors: {
      background: hex(colors.background),
      text: hex(colors.text),
      heading: hex(colors.heading),
      accent: hex(colors.accent),
      accentText: hex(colors.accentText),
      muted: hex(colors.muted),
      surface: hex(colors.surface),
      line: hex(colors.line),
      chart: colors.chart.map(hex),
    },
    fonts: { heading: heading_font, body: body_font },
    ...(logo
      ? { logo: { path: "", altText: logo.picture.descr?.trim() || `${name} logo`, width: logoWidth(logo.picture) } }
      : {}),
    footer: { text: "{{organization.name}} · Confidential", slideNumbers: true },
  };
  if (!logo && source.pictures.length > 0)
    notes.push(
      `none of the ${source.pictures.length} pictures on the slide master looks like a logo ` +
        "(small, PNG or JPEG, near a corner); add one under logo: by hand",
    );
  return { theme, logo, notes };
}

/** The picture most like a logo: a small PNG/JPEG near a corner of the slide; undefined if none is. */
export function chooseLogo(pictures: readonly MasterPicture[], cx: number, cy: number): MappedTheme["logo"] {
  const diagonal = Math.hypot(cx, cy);
  let best: { picture: MasterPicture; extension: "png" | "jpg"; score: number } | undefined;
  for (const picture of pictures) {
    const extension = imageExtension(picture.data);
    if (!extension || picture.w <= 0 || picture.h <= 0) continue;
    const area = (picture.w * picture.h) / (cx * cy);
    if (area > 0.08 || picture.w > cx * 0.4 || picture.h > cy * 0.3) continue; // a banner or background, not a logo
    const corner = Math.min(
      ...[
        [0, 0],
        [cx, 0],
        [0, cy],
        [cx, cy],
      ].map(([x, y]) => Math.hypot(picture.x + picture.w / 2 - x!, picture.y + picture.h / 2 - y!)),
    );
    if (corner / diagonal > 0.3) continue;
    const score = corner / diagonal + area;
    if (!best || score < best.score) best = { picture, extension, score };
  }
  return best && { picture: best.picture, extension: best.extension };
}

/**
 * The logo's width on our slides, in inches: as in the template, but at most 1.5 in so it stays
 * clear of the footer text.
 */

function logoWidth(picture: MasterPicture): number {
  return Math.round(Math.min(1.5, Math.max(0.2, picture.w / EMU_PER_INCH)) * 100) / 100;
}

/** The file extension for a picture a deck can show; undefined for other formats and broken files. */
function imageExtension(data: Uint8Array): "png" | "jpg" | undefined {
  const { mime } = checkImage(data);
  return mime === "image/png" ? "png" : mime === "image/jpeg" ? "jpg" : undefined;
}

function nearestSlideSize(ratio: number): SlideSize {
  return SLIDE_SIZES.reduce((best, size) => {
    const [w, h] = size.split(":").map(Number) as [number, number];
    const [bw, bh] = best.split(":").map(Number) as [number, number];
    return Math.abs(ratio - w / h) < Math.abs(ratio - bw / bh) ? size : best;
  });
}

/** The theme file's text: a comment saying where it came from, then the YAML. Checked against the schema. */
export function themeYaml(
  theme: MappedTheme["theme"],
  from: string,
  notes: string[],
  stringify: (value: unknown) => string,
): string {
  ThemeSchema.parse(theme); // a mapping bug must not write a file that fails validation
  const header = [
    `# Imported from ${from} by \`briefings theme import\`; adjust freely.`,
    ...notes.map((n) => `# note: ${n}`),
  ];
  return `${header.join("\n")}\n${stringify(theme)}`;
}
