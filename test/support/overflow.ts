// Finds words that a renderer drew outside every text-bearing shape: the slide's text boxes, tables
// and charts (graphic frames) and its layout's text (footer, slide number). Shapes come from the
// slide XML; words come from LibreOffice's PDF of the deck, read with `pdftotext -bbox-layout`.
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { posix } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";

const run = promisify(execFile);
const EMU_PER_POINT = 12700;

/** A rectangle in points from the slide's top-left corner. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
  /** What the rectangle is, for messages. */
  label: string;
  /** The placeholder type of a slide's own shape ("title"…), if it is one. */
  placeholder?: string;
}

/** A word as drawn on a PDF page, in points. */
export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** One word outside every text-bearing shape of its slide. */
export interface Overflow {
  slide: number;
  word: Word;
  nearest?: string;
}

function xfrmRect(xml: string, label: string): Rect | undefined {
  const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(xml);
  const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(xml);
  if (!off || !ext) return undefined;
  return {
    x: +off[1]! / EMU_PER_POINT,
    y: +off[2]! / EMU_PER_POINT,
    w: +ext[1]! / EMU_PER_POINT,
    h: +ext[2]! / EMU_PER_POINT,
    label,
  };
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(" ");
}

/**
 * Rectangles of the shapes in a slide, layout or master part that can carry text: text boxes with
 * text or a field (slide number), and graphic frames (tables, charts). Placeholders without their own
 * position take their layout's (`inherited`, by placeholder type).
 */
export function textRects(partXml: string, inherited: ReadonlyMap<string, Rect> = new Map()): Rect[] {
  const rects: Rect[] = [];
  for (const [sp] of partXml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)) {
    const text = textOf(sp);
    if (text.trim() === "" && !sp.includes("<a:fld")) continue;
    const label = `"${text.slice(0, 40)}"`;
    const ph = /<p:ph[^>]*type="(\w+)"/.exec(sp)?.[1];
    const rect = xfrmRect(sp, label) ?? (ph ? inherited.get(ph) : undefined);
    if (rect) rects.push({ ...rect, label, ...(ph ? { placeholder: ph } : {}) });
  }
  for (const [frame] of partXml.matchAll(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g)) {
    const xfrm = /<p:xfrm>[\s\S]*?<\/p:xfrm>/.exec(frame)?.[0] ?? "";
    const rect = xfrmRect(xfrm, frame.includes("<a:tbl>") ? "table" : "chart");
    if (rect) rects.push(rect);
  }
  return rects;
}

function placeholderRects(partXml: string): Map<string, Rect> {
  const out = new Map<string, Rect>();
  for (const [sp] of partXml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)) {
    const ph = /<p:ph[^>]*type="(\w+)"/.exec(sp)?.[1];
    const rect = ph ? xfrmRect(sp, ph) : undefined;
    if (ph && rect) out.set(ph, rect);
  }
  return out;
}

