import { isPair, isScalar, isSeq, visit } from "yaml";
import type * as z from "zod";
import { BriefingError } from "../errors.js";
import { dataAt, locate, type SourceFile } from "../load/sourceFile.js";
import { closestName, listChoices } from "./closestName.js";
import { xmlSafeData } from "./xmlSafeText.js";

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** Validate a parsed YAML file against a schema; every problem becomes a positioned error. */
export function parseWithSchema<S extends AnySchema>(
  schema: S,
  source: SourceFile,
): { value?: z.output<S>; errors: BriefingError[] } {
  if (source.doc.contents === null) {
    return {
      errors: [
        new BriefingError("file is empty", { file: source.path, line: 1, column: 1, hint: "fill it in, or delete it" }),
      ],
    };
  }
  const tooLong = longTexts(source);
  if (tooLong.length > 0) return { errors: tooLong };
  let data: unknown;
  try {
    // Every string is made XML-safe here, once, as it enters: templates, data, fonts and alt text
    // alike, so layout measures exactly the text the writer stores.
    data = xmlSafeData(source.doc.toJS({ maxAliasCount: 1000 }));
  } catch (cause) {
    return { errors: [aliasError(source, cause)] };
  }
  const result = safeParse(schema, data);
  if (result.success) return { value: result.data as z.output<S>, errors: [] };
  return { errors: issuesToErrors(result.error.issues, source, schema, data) };
}

/**
 * One error per mistake: a misspelt required field is reported as the unknown field (with the
 * name it was meant to be), not also as a missing one.
 */
function issuesToErrors(
  issues: readonly Issue[],
  source: SourceFile,
  schema: AnySchema,
  data: unknown,
  prefix: readonly PropertyKey[] = [],
): BriefingError[] {
  const absolute: Issue[] = issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
  const misspelt = new Set<string>();
  for (const issue of absolute) {
    if (issue.code !== "unrecognized_keys") continue;
    const allowed = allowedKeys(schema, data, issue.path);
    for (const key of issue.keys) {
      const meant = closestName(key, allowed);
      if (meant && dataAt(data, [...issue.path, meant]) === undefined) misspelt.add(pathKey([...issue.path, meant]));
    }
  }
  return absolute
    .filter((issue) => !(isMissing(issue, data) && misspelt.has(pathKey(issue.path))))
    .flatMap((issue) => issueToErrors(issue, source, schema, data, misspelt));
}

function isMissing(issue: Issue, data: unknown): boolean {
  return issue.path.length > 0 && dataAt(data, issue.path) === undefined && issue.code !== "unrecognized_keys";
}

function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join("\u0000");
}

