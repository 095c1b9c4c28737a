import { relative } from "node:path";
import type { BriefingError, BriefingWarning } from "../errors.js";

/** Where the CLI writes; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Ends long-running commands such as `watch` (the CLI uses Ctrl-C when none is given). */
  signal?: AbortSignal;
}

/** `file:line:column  path  message`, then the hint, the way every error is shown. */
export function formatProblem(problem: BriefingError | BriefingWarning, cwd: string, label = "error"): string {
  const file = problem.file ? relative(cwd, problem.file) || problem.file : "";
  const where = file ? [file, problem.line, problem.column].filter((p) => p !== undefined).join(":") : "";
  const head = [where, problem.path, `${label}: ${problem.message}`].filter(Boolean).join("  ");
  const hint = "hint" in problem && problem.hint ? `\n    hint: ${problem.hint}` : "";
  return head + hint;
}

/** Errors as plain objects for --json. */
export function problemToJson(problem: BriefingError | BriefingWarning) {
  return {
    message: problem.message,
    file: problem.file,
    line: problem.line,
    column: problem.column,
    path: problem.path,
    hint: "hint" in problem ? problem.hint : undefined,
  };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