/** For each slide of a .pptx, in order: the rectangles words may lie in (slide, layout and master text); and the slide width in points. */
export async function slideTextRects(pptxFile: string): Promise<{ width: number; slides: Rect[][] }> {
  const zip = await JSZip.loadAsync(await readFile(pptxFile));
  const read = (name: string) => zip.file(name)?.async("string") ?? Promise.resolve("");
  const relTarget = async (part: string, type: string) => {
    const rels = await read(posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`));
    const target = new RegExp(`Type="[^"]*/${type}" Target="([^"]+)"`).exec(rels)?.[1];
    return target ? posix.normalize(posix.join(posix.dirname(part), target)) : undefined;
  };
  const slides = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const out: Rect[][] = [];
  for (const slide of slides) {
    const layout = await relTarget(slide, "slideLayout");
    const master = layout ? await relTarget(layout, "slideMaster") : undefined;
    const [slideXml, layoutXml, masterXml] = await Promise.all([
      read(slide),
      layout ? read(layout) : "",
      master ? read(master) : "",
    ]);
    const inherited = new Map([...placeholderRects(masterXml), ...placeholderRects(layoutXml)]);
    // A layout's title and body placeholders are not drawn on its slides (their prompt text is only
    // seen in the layout); its footer, slide number and other text are.
    const drawn = (r: Rect) => r.placeholder === undefined || ["sldNum", "ftr", "dt"].includes(r.placeholder);
    const layoutRects = [...textRects(layoutXml), ...textRects(masterXml)]
      .filter(drawn)
      .map(({ placeholder: _, ...r }) => r);
    out.push([...textRects(slideXml, inherited), ...layoutRects]);
  }
  const width = Number(/<p:sldSz cx="(\d+)"/.exec(await read("ppt/presentation.xml"))?.[1] ?? 0) / EMU_PER_POINT;
  return { width, slides: out };
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Words on each page of a PDF, in points from the page's top-left corner, and the page widths. */
export async function pdfWords(pdf: string): Promise<{ width: number; words: Word[] }[]> {
  const { stdout } = await run("pdftotext", ["-bbox-layout", pdf, "-"], { maxBuffer: 256 * 1024 * 1024 });
  return [...stdout.matchAll(/<page width="([\d.]+)" height="[\d.]+">([\s\S]*?)<\/page>/g)].map(([, width, body]) => ({
    width: Number(width),
    words: [
      ...body!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g),
    ].map((m) => ({
      xMin: +m[1]!,
      yMin: +m[2]!,
      xMax: +m[3]!,
      yMax: +m[4]!,
      text: decode(m[5]!),
    })),
  }));
}

// pdftotext's word boxes run from the font's ascender to its descender, taller than the line the
// renderer sets (a 30 pt Carlito word is 39 pt tall); so vertically only the word's middle half
// must lie inside. A line spilling over a box's edge still fails.
const VERTICAL_SLACK = 0.25;

/**
 * Copy a deck without its "shrink text on overflow" flags (<a:normAutofit/>). LibreOffice honours
 * them by shrinking text that overflows, which would hide a layout that did not fit; PowerPoint
 * shows text at the stored size until the text is edited. The check must see what PowerPoint shows.
 */
export async function copyWithoutAutofit(pptxFile: string, dest: string): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(pptxFile));
  for (const name of Object.keys(zip.files).filter((f) =>
    /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(f),
  )) {
    const xml = await zip.file(name)!.async("string");
    if (xml.includes("<a:normAutofit/>")) zip.file(name, xml.replaceAll("<a:normAutofit/>", ""));
  }
  await writeFile(dest, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Whether a word lies within a rectangle, give or take `tolerance` points on each side. */
export function wordInside(word: Word, rect: Rect, tolerance: number): boolean {
  const slack = (word.yMax - word.yMin) * VERTICAL_SLACK;
  return (
    word.xMin >= rect.x - tolerance &&
    word.xMax <= rect.x + rect.w + tolerance &&
    word.yMin + slack >= rect.y - tolerance &&
    word.yMax - slack <= rect.y + rect.h + tolerance
  );
}

/** Words of each page that lie in none of that slide's rectangles (`scale` turns slide points into page points). */
export function findOverflows(
  pages: readonly { words: readonly Word[] }[],
  rects: readonly Rect[][],
  tolerance = 2,
  scale = 1,
): Overflow[] {
  const out: Overflow[] = [];
  pages.forEach((page, i) => {
    const slideRects = (rects[i] ?? []).map((r) => ({
      ...r,
      x: r.x * scale,
      y: r.y * scale,
      w: r.w * scale,
      h: r.h * scale,
    }));
    for (const word of page.words) {
      if (slideRects.some((r) => wordInside(word, r, tolerance))) continue;
      const cx = (word.xMin + word.xMax) / 2;
      const cy = (word.yMin + word.yMax) / 2;
      const nearest = slideRects.find((r) => cx >= r.x && cx <= r.x + r.w && cy >= r.y && cy <= r.y + r.h);
      out.push({ slide: i + 1, word, nearest: nearest?.label });
    }
  });
  return out;
}

/** How many lines of text LibreOffice set in each slide's title placeholder (0 where there is none). */
export async function titleLineCounts(pptxFile: string, pdf: string): Promise<{ lines: number; height: number }[]> {
  const [rects, pages] = await Promise.all([slideTextRects(pptxFile), pdfWords(pdf)]);
  const scale = rects.width > 0 ? (pages[0]?.width ?? rects.width) / rects.width : 1;
  return pages.map((page, i) => {
    const title = rects.slides[i]?.find((r) => r.placeholder === "title" || r.placeholder === "ctrTitle");
    if (!title) return { lines: 0, height: 0 };
    const box = { ...title, x: title.x * scale, y: title.y * scale, w: title.w * scale, h: title.h * scale };
    const tops = page.words.filter((w) => wordInside(w, box, 2)).map((w) => w.yMin);
    const lines = [...new Set(tops.map((y) => Math.round(y / 3)))]
      .sort((a, b) => a - b)
      .filter((y, j, all) => j === 0 || y - all[j - 1]! > 1);
    return { lines: lines.length, height: box.h };
  });
}

/** Every word LibreOffice drew outside its shapes in a deck, given the deck's PDF. */
export async function deckOverflows(pptxFile: string, pdf: string, tolerance = 2): Promise<Overflow[]> {
  const [rects, pages] = await Promise.all([slideTextRects(pptxFile), pdfWords(pdf)]);
  const scale = rects.width > 0 ? (pages[0]?.width ?? rects.width) / rects.width : 1;
  return findOverflows(pages, rects.slides, tolerance, scale);
}

/** One line per overflowing word, for assertion messages. */
export function describeOverflows(file: string, overflows: readonly Overflow[]): string[] {
  return overflows.map(
    ({ slide, word, nearest }) =>
      `${file} slide ${slide}: "${word.text}" at (${word.xMin.toFixed(1)}, ${word.yMin.toFixed(1)})–(${word.xMax.toFixed(1)}, ${word.yMax.toFixed(1)}) pt${nearest ? `, spilling from ${nearest}` : ""}`,
  );
}
