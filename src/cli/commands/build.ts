import { relative } from "node:path";
import { buildWorkspace } from "../../build/buildDecks.js";
import { formatProblem, plural, problemToJson, type CliIO } from "../output.js";

export interface BuildFlags {
  root: string;
  deck?: string[];
  audience?: string[];
  out?: string;
  json?: boolean;
}

/** `briefings build`: build decks, print what was written, exit 1 if anything failed. */
export async function buildCommand(flags: BuildFlags, io: CliIO): Promise<number> {
  const started = performance.now();
  const report = await buildWorkspace(flags.root, {
    decks: flags.deck,
    audiences: flags.audience,
    outDir: flags.out === undefined ? undefined : relativeToCwd(flags.out, io.cwd),
  });
  const seconds = (performance.now() - started) / 1000;
  if (flags.json) {
    io.stdout(
      JSON.stringify(
        {
          ok: report.ok,
          built: report.built,
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
  for (const e of report.errors) io.stderr(formatProblem(e, io.cwd) + "\n");
  for (const w of report.warnings) io.stderr(formatProblem(w, io.cwd, "warning") + "\n");
  for (const b of report.built) {
    io.stdout(`built  ${relative(io.cwd, b.file) || b.file}  ${plural(b.slides, "slide")}  ${(b.bytes / 1024).toFixed(0)} KB\n`);
  }
  for (const f of report.failed) {
    io.stderr(`failed ${f.deck}/${f.audience}:\n`);
    for (const e of f.errors) io.stderr(formatProblem(e, io.cwd) + "\n");
  }
  if (report.errors.length > 0) {
    io.stderr(`${plural(report.errors.length, "error")}; nothing was built\n`);
    return 1;
  }
  const failed = report.failed.length ? `, ${report.failed.length} failed` : "";
  io.stderr(`${plural(report.built.length, "deck")} built${failed} in ${seconds.toFixed(2)} s\n`);
  return report.ok ? 0 : 1;
}

function relativeToCwd(path: string, cwd: string): string {
  return path.startsWith("/") ? path : `${cwd}/${path}`;
}
