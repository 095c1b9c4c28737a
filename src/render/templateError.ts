import { BriefingError, type ErrorCode, type SourceLocation } from "../errors.js";
import { INPUT_FOLDERS } from "../model/workspaceLayout.js";
import { closestName, listChoices } from "../text/closestName.js";
import { HELPER_NAMES, HelperError } from "./helpers.js";
import { missingInput } from "../resolve/figureInputs.js";
import { lookupPath } from "./dataPath.js";
import { PartialCycleError } from "./partialCycle.js";

/** A helper's complaint with where in the template it was called (Handlebars gives helpers their position). */
export class HelperCallError extends Error {
  override name = "HelperCallError";
  constructor(
    override readonly cause: HelperError,
    readonly loc: { start: { line: number; column: number }; end: { line: number; column: number } } | undefined,
  ) {
    super(cause.message);
  }
}

/** Helpers that report where they were called when they are given the wrong kind of value. */
export function locatingHelpers<T extends Record<string, (...args: unknown[]) => unknown>>(helpers: T): T {
  const wrapped: Record<string, (...args: unknown[]) => unknown> = {};
  for (const [name, helper] of Object.entries(helpers)) {
    wrapped[name] = function (this: unknown, ...args: unknown[]) {
      try {
        return helper.apply(this, args);
      } catch (cause) {
        if (!(cause instanceof HelperError)) throw cause;
        const options = args[args.length - 1] as { loc?: HelperCallError["loc"] } | undefined;
        throw new HelperCallError(cause, options?.loc);
      }
    };
  }
  return wrapped as T;
}

/** Thrown through a partial that failed: what went wrong, and in which partial. */
export class ErrorInPartial extends Error {
  override name = "ErrorInPartial";
  constructor(
    override readonly cause: unknown,
    readonly partial: string,
    readonly file: string,
    readonly text: string,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/**
 * Turn what Handlebars throws into a message that names the variable, helper or syntax problem.
 * `context` (the data the template saw) lets an unknown variable suggest the name it was likely meant to be.
 */
export function templateError(
  cause: unknown,
  template: string,
  where: SourceLocation,
  what: string,
  context?: unknown,
): BriefingError {
  if (cause instanceof ErrorInPartial) {
    // Positions are in the partial's text: point there, and say where it was used.
    const inner = templateError(cause.cause, cause.text, { file: cause.file }, `partial "${cause.partial}"`, context);
    const line = inner.line ?? 1;
    return new BriefingError(
      `${inner.message.replace(/ \(template line \d+(, column \d+)?\)$/, "")}, used in ${what}`,
      {
        code: inner.code,
        file: cause.file,
        line,
        column: inner.column ?? 1,
        hint: inner.hint,
        cause: cause.cause,
      },
    );
  }
  const raw = cause instanceof Error ? cause.message : String(cause);
  const loc = /- (\d+):(\d+)$/.exec(raw) ?? /line (\d+)/.exec(raw);
  const line = loc ? Number(loc[1]) : undefined;
  const col = loc && loc[2] !== undefined ? Number(loc[2]) : undefined;
  const at = line !== undefined ? ` (template line ${line}${col !== undefined ? `, column ${col + 1}` : ""})` : "";

  let message: string;
  let hint: string | undefined;
  let code: ErrorCode;
  const notDefined = /^"([^"]+)" not defined in/.exec(raw);
  const missingHelper = /^Missing helper: "([^"]+)"/.exec(raw);
  const missingPartial = /^The partial (\S+) could not be found/.exec(raw);
  const call = line !== undefined && col !== undefined ? expressionAt(template, line, col) : undefined;
  const empty = cause instanceof TypeError ? readingFromNothing(raw, template, context) : undefined;
  if (missingHelper || (notDefined && call?.hasArguments && !call.expression.includes("."))) {
    // Strict mode reports `{{money x}}` as an undefined variable "money": it is a helper call.
    const name = missingHelper?.[1] ?? call!.expression;
    const suggestion = closestName(name, HELPER_NAMES);
    code = "unknown-helper";
    message = `unknown helper "${name}" in ${what}${at}`;
    hint = suggestion ? `did you mean "${suggestion}"?` : `helpers: ${listChoices(HELPER_NAMES)}`;
  } else if (notDefined) {
    const expression = call?.expression ?? notDefined[1]!;
    code = "unknown-variable";
    message = `unknown variable "${expression}" in ${what}${at}`;
    hint =
      (context === undefined ? undefined : unknownPathHint(context, expression)) ??
      "templates see persona, executive, organization, figures, billing, roadmap, deck, audience and sources; " +
        "check the spelling";
  } else if (missingPartial) {
    code = "unknown-partial";
    message = `unknown partial "${missingPartial[1]}" in ${what}`;
    hint = `add ${INPUT_FOLDERS.partial.folder}/${missingPartial[1]}.hbs or fix the name`;
  } else if (cause instanceof PartialCycleError) {
    code = "partial-cycle";
    message = `${raw} in ${what}`;
    hint = "a partial cannot include itself, directly or through other partials: break the loop";
  } else if (cause instanceof RangeError && /call stack/i.test(raw)) {
    code = "template-endless";
    message = `the template never finishes (it calls itself without end) in ${what}`;
    hint = "look for a partial that includes itself, or a block that repeats without end";
  } else if (empty) {
    code = "missing-data";
    message = `${empty.message} in ${what}`;
    hint = empty.hint;
  } else if (cause instanceof HelperCallError) {
    ({ code, message, hint } = helperProblem(cause, template, what, context));
  } else if (cause instanceof HelperError) {
    code = "helper-argument";
    message = `${raw} in ${what}`;
    hint = "pass the helper a value of the kind it takes; the README lists every helper";
  } else if (/^Parse error|^Expecting|^Invalid path|doesn't match/.test(raw)) {
    code = "template-syntax";
    message = `template syntax error in ${what}: ${syntaxProblem(raw)}`;
    hint = "check that every {{ has a matching }} and every {{#block}} its {{/block}}";
  } else {
    code = "template-error";
    message = `${raw} in ${what}`;
    hint = "check the template near this field";
  }
  const inPartial = where.path === undefined && where.line === undefined && line !== undefined;
  return new BriefingError(message, {
    code,
    ...where,
    ...(inPartial ? { line, column: (col ?? 0) + 1 } : {}),
    hint,
    cause,
  });
}

