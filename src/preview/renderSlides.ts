import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { BriefingError } from "../errors.js";
import { convertToPdf } from "../write/convertToPdf.js";

const run = promisify(execFile);

/** A deck to render, and a name unique among the decks rendered together. */
export interface SlideSource {
  file: string;
  key: string;
}

/** Pages of one deck as PNG bytes, in slide order. */
export type RenderedPages = Map<string, Uint8Array[] | BriefingError>;

/**
 * Render decks to PNG pages: one headless LibreOffice run converts all of them to PDF (the write
 * stage's {@link convertToPdf}, into a temporary folder), then pdftoppm rasterizes each PDF.
 */
export async function renderSlides(
  sources: SlideSource[],
  tools: { soffice: string; pdftoppm: string },
  options: { pixels: number; onProgress?: (message: string) => void },
): Promise<RenderedPages> {
  const out: RenderedPages = new Map();
  if (sources.length === 0) return out;
  const work = await mkdtemp(join(tmpdir(), "briefings-preview-"));
  try {
    const pdfOf = (s: SlideSource) => join(work, `${s.key}.pdf`);
    const converted = await convertToPdf(
      sources.map((s) => ({ deck: s.file, pdf: pdfOf(s), kind: "slides" as const })),
      tools.soffice,
      { onProgress: options.onProgress },
    );
    for (const [i, s] of sources.entries()) {
      const failure = converted.get(pdfOf(s));
      if (failure) {
        out.set(s.key, failure);
        continue;
      }
      options.onProgress?.(`rendering slides of ${s.key} (${i + 1}/${sources.length})…`);
      const prefix = join(work, s.key);
      await run(tools.pdftoppm, ["-png", "-scale-to", String(options.pixels), pdfOf(s), prefix], {
        timeout: 10 * 60_000,
      });
      // pdftoppm numbers pages prefix-1.png or prefix-01.png, depending on the page count.
      const pages = (await readdir(work))
        .map((name) => ({ name, page: new RegExp(`^${escapeRegExp(s.key)}-(\\d+)\\.png$`).exec(name)?.[1] }))
        .filter((p): p is { name: string; page: string } => p.page !== undefined)
        .sort((a, b) => Number(a.page) - Number(b.page));
      out.set(s.key, await Promise.all(pages.map((p) => readFile(join(work, p.name)))));
    }
    return out;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
