import { relative } from "node:path";
import { buildWorkspace } from "../../build/buildWorkspace.js";
import type { BuildReport } from "../../build/report.js";
import { problemData } from "../../errors.js";
import { createStyle, formatProblem, formatTable, plural, type CliIO, type Style } from "../output.js";

export interface BuildFlags {
  root: string;
  deck?: string[];
  audience?: string[];
  out?: string;
  force?: boolean;
  brief?: boolean;
  pdf?: boolean;
  handout?: boolean;
  workers?: number;
  quiet?: boolean;
  json?: boolean;
}

/** `briefings build`: build what changed, say what it did, exit 1 if anything failed. */
export async function buildCommand(flags: BuildFlags, io: CliIO): Promise<number> {
  const started = performance.now();
  const style = createStyle(io);
  // Progress on a terminal only: a counter overwritten in place, cleared before the summary.
  const progress = io.tty && !flags.quiet && !flags.json;
  const report = await buildWorkspace(flags.root, {
    decks: flags.deck,
    audiences: flags.audience,
    outDir: flags.out,
    force: flags.force,
    brief: flags.brief,
    pdf: flags.pdf,
    handout: flags.handout,
    workers: flags.workers,
    onProgress: progress
      ? ({ done, total, deck, audience }) => {
          if (total > 1)
            io.stderr(
              `\r\x1b[K${style.dim(`[${done}/${total}]`)} ${deck}/${audience}${done === total ? "\r\x1b[K" : ""}`,
            );
        }
      : undefined,
  });
  const seconds = (performance.now() - started) / 1000;
  if (flags.json) io.stdout(JSON.stringify(reportToJson(report), null, 2) + "\n");
  else printReport(report, seconds, io, { quiet: flags.quiet });
  return report.ok ? 0 : 1;
}

/** A build report as plain data for --json. */
export function reportToJson(report: BuildReport) {
  return {
    ok: report.ok,
    built: report.built,
    unchanged: report.unchanged,
    removed: report.removed,
    failed: report.failed.map((f) => ({ ...f, errors: f.errors.map(problemData) })),
    errors: report.errors.map(problemData),
    warnings: report.warnings.map(problemData),
    threads: report.threads,
    findings: checkFindings(report)?.findings,
  };
}

/** How many findings `briefings check` has for the decks built or unchanged; undefined when none was counted. */
export function checkFindings(report: BuildReport): { findings: number; decks: number } | undefined {
  const counted = [...report.built, ...report.unchanged].filter((d) => d.findings !== undefined);
  if (counted.length === 0) return undefined;
  return { findings: counted.reduce((n, d) => n + (d.findings ?? 0), 0), decks: counted.length };
}

/**
 * What a build did: problems and the one-line summary on stderr, a table of outputs on stdout.
 * `quiet` prints only problems; `unchanged: false` leaves unchanged decks out of the table (watch).
 */
export function printReport(
  report: BuildReport,
  seconds: number,
  io: CliIO,
  options: { quiet?: boolean; unchanged?: boolean } = {},
): void {
  const style = createStyle(io);
  for (const e of report.errors) io.stderr(formatProblem(e, io.cwd) + "\n");
  for (const w of report.warnings) io.stderr(formatProblem(w, io.cwd, "warning") + "\n");
  // A mistake every audience's copy makes (a misspelt variable on a shared slide) is printed once.
  const failedBy = new Map<string, string[]>();
  for (const f of report.failed)
    for (const e of f.errors) {
      const problem = formatProblem(e, io.cwd);
      failedBy.set(problem, [...(failedBy.get(problem) ?? []), `${f.deck}/${f.audience}`]);
    }
  for (const [problem, targets] of failedBy)
    io.stderr(`${style.red("failed")}     ${targets.join(", ")}:\n${problem}\n`);
  if (report.errors.length > 0 && report.built.length === 0 && report.unchanged.length === 0) {
    io.stderr(`${plural(report.errors.length, "error")}; nothing was built\n`);
    return;
  }
  if (!options.quiet)
    for (const line of summaryTable(report, io, style, options.unchanged !== false)) io.stdout(line + "\n");
  const parts = [`${report.built.length} built`, `${report.unchanged.length} unchanged`];
  if (report.removed.length) parts.push(`${report.removed.length} removed`);
  if (report.failed.length) parts.push(style.red(`${report.failed.length} failed`));
  if (!options.quiet || !report.ok) io.stderr(`${parts.join(", ")} in ${seconds.toFixed(2)} s\n`);
  const check = checkFindings(report);
  if (!options.quiet && check)
    io.stderr(
      check.findings === 0
        ? `check: nothing found in ${plural(check.decks, "deck")}\n`
        : `check: ${plural(check.findings, "finding")} in ${plural(check.decks, "deck")}; briefings check lists them\n`,
    );
}

/** One row per output: deck, audience, slides, size, status, file. */
function summaryTable(report: BuildReport, io: CliIO, style: Style, withUnchanged: boolean): string[] {
  const shown = (file: string) => relative(io.cwd, file) || file;
  const rows = [
    ...report.built.map((b) => ({ ...b, status: "built" })),
    ...(withUnchanged ? report.unchanged.map((b) => ({ ...b, status: "unchanged" })) : []),
  ].sort((a, b) => (`${a.deck}/${a.audience}` < `${b.deck}/${b.audience}` ? -1 : 1));
  const cells = rows.map((r) => [
    r.deck,
    r.audience,
    String(r.slides),
    `${(r.bytes / 1024).toFixed(0)} KB`,
    r.status,
    shown(r.file),
  ]);
  for (const file of report.removed) cells.push(["", "", "", "", "removed", shown(file)]);
  for (const f of report.failed) cells.push([f.deck, f.audience, "", "", "failed", ""]);
  if (cells.length === 0) return [];
  const [header, ...lines] = formatTable(["DECK", "AUDIENCE", "SLIDES", "SIZE", "STATUS", "FILE"], cells, [2, 3]);
  const colour = { built: style.green, unchanged: style.dim, removed: style.yellow, failed: style.red } as Record<
    string,
    (t: string) => string
  >;
  return [
    style.bold(header!),
    ...lines.map((line, i) =>
      line.replace(/\b(built|unchanged|removed|failed)\b/, (s) => colour[cells[i]![4]!]?.(s) ?? s),
    ),
  ];
}
