import { execFile } from "node:child_process";
import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { BIN, REPO } from "../support/bin.js";
import { tempDir } from "../support/tempDir.js";

const run = promisify(execFile);

/** Run the shipped CLI with hooks that record every code file it loads; returns their contents. */
async function codeLoadedBy(args: string[]): Promise<string> {
  const dir = await tempDir("briefings-modules-");
  const log = join(dir, "modules.log");
  const hooks = join(dir, "hooks.mjs");
  await writeFile(
    hooks,
    [
      'import { appendFileSync } from "node:fs";',
      "export async function resolve(specifier, context, next) {",
      "  const result = await next(specifier, context);",
      `  appendFileSync(${JSON.stringify(log)}, result.url + "\\n");`,
      "  return result;",
      "}",
      "",
    ].join("\n"),
  );
  const register = join(dir, "register.mjs");
  await writeFile(
    register,
    `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );
  await writeFile(log, "");
  await run(process.execPath, ["--import", pathToFileURL(register).href, BIN, ...args]);
  const files = [...new Set((await readFile(log, "utf8")).split("\n").filter((url) => url.startsWith("file:")))];
  return (await Promise.all(files.map((url) => readFile(fileURLToPath(url), "utf8")))).join("\n");
}

// Code that only pptxgenjs and Handlebars contain (looked for inside every file loaded).
const PPTXGENJS = "makeXmlContTypes";
const HANDLEBARS = "JavaScriptCompiler";

describe("an unchanged rebuild", () => {
  it("answers from the manifest without loading pptxgenjs or Handlebars", async () => {
    const ws = await tempDir("briefings-unchanged-");
    await cp(join(REPO, "test", "fixtures", "minimal"), ws, { recursive: true });
    const cold = await codeLoadedBy(["build", "--root", ws]);
    expect(cold).toContain(PPTXGENJS); // the probe sees a real build load them
    expect(cold).toContain(HANDLEBARS);
    const unchanged = await codeLoadedBy(["build", "--root", ws]);
    expect(unchanged).not.toContain(PPTXGENJS);
    expect(unchanged).not.toContain(HANDLEBARS);
  });
});
