/**
 * The values of some tag keys in a FOCUS `Tags` JSON text. Keys are trimmed and compared without
 * regard to case; when several keys match, the first with a value in document order counts. A value
 * that is null, or a string that is empty once trimmed, is no value; other strings count as written;
 * numbers, booleans, lists and objects count as their JSON text. Text that is not a JSON object
 * (null, empty, `NULL`, broken) has no tags.
 *
 * `JSON.parse` cannot serve alone: it keeps the last of two equal keys and moves keys that look like
 * numbers to the front. The text is checked with it, then walked in document order here.
 */
export function tagValues(text: string | null, keys: readonly string[]): (string | null)[] {
  const found: (string | null)[] = keys.map(() => null);
  if (text === null || !isJsonObject(text)) return found;
  const wanted = keys.map(normalizeTagKey);
  for (const [key, value] of entries(text)) {
    if (value === null) continue;
    const k = normalizeTagKey(key);
    wanted.forEach((w, i) => {
      if (w === k && found[i] === null) found[i] = value;
    });
  }
  return found;
}

/** A tag key as compared: trimmed, lower case. */
export function normalizeTagKey(key: string): string {
  return key.trim().toLowerCase();
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** The top-level entries of a valid JSON object's text, in document order: key, and value (null when none). */
function* entries(text: string): Generator<[string, string | null]> {
  let i = skipSpace(text, text.indexOf("{") + 1);
  while (i < text.length && text[i] !== "}") {
    const keyEnd = stringEnd(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the colon
    const valueEnd = valueEndAt(text, valueStart);
    yield [key, tagValue(text.slice(valueStart, valueEnd).trimEnd())];
    i = skipSpace(text, valueEnd);
    if (text[i] === ",") i = skipSpace(text, i + 1);
  }
}

function tagValue(raw: string): string | null {
  if (raw === "null") return null;
  if (!raw.startsWith('"')) return raw;
  const value = JSON.parse(raw) as string;
  return value.trim() === "" ? null : value;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  return i;
}

/** Index just past the JSON string starting at `i` (a quote). */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === "\\") j++;
    else if (text[j] === '"') return j + 1;
  }
  return text.length;
}

/** Index just past the JSON value starting at `i`. */
function valueEndAt(text: string, i: number): number {
  if (text[i] === '"') return stringEnd(text, i);
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j]!;
    if (c === '"') j = stringEnd(text, j) - 1;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      if (depth === 0) return j;
      depth--;
      if (depth === 0) return j + 1;
    } else if (c === "," && depth === 0) return j;
  }
  return text.length;
}
