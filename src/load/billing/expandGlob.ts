import { readdirSync, statSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";

/** Whether a path has glob characters: `*`, `?`, `[…]` or `{a,b}`. */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

/**
 * The files a glob matches, relative to `base` unless absolute, sorted. `*` and `?` match within a
 * name, `**` any number of folders, `[abc]` one of the characters, `{a,b}` either text. Names
 * starting with a dot match only a pattern that starts with one. Folder links are not descended
 * (they could loop); matched files may be links, and are checked where they lead before reading.
 */
export function expandGlob(base: string, pattern: string): string[] {
  const normalized = pattern.split("\\").join("/");
  const start = isAbsolute(normalized) ? resolve("/") : resolve(base);
  const segments = normalized.split("/").filter((s, i) => s !== "" && !(s === "." && i > 0));
  const found = new Set<string>();
  walk(start, segments, found);
  return [...found].sort();
}

function walk(dir: string, segments: string[], found: Set<string>): void {
  const [segment, ...rest] = segments;
  if (segment === undefined) return;
  if (segment === "**") {
    walk(dir, rest, found); // zero folders
    for (const entry of entries(dir))
      if (entry.folder && !entry.name.startsWith(".")) walk(join(dir, entry.name), segments, found);
    return;
  }
  if (!isGlob(segment)) {
    const path = join(dir, segment);
    if (rest.length > 0) walk(path, rest, found);
    else if (isFile(path)) found.add(path);
    return;
  }
  const match = segmentPattern(segment);
  for (const entry of entries(dir)) {
    if (!match.test(entry.name)) continue;
    const path = join(dir, entry.name);
    if (rest.length > 0) {
      if (entry.folder) walk(path, rest, found);
    } else if (!entry.folder && isFile(path)) found.add(path);
  }
}

function entries(dir: string): { name: string; folder: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, folder: e.isDirectory() }));
  } catch {
    return [];
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** One path segment's pattern as a regular expression. */
function segmentPattern(segment: string): RegExp {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const end = segment.indexOf("]", i + 2);
      if (end < 0) source += "\\[";
      else {
        const body = segment
          .slice(i + 1, end)
          .replace(/^!/, "^")
          .replace(/\\/g, "\\\\");
        source += `[${body}]`;
        i = end;
      }
    } else if (c === "{") {
      const end = segment.indexOf("}", i);
      if (end < 0) source += "\\{";
      else {
        source += `(?:${segment
          .slice(i + 1, end)
          .split(",")
          .map((alt) =>
            alt
              .replace(/[.+^$()|\\]/g, "\\$&")
              .replace(/\*/g, "[^/]*")
              .replace(/\?/g, "[^/]"),
          )
          .join("|")})`;
        i = end;
      }
    } else source += c.replace(/[.+^$()|\\\]}]/g, "\\$&");
  }
  const dotOk = segment.startsWith(".");
  return new RegExp(`^${dotOk ? "" : "(?!\\.)"}${source}$`);
}
