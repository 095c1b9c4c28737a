import { describe, expect, it } from "vitest";
import { locate, parseYamlSource } from "../../src/source/sourceFile.js";

const parse = (text: string | Uint8Array) =>
  parseYamlSource("/ws/personas/x.yaml", typeof text === "string" ? new TextEncoder().encode(text) : text);

describe("parseYamlSource", () => {
  it("keeps positions so any node can be located", () => {
    const { source, errors } = parse("name: CFO\nobjectives:\n  - one\n  - two\n");
    expect(errors).toEqual([]);
    expect(locate(source!, ["objectives", 1])).toMatchObject({ line: 4, column: 5, path: "objectives.1" });
    expect(locate(source!, ["name"], { key: true })).toMatchObject({ line: 1, column: 1 });
  });

  it("falls back to the deepest existing node for a missing path", () => {
    const { source } = parse("a:\n  b: 1\n");
    expect(locate(source!, ["a", "missing"])).toMatchObject({ line: 2, column: 3 });
  });

  it("reports duplicate keys and tabs with line and column", () => {
    const dup = parse("name: a\nname: b\n");
    expect(dup.errors[0]).toMatchObject({ line: 2, column: 1 });
    expect(dup.errors[0]?.hint).toContain("once");
    const tab = parse("a:\n\t- b\n");
    expect(tab.errors.length).toBeGreaterThan(0);
    expect(tab.errors[0]!.line).toBe(2);
  });

  it("rejects bytes that are not UTF-8, pointing at the bad byte", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("name: ok\ntitle: caf"), 0xe9, 0x0a]);
    const { errors } = parse(bytes);
    expect(errors[0]).toMatchObject({ message: "file is not valid UTF-8 text (byte 0xE9)", line: 2, column: 11 });
  });

  it("accepts a byte-order mark", () => {
    const { source, errors } = parse(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("name: x\n")]));
    expect(errors).toEqual([]);
    expect(source!.doc.toJS()).toEqual({ name: "x" });
  });
});
