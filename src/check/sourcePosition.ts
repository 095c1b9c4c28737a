import { isPair, isScalar, isSeq, Parser, visit, type Node } from "yaml";
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

/** Every text value of a YAML file (keys aside), with its path. */
export function textValues(source: SourceFile): { value: string; path: (string | number)[] }[] {
  const out: { value: string; path: (string | number)[] }[] = [];
  visit(source.doc, {
    Scalar(_key, node, ancestors) {
      if (typeof node.value !== "string") return;
      const parent = ancestors[ancestors.length - 1];
      if (isPair(parent) && parent.key === node) return; // a key, not a value
      out.push({ value: node.value, path: pathOf(ancestors, node) });
    },
  });
  return out;
}

/** Every comment of a YAML file, with where it starts (block scalars' text is not a comment). */
export function yamlComments(source: SourceFile): { text: string; line: number; column: number }[] {
  const comments: { text: string; line: number; column: number }[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (value === null || typeof value !== "object") return;
    const token = value as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string") {
      const pos = source.lineCounter.linePos(token.offset);
      comments.push({ text: token.source, line: pos.line, column: pos.col });
      return;
    }
    for (const child of Object.values(value)) walk(child);
  };
  for (const token of new Parser().parse(source.text)) walk(token);
  return comments.sort((a, b) => a.line - b.line || a.column - b.column);
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
