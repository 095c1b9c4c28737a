import { BriefingError } from "../errors.js";
import { renderPptx } from "../pptx/writePptx.js";
import { removeFile } from "../write/removeFile.js";
import { writeFileAtomic } from "../write/writeFileAtomic.js";
import type { CompanionFile } from "./companionFiles.js";
import type { PlannedDeck } from "./planBuild.js";
import type { BuiltDeck } from "./report.js";

/** An output whose inputs changed since it was last built. */
export interface StaleOutput {
  deck: string;
  audience: string;
  /** `deck/audience`. */
  key: string;
  /** Hash of its inputs (see targetHash). */
  hash: string;
  /** Absolute path of the .pptx. */
  file: string;
  /** Brief and presenter script written with it last time (absolute paths), removed if no longer wanted. */
  earlierCompanions: string[];
}

/** What became of one output: built, or the errors that stopped it (its previous deck stays). */
export interface OutputResult {
  output: StaleOutput;
  built?: BuiltDeck;
  errors: BriefingError[];
}

/** Turn a planned deck into .pptx bytes and write them atomically, with its brief and presenter script if planned. */
export async function writeOutput(planned: PlannedDeck, output: StaleOutput): Promise<OutputResult> {
  if (!planned.laidOut) return { output, errors: planned.errors };
  const bytes = await renderPptx(planned.laidOut);
  let companions: string[];
  try {
    await writeFileAtomic(output.file, bytes);
    companions = await writeCompanions(output.file, planned.companions ?? [], output.earlierCompanions);
  } catch (cause) {
    // A read-only folder or a full disk fails this output with a message, not a stack trace.
    const reason = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
    const error = new BriefingError(`cannot write the deck (${reason})`, { file: output.file, hint: "check that the output folder is writable and the disk has room", cause });
    return { output, errors: [error] };
  }
  return {
    output,
    built: { deck: output.deck, audience: output.audience, file: output.file, slides: planned.laidOut.slides.length, bytes: bytes.length, ...(companions.length ? { companions } : {}) },
    errors: [],
  };
}

/** Write the brief and presenter script next to `deck`, and remove earlier ones no longer wanted. */
async function writeCompanions(deck: string, files: readonly CompanionFile[], earlier: readonly string[]): Promise<string[]> {
  const written = files.map((f) => deck.replace(/\.pptx$/, f.suffix));
  for (const [i, f] of files.entries()) await writeFileAtomic(written[i]!, new TextEncoder().encode(f.text));
  for (const old of earlier) if (!written.includes(old)) await removeFile(old);
  return written;
}
