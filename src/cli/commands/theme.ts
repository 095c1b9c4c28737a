import { relative } from "node:path";
import { BriefingError } from "../../errors.js";
import { importTheme } from "../../import/importTheme.js";
import { reportFailure, type CliIO } from "../output.js";

export interface ThemeImportFlags {
  root: string;
  file: string;
  id?: string;
  force?: boolean;
  json?: boolean;
}

/** `briefings theme import <file>`: write themes/<id>.yaml from a .pptx/.potx. */
export async function themeImportCommand(flags: ThemeImportFlags, io: CliIO): Promise<number> {
  try {
    const imported = await importTheme(flags.root, flags.file, { id: flags.id, force: flags.force });
    if (flags.json) {
      io.stdout(JSON.stringify({ ok: true, ...imported }, null, 2) + "\n");
      return 0;
    }
    const shown = (file: string) => relative(io.cwd, file) || file;
    const logo = imported.logoFile ? `  logo ${shown(imported.logoFile)}` : "  (no logo found)";
    io.stdout(`imported   ${shown(imported.themeFile)}${logo}\n`);

    for (const note of imported.notes) io.stderr(`note: ${note}\n`);
    io.stderr(`use it with "theme: ${imported.id}" in a deck file\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof BriefingError)) throw error;
    return reportFailure(error, io, flags.json);
  }
}
