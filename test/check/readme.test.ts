import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHECK_RULES } from "../../src/schema/check.js";

describe("the README", () => {
  it("documents every check rule in a table row of its own", async () => {
    const readme = await readFile(join(import.meta.dirname, "..", "..", "README.md"), "utf8");
    expect(CHECK_RULES.filter((rule) => !readme.includes(`\n| \`${rule}\` |`))).toEqual([]);
  });
});
