import { relative } from "node:path";
import { buildWorkspace } from "../../build/buildWorkspace.js";
import { formatProblem, plural, problemToJson, type CliIO } from "../output.js";

export interface BuildFlags {
  root: string;
  deck?: string[];
  audience?: string[];
  out?: string;
  force?: boolean;
  brief?: boolean;
  json?: boolean;
}

/** `briefings build`: build what changed, say what it did, exit 1 if anything failed. */
export async function buildCommand(flags: BuildFlags, io: CliIO): Promise<number> {
  const started = performance.now();
  const report = await buildWorkspace(flags.root, {
    decks: flags.deck,
    audiences: flags.audience,
    outDir: flags.out,
    force: flags.force,
    brief: flags.brief,
  });
  const seconds = (performance.now() - started) / 1000;
  if (flags.json) {
    io.stdout(
      JSON.stringify(
        {
          ok: report.ok,
          built: report.built,
          unchanged: report.unchanged,
          removed: report.removed,
          failed: report.failed.map((f) => ({ ...f, errors: f.errors.map(problemToJson) })),
          errors: report.errors.map(problemToJson),
          warnings: report.warnings.map(problemToJson),
        },
        null,
        2,
      ) + "\n",
    );
    return report.ok ? 0 : 1;
  }
  const shown = (file: string) => relative(io.cwd, file) || file;
  for (const e of report.errors) io.stderr(formatProblem(e, io.cwd) + "\n");
  for (const w of report.warnings) io.stderr(formatProblem(w, io.cwd, "warning") + "\n");
  for (const b of report.built) io.stdout(`built      ${shown(b.file)}  ${plural(b.slides, "slide")}  ${(b.bytes / 1024).toFixed(0)} KB\n`);
  for (const b of report.unchanged) io.stdout(`unchanged  ${shown(b.file)}\n`);
  for (const file of report.removed) io.stdout(`removed    ${shown(file)}\n`);
  for (const f of report.failed) {
    io.stderr(`failed     ${f.deck}/${f.audience}:\n`);
    for (const e of f.errors) io.stderr(formatProblem(e, io.cwd) + "\n");
  }
  if (report.errors.length > 0 && report.built.length === 0 && report.unchanged.length === 0) {
    io.stderr(`${plural(report.errors.length, "error")}; nothing was built\n`);
    return 1;
  }
  const parts = [`${report.built.length} built`, `${report.unchanged.length} unchanged`];
  if (report.removed.length) parts.push(`${report.removed.length} removed`);
  if (report.failed.length) parts.push(`${report.failed.length} failed`);
  io.stderr(`${parts.join(", ")} in ${seconds.toFixed(2)} s\n`);
  return report.ok ? 0 : 1;
}
