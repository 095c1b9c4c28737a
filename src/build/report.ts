import { join } from "node:path";
import type { BriefingError, BriefingWarning } from "../errors.js";
import type { ManifestOutput } from "../load/readManifest.js";

/** One deck in the output folder. */
export interface BuiltDeck {
  deck: string;
  audience: string;
  /** Absolute path of the .pptx. */
  file: string;
  slides: number;
  bytes: number;
  /** Absolute paths of the brief and presenter script written next to the deck, if any. */
  companions?: string[];
  /** How many findings `briefings check` has for it (as of when it was built). */
  findings?: number;
}

/** What a build did. `ok` is false when anything failed. */
export interface BuildReport {
  ok: boolean;
  /** Decks written by this build. */
  built: BuiltDeck[];
  /** Decks whose inputs did not change, left as they were. */
  unchanged: BuiltDeck[];
  /** Decks deleted because their deck or audience no longer exists (absolute paths). */
  removed: string[];
  /** Outputs that could not be built, with why; their previous deck, if any, is left in place. */
  failed: { deck: string; audience: string; errors: BriefingError[] }[];
  /** Problems that stopped the build before any output (invalid input, unknown --deck). */
  errors: BriefingError[];
  warnings: BriefingWarning[];
  /** Threads that built decks (more than 1 when a large batch was shared with worker threads; 0 when nothing was built). */
  threads: number;
}

export function emptyReport(): BuildReport {
  return { ok: false, built: [], unchanged: [], removed: [], failed: [], errors: [], warnings: [], threads: 0 };
}

/** A deck the manifest records, as the report shows it: paths made absolute in `outDir`. */
export function deckFromManifest(outDir: string, output: ManifestOutput): BuiltDeck {
  const { deck, audience, slides, bytes, companions, findings } = output;
  return {
    deck,
    audience,
    file: join(outDir, output.file),
    slides,
    bytes,
    companions: companions?.map((c) => join(outDir, c)),
    ...(findings === undefined ? {} : { findings }),
  };
}
