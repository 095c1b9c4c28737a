import { cp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { readPptx, slideText } from "../support/pptx.js";
import { tempDir } from "../support/tempDir.js";

const fixtures = join(import.meta.dirname, "..", "fixtures");

describe("templates and prototypes", () => {
  it("cannot read prototype properties: lookups of constructor and __proto__ give nothing", async () => {
    const ws = await tempDir("briefings-proto-");
    await cp(join(fixtures, "minimal"), ws, { recursive: true });
    await writeFile(
      join(ws, "decks", "proto.yaml"),
      [
        "title: Proto",
        "theme: default",
        "organization: org.yaml",
        "audiences: [{ id: cfo, persona: cfo }]",
        "slides:",
        "  - layout: bullets",
        "    title: X",
        "    bullets:",
        `      - 'A{{lookup persona "constructor"}}B'`,
        "      - 'C{{#with persona}}{{__proto__}}{{/with}}D'",
        `      - 'E{{lookup (lookup persona "constructor") "name"}}F'`,
        `      - 'G{{lookup organization "__proto__"}}H'`,
      ].join("\n"),
    );
    let stderr = "";
    expect(
      await main(["build", "--root", ws, "--deck", "proto"], {
        stdout: () => {},
        stderr: (t) => (stderr += t),
        cwd: ws,
      }),
    ).toBe(0);
    expect(stderr).not.toMatch(/error/);
    const text = slideText((await readPptx(join(ws, "out", "proto", "cfo.pptx"))).slides[0]!);
    expect(text.split("\n").slice(1, 5)).toEqual(["AB", "CD", "EF", "GH"]); // then the slide number
  });
});
