import { BriefingError } from "../errors.js";
import { renderPptx } from "../pptx/writePptx.js";
import { writeFileAtomic } from "../write/writeFileAtomic.js";
/** Turn a planned deck into .pptx bytes and write them atomically. */
export async function writeOutput(planned, output) {
    if (!planned.laidOut)
        return { output, errors: planned.errors };
    const bytes = await renderPptx(planned.laidOut);
    try {
        await writeFileAtomic(output.file, bytes);
    }
    catch (cause) {
        // A read-only folder or a full disk fails this output with a message, not a stack trace.
        const reason = cause.code ?? cause.message;
        const error = new BriefingError(`cannot write the deck (${reason})`, { file: output.file, hint: "check that the output folder is writable and the disk has room", cause });
        return { output, errors: [error] };
    }
    return {
        output,
        built: { deck: output.deck, audience: output.audience, file: output.file, slides: planned.laidOut.slides.length, bytes: bytes.length },
        errors: [],
    };
}
