import { join } from "node:path";
import { fileSize } from "../load/inputFiles.js";
import type { ManifestOutput } from "../load/readManifest.js";

/** Whether the brief and presenter script recorded for these outputs are still on disk (a deleted one is rebuilt). */
export function companionsPresent(outDir: string, outputs: readonly ManifestOutput[]): boolean {
  return outputs.flatMap((o) => o.companions ?? []).every((c) => fileSize(join(outDir, c)) !== undefined);
}