function issueToErrors(
  issue: Issue,
  source: SourceFile,
  schema: AnySchema,
  data: unknown,
  misspelt: ReadonlySet<string>,
): BriefingError[] {
  const path = issue.path;
  if (issue.code === "unrecognized_keys") {
    const allowed = allowedKeys(schema, data, path);
    return issue.keys.map((key) => {
      const suggestion = closestName(key, allowed);
      const required = suggestion !== undefined && misspelt.has(pathKey([...path, suggestion]));
      return new BriefingError(`unknown field "${key}"`, {
        ...locate(source, [...path, key], { key: true }),
        hint: suggestion
          ? `did you mean "${suggestion}"?${required ? " It is required here." : ""}`
          : allowed.length > 0
            ? `allowed here: ${listChoices(allowed)}`
            : "remove it",
      });
    });
  }
  const value = dataAt(data, path);
  if (issue.code === "invalid_union" && !("discriminator" in issue) && (isMapping(value) || Array.isArray(value))) {
    // A list or a mapping where either goes (cards typed out, or bound to data): the problems of the
    // form it has are the real reason (too many cards, an unknown key of the binding).
    const branch = issue.errors.find((errors) => !errors.some((e) => e.code === "invalid_type" && e.path.length === 0));
    if (branch && branch.length > 0) return issuesToErrors(branch, source, schema, data, path);
  }
  if (issue.code === "invalid_type" && issue.input === undefined) {
    const field = String(path[path.length - 1] ?? "");
    const where = locate(source, path.slice(0, -1));
    return [
      new BriefingError(`missing required field "${field}"`, {
        ...where,
        path: path.map(String).join("."),
        hint: `add "${field}:" (${expectedName(issue.expected)})`,
      }),
    ];
  }
  if (issue.code === "invalid_union" && "discriminator" in issue) {
    // zod reports an unknown or missing discriminator (the slide's layout) at path …layout.
    const extra = issue as unknown as { discriminator: string; options: unknown[] };
    const value = dataAt(data, path);
    const choices = extra.options.map(String);
    const suggestion = typeof value === "string" ? closestName(value, choices) : undefined;
    const field = extra.discriminator;
    return [
      new BriefingError(
        value === undefined ? `missing required field "${field}"` : `unknown ${field} "${String(value)}"`,
        {
          ...locate(source, value === undefined ? path.slice(0, -1) : path),
          path: path.map(String).join("."),
          hint: suggestion ? `did you mean "${suggestion}"?` : `choose one of ${listChoices(choices)}`,
        },
      ),
    ];
  }
  if (path.length > 0 && dataAt(data, path) === undefined) {
    // Any other check failing on a field that is not there (a list-or-binding, a refined value): it is missing.
    const field = String(path[path.length - 1]);
    return [
      new BriefingError(`missing required field "${field}"`, {
        ...locate(source, path.slice(0, -1)),
        path: path.map(String).join("."),
        hint: `add "${field}:" (${issue.message.replace(/^Invalid input.*$/, "see the README for its form")})`,
      }),
    ];
  }
  const where = locate(source, path);
  let message = issue.message;
  let hint: string | undefined;
  const given = dataAt(data, path);
  const field = fieldName(path);
  // The schema's own words, where it has them (zod's defaults start "Invalid" or "Too").
  const reason = /^(Invalid|Too )/.test(issue.message) ? undefined : issue.message;
  if (issue.code === "invalid_union" && !("discriminator" in issue) && reason) {
    message = `${reason}, got ${describe(given)}`;
    hint = Array.isArray(given)
      ? "see the README for this field's form"
      : "write a list, one item per line starting with '- '";
    return [new BriefingError(message, { ...where, hint })];
  }
  if (issue.code === "invalid_type") {
    message = `expected ${expectedName(issue.expected)}, got ${describe(issue.input)}`;
    if (issue.expected === "array") hint = "write a list, one item per line starting with '- '";
    else if (issue.expected === "number") hint = "write a plain number without quotes, units or thousands separators";
    else if (issue.expected === "string") {
      const input = issue.input;
      hint =
        input !== null && typeof input === "object" && !Array.isArray(input)
          ? "unquoted text containing ': ' becomes a mapping; put the text in quotes"
          : "put the value in quotes if it should be text";
    } else if (issue.expected === "boolean") hint = "write true or false, without quotes";
    else if (issue.expected === "object") hint = "write fields as 'key: value', one per line";
    else hint = `write ${expectedName(issue.expected)} here`;
  } else if (issue.code === "invalid_value") {
    const options = issue.values.map(String);
    const given = dataAt(data, path);
    const suggestion = typeof given === "string" ? closestName(given, options) : undefined;
    message = `"${String(given)}" is not allowed`;
    hint = suggestion
      ? `did you mean "${suggestion}"? Choose ${listChoices(options)}`
      : `choose ${listChoices(options)}`;
  } else {
    // Formats, ranges, lengths and custom checks: the schema's own message says what to write.
    if (issue.code === "too_small" && typeof given === "string") {
      message = `${field} is empty`;
      hint = "write the text, or remove the field if it is optional";
    } else if (issue.code === "too_small" && Array.isArray(given)) {
      const least = Number(issue.minimum);
      const has = given.length === 0 ? "no items" : `only ${items(given.length)}`;
      message = `${field} has ${has}: ${reason ?? `give at least ${items(least)}`}`;
      hint = "add items to the list";
    } else if (issue.code === "too_big" && Array.isArray(given)) {
      const most = Number(issue.maximum);
      message = `${field} has ${items(given.length)}: ${reason ?? `at most ${most} fit`}`;
      const extra = given.length - most;
      hint = `remove ${extra}, or move ${extra === 1 ? "it" : "them"} to another slide`;
    } else if ((issue.code === "too_small" || issue.code === "too_big") && typeof given === "number") {
      message =
        typeof path[path.length - 1] === "number"
          ? `${field} (${given}) is out of range`
          : `${field} ${given} is out of range`;
      hint = issue.message.replace(/^Too (big|small): expected number to be /, "write a number ");
    } else {
      const why = reason && (isMapping(given) || Array.isArray(given)) ? ` (${reason})` : "";
      message = `invalid ${field}: ${describe(given)}${why}`;
      hint = issue.message;
    }
  }
  return [new BriefingError(message, { ...where, hint })];
}

/** The field a path ends at, in words: `widths.0` is "widths item 1". */
function fieldName(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  if (typeof last === "number") return `${String(path[path.length - 2] ?? "list")} item ${last + 1}`;
  return String(last ?? "value");
}

