/** Where in the user's input something is. All fields optional: not every problem has a position. */
export interface SourceLocation {
  /** Absolute path of the file. */
  file?: string;
  /** 1-based line. */
  line?: number;
  /** 1-based column. */
  column?: number;
  /** Dotted path of the field inside the file, e.g. `slides.3.bullets`. */
  path?: string;
}

/** Details carried by a {@link BriefingError}. */
export interface BriefingErrorDetails extends SourceLocation {
  /** What the user can do about it. */
  hint?: string;
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * The one error type for problems in the user's input or environment.
 * Anything else reaching the CLI is a bug in this tool.
 */
export class BriefingError extends Error {
  override name = "BriefingError";
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly path?: string;
  readonly hint?: string;

  constructor(message: string, details: BriefingErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.path = details.path;
    this.hint = details.hint;
  }
}

/** A problem that does not stop the build (text shrunk, a slide continued, …). */
export interface BriefingWarning extends SourceLocation {
  message: string;
}

/** Collects warnings while stages run, so the core never prints. */
export class BuildContext {
  readonly warnings: BriefingWarning[] = [];
  private readonly seen = new Set<string>();
  /** Record a warning; the same warning again (another audience of the same deck) is recorded once. */
  warn(warning: BriefingWarning): void {
    const key = JSON.stringify([warning.file, warning.line, warning.column, warning.path, warning.message]);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.warnings.push(warning);
  }
}

/** A problem as plain data: what crosses a thread boundary and what `--json` prints. */
export interface ProblemData extends SourceLocation {
  message: string;
  hint?: string;
}

/** An error or warning as {@link ProblemData}. */
export function problemData(problem: BriefingError | BriefingWarning): ProblemData {
  return {
    message: problem.message,
    file: problem.file,
    line: problem.line,
    column: problem.column,
    path: problem.path,
    hint: "hint" in problem ? problem.hint : undefined,
  };
}

/** Join a path array the way messages show it: `slides.3.bullets`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}
