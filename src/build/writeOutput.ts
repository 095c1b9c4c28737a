import { BriefingError } from "../errors.js";
import { renderPptx } from "../pptx/writePptx.js";
import { removeFile } from "../write/removeFile.js";
import { writeFileAtomic } from "../write/writeFileAtomic.js";
import { writeError } from "../write/writeError.js";
import { isOutputFile } from "../load/readManifest.js";
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
  /** The output folder: nothing is written outside it, symbolic links followed. */
  outDir: string;
  /** Brief, presenter script and PDFs written with it last time (absolute paths), removed if no longer wanted. */
  earlierCompanions: string[];
  /** PDFs made from the deck once it is written (absolute paths): an earlier one stays until replaced. */
  laterCompanions: string[];
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
  if (!isOutputFile(output.outDir, output.file)) {
    // Validation keeps deck and audience ids safe; this is the backstop.
    const error = new BriefingError(`refusing to write outside the output folder: ${output.file}`, {
      hint: "use letters, digits and dashes in deck file names and audience ids",
    });
    return { output, errors: [error] };
  }
  const bytes = await renderPptx(planned.laidOut);
  let companions: string[];
  try {
    await writeFileAtomic(output.file, bytes, { within: output.outDir });
    companions = await writeCompanions(output.file, planned.companions ?? [], output.outDir);
    const wanted = [...companions, ...output.laterCompanions];
    for (const old of output.earlierCompanions)
      if (!wanted.includes(old)) await removeFile(old, { within: output.outDir });
  } catch (cause) {
    // A read-only folder or a full disk fails this output with a message, not a stack trace.
    return { output, errors: [writeError(cause, output.file)] };
  }
  return {
    output,
    built: {
      deck: output.deck,
      audience: output.audience,
      file: output.file,
      slides: planned.laidOut.slides.length,
      bytes: bytes.length,
      ...(companions.length ? { companions } : {}),
      ...(planned.findings ? { findings: planned.findings.length } : {}),
    },
    errors: [],
  };
}

/** Write the brief and presenter script next to `deck`. */
async function writeCompanions(deck: string, files: readonly CompanionFile[], within: string): Promise<string[]> {
  const written = files.map((f) => deck.replace(/\.pptx$/, f.suffix));
  for (const [i, f] of files.entries())
    await writeFileAtomic(written[i]!, new TextEncoder().encode(f.text), { within });
  return written;
}
