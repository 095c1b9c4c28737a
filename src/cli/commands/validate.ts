import { join } from "node:path";
import { planBuild } from "../../build/planBuild.js";
import { selectTargets } from "../../build/selectTargets.js";
import { problemData, type BriefingError } from "../../errors.js";
import { loadWorkspace } from "../../load/loadWorkspace.js";
import { validateWorkspace } from "../../validate/validateWorkspace.js";
import { formatProblem, plural, type CliIO } from "../output.js";

export interface ValidateFlags {
  root: string;
  json?: boolean;
}

/** `briefings validate`: check every file, then render every deck for every audience without writing. */
export async function validateCommand(flags: ValidateFlags, io: CliIO): Promise<number> {
  // The build's billing cache (read only) spares reading unchanged billing data again.
  const validation = validateWorkspace(await loadWorkspace(flags.root, { cacheDir: join(flags.root, "out") }));
  let errors: BriefingError[] = validation.errors;
  let warnings: ReturnType<typeof planBuild>["context"]["warnings"] = [];
  let summary = "";
  if (validation.ok) {
    const ws = validation.workspace;
    const plan = planBuild(ws, selectTargets(ws).targets, { brief: true });
    errors = [...plan.errors, ...plan.planned.flatMap((p) => p.errors)];
    warnings = plan.context.warnings;
    const audiences = [...ws.decks.values()].reduce((n, d) => n + d.value.audiences.length, 0);
    summary = [
      plural(ws.personas.size, "persona"),
      plural(ws.organizations.size, "organization"),
      `${plural(ws.decks.size, "deck")} (${plural(audiences, "audience")})`,
      plural(ws.themes.size, "theme"),
    ].join(", ");
  }
  if (flags.json) {
    io.stdout(
      JSON.stringify(
        { ok: errors.length === 0, errors: errors.map(problemData), warnings: warnings.map(problemData) },
        null,
        2,
      ) + "\n",
    );
    return errors.length === 0 ? 0 : 1;
  }
  for (const e of errors) io.stderr(formatProblem(e, io.cwd) + "\n");
  for (const w of warnings) io.stderr(formatProblem(w, io.cwd, "warning") + "\n");
  if (errors.length > 0) {
    io.stderr(`${plural(errors.length, "error")} found\n`);
    return 1;
  }
  io.stdout(`valid: ${summary}\n`);
  return 0;
}
