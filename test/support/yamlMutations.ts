import fc from "fast-check";

// Line edits of the kinds people make to YAML by hand (and by bad paste), for fuzz tests.

const junk = fc.constantFrom(
  "\t",
  ":",
  ": ",
  "- ",
  "[",
  "]",
  "{",
  "}",
  "'",
  '"',
  "&a",
  "*a",
  "!!str",
  "---",
  "#",
  "|",
  ">",
  "{{",
  "}}",
  "\u0000",
  "\uD800",
  "\uFEFF",
  "é",
  "😀",
  "__proto__: 1",
  "  ",
  "~: 1",
  "? ",
  "[a]: 1",
  "0x1F",
  "1_000",
  ".inf",
);

/** One edit: a line deleted, duplicated, re-indented, cut short, or spliced with hostile text. */
export const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("indent" as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat(), keep: fc.nat() }),
  fc.record({ kind: fc.constant("splice" as const), at: fc.nat(), column: fc.nat(), text: junk }),
);

export type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** Apply the edits to the text's lines in turn. */
export function mutate(text: string, mutations: Mutation[]): string {
  const lines = text.split("\n");
  for (const m of mutations) {
    const i = m.at % lines.length;
    const line = lines[i]!;
    if (m.kind === "delete") lines.splice(i, 1);
    else if (m.kind === "duplicate") lines.splice(i, 0, line);
    else if (m.kind === "indent")
      lines[i] =
        m.by >= 0 ? " ".repeat(m.by) + line : line.slice(Math.min(-m.by, line.length - line.trimStart().length));
    else if (m.kind === "cut") lines[i] = line.slice(0, m.keep % (line.length + 1));
    else {
      const c = m.column % (line.length + 1);
      lines[i] = line.slice(0, c) + m.text + line.slice(c);
    }
    if (lines.length === 0) lines.push("");
  }
  return lines.join("\n");
}
