import { relative } from "node:path";
import { problemData, type BriefingError, type BriefingWarning } from "../errors.js";

/** Where the CLI writes; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Ends long-running commands such as `watch` (the CLI uses Ctrl-C when none is given). */
  signal?: AbortSignal;
  /** Whether output goes to a terminal: progress and colors only then (default: false). */
  tty?: boolean;
  /** Environment, for NO_COLOR (default: none set). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** ANSI styling that is a no-op unless output is a terminal and NO_COLOR is unset (https://no-color.org). */
export function createStyle(io: CliIO) {
  const on = io.tty === true && !io.env?.NO_COLOR;
  const wrap = (open: number, close: number) => (text: string) => (on ? `\x1b[${open}m${text}\x1b[${close}m` : text);
  return {
    enabled: on,
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
  };
}
export type Style = ReturnType<typeof createStyle>;

/** Columns padded to their widest cell; `right` lists the columns to right-align (numbers). */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) =>
        right.includes(c) ? cell.padStart(widths[c]!) : c === cells.length - 1 ? cell : cell.padEnd(widths[c]!),
      )
      .join("  ");
  return [line(header), ...rows.map(line)];
}

/** `file:line:column  path  message`, then the hint, the way every error is shown. */
export function formatProblem(problem: BriefingError | BriefingWarning, cwd: string, label = "error"): string {
  const file = problem.file ? relative(cwd, problem.file) || problem.file : "";
  const where = file ? [file, problem.line, problem.column].filter((p) => p !== undefined).join(":") : "";
  const head = [where, problem.path, `${label}: ${problem.message}`].filter(Boolean).join("  ");
  const hint = "hint" in problem && problem.hint ? `\n    hint: ${problem.hint}` : "";
  return head + hint;
}

/** Report the problem that stopped a command (as data with --json); returns the exit code, 1. */
export function reportFailure(error: BriefingError, io: CliIO, json?: boolean): number {
  if (json) io.stdout(JSON.stringify({ ok: false, errors: [problemData(error)] }, null, 2) + "\n");
  else io.stderr(formatProblem(error, io.cwd) + "\n");
  return 1;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
