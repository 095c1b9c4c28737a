import { readFile } from "node:fs/promises";
import JSZip from "jszip";

/** The parts of a .pptx we assert on: slide XML, notes, charts, tables. */
export interface PptxContents {
  slides: string[];
  notes: string[];
  charts: string[];
  files: string[];
}

export async function readPptx(file: string): Promise<PptxContents> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const files = Object.keys(zip.files);
  const ordered = (prefix: RegExp) =>
    files
      .filter((f) => prefix.test(f))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  const read = (names: string[]) => Promise.all(names.map((n) => zip.file(n)!.async("string")));
  return {
    slides: await read(ordered(/^ppt\/slides\/slide\d+\.xml$/)),
    notes: await read(ordered(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)),
    charts: await read(ordered(/^ppt\/charts\/chart\d+\.xml$/)),
    files,
  };
}

/** Visible text of a slide's XML (runs joined, paragraphs by newlines). */
export function slideText(xml: string): string {
  return xml
    .split(/<\/a:p>/)
    .map((p) => [...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!)).join(""))
    .filter((t) => t !== "")
    .join("\n");
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
