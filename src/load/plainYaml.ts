// Most input files are plain YAML: mappings, lists, text and numbers. On a cold start js-yaml reads
// those about three times faster than `yaml` (14 ms against 38 ms for the default workspace, module
// load included), but keeps no positions. So files in that plain subset are read with js-yaml, and
// `yaml`, which keeps a position for every node, parses a file only when a position is wanted (an
// error or a warning) or the file uses anything beyond the subset. A differential test holds the two
// parsers to the same data for every file the fast path accepts.
import { FAILSAFE_SCHEMA, load, Type } from "js-yaml";

/** A plain scalar resolved like `yaml`'s YAML 1.2 core schema (yaml/dist/schema/core) resolves it. */
function coreScalar(name: string, test: RegExp, construct: (text: string) => unknown): Type {
  // A private tag: an explicit standard tag in a file (`!!int "3"`) is unknown here, and sends the file to `yaml`.
  return new Type(`tag:finops-briefings,2026:${name}`, { kind: "scalar", resolve: (text: string | null) => text !== null && test.test(text), construct });
}

const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    coreScalar("null", /^(?:~|[Nn]ull|NULL)?$/, () => null),
    coreScalar("bool", /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === "t" || text[0] === "T"),
    coreScalar("int-octal", /^0o[0-7]+$/, (text) => parseInt(text.slice(2), 8)),
    coreScalar("int", /^[-+]?[0-9]+$/, (text) => parseInt(text, 10)),
    coreScalar("int-hex", /^0x[0-9a-fA-F]+$/, (text) => parseInt(text.slice(2), 16)),
    coreScalar("float-special", /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (text) =>
      text.slice(-3).toLowerCase() === "nan" ? Number.NaN : text[0] === "-" ? -Infinity : Infinity,
    ),
    coreScalar("float-exp", /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (text) => parseFloat(text)),
    coreScalar("float", /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (text) => parseFloat(text)),
  ],
});

// What the two parsers read differently, or only `yaml` reads the way we want: any of these sends
// the file to `yaml`. Fuzzing against `yaml` found the less obvious ones.
const BEYOND_PLAIN = [
  // Tabs: where YAML allows them is subtle, and js-yaml accepts some that `yaml` rightly rejects.
  /\t/,
  // Controls, byte-order marks, unusual line separators, lone surrogates.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
  // Empty list items: js-yaml can put what follows one into the wrong list.
  /^[ \t]*-[ \t]*(?:#.*)?$/m,
  // Anchors, aliases and tags (`&a`, `*a`, `!x` at the start of a node).
  /(?:^|[\s[{,])[&*!][^\s,\]}]/m,
  // Directives and document markers.
  /^(?:%|---|\.\.\.)/m,
  // Explicit keys (`? `).
  /^[ \t]*(?:- +)*\?(?:[ \t]|$)/m,
  // Collection keys (`[a]: 1`), but not text that starts with a {{template}}.
  /(?:^[ \t]*(?:- +)*|(?<!\{)[[{,][ \t]*)(?<!\{)[[{](?!\{)[^\n]*[\]}][ \t]*:(?:[ \t]|$)/m,
  // Null keys (`~: 1`): js-yaml names them "null", `yaml` "".
  /(?:^[ \t]*(?:- +)*|[[{,][ \t]*)(?:~|null|Null|NULL)?[ \t]*:(?:[ \t]|$)/m,
  // A comment touching a closing quote or bracket: `yaml` requires white space before it.
  /[^\s[{,:]["']#|[\]}]#/,
];

/**
 * Whether a quoted scalar starts on this line and does not end on it. js-yaml lets the lines of such
 * text run back out of its indentation, where `yaml` (rightly) reports the quote as not closed.
 */
function opensQuote(line: string): boolean {
  let atNodeStart = true; // where a quote would open text, not sit inside it
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "#" && (i === 0 || line[i - 1] === " ")) return false; // a comment
    if ((c === "'" || c === '"') && atNodeStart) {
      const end = closingQuote(line, i);
      if (end < 0) return true;
      i = end;
      atNodeStart = false;
    } else if (c !== " ") {
      atNodeStart = c === ":" || c === "-" || c === "[" || c === "{" || c === ",";
    }
  }
  return false;
}

/** Index of the quote that closes the one at `start` ('' and \" are escaped quotes), or -1. */
function closingQuote(line: string, start: number): number {
  const quote = line[start];
  for (let j = start + 1; j < line.length; j++) {
    if (quote === '"' && line[j] === "\\") j++;
    else if (line[j] === quote) {
      if (quote === "'" && line[j + 1] === "'") j++;
      else return j;
    }
  }
  return -1;
}

/**
 * The data of YAML text in the plain subset, or undefined when the file needs `yaml`: it goes beyond
 * the subset, is empty or null, or js-yaml finds a problem (which `yaml` then reports with its position).
 */
export function readPlainYaml(text: string): { value: unknown } | undefined {
  if (BEYOND_PLAIN.some((pattern) => pattern.test(text)) || text.split("\n").some(opensQuote)) return undefined;
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  return value === null || value === undefined ? undefined : { value };
}
