import { isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair } from "yaml";
import { CHECK_RULE_INFO, type CheckRuleId } from "../schema/check.js";

/**
 * `init` keeps the example's values so a new workspace builds at once, and marks each one the user
 * must replace with a `# TODO:` comment, which `briefings check` lists until it is gone. Edits are
 * made to the text (a comment line inserted, lines removed) so the rest of the file stays as written.
 */

/** The deck's subtitle, date and named executives, marked TODO; the example's leftover exemptions removed. */
export function markDeckPlaceholders(text: string): string {
  const marks: { path: (string | number)[]; note: string }[] = [
    { path: ["subtitle"], note: "your subtitle: why your company needs a FinOps practice, in one line" },
    { path: ["date"], note: "the day you present (YYYY-MM-DD); briefings check flags a date in the past" },
  ];
  const doc = parseDocument(text);
  const audiences = doc.get("audiences", true);
  if (isSeq(audiences))
    audiences.items.forEach((audience, i) => {
      if (isMap(audience) && audience.has("executive"))
        marks.push({
          path: ["audiences", i, "executive"],
          note: "the executive you brief: their name, title and own priorities (or remove this audience)",
        });
    });
  return insertComments(dropLeftoverExemptions(text), marks);
}

/** The theme's logo, marked TODO. */
export function markThemePlaceholders(text: string): string {
  return insertComments(text, [
    { path: ["logo"], note: "your company's logo (PNG or JPEG, relative to this file) and what it shows in altText" },
  ]);
}

/** A `# TODO: note` line above the key at each path that exists, at the key's indentation. */
function insertComments(text: string, marks: readonly { path: (string | number)[]; note: string }[]): string {
  const doc = parseDocument(text);
  const lines = text.split("\n");
  const inserts: { line: number; comment: string }[] = [];
  for (const mark of marks) {
    const pair = pairAt(doc.contents, mark.path);
    const start = (pair?.key as Node | undefined)?.range?.[0];
    if (start === undefined) continue;
    const line = text.slice(0, start).split("\n").length - 1;
    const indent = " ".repeat(start - text.lastIndexOf("\n", start - 1) - 1);
    inserts.push({ line, comment: `${indent}# TODO: ${mark.note}` });
  }
  for (const { line, comment } of inserts.sort((a, b) => b.line - a.line)) {
    // A key that follows "- " on its line gets the comment above the list item.
    const itemLine = /^\s*- /.test(lines[line] ?? "") ? comment.replace(/^( *)/, (s) => s.slice(0, -2)) : comment;
    lines.splice(line, 0, itemLine);
  }
  return lines.join("\n");
}

/** The pair whose value sits at `path` under `node` (a mapping key at the end). */
function pairAt(node: unknown, path: readonly (string | number)[]): Pair | undefined {
  let current = node;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isMap(current)) {
      pair = current.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === segment);
      current = pair?.value;
    } else if (isSeq(current) && typeof segment === "number") {
      current = current.items[segment];
      pair = undefined;
    } else return undefined;
    if (current === undefined) return undefined;
  }
  return pair;
}

const LEFTOVER_RULES = new Set(
  (Object.keys(CHECK_RULE_INFO) as CheckRuleId[]).filter((id) => CHECK_RULE_INFO[id].category === "leftovers"),
);

/**
 * The packaged example may switch leftover rules off (it is a fictional company on purpose); a
 * workspace of the user's own must not inherit that. Removes those entries from `check.off`, and
 * `off` and `check` when they end up empty.
 */
export function dropLeftoverExemptions(text: string): string {
  for (let guard = 0; guard < 50; guard++) {
    const doc = parseDocument(text);
    const checkPair = isMap(doc.contents) ? pairOf(doc.contents.items, "check") : undefined;
    const check = checkPair?.value;
    const offPair = isMap(check) ? pairOf(check.items, "off") : undefined;
    const off = offPair?.value;
    const empty = (node: unknown) =>
      node === null || (isScalar(node) && node.value === null) || (isMap(node) && node.items.length === 0);
    let remove: Pair | undefined;
    if (isMap(off)) remove = off.items.find((p) => isScalar(p.key) && LEFTOVER_RULES.has(p.key.value as CheckRuleId));
    if (!remove && offPair && empty(off)) remove = offPair;
    if (!remove && checkPair && empty(check)) remove = checkPair;
    if (!remove) return text;
    if ((isMap(off) && off.flow) || (isMap(check) && check.flow)) {
      // A one-line mapping cannot lose an entry line by line: let the YAML library rewrite it.
      doc.deleteIn(pathOf(remove, check, off));
      text = doc.toString({ lineWidth: 0 });
    } else text = removeLines(text, remove);
  }
  return text;
}

function pairOf(items: readonly Pair[], key: string): Pair | undefined {
  return items.find((p) => isScalar(p.key) && p.key.value === key);
}

function pathOf(pair: Pair, check: unknown, off: unknown): (string | number)[] {
  const key = (pair.key as { value: string }).value;
  if (isMap(off) && (off.items as unknown[]).includes(pair)) return ["check", "off", key];
  if (isMap(check) && (check.items as unknown[]).includes(pair)) return ["check", key];
  return [key];
}

/** The text without the whole lines a pair (key, value and the comments before it) takes up. */
function removeLines(text: string, pair: Pair): string {
  const start = (pair.key as Node).range![0];
  const value = pair.value as Node | null;
  const end = value?.range?.[1] ?? (pair.key as Node).range![1];
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", Math.max(end - 1, start));
  return text.slice(0, lineStart) + (lineEnd < 0 ? "" : text.slice(lineEnd + 1));
}
