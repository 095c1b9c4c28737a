import { readFile } from "node:fs/promises";
import { join } from "node:path";

/** What the last build wrote into an output folder, so the next build can skip what did not change. */
export interface Manifest {
  version: 1;
  /** Fingerprint of the generator that wrote it. */
  generator: string;
  /** Date used for decks without one (YYYY-MM-DD). */
  today: string;
  /** Every input file read, relative to the workspace root, with its hash. */
  inputs: Record<string, string>;
  /** Every `deck/audience` the workspace defined at the last build. */
  targets: string[];
  /** Outputs by `deck/audience`. */
  outputs: Record<string, ManifestOutput>;
}

/** One deck the manifest knows about. */
export interface ManifestOutput {
  deck: string;
  audience: string;
  /** Hash of everything this output was built from. */
  hash: string;
  /** Path relative to the output folder. */
  file: string;
  slides: number;
  bytes: number;
  /** Files written next to the deck (brief, presenter script), relative to the output folder. */
  companions?: string[];
}

/** The manifest file's name inside the output folder. */
export const MANIFEST_FILE = ".briefings-manifest.json";

/** Read the manifest of an output folder; undefined when there is none or it is unreadable. */
export async function readManifest(outDir: string): Promise<Manifest | undefined> {
  try {
    const data = JSON.parse(await readFile(join(outDir, MANIFEST_FILE), "utf8")) as Manifest;
    return data.version === 1 && data.outputs && data.inputs && Array.isArray(data.targets) ? data : undefined;
  } catch {
    return undefined;
  }
}
