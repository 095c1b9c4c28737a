// The AST types are Handlebars' global `hbs` namespace (handlebars/types).

/** What Handlebars' strict, unescaped template function is called with. */
type Template = (context: unknown, options?: { data?: unknown }) => string;

/** A helper as Handlebars calls it: the context as `this`, then the arguments and an options object. */
type Helper = (this: unknown, ...args: unknown[]) => unknown;

/** A value a mustache reads: a literal, or a path on the current context. */
type Value = { literal: unknown } | { path: readonly string[] };

type Piece =
  | string
  | { path: readonly string[] }
  | { helper: Helper; name: string; params: Value[]; hash: [string, Value][]; loc: hbs.AST.SourceLocation };

/**
 * A template that is only text, data paths and helper calls on literals and paths (`Dear
 * {{audience.name}}`, `{{currency organization.ask.budget compact=true}}`) is filled in here,
 * without compiling it to JavaScript: compiling is most of what Handlebars costs a cold build, and
 * most of a deck's templates are this simple. Whenever a value is not plain (missing, inherited, a
 * function) or a helper returns something other than text, a number or true/false, the template
 * runs through Handlebars instead, so output and errors stay exactly Handlebars' own. Returns
 * undefined for any other template (blocks, partials, subexpressions, `this`, `../`, `@data`).
 */
export function plainTemplate(ast: hbs.AST.Program, helpers: Readonly<Record<string, unknown>>, full: () => Template): Template | undefined {
  const pieces: Piece[] = [];
  for (const statement of ast.body) {
    if (statement.type === "ContentStatement") pieces.push((statement as hbs.AST.ContentStatement).value);
    else if (statement.type !== "CommentStatement") {
      const piece = statement.type === "MustacheStatement" ? mustache(statement as hbs.AST.MustacheStatement, helpers) : undefined;
      if (!piece) return undefined;
      pieces.push(piece);
    }
  }
  return (context, options) => {
    let out = "";
    for (const piece of pieces) {
      const text = typeof piece === "string" ? piece : "path" in piece ? show(lookup(context, piece.path, true)) : call(piece, context, options?.data);
      if (text === NOT_PLAIN) return full()(context, options);
      out += text;
    }
    return out;
  };
}

/**
 * `{{a.b}}`, `{{name}}` (when no helper has that name: else Handlebars decides), or a helper call
 * whose arguments and hash values are literals or paths.
 */
function mustache(statement: hbs.AST.MustacheStatement, helpers: Readonly<Record<string, unknown>>): Piece | undefined {
  const path = dataPath(statement.path);
  if (!path) return undefined;
  const pairs = statement.hash?.pairs ?? [];
  if (statement.params.length === 0 && pairs.length === 0) {
    return path.length > 1 || !Object.hasOwn(helpers, path[0]!) ? { path } : undefined;
  }
  const helper = path.length === 1 && Object.hasOwn(helpers, path[0]!) && !BUILT_IN.has(path[0]!) ? helpers[path[0]!] : undefined;
  if (typeof helper !== "function") return undefined;
  const params = statement.params.map(value);
  const hash = pairs.map((pair) => [pair.key, value(pair.value)] as const);
  if (params.some((p) => !p) || hash.some(([, v]) => !v)) return undefined;
  return { helper: helper as Helper, name: path[0]!, params: params as Value[], hash: hash as [string, Value][], loc: statement.loc };
}

/** A literal or a plain path; undefined for subexpressions and anything else. */
function value(expression: hbs.AST.Expression): Value | undefined {
  switch (expression.type) {
    case "StringLiteral":
    case "NumberLiteral":
    case "BooleanLiteral":
      return { literal: (expression as hbs.AST.StringLiteral).value };
    case "PathExpression": {
      const path = dataPath(expression);
      return path ? { path } : undefined;
    }
    default:
      return undefined;
  }
}

/** The parts of a path on the current context; `this`, `../` and `@data` have rules of their own. */
function dataPath(expression: hbs.AST.Expression): readonly string[] | undefined {
  if (expression.type !== "PathExpression") return undefined;
  const path = expression as hbs.AST.PathExpression;
  if (path.data || path.depth !== 0 || path.parts.length === 0 || /^(?:this\b|\.)/.test(path.original)) return undefined;
  return path.parts;
}

const NOT_PLAIN = Symbol("not plain");

/** Handlebars' own helpers expect more of their options (blocks, lookups): always left to Handlebars. */
const BUILT_IN = new Set(["blockHelperMissing", "each", "helperMissing", "if", "log", "lookup", "unless", "with"]);

/** Names Handlebars guards or that are not data. */
const GUARDED = new Set(["constructor", "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__", "prototype"]);

/**
 * The value at a path, by own properties of objects only (Handlebars' strict check, `name in obj`,
 * throws on text and numbers). Functions are not plain: Handlebars calls them.
 */
function lookup(context: unknown, parts: readonly string[], strict: boolean): unknown {
  let value: unknown = context;
  for (const part of parts) {
    if (value === null || typeof value !== "object" || GUARDED.has(part) || !Object.hasOwn(value, part)) return NOT_PLAIN;
    value = (value as Record<string, unknown>)[part];
  }
  // A missing path passes undefined to a helper in Handlebars; leave that case to it as well.
  if (typeof value === "function" || (!strict && value === undefined)) return NOT_PLAIN;
  return value;
}

/** A value as Handlebars appends it; NOT_PLAIN for anything but text, numbers, true/false and nothing. */
function show(value: unknown): string | typeof NOT_PLAIN {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return NOT_PLAIN;
}

function call(piece: Extract<Piece, { helper: Helper }>, context: unknown, data: unknown): string | typeof NOT_PLAIN {
  const read = (v: Value) => ("literal" in v ? v.literal : lookup(context, v.path, false));
  const args = piece.params.map(read);
  const hash: Record<string, unknown> = {};
  for (const [key, v] of piece.hash) hash[key] = read(v);
  if (args.includes(NOT_PLAIN) || Object.values(hash).includes(NOT_PLAIN)) return NOT_PLAIN;
  let result: unknown;
  try {
    result = piece.helper.call(context, ...args, { name: piece.name, hash, data, loc: piece.loc });
  } catch {
    return NOT_PLAIN; // Handlebars runs it again and reports the error as its own
  }
  return show(result);
}
