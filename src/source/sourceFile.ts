import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import { BriefingError, formatPath, type SourceLocation } from "../errors.js";
import { sha256 } from "./hash.js";

/** A parsed YAML file that can say where every node came from. */
export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** The file's text. */
  text: string;
  /** The document with positions; `doc.contents` is null for an empty file. */
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** SHA-256 of the file's bytes: what incremental builds compare. */
  hash: string;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Parse YAML bytes, keeping positions. Problems come back as errors with line and column. */
export function parseYamlSource(path: string, bytes: Uint8Array): { source?: SourceFile; errors: BriefingError[] } {
  const decoded = decodeText(path, bytes);
  if (decoded.error) return { errors: [decoded.error] };
  const text = decoded.text;
  const hash = sha256(bytes);
  const { doc, lineCounter } = parseWithPositions(text);
  const errors: BriefingError[] = [];
  const seenLines = new Set<number>();
  for (const e of doc.errors) {
    const unclosed = /^Flow (sequence|map) in block collection/.test(e.message)
      ? unclosedStart(doc, e.pos[0], "flow")
      : undefined;
    const quote = /^Missing closing .?quote/.test(e.message) ? unclosedStart(doc, e.pos[0], "quote") : undefined;
    const tooDeep = /Maximum call stack/.test(e.message) ? nestingStart(text, lineCounter, e.pos[0]) : undefined;
    const pos = lineCounter.linePos(unclosed ?? quote ?? tooDeep ?? e.pos[0]);
    // One syntax error tends to set off more on the same line; the first says what is wrong.
    if (seenLines.has(pos.line)) continue;
    seenLines.add(pos.line);
    const list = e.message.startsWith("Flow sequence");
    errors.push(
      new BriefingError(
        unclosed !== undefined
          ? `YAML syntax: ${list ? "list" : "mapping"} opened with ${list ? "[" : "{"} is not closed`
          : yamlMessage(e.message),
        {
          code: "yaml-syntax",
          file: path,
          line: pos.line,
          column: pos.col,
          hint:
            unclosed !== undefined
              ? `close it with ${list ? "]" : "}"} before the end of the line, ` +
                "or write one item per line starting with '- '"
              : yamlHint(e.code, e.message),
          cause: e,
        },
      ),
    );
  }
  return { source: { path, text, doc, lineCounter, hash }, errors };
}

function parseWithPositions(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return {
    doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true }),
    lineCounter,
  };
}

/** The value at `path` in a file's data (undefined if there is none). */
export function valueAt(source: SourceFile, path: readonly (string | number)[]): unknown {
  return source.doc.getIn(path);
}

/** The value at `path` in plain data (mappings and lists, own keys only); undefined if there is none. */
export function dataAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** UTF-8 bytes as text, without a byte-order mark (harmless: dropped); other encodings are a positioned error. */
export function decodeText(
  path: string,
  bytes: Uint8Array,
): { text: string; error?: undefined } | { text?: undefined; error: BriefingError } {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (cause) {
    const offset = firstInvalidUtf8(bytes);
    return {
      error: new BriefingError(
        `file is not valid UTF-8 text (byte 0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0")})`,
        {
          code: "not-utf8",
          file: path,
          ...countLines(bytes, offset),
          hint: "save the file as UTF-8 (most editors offer it under 'Save with encoding')",
          cause,
        },
      ),
    };
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function yamlMessage(message: string): string {
  if (/Maximum call stack/.test(message)) return "YAML syntax: lists or mappings nested too deeply";
  const first = message.split("\n")[0] ?? message;
  return `YAML syntax: ${first.replace(/ at line \d+, column \d+:?$/, "")}`;
}

/** Where the nesting begins on the line of `offset`: the parser gives up at a depth that depends on its stack. */
function nestingStart(text: string, lineCounter: LineCounter, offset: number): number {
  const lineStart = lineCounter.lineStarts[lineCounter.linePos(offset).line - 1] ?? 0;
  const first = text.slice(lineStart, offset + 1).search(/[[{]/);
  return first < 0 ? offset : lineStart + first;
}

/**
 * Start of the flow collection (`[…`, `{…`) or quoted text that runs on to `offset` without its
 * closing bracket or quote: where the user must look, rather than where the parser gave up.
 */
function unclosedStart(doc: Document.Parsed, offset: number, kind: "flow" | "quote"): number | undefined {
  let start: number | undefined;
  const check = (range: readonly number[] | null | undefined) => {
    if (range && range[0]! < offset && range[1]! >= offset) start = range[0];
  };
  visit(doc, {
    Collection(_key, node) {
      if (kind === "flow" && node.flow) check(node.range);
    },
    Scalar(_key, node) {
      if (kind === "quote" && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE")) check(node.range);
    },
  });
  return start;
}

function yamlHint(code: string, message: string): string {
  if (/Maximum call stack/.test(message)) return "slides need a few levels at most; check for unbalanced [ or {";
  if (/^Implicit map keys need to be followed by map values/.test(message)) {
    return "write each field as 'key: value'; check the indentation of this line";
  }
  switch (code) {
    case "TAB_AS_INDENT":
      return "indent with spaces, not tabs";
    case "DUPLICATE_KEY":
      return "each key may appear once per mapping; remove or rename one of them";
    case "MISSING_CHAR":
    case "MISSING_QUOTE":
      return "close the quote on the same value";
    case "BAD_INDENT":
      return "line up items of the same list or mapping at the same indentation";
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return (
        "check the indentation: a nested field goes on its own line, indented under its parent; " +
        "text containing ': ' needs quotes"
      );

    case "MULTIPLE_DOCS":
      return "keep one document per file: remove the '---' line";
    case "BAD_ALIAS":
    case "BAD_ANCHOR":
      return "an alias (*name) must refer to an anchor (&name) defined above it";
    default:
      return "compare this line with the ones around it: indentation, quotes, brackets and 'key: value' pairs";
  }
}

/** Offset of the first byte that cannot start or continue a UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i]!;
    const follow =
      c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (follow < 0) return i;
    for (let k = 1; k <= follow; k++) {
      const d = bytes[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
    }
    i += follow + 1;
  }
  return i;
}

function countLines(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Position of the node at `path` (or of the deepest existing ancestor).
 * With `key: true`, points at the key of the last segment instead of its value.
 */
export function locate(
  source: SourceFile,
  path: readonly PropertyKey[],
  options: { key?: boolean } = {},
): SourceLocation {
  let node: unknown = source.doc.contents;
  let range: readonly number[] | null | undefined = (node as Node | null)?.range;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (last && options.key) {
        range = keyNode.range;
        break;
      }
      node = pair.value;
      range = (pair.value as Node | null)?.range ?? keyNode.range;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      node = item;
      range = (item as Node | null)?.range ?? range;
    } else {
      break;
    }
  }
  const where: SourceLocation = { file: source.path, path: formatPath(path) || undefined };
  if (range && range[0] !== undefined) {
    const pos = source.lineCounter.linePos(range[0]);
    where.line = pos.line;
    where.column = pos.col;
  } else {
    where.line = 1;
    where.column = 1;
  }
  return where;
}
