import { isPair, isScalar, isSeq, visit, type Node } from "yaml";
import type { SourceLocation } from "../errors.js";
import { locate, type SourceFile } from "../load/sourceFile.js";

/**
 * Where `needle` is inside the text value at `path` of a YAML file: its `occurrence`-th appearance
 * in the value's source text. Quoting and folding can hide it (a needle across a folded line); then
 * the value's own start.
 */
export function locateInValue(
  source: SourceFile,
  path: readonly (string | number)[],
  needle: string,
  occurrence = 0,
): SourceLocation {
  const where = locate(source, path);
  const node = source.doc.getIn(path, true) as Node | undefined;
  const range = node?.range;
  if (!range || needle === "") return where;
  const offset = nthIndex(source.text.slice(range[0], range[1]), needle, occurrence);
  if (offset < 0) return where;
  const pos = source.lineCounter.linePos(range[0] + offset);
  return { ...where, line: pos.line, column: pos.col };
}

/** Where `needle` is in a plain text file (a partial): its `occurrence`-th appearance; undefined when absent. */
export function locateInText(file: string, text: string, needle: string, occurrence = 0): SourceLocation | undefined {
  const offset = nthIndex(text, needle, occurrence);
  if (offset < 0) return undefined;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { file, line, column: offset - before.lastIndexOf("\n") };
}

/** A scalar of a YAML file: its text (empty for keys and non-text), where it is, and its path when asked. */
interface ScalarAt {
  value: string;
  range: [number, number];
  path: () => (string | number)[];
}

// Files are shared by every audience of a deck: read each one's values and comments once.
const valuesOf = new WeakMap<SourceFile, ScalarAt[]>();
const commentsOf = new WeakMap<SourceFile, { text: string; line: number; column: number }[]>();

/** Every text value of a YAML file (keys aside), with where it is and its path (computed when asked). */
export function textValues(source: SourceFile): ScalarAt[] {
  return scalarsOf(source).filter((s) => s.value !== "");
}

function scalarsOf(source: SourceFile): ScalarAt[] {
  let out = valuesOf.get(source);
  if (out) return out;
  const found: ScalarAt[] = [];
  visit(source.doc, {
    Scalar(_key, node, ancestors) {
      if (!node.range) return;
      const parent = ancestors[ancestors.length - 1];
      const isKey = isPair(parent) && parent.key === node;
      found.push({
        value: typeof node.value === "string" && !isKey ? node.value : "",
        range: [node.range[0], node.range[1]],
        // `ancestors` is a frozen array of its own for each node: keeping it is safe.
        path: () => pathOf(ancestors, node),
      });
    },
  });
  valuesOf.set(source, (out = found));
  return out;
}

/** Where `needle` is inside a value of a YAML file: its `occurrence`-th appearance; the value's start when hidden. */
export function locateInScalar(source: SourceFile, scalar: ScalarAt, needle: string, occurrence = 0): SourceLocation {
  const offset = nthIndex(source.text.slice(scalar.range[0], scalar.range[1]), needle, occurrence);
  const pos = source.lineCounter.linePos(scalar.range[0] + Math.max(0, offset));
  return { file: source.path, line: pos.line, column: pos.col, path: scalar.path().join(".") || undefined };
}

/**
 * Every comment of a YAML file, with where it starts: a `#` at the start of a line or after a
 * space, outside every value (block scalars and quoted text can hold a `#`).
 */
export function yamlComments(source: SourceFile): { text: string; line: number; column: number }[] {
  let out = commentsOf.get(source);
  if (out) return out;
  const scalars = scalarsOf(source);
  out = [];
  for (const m of source.text.matchAll(/(?<=^|[ \t])#[^\n]*/gm)) {
    const at = m.index;
    if (scalars.some((s) => at >= s.range[0] && at < s.range[1])) continue;
    const pos = source.lineCounter.linePos(at);
    out.push({ text: m[0].trimEnd(), line: pos.line, column: pos.col });
  }
  commentsOf.set(source, out);
  return out;
}

function nthIndex(haystack: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = haystack.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function pathOf(ancestors: readonly unknown[], node: unknown): (string | number)[] {
  return ancestors.flatMap((a, i): (string | number)[] => {
    const next = ancestors[i + 1] ?? node;
    if (isPair(a)) return isScalar(a.key) && a.value === next ? [String(a.key.value)] : [];
    if (isSeq(a)) return [a.items.indexOf(next)];
    return [];
  });
}
