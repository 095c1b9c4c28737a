// The colour a layout's background is, near enough to check text contrast against: the layout's own
// <p:bg>, else its master's, resolved through the master's colour map and its theme's colour scheme.
// A background drawn from the theme's fill styles (<p:bgRef>) is tinted from the colour it names, even
// when the style is a picture (PowerPoint's duotone photographs), so that colour stands for it. A
// picture of the template's own (<a:blipFill> in <p:bgPr>) or a pattern cannot be told: undefined.

import { schemeColors } from "./packageFormat.js";

const MAPPED = ["bg1", "tx1", "bg2", "tx2"];

/** Six upper-case hex digits, or undefined where the background cannot be told from the XML. */
export function layoutBackground(layoutXml: string, masterXml: string, themeXml: string): string | undefined {
  const resolve = colorResolver(layoutXml, masterXml, themeXml);
  const own = /<p:bg>([\s\S]*?)<\/p:bg>/.exec(layoutXml)?.[1];
  const inherited = /<p:bg>([\s\S]*?)<\/p:bg>/.exec(masterXml)?.[1];
  const bg = own ?? inherited;
  if (bg === undefined) return undefined;
  if (/<p:bgRef\b/.test(bg)) return resolve(bg);
  const fill = /<p:bgPr>([\s\S]*?)<\/p:bgPr>/.exec(bg)?.[1] ?? "";
  if (/^\s*<a:solidFill>/.test(fill)) return resolve(fill);
  if (/^\s*<a:gradFill\b/.test(fill)) {
    const stops = [...fill.matchAll(/<a:gs\b[^>]*>([\s\S]*?)<\/a:gs>/g)]
      .map((m) => resolve(m[1]!))
      .filter((c): c is string => c !== undefined);
    return stops.length > 0 ? average(stops) : undefined;
  }
  return undefined;
}

/**
 * The colour of the first colour element in some XML (srgbClr, schemeClr, sysClr) as a layout shows
 * it: through its colour map and its theme's scheme, with luminance modulation, shade and tint applied.
 */
export function colorResolver(
  layoutXml: string,
  masterXml: string,
  themeXml: string,
): (xml: string) => string | undefined {
  const scheme = new Map(Object.entries(schemeColors(themeXml)));
  const map = colorMap(masterXml, layoutXml);
  return (xml) => colorOf(xml, scheme, map);
}

/** bg1/tx1/bg2/tx2 to scheme slots: the master's map, or the layout's override. */
function colorMap(masterXml: string, layoutXml: string): Map<string, string> {
  const tag = /<a:overrideClrMapping\b[^>]*>/.exec(layoutXml)?.[0] ?? /<p:clrMap\b[^>]*>/.exec(masterXml)?.[0] ?? "";
  const defaults: Record<string, string> = { bg1: "lt1", tx1: "dk1", bg2: "lt2", tx2: "dk2" };
  return new Map(MAPPED.map((name) => [name, new RegExp(`\\s${name}="(\\w+)"`).exec(tag)?.[1] ?? defaults[name]!]));
}

/** The first colour element in `xml`, with its luminance modulation and offset applied. */
function colorOf(xml: string, scheme: Map<string, string>, map: Map<string, string>): string | undefined {
  const element = /<a:(srgbClr|schemeClr|sysClr)\b([^>]*?)(\/>|>([\s\S]*?)<\/a:\1>)/.exec(xml);
  if (!element) return undefined;
  const [, kind, attrs, , inner = ""] = element;
  const val = /\bval="([^"]*)"/.exec(attrs!)?.[1] ?? "";
  let base: string | undefined;
  if (kind === "srgbClr") base = /^[0-9A-Fa-f]{6}$/.test(val) ? val.toUpperCase() : undefined;
  else if (kind === "sysClr") base = /\blastClr="([0-9A-Fa-f]{6})"/.exec(attrs!)?.[1]?.toUpperCase();
  else base = scheme.get(map.get(val) ?? val);
  if (!base) return undefined;
  const percent = (name: string) => {
    const v = new RegExp(`<a:${name}\\b[^>]*\\bval="(-?\\d+)"`).exec(inner)?.[1];
    return v === undefined ? undefined : Number(v) / 100000;
  };
  const lumMod = percent("lumMod");
  const lumOff = percent("lumOff");
  const shade = percent("shade");
  const tint = percent("tint");
  const [h, s, lightness] = toHsl(base);
  const l = lumMod !== undefined || lumOff !== undefined ? clamp(lightness * (lumMod ?? 1) + (lumOff ?? 0)) : lightness;
  let out = fromHsl(h, s, l);
  // shade darkens toward black, tint lightens toward white (by what is left of 100 %).
  if (shade !== undefined) out = scale(out, (c) => c * shade);
  if (tint !== undefined) out = scale(out, (c) => 255 - (255 - c) * tint);
  return out;
}

function average(colors: string[]): string {
  const channel = (i: number) =>
    Math.round(colors.reduce((sum, c) => sum + parseInt(c.slice(i, i + 2), 16), 0) / colors.length);
  return hex([channel(0), channel(2), channel(4)]);
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));

function scale(color: string, f: (channel: number) => number): string {
  return hex([0, 2, 4].map((i) => Math.round(Math.min(255, Math.max(0, f(parseInt(color.slice(i, i + 2), 16)))))));
}

function hex(channels: number[]): string {
  return channels
    .map((c) => c.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}

function toHsl(color: string): [number, number, number] {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(color.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function fromHsl(h: number, s: number, l: number): string {
  if (s === 0) return hex([l, l, l].map((v) => Math.round(v * 255)));
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return hex([channel(h + 1 / 3), channel(h), channel(h - 1 / 3)].map((v) => Math.round(v * 255)));
}
