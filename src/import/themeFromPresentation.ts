import type { MasterPicture, PresentationTheme, SchemeColor } from "../load/readPresentationTheme.js";
import { SLIDE_SIZES, type SlideSize, type Theme, type ThemeInput } from "../schema/theme.js";
import { AA, contrastRatio, findContrastProblems, formatRatio, relativeLuminance } from "../validate/contrast.js";
import { checkImage } from "../validate/imageCheck.js";
import { ThemeSchema } from "../schema/theme.js";
import { mix } from "../validate/contrast.js";

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
  const surface = mix(background, heading, 0.05);
  const accent = chooseAccent(scheme, background, surface, notes);
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
    surface,
    line: mix(background, text, 0.18),
    chart: chartColors(scheme, background, notes),
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
  const unusable = logo ? undefined : unusableLogo(source.pictures, cx, cy);
  if (unusable)
    notes.push(
      `the logo on the slide master (${unusable.media}) is ${article(unusable.format)} ${unusable.format} picture, ` +
        `which decks cannot show; ` +
        `save it as PNG under themes/assets/ and add logo: by hand`,
    );
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
      ? { logo: { path: "", altText: logoAltText(logo.picture.descr, name), width: logoWidth(logo.picture) } }
      : {}),
    footer: { text: "{{organization.name}} · Confidential", slideNumbers: true },
  };
  if (!logo && !unusable && source.pictures.length > 0)
    notes.push(
      `none of the ${source.pictures.length} pictures on the slide master looks like a logo ` +
        "(small, PNG or JPEG, near a corner); add one under logo: by hand",
    );
  return { theme, logo, notes };
}

/** The picture most like a logo: a small PNG/JPEG near a corner of the slide; undefined if none is. */
export function chooseLogo(pictures: readonly MasterPicture[], cx: number, cy: number): MappedTheme["logo"] {
  const best = logoCandidates(pictures, cx, cy).find((c) => imageExtension(c.data) !== undefined);
  const extension = best && imageExtension(best.data);
  return best && extension && { picture: best, extension };
}

/** The picture most like a logo when it is a format decks cannot show (WMF, EMF, SVG…), with that format. */
export function unusableLogo(
  pictures: readonly MasterPicture[],
  cx: number,
  cy: number,
): (MasterPicture & { format: string }) | undefined {
  const best = logoCandidates(pictures, cx, cy)[0];
  if (!best || imageExtension(best.data) !== undefined) return undefined;
  return { ...best, format: pictureFormat(best) };
}

/** Pictures small enough and near enough a corner to be a logo, most logo-like first. */
function logoCandidates(pictures: readonly MasterPicture[], cx: number, cy: number): MasterPicture[] {
  const diagonal = Math.hypot(cx, cy);
  const scored: { picture: MasterPicture; score: number }[] = [];
  for (const picture of pictures) {
    if (picture.w <= 0 || picture.h <= 0) continue;
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
    scored.push({ picture, score: corner / diagonal + area });
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.picture);
}

function article(word: string): string {
  return /^[AEFHILMNORSX]/.test(word) ? "an" : "a"; // read as letters: an EMF, a WMF, an SVG
}

/** A picture's format by its first bytes (or its name), for messages. */
function pictureFormat(picture: MasterPicture): string {
  const d = picture.data;
  const le32 = (i: number) => (d[i]! | (d[i + 1]! << 8) | (d[i + 2]! << 16) | (d[i + 3]! << 24)) >>> 0;
  if (d.length >= 44 && le32(0) === 1 && le32(40) === 0x464d4520) return "EMF";
  if (d.length >= 4 && (le32(0) === 0x9ac6cdd7 || ((d[0] === 1 || d[0] === 2) && d[1] === 0 && d[2] === 9)))
    return "WMF";
  const extension = /\.([a-z0-9]+)$/i.exec(picture.media)?.[1];
  return extension ? extension.toUpperCase() : "unknown";
}

/**
 * The logo's alt text: the template's own description, read as one line, unless PowerPoint wrote it
 * (its automatic captions end "Description automatically generated" or "… generated automatically").
 */
export function logoAltText(descr: string | undefined, name: string): string {
  const text = (descr ?? "").replace(/\s+/g, " ").trim();
  if (text === "" || /\b(automatically generated|generated automatically)\b/i.test(text)) return `${name} logo`;
  return text;
}

