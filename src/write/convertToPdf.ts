import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { BriefingError } from "../errors.js";
import { writeFileAtomic } from "./writeFileAtomic.js";

const run = promisify(execFile);

/** `slides`: one page per slide. `handout`: one notes page per slide (the slide above its speaker notes). */
export type PdfKind = "slides" | "handout";

/** One PDF to make from one deck. */
export interface PdfJob {
  /** The .pptx to convert. */
  deck: string;
  /** Where the PDF goes (written atomically: an earlier PDF stays until the new one is complete). */
  pdf: string;
  kind: PdfKind;
}

/** Options for {@link convertToPdf}. */
export interface ConvertOptions {
  /** Refuse to write PDFs whose folder, links followed, is outside this one. */
  within?: string;
  /** Called before each LibreOffice run. */
  onProgress?: (message: string) => void;
}

/** How the "impress_pdf_Export" filter writes notes pages only (LibreOffice 7.4 reads filter options as JSON). */
const FILTERS: Record<PdfKind, string> = {
  slides: "pdf:impress_pdf_Export",
  handout:
    'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"},' +
    '"ExportOnlyNotesPages":{"type":"boolean","value":"true"}}',
};

/**
 * Convert decks to PDF with headless LibreOffice: one run per kind for all decks together (each run
 * costs seconds of start-up), with a profile of its own so parallel runs do not collide. Returns,
 * for each job's `pdf`, nothing when it was written or the error that stopped it.
 *
 * This writes files (the PDFs), so it belongs to the `write` stage; LibreOffice itself reads the
 * decks it is given, which were written by this same stage.
 */
export async function convertToPdf(
  jobs: readonly PdfJob[],
  soffice: string,
  options: ConvertOptions = {},
): Promise<Map<string, BriefingError | undefined>> {
  const results = new Map<string, BriefingError | undefined>();
  if (jobs.length === 0) return results;
  const work = await mkdtemp(join(tmpdir(), "briefings-pdf-"));
  try {
    // Copies with unique names: LibreOffice names each PDF after its input file.
    const decks = [...new Set(jobs.map((j) => j.deck))];
    const copyOf = new Map(decks.map((d, i) => [d, `deck-${i + 1}`]));
    await mkdir(join(work, "in"));
    await Promise.all(decks.map((d) => copyFile(d, join(work, "in", `${copyOf.get(d)!}.pptx`))));
    for (const kind of ["slides", "handout"] as const) {
      const batch = jobs.filter((j) => j.kind === kind);
      if (batch.length === 0) continue;
      const outDir = join(work, kind);
      const count = `${batch.length} deck${batch.length === 1 ? "" : "s"}`;
      options.onProgress?.(`converting ${count} to ${kind === "slides" ? "PDF" : "PDF handouts"} with LibreOffice…`);
      const failure = await runSoffice(
        soffice,
        work,
        FILTERS[kind],
        outDir,
        batch.map((j) => join(work, "in", `${copyOf.get(j.deck)!}.pptx`)),
      );
      for (const job of batch) {
        if (failure) {
          results.set(job.pdf, failure);
          continue;
        }
        let bytes: Uint8Array;
        try {
          bytes = await readFile(join(outDir, `${copyOf.get(job.deck)!}.pdf`));
        } catch {
          results.set(
            job.pdf,
            new BriefingError(`LibreOffice produced no PDF for ${job.deck}`, {
              file: job.deck,
              hint: "open the deck in LibreOffice Impress to see whether it loads",
            }),
          );
          continue;
        }
        try {
          await writeFileAtomic(job.pdf, bytes, { within: options.within });
          results.set(job.pdf, undefined);
        } catch (error) {
          if (!(error instanceof BriefingError)) throw error;
          results.set(job.pdf, error);
        }
      }
    }
    return results;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Run one headless conversion; an error when LibreOffice fails or times out. */
async function runSoffice(
  soffice: string,
  work: string,
  filter: string,
  outDir: string,
  inputs: string[],
): Promise<BriefingError | undefined> {
  try {
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        filter,
        "--outdir",
        outDir,
        ...inputs,
      ],
      { timeout: 20 * 60_000, maxBuffer: 16 * 1024 * 1024 },
    );
    return undefined;
  } catch (cause) {
    return new BriefingError(`LibreOffice could not convert the decks: ${(cause as Error).message.split("\n")[0]}`, {
      hint: "run soffice --headless --convert-to pdf <deck>.pptx by hand to see why",
      cause,
    });
  }
}

/** The error for a PDF wanted where LibreOffice is not installed. */
export function sofficeMissing(what: string): BriefingError {
  return new BriefingError(`${what} needs LibreOffice (soffice), which is not installed (not found on PATH)`, {
    hint: "on Debian/Ubuntu: sudo apt-get install libreoffice-impress fonts-crosextra-carlito fonts-liberation2",
  });
}