function items(n: number): string {
  return `${n} item${n === 1 ? "" : "s"}`;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function safeParse(schema: AnySchema, data: unknown) {
  // jitless: each schema checks a few documents once per run, so zod's generated fast path costs
  // more to compile than it saves (about 15 ms of a cold build).
  return (schema as unknown as z.ZodType).safeParse(data, { reportInput: true, jitless: true });
}

/** An alias that cannot be expanded: unknown, or expanding to far too much (a "billion laughs"). Points at the alias. */
function aliasError(source: SourceFile, cause: unknown): BriefingError {
  const raw = cause instanceof Error ? cause.message : String(cause);
  const unresolved = /Unresolved alias.*: (\S+)$/.exec(raw);
  let at: number | undefined;
  visit(source.doc, {
    Alias(_key, node) {
      if (at === undefined && (!unresolved || node.source === unresolved[1])) at = node.range?.[0];
    },
  });
  const pos = at === undefined ? { line: 1, col: 1 } : source.lineCounter.linePos(at);
  const where = { file: source.path, line: pos.line, column: pos.col, cause };
  return unresolved
    ? new BriefingError(`unknown alias *${unresolved[1]}`, {
        ...where,
        hint: `define &${unresolved[1]} before using *${unresolved[1]}, or write the value out`,
      })
    : new BriefingError("aliases expand to too much data", {
        ...where,
        hint: "aliases (*name) nested inside each other multiply; write the values out instead",
      });
}

/** The longest text one value may hold: far more than a slide shows, far less than what stalls layout. */
export const MAX_TEXT_LENGTH = 10_000;

function longTexts(source: SourceFile): BriefingError[] {
  const errors: BriefingError[] = [];
  visit(source.doc, {
    Scalar(_key, node, ancestors) {
      if (typeof node.value !== "string" || node.value.length <= MAX_TEXT_LENGTH) return;
      const path = ancestors.flatMap((a, i) => {
        const next = ancestors[i + 1] ?? node;
        if (isPair(a)) return isScalar(a.key) ? [String(a.key.value)] : [];
        if (isSeq(a)) return [String(a.items.indexOf(next as never))];
        return [];
      });
      const pos = node.range ? source.lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
      errors.push(
        new BriefingError(
          `text is too long: ${node.value.length.toLocaleString("en-US")} characters (at most ${MAX_TEXT_LENGTH.toLocaleString("en-US")})`,
          {
            file: source.path,
            line: pos.line,
            column: pos.col,
            path: path.join(".") || undefined,
            hint: "slides show short text; keep long documents elsewhere and link to them",
          },
        ),
      );
    },
  });
  return errors;
}

/** zod's type names in the words a YAML author uses. */
function expectedName(expected: string): string {
  const names: Record<string, string> = {
    string: "text",
    number: "a number",
    array: "a list",
    object: "a mapping",
    boolean: "true or false",
  };
  return names[expected] ?? expected;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

/** Walk a schema along a data path; returns the schema found there (through wrappers, arrays, unions). */
function schemaAt(schema: AnySchema, data: unknown, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = unwrap(schema, data);
  let node = data;
  for (const key of path) {
    if (!current) return undefined;
    const def = current._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === "object" && def.shape) current = def.shape[String(key)];
    else if (def.type === "array" && def.element) current = def.element;
    else return undefined;
    node = node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    current = current ? unwrap(current, node) : undefined;
  }
  return current;
}

/** Strip optional/default/pipe wrappers and pick the union member that matches the data. */
function unwrap(schema: AnySchema, data: unknown): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (let guard = 0; current && guard < 20; guard++) {
    const def = current._zod.def as {
      type: string;
      innerType?: AnySchema;
      in?: AnySchema;
      options?: AnySchema[];
      discriminator?: string;
    };
    if (def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.in) current = def.in;
    else if (def.type === "union" && def.options) {
      const objects = def.options.filter((o) => (o._zod.def as { type: string }).type === "object");
      if (def.discriminator && data !== null && typeof data === "object") {
        const tag = (data as Record<string, unknown>)[def.discriminator];
        current = objects.find((o) => discriminatorOf(o, def.discriminator!) === tag) ?? objects[0];
      } else {
        const wantsObject = data !== null && typeof data === "object" && !Array.isArray(data);
        current = wantsObject
          ? objects[0]
          : (def.options.find((o) => (o._zod.def as { type: string }).type === "array") ?? objects[0]);
      }
    } else return current;
  }
  return current;
}

function discriminatorOf(schema: AnySchema, key: string): unknown {
  const shape = (schema._zod.def as { shape?: Record<string, AnySchema> }).shape;
  const literal = shape?.[key]?._zod.def as { values?: unknown[] } | undefined;
  return literal?.values?.[0];
}

function allowedKeys(schema: AnySchema, data: unknown, path: readonly PropertyKey[]): string[] {
  const at = schemaAt(schema, data, path);
  const shape = at ? (at._zod.def as { shape?: Record<string, unknown> }).shape : undefined;
  return shape ? Object.keys(shape) : [];
}
