import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isInside, isOutputFile } from "../paths/insideFolder.js";
import { ManifestSchema, type Manifest, type ManifestOutput } from "../schema/manifest.js";

export type { Manifest, ManifestOutput };

/** The manifest file's name inside the output folder. */
export const MANIFEST_FILE = ".briefings-manifest.json";

/**
 * Read the manifest of an output folder; undefined when there is none, it is unreadable, or it
 * does not have the expected shape. Builds delete the outputs it lists, so an output whose `file`
 * is not a .pptx inside the output folder (a tampered or hand-edited manifest) voids it all.
 */
export function readManifest(outDir: string): Manifest | undefined {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(outDir, MANIFEST_FILE), "utf8"));
  } catch {
    return undefined;
  }
  const manifest = ManifestSchema.safeParse(data);
  if (!manifest.success) return undefined;
  return Object.values(manifest.data.outputs).every((o) => isSafeOutput(outDir, o)) ? manifest.data : undefined;
}

/**
 * An output a build may delete: a .pptx inside the output folder, and companions beside it (briefs,
 * presenter scripts and PDFs: Markdown and PDF files inside the output folder only).
 */
function isSafeOutput(outDir: string, output: ManifestOutput): boolean {
  const inside = (c: string) =>
    /\.(md|pdf)$/.test(c) && isInside(outDir, join(outDir, c)) && !c.split(/[\\/]/).includes("..");
  return (output.companions ?? []).every(inside) && isOutputFile(outDir, join(outDir, output.file));
}