/** The logo's width on our slides, in inches: as in the template (layout keeps it clear of the footer). */
function logoWidth(picture: MasterPicture): number {
  return Math.round(Math.min(4, Math.max(0.2, picture.w / EMU_PER_INCH)) * 100) / 100;
}

/** Non-text contrast (WCAG 1.4.11) a chart colour needs against the slide background. */
const CHART_CONTRAST = 3;

/**
 * Chart colours from accent1–6. A colour below 3:1 on the background is darkened (or lightened) a
 * little until it passes, keeping its hue; one that would need more (white on white, a pale tint)
 * is left out, as is one too like an earlier colour; each with a note. Our defaults fill up the rest.
 */
function chartColors(scheme: PresentationTheme["colors"], background: string, notes: string[]): string[] {
  const chosen: string[] = [];
  const target = relativeLuminance(background) > 0.18 ? "000000" : "FFFFFF";
  for (const slot of ["accent1", "accent2", "accent3", "accent4", "accent5", "accent6"] as const) {
    const color = scheme[slot];
    if (!color) continue;
    const ratio = contrastRatio(color, background);
    let usable: string | undefined = color;
    for (let t = 0.05; usable && contrastRatio(usable, background) < CHART_CONTRAST; t += 0.05)
      usable = t <= 0.3 + 1e-9 ? mix(color, target, t) : undefined;
    if (!usable)
      notes.push(
        `${slot} #${color} left out of the chart colors: ${formatRatio(ratio)} on the background #${background}, ` +
          `where a slice or bar needs ${CHART_CONTRAST}:1`,
      );
    else if (chosen.some((d) => alike(usable, d)))
      notes.push(`${slot} #${color} left out of the chart colors: too like another chart color to tell apart`);
    else {
      if (usable !== color)
        notes.push(
          `chart color ${slot} #${color} ${target === "000000" ? "darkened" : "lightened"} to #${usable}: ` +
            `${formatRatio(ratio)} on the background #${background}, where a slice or bar needs ${CHART_CONTRAST}:1`,
        );
      chosen.push(usable);
    }
  }
  const fits = (c: string) => contrastRatio(c, background) >= CHART_CONTRAST && !chosen.some((d) => alike(c, d));
  for (const color of FALLBACK_CHART) if (chosen.length < 6 && fits(color)) chosen.push(color);
  // A background none of the defaults suit (mid-grey): shades toward black or white, still distinct.
  for (let t = 1; chosen.length < 3 && t > 0; t -= 0.25) chosen.push(mix(background, target, t));
  return chosen;
}

/** Whether two colours are too close to tell apart as neighbouring slices (a small distance in RGB). */
function alike(a: string, b: string): boolean {
  const d = [0, 2, 4].map((i) => parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16));
  return Math.hypot(...d) < 48;
}

/**
 * The accent: title-slide fills, highlights, card values. accent1 unless it is too pale (or dark) to
 * stand on the background as large text and to carry readable text itself; then the first other
 * scheme colour that does both, so a brand with a pale accent1 and a strong accent2 gets the strong
 * one rather than accent1 darkened toward grey. With none, accent1 (the contrast nudge follows).
 */
function chooseAccent(
  scheme: PresentationTheme["colors"],
  background: string,
  surface: string,
  notes: string[],
): string {
  const first = scheme.accent1 ?? FALLBACK_CHART[0]!;
  const works = (c: string) =>
    contrastRatio(c, background) >= AA.large &&
    contrastRatio(c, surface) >= AA.large &&
    Math.max(contrastRatio(c, "FFFFFF"), contrastRatio(c, "000000"), contrastRatio(c, background)) >= AA.body;
  if (works(first)) return first;
  for (const slot of ["accent2", "accent3", "accent4", "accent5", "accent6", "dk2"] as const) {
    const color = scheme[slot];
    if (color && works(color)) {
      notes.push(
        `accent1 #${first} is too pale for title fills and accent text on #${background} ` +
          `(${contrastRatio(first, background).toFixed(1)}:1); ${slot} #${color} is the accent instead`,
      );
      return color;
    }
  }
  return first;
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
