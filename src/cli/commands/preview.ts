import { relative } from "node:path";
import { previewDecks } from "../../preview/previewDecks.js";
import { problemData } from "../../errors.js";
import { formatProblem, plural, type CliIO } from "../output.js";

export interface PreviewFlags {
  root: string;
  deck?: string[];
  audience?: string[];
  out?: string;
  json?: boolean;
}

/** `briefings preview`: build, then render each deck's slides and a contact sheet to PNG. */
export async function previewCommand(flags: PreviewFlags, io: CliIO, progress = io.tty === true): Promise<number> {
  const started = performance.now();
  const report = await previewDecks(flags.root, {
    decks: flags.deck,
    audiences: flags.audience,
    outDir: flags.out,
    // Progress only on a terminal: logs and pipes get the summary alone.
    onProgress: progress
      ? (message) => {
          io.stderr(`${message}\n`);
        }
      : undefined,
  });
  const seconds = (performance.now() - started) / 1000;
  const { build } = report;
  const problems = [...report.errors, ...build.errors, ...build.failed.flatMap((f) => f.errors)];
  if (flags.json) {
    io.stdout(
      JSON.stringify(
        {
          ok: report.ok,
          built: build.built.map((b) => `${b.deck}/${b.audience}`),
          unchanged: build.unchanged.map((b) => `${b.deck}/${b.audience}`),
          previews: report.previews,
          errors: problems.map(problemData),
          warnings: build.warnings.map(problemData),
        },
        null,
        2,
      ) + "\n",
    );
    return report.ok ? 0 : 1;
  }
  const shown = (file: string) => relative(io.cwd, file) || file;
  for (const e of problems) io.stderr(formatProblem(e, io.cwd) + "\n");
  for (const w of build.warnings) io.stderr(formatProblem(w, io.cwd, "warning") + "\n");
  for (const p of report.previews) {
    const first = p.slides[0];
    const slides = first ? `  ${shown(first).replace(/slide-\d+\.png$/, "slide-*.png")}` : "";
    io.stdout(
      `previewed  ${p.deck}/${p.audience}  ${plural(p.slides.length, "slide")}  ${shown(p.contactSheet)}${slides}\n`,
    );
  }
  const failed = problems.length ? `, ${plural(problems.length, "error")}` : "";
  io.stderr(`${plural(report.previews.length, "deck")} previewed${failed} in ${seconds.toFixed(1)} s\n`);

  return report.ok ? 0 : 1;
}
