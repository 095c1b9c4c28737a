import { readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { runTool } from "./run.js";
import { tempDir } from "./tempDir.js";

/** Convert decks to PDF with headless LibreOffice (its own profile, so parallel tests do not collide). */
export async function convertToPdf(files: string[], outDir: string): Promise<Map<string, string>> {
  const profile = await tempDir("lo-profile-");
  await runTool(
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
  const stdout = await runTool("pdfinfo", [pdf]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? 0);
}

/** Text of a PDF, one string per page (pdftotext). */
export async function pdfPages(pdf: string): Promise<string[]> {
  const stdout = await runTool("pdftotext", ["-layout", pdf, "-"]);
  return stdout.split("\f").slice(0, -1);
}
