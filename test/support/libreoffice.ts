import { execFile } from "node:child_process";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Convert decks to PDF with headless LibreOffice (its own profile, so parallel tests do not collide). */
export async function convertToPdf(files: string[], outDir: string): Promise<Map<string, string>> {
  const profile = await mkdtemp(join(tmpdir(), "lo-profile-"));
  await run(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, ...files],
    { timeout: 300_000 },
  );
  const produced = new Set(await readdir(outDir));
  const out = new Map<string, string>();
  for (const file of files) {
    const pdf = basename(file).replace(/\.pptx$/, ".pdf");
    if (produced.has(pdf)) out.set(file, join(outDir, pdf));
  }
  return out;
}

/** Number of pages of a PDF (pdfinfo). */
export async function pageCount(pdf: string): Promise<number> {
  const { stdout } = await run("pdfinfo", [pdf]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? 0);
}

/** Text of a PDF, one string per page (pdftotext). */
export async function pdfPages(pdf: string): Promise<string[]> {
  const { stdout } = await run("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.split("\f").slice(0, -1);
}
