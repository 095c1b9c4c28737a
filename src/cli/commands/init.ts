import { relative } from "node:path";
import { BriefingError } from "../../errors.js";
import { initWorkspace } from "../../write/initWorkspace.js";
import { reportFailure, type CliIO } from "../output.js";

export interface InitFlags {
  /** Absolute folder to scaffold. */
  dir: string;
  force?: boolean;
  json?: boolean;
}

/** `briefings init <dir>`: scaffold a workspace that builds at once, then say what to do next. */
export async function initCommand(flags: InitFlags, io: CliIO): Promise<number> {
  let result;
  try {
    result = await initWorkspace(flags.dir, { force: flags.force });
  } catch (error) {
    if (!(error instanceof BriefingError)) throw error;
    return reportFailure(error, io, flags.json);
  }
  if (flags.json) {
    io.stdout(JSON.stringify({ ok: true, root: result.root, files: result.files }, null, 2) + "\n");
    return 0;
  }
  const shown = relative(io.cwd, result.root) || ".";
  const arg = /\s/.test(shown) ? JSON.stringify(shown) : shown;
  io.stdout(
    [
      `Created a briefings workspace in ${shown} (${result.files.length} files).`,
      "",
      "Next:",
      `  1. Fill in ${shown}/decks/organization.yaml: every TODO is a fact about your company. The deck`,
      "     (subtitle, date, the sample executive) and the theme (logo) mark theirs with TODO too.",
      `  2. See what is left:  briefings check --root ${arg}`,
      "     (every TODO, placeholder and sample value, figures that disagree, slides without notes…;",
      "     --strict exits 1 while anything is found, for CI)",
      `  3. Build the decks:  briefings build --root ${arg} --brief`,
      `  4. Open ${shown}/out/adoption-briefing/ and rehearse with each <audience>.notes.md;`,
      "     tailor personas/ and decks/ in an editor with a YAML extension: the files carry their schemas.",
      "",
    ].join("\n"),
  );
  return 0;
}
