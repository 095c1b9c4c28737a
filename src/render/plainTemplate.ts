// The AST types are Handlebars' global `hbs` namespace (handlebars/types).

/** What Handlebars' strict, unescaped template function is called with. */
type Template = (context: unknown, options?: { data?: unknown }) => string;

type Piece = string | readonly string[];

/**
 * A template that is only text and dotted data paths (`Dear {{audience.name}},`) is filled in
 * here, without compiling it to JavaScript: compiling is most of what Handlebars costs a cold
 * build, and about half of a deck's templates are this simple. Whenever a value is not plain
 * (missing, inherited, a function or an object) the template runs through Handlebars instead, so
 * its output and its errors are exactly Handlebars' own. Returns undefined for any other template.
 */
export function plainTemplate(ast: hbs.AST.Program, full: () => Template): Template | undefined {
  const pieces: Piece[] = [];
  for (const statement of ast.body) {
    if (statement.type === "ContentStatement") pieces.push((statement as hbs.AST.ContentStatement).value);
    else if (statement.type === "CommentStatement") continue;
    else {
      const parts = dataPath(statement);
      if (!parts) return undefined;
      pieces.push(parts);
    }
  }
  return (context, options) => {
    let out = "";
    for (const piece of pieces) {
      if (typeof piece === "string") {
        out += piece;
        continue;
      }
      const value = lookup(context, piece);
      if (value === NOT_PLAIN) return full()(context, options);
      out += value;
    }
    return out;
  };
}

/**
 * The parts of `{{a.b}}` or `{{{a.b}}}`: two or more plain segments on the current context. A single
 * name may be a helper, and `this`, `../` and `@data` have rules of their own: all left to Handlebars.
 */
function dataPath(statement: hbs.AST.Statement): readonly string[] | undefined {
  // A mustache whose path is a literal ({{"text"}}, {{1}}) or a helper call is left to Handlebars.
  if (statement.type !== "MustacheStatement") return undefined;
  const { path, params, hash } = statement as hbs.AST.MustacheStatement;
  if (params.length > 0 || hash || path.type !== "PathExpression") return undefined;
  const expression = path as hbs.AST.PathExpression;
  if (expression.data || expression.depth !== 0 || expression.parts.length < 2 || /^(?:this\b|\.)/.test(expression.original)) return undefined;
  return expression.parts;
}

const NOT_PLAIN = Symbol("not plain");

/** Names Handlebars guards or that are not data. */
const GUARDED = new Set(["constructor", "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__", "prototype"]);

/** The text of a value found by own properties only, or NOT_PLAIN for anything Handlebars treats specially. */
function lookup(context: unknown, parts: readonly string[]): string | typeof NOT_PLAIN {
  let value: unknown = context;
  for (const part of parts) {
    // Handlebars' strict check (`name in obj`) throws on text and numbers: only objects hold data here.
    if (value === null || typeof value !== "object" || GUARDED.has(part) || !Object.hasOwn(value, part)) return NOT_PLAIN;
    value = (value as Record<string, unknown>)[part];
  }
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return NOT_PLAIN;
}
