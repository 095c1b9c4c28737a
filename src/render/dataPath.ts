/** Result of looking up a dotted path: the value, or how far the lookup got. */
export type Lookup = { found: true; value: unknown } | { found: false; at: string; available: string[] };

/** Look up `a.b.0.c` in plain data, using own properties only (no prototype reach). */
export function lookupPath(root: unknown, path: string): Lookup {
  let node: unknown = root;
  const parts = path.split(".");
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i]!;
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) {
      const available = node !== null && typeof node === "object" ? Object.keys(node) : [];
      return { found: false, at: parts.slice(0, i + 1).join("."), available };
    }
    node = (node as Record<string, unknown>)[key];
  }
  return { found: true, value: node };
}
