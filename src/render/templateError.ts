import { BriefingError, type SourceLocation } from "../errors.js";
import { closestName, listChoices } from "../validate/closestName.js";
import { HELPER_NAMES, HelperError } from "./helpers.js";

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
  const raw = cause instanceof Error ? cause.message : String(cause);
  const loc = /- (\d+):(\d+)$/.exec(raw) ?? /line (\d+)/.exec(raw);
  const line = loc ? Number(loc[1]) : undefined;
  const col = loc && loc[2] !== undefined ? Number(loc[2]) : undefined;
  const at = line !== undefined ? ` (template line ${line}${col !== undefined ? `, column ${col + 1}` : ""})` : "";

  let message: string;
  let hint: string | undefined;
  const notDefined = /^"([^"]+)" not defined in/.exec(raw);
  const missingHelper = /^Missing helper: "([^"]+)"/.exec(raw);
  const missingPartial = /^The partial (\S+) could not be found/.exec(raw);
  const call = line !== undefined && col !== undefined ? expressionAt(template, line, col) : undefined;
  if (missingHelper || (notDefined && call?.hasArguments && !call.expression.includes("."))) {
    // Strict mode reports `{{money x}}` as an undefined variable "money": it is a helper call.
    const name = missingHelper?.[1] ?? call!.expression;
    const suggestion = closestName(name, HELPER_NAMES);
    message = `unknown helper "${name}" in ${what}${at}`;
    hint = suggestion ? `did you mean "${suggestion}"?` : `helpers: ${listChoices(HELPER_NAMES)}`;
  } else if (notDefined) {
    const expression = call?.expression ?? notDefined[1]!;
    message = `unknown variable "${expression}" in ${what}${at}`;
    const suggestion = context === undefined ? undefined : suggestPath(context, expression);
    hint = suggestion
      ? `did you mean "${suggestion}"?`
      : "templates see persona, executive, organization, figures, billing, roadmap, deck, audience and sources; " +
        "check the spelling";
  } else if (missingPartial) {
    message = `unknown partial "${missingPartial[1]}" in ${what}`;
    hint = `add decks/partials/${missingPartial[1]}.hbs or fix the name`;
  } else if (cause instanceof HelperError) {
    message = `${raw} in ${what}`;
    hint = "pass the helper a value of the kind it takes; the README lists every helper";
  } else if (/^Parse error|^Expecting|^Invalid path|doesn't match/.test(raw)) {
    message = `template syntax error in ${what}: ${syntaxProblem(raw)}`;
    hint = "check that every {{ has a matching }} and every {{#block}} its {{/block}}";
  } else {
    message = `${raw} in ${what}`;
    hint = "check the template near this field";
  }
  return new BriefingError(message, { ...where, hint, cause });
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

/** The path expression starting at (line, column) in a template, e.g. `persona.nmae`, and whether arguments follow it. */
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

/** `persona.nmae` → `persona.name` when the data has a close enough key at the first missing step. */
function suggestPath(context: unknown, expression: string): string | undefined {
  const parts = expression.split(".");
  let node = context;
  for (let i = 0; i < parts.length; i++) {
    if (node === null || typeof node !== "object") return undefined;
    const part = parts[i]!;
    if (Object.hasOwn(node, part)) {
      node = (node as Record<string, unknown>)[part];
      continue;
    }
    const suggestion = closestName(part, Object.keys(node));
    return suggestion ? [...parts.slice(0, i), suggestion].join(".") : undefined;
  }
  return undefined;
}
