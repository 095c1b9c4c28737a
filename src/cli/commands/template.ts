import { relative } from "node:path";
import { BriefingError, problemData } from "../../errors.js";
import { checkTemplate } from "../../preview/checkTemplate.js";
import { formatProblem, reportFailure, type CliIO } from "../output.js";

export interface TemplateCheckFlags {
  file: string;
  out: string;
  json?: boolean;
}

/** `briefings template check <file>`: what a deck built on this template will look like, and lack. */
export async function templateCheckCommand(flags: TemplateCheckFlags, io: CliIO): Promise<number> {
  try {
    const check = await checkTemplate(flags.file, {
      outDir: flags.out,
      onProgress:
        io.tty && !flags.json
          ? (m) => {
              io.stderr(`${m}\n`);
            }
          : undefined,
    });
    if (flags.json) {
      io.stdout(
        JSON.stringify({ ...check, ok: check.errors.length === 0, errors: check.errors.map(problemData) }, null, 2) +
          "\n",
      );
      return check.errors.length === 0 ? 0 : 1;
    }
    const shown = (file: string) => relative(io.cwd, file) || file;
    io.stdout(
      `${shown(check.file)}: ${check.width.toFixed(2)} × ${check.height.toFixed(2)} in, ` +
        `${check.layouts.length} layouts\n`,
    );
    for (const layout of check.layouts) {
      const use = layout.usedFor.length ? `  ← our ${layout.usedFor.join(", ")} slides` : "";
      io.stdout(`  ${layout.name}${layout.type ? ` (type ${layout.type})` : ""}${use}\n`);
      for (const ph of layout.placeholders) io.stdout(`      ${ph}\n`);
    }
    for (const m of check.missing) io.stdout(`missing: ${m}\n`);
    for (const f of check.missingFonts) io.stdout(`font not installed: ${f.font} (drawn with ${f.drawnWith} here)\n`);
    for (const e of check.errors) io.stderr(formatProblem(e, io.cwd) + "\n");
    if (check.contactSheet) io.stdout(`contact sheet: ${shown(check.contactSheet)}\n`);
    return check.errors.length === 0 ? 0 : 1;
  } catch (error) {
    if (!(error instanceof BriefingError)) throw error;
    return reportFailure(error, io, flags.json);
  }
}
