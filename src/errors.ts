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

/**
 * What kind of problem an error is, stable across releases and wordings: tools and tests match on
 * it (`--json` prints it as `code`), people read the message.
 */
export const ERROR_CODES = [
  // Reading the workspace
  "no-workspace",
  "cannot-read",
  "not-utf8",
  "file-too-large",
  "yaml-syntax",
  "yaml-alias",
  "outside-workspace",
  "not-a-presentation",
  "template-unusable",
  // A file against its schema
  "file-empty",
  "unknown-field",
  "missing-field",
  "wrong-type",
  "invalid-value",
  "text-too-long",
  // Files and the references between them
  "bad-id",
  "duplicate-id",
  "unknown-theme",
  "unknown-persona",
  "unknown-audience",
  "unknown-deck",
  "missing-organization",
  "month-order",
  "figures-disagree",
  "roadmap-order",
  "cannot-drop",
  "font-name",
  "logo-unreadable",
  "logo-invalid",
  "low-contrast",
  "unknown-layout",
  // Billing data
  "billing-no-match",
  "billing-file-type",
  "billing-unreadable",
  "billing-missing-column",
  "billing-bad-value",
  "billing-scope",
  "billing-currency",
  "billing-typed-twice",
  // Templates and data bindings
  "template-syntax",
  "unknown-variable",
  "unknown-helper",
  "unknown-partial",
  "partial-cycle",
  "template-endless",
  "helper-argument",
  "template-error",
  "unknown-data",
  "binding-type",
  "shape-mismatch",
  "missing-data",
  // Building and writing
  "no-slides",
  "cannot-write",
  "outside-output",
  "folder-not-empty",
  "theme-exists",
  "changed-during-build",
  "worker-failed",
  // Preview
  "tools-missing",
  "libreoffice-failed",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Details carried by a {@link BriefingError}. */
export interface BriefingErrorDetails extends SourceLocation {
  /** What kind of problem it is (see {@link ERROR_CODES}). */
  code: ErrorCode;
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
  readonly code: ErrorCode;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly path?: string;
  readonly hint?: string;

  constructor(message: string, details: BriefingErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = details.code;
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
  /** An error's code (warnings have none). */
  code?: ErrorCode;
  message: string;
  hint?: string;
}

/** An error or warning as {@link ProblemData}. */
export function problemData(problem: BriefingError | BriefingWarning): ProblemData {
  return {
    code: "code" in problem ? problem.code : undefined,
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