/**
 * A helper given the wrong kind of value, with the data it was given named: a figure that cannot be
 * computed names the field it needs (`organization.cloudSpend.budget`), a missing field is named as missing.
 */
function helperProblem(
  error: HelperCallError,
  template: string,
  what: string,
  context: unknown,
): { code: ErrorCode; message: string; hint: string } {
  const { loc } = error;
  const at = loc ? ` (template line ${loc.start.line}, column ${loc.start.column + 1})` : "";
  const call = loc ? callText(template, loc) : "";
  // The data paths the call passes: `percent figures.budgetVariance digits=1` → figures.budgetVariance.
  const paths = [...call.replace(/^\{\{[#~]?\s*[\w-]+/, "").matchAll(/(?:^|\s)(@?[A-Za-z_$][\w$.-]*)(?=\s|\}|$)/g)]
    .map((m) => m[1]!)
    .filter((p) => !/^(true|false|null|undefined|this)$/.test(p) && !p.startsWith("@"));
  const missing = paths.find((p) => {
    if (context === undefined) return false;
    const found = lookupPath(context, p);
    return !found.found || found.value === null || found.value === undefined;
  });
  const generic = "pass the helper a value of the kind it takes; the README lists every helper";
  if (!missing) return { code: "helper-argument", message: `${error.message} in ${what}${at}`, hint: generic };
  const helper = /^\{\{[#~]?\s*([\w-]+)/.exec(call)?.[1] ?? "the helper";
  const guard = `or show it only when there is one: {{#if ${missing}}}…{{/if}}`;
  const input = missingInput(missing);
  if (input) {
    return {
      code: "missing-data",
      message: `${helper} needs ${missing}, which cannot be computed without ${input}, in ${what}${at}`,
      hint: `set ${input.replace(/^organization\./, "")} in the organization file, ${guard}`,
    };
  }
  const known = context === undefined ? undefined : unknownPathHint(context, missing);
  return {
    code: "missing-data",
    message: `${helper} needs ${missing}, which is not set, in ${what}${at}`,
    hint: known?.startsWith("did you mean") ? known : `set ${missing} in the data, ${guard}`,
  };
}

/**
 * Strict mode reading a field of something empty ("Cannot read properties of null (reading
 * 'variance')"): the path the template reads, and the data it needs, e.g. `figures.budget.variance`
 * cannot be read because `figures.budget`, null without `organization.cloudSpend.budget`, is empty.
 */
function readingFromNothing(
  raw: string,
  template: string,
  context: unknown,
): { message: string; hint: string } | undefined {
  const field = /^Cannot read properties of (?:null|undefined) \(reading '([^']+)'\)/.exec(raw)?.[1];
  if (field === undefined || context === undefined) return undefined;
  for (const [path] of template.matchAll(/[A-Za-z_$][\w$]*(?:\.[\w$-]+)+/g)) {
    const parts = path.split(".");
    for (let n = 1; n < parts.length; n++) {
      if (parts[n] !== field) continue;
      const parent = parts.slice(0, n).join(".");
      const found = lookupPath(context, parent);
      if (!found.found || (found.value !== null && found.value !== undefined)) continue;
      const input = missingInput(parent);
      const guard = `show it only when there is one: {{#if ${parent}}}…{{/if}}`;
      return input
        ? {
            message: `${path} cannot be read: ${parent} is empty, as it cannot be computed without ${input},`,
            hint: `set ${input.replace(/^organization\./, "")} in the organization file, or ${guard}`,
          }
        : { message: `${path} cannot be read: ${parent} is empty,`, hint: guard };
    }
  }
  return undefined;
}

/** The text of a template between two positions (lines from 1, columns from 0). */
function callText(template: string, loc: NonNullable<HelperCallError["loc"]>): string {
  const lines = template.split("\n").slice(loc.start.line - 1, loc.end.line);
  if (lines.length === 0) return "";
  lines[lines.length - 1] = lines[lines.length - 1]!.slice(0, loc.end.column);
  lines[0] = lines[0]!.slice(loc.start.column);
  return lines.join("\n");
}

/** Handlebars' parser-speak in plain words, where we recognize it. */
function syntaxProblem(raw: string): string {
  const doesNotMatch = /(\S+) doesn't match (\S+)/.exec(raw);
  if (doesNotMatch) return `{{/${doesNotMatch[2]}}} closes {{#${doesNotMatch[1]}}}`;
  if (/got 'EOF'/.test(raw) && /OPEN_ENDBLOCK/.test(raw)) return "a {{#block}} is never closed with its {{/block}}";
  if (/got 'INVALID'|got 'EOF'/.test(raw)) return "a {{ is never closed with }}";
  const detail =
    raw
      .split("\n")
      .filter((l) => l.startsWith("Expecting") || l.startsWith("Parse error"))
      .pop() ?? raw;
  return detail.replace(/^Parse error on /, "");
}

/**
 * The path expression starting at (line, column) in a template, e.g. `persona.nmae`, and whether
 * arguments follow it.
 */

function expressionAt(
  template: string,
  line: number,
  column: number,
): { expression: string; hasArguments: boolean } | undefined {
  const text = template.split("\n")[line - 1];
  if (!text) return undefined;
  const match = /^([\w.@$[\]/-]+)(\s+[^\s}])?/.exec(text.slice(column));
  return match ? { expression: match[1]!, hasArguments: match[2] !== undefined } : undefined;
}

/**
 * For a path the context lacks: the likely name ("did you mean …?") and the names that exist where
 * it went wrong ("persona has: …"); undefined when the path fails above any object.
 */
function unknownPathHint(context: unknown, expression: string): string | undefined {
  const parts = expression.split(".");
  let node = context;
  for (let i = 0; i < parts.length; i++) {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
    const part = parts[i]!;
    if (Object.hasOwn(node, part)) {
      node = (node as Record<string, unknown>)[part];
      continue;
    }
    const names = Object.keys(node).sort();
    const suggestion = closestName(part, names);
    const here = i === 0 ? "templates see" : `${parts.slice(0, i).join(".")} has`;
    const shown = names.length > 20 ? [...names.slice(0, 20), "…"] : names;
    const existing = `${here}: ${shown.join(", ")}`;
    if (!suggestion) return existing;
    // "persna.name" → "persona.name" when the rest of the path is there under the suggested name.
    const rest = parts.slice(i + 1).join(".");
    const whole = rest !== "" && lookupPath(node, `${suggestion}.${rest}`).found;
    const meant = [...parts.slice(0, i), suggestion, ...(whole ? [rest] : [])].join(".");
    return `did you mean "${meant}"? ${existing}`;
  }
  return undefined;
}
