import { execFile } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { BriefingError } from "../errors.js";
import { listFolder, readBytes } from "../load/readFiles.js";
import { copyFileTo, makeTempFolder, removeFolder } from "../write/tempFolder.js";

const run = promisify(execFile);

/** A deck to render, and a name unique among the decks rendered together. */
export interface SlideSource {
  file: string;
  key: string;
}

/** Pages of one deck as PNG bytes, in slide order. */
export type RenderedPages = Map<string, Uint8Array[] | BriefingError>;

/**
 * Render decks to PNG pages: one headless LibreOffice call converts all of them to PDF (with a
 * profile of its own, so parallel runs do not collide), then pdftoppm rasterizes each PDF.
 */
export async function renderSlides(
  sources: SlideSource[],
  tools: { soffice: string; pdftoppm: string },
  options: { pixels: number; onProgress?: (message: string) => void },
): Promise<RenderedPages> {
  const out: RenderedPages = new Map();
  if (sources.length === 0) return out;
  const work = await makeTempFolder("briefings-preview-", ["decks", "pdf"]);
  try {
    const profile = join(work, "profile");
    const decks = join(work, "decks");
    const pdfs = join(work, "pdf");
    // Copies with unique names: LibreOffice names each PDF after its input file.
    await Promise.all(sources.map((s) => copyFileTo(s.file, join(decks, `${s.key}.pptx`))));
    options.onProgress?.(
      `converting ${sources.length} deck${sources.length === 1 ? "" : "s"} to PDF with LibreOffice…`,
    );
    try {
      await run(
        tools.soffice,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          "--headless",
          "--norestore",
          "--convert-to",
          "pdf",
          "--outdir",
          pdfs,
          ...sources.map((s) => join(decks, `${s.key}.pptx`)),
        ],
        {
          timeout: 20 * 60_000,
          maxBuffer: 16 * 1024 * 1024,
        },
      );
    } catch (cause) {
      const error = new BriefingError(
        `LibreOffice could not convert the decks: ${(cause as Error).message.split("\n")[0]}`,
        {
          code: "libreoffice-failed",
          hint: "run soffice --headless --convert-to pdf <deck>.pptx by hand to see why",
          cause,
        },
      );
      for (const s of sources) out.set(s.key, error);
      return out;
    }
    const produced = new Set(await listFolder(pdfs));
    for (const [i, s] of sources.entries()) {
      if (!produced.has(`${s.key}.pdf`)) {
        out.set(
          s.key,
          new BriefingError(`LibreOffice produced no PDF for ${s.file}`, {
            code: "libreoffice-failed",
            file: s.file,
            hint: "open the deck in LibreOffice Impress to see whether it loads",
          }),
        );
        continue;
      }
      options.onProgress?.(`rendering slides of ${s.key} (${i + 1}/${sources.length})…`);
      const prefix = join(work, s.key);
      await run(tools.pdftoppm, ["-png", "-scale-to", String(options.pixels), join(pdfs, `${s.key}.pdf`), prefix], {
        timeout: 10 * 60_000,
      });
      // pdftoppm numbers pages prefix-1.png or prefix-01.png, depending on the page count.
      const pages = (await listFolder(work))
        .map((name) => ({ name, page: new RegExp(`^${escapeRegExp(s.key)}-(\\d+)\\.png$`).exec(name)?.[1] }))
        .filter((p): p is { name: string; page: string } => p.page !== undefined)
        .sort((a, b) => Number(a.page) - Number(b.page));
      out.set(s.key, await Promise.all(pages.map((p) => readBytes(join(work, p.name)))));
    }
    return out;
  } finally {
    await removeFolder(work);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
