import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";

/** Every part of a package, text parts decoded. */
export interface Package {
  parts: Record<string, Uint8Array>;
  text(name: string): string;
  names: string[];
  /** Slide XML in slide order. */
  slides: string[];
}

export async function openPackage(file: string): Promise<Package> {
  const parts = unzipSync(await readFile(file));
  const names = Object.keys(parts);
  const text = (name: string) => (parts[name] ? strFromU8(parts[name]) : "");
  const slides = names
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]))
    .map(text);
  return { parts, text, names, slides };
}

/** The top-level shapes of a part's shape tree, in order (what PowerPoint reads in this order). */
export function shapesOf(xml: string): string[] {
  return [...xml.matchAll(/<p:(sp|pic|graphicFrame|cxnSp)>[\s\S]*?<\/p:\1>/g)].map((m) => m[0]);
}

/** A shape's placeholder (`<p:ph>`): type (default "obj") and index (default 0), as python-pptx reads them. */
export function placeholderOf(shape: string): { type: string; idx: number } | undefined {
  const ph = /<p:ph\b([^>]*)\/?>/.exec(shape)?.[1];
  if (ph === undefined) return undefined;
  return {
    type: /\btype="([^"]+)"/.exec(ph)?.[1] ?? "obj",
    idx: Number(/\bidx="(\d+)"/.exec(ph)?.[1] ?? 0),
  };
}

/** Text of a shape, paragraphs joined by newlines. */
export function shapeText(shape: string): string {
  return (shape.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? [])
    .map((p) => [...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!)).join(""))
    .filter((t) => t !== "")
    .join("\n");
}

/**
 * The slide's title the way python-pptx's `slide.shapes.title` finds it: the placeholder with index 0
 * (and, as screen readers require, of a title type).
 */
export function standardTitle(slideXml: string): { text: string; position: number } | undefined {
  const shapes = shapesOf(slideXml);
  const position = shapes.findIndex((s) => {
    const ph = placeholderOf(s);
    return ph?.idx === 0 && (ph.type === "title" || ph.type === "ctrTitle");
  });
  return position < 0 ? undefined : { text: shapeText(shapes[position]!), position };
}

/** The non-visual properties of a shape: name, alt text, decorative flag. */
export function describe(shape: string): { name: string; descr: string; decorative: boolean } {
  const nv = /<p:cNvPr\b[^>]*?(?:\/>|>[\s\S]*?<\/p:cNvPr>)/.exec(shape)?.[0] ?? "";
  return {
    name: decode(/\bname="([^"]*)"/.exec(nv)?.[1] ?? ""),
    descr: decode(/\bdescr="([^"]*)"/.exec(nv)?.[1] ?? ""),
    decorative: /<adec:decorative\b[^>]*\bval="1"/.test(nv),
  };
}

export function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
