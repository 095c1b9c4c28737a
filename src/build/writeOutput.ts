import { BriefingError } from "../errors.js";
import { renderPptx } from "../pptx/writePptx.js";
import { writeFileAtomic } from "../write/writeFileAtomic.js";
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
}

/** What became of one output: built, or the errors that stopped it (its previous deck stays). */
export interface OutputResult {
  output: StaleOutput;
  built?: BuiltDeck;
  errors: BriefingError[];
}

/** Turn a planned deck into .pptx bytes and write them atomically. */
export async function writeOutput(planned: PlannedDeck, output: StaleOutput): Promise<OutputResult> {
  if (!planned.laidOut) return { output, errors: planned.errors };
  const bytes = await renderPptx(planned.laidOut);
  try {
    await writeFileAtomic(output.file, bytes);
  } catch (cause) {
    // A read-only folder or a full disk fails this output with a message, not a stack trace.
    const reason = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
    const error = new BriefingError(`cannot write the deck (${reason})`, { file: output.file, hint: "check that the output folder is writable and the disk has room", cause });
    return { output, errors: [error] };
  }
  return {
    output,
    built: { deck: output.deck, audience: output.audience, file: output.file, slides: planned.laidOut.slides.length, bytes: bytes.length },
    errors: [],
  };
}
