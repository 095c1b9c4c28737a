import { join } from "node:path";
import { fileSize } from "../load/inputFiles.js";
import type { ManifestOutput } from "../load/readManifest.js";

/** Whether the brief and presenter script recorded for these outputs are still on disk (a deleted one is rebuilt). */
export async function companionsPresent(outDir: string, outputs: readonly ManifestOutput[]): Promise<boolean> {
  const sizes = await Promise.all(outputs.flatMap((o) => o.companions ?? []).map((c) => fileSize(join(outDir, c))));
  return sizes.every((size) => size !== undefined);
}
