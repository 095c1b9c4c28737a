import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const repo = join(import.meta.dirname, "..", "..");
const bin = join(repo, "dist", "cli", "bin.js");

/** Run the built CLI with a module hook that records every module it resolves. */
async function modulesLoadedBy(args: string[]): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "briefings-modules-"));
  const log = join(dir, "modules.log");
  const hooks = join(dir, "hooks.mjs");
  await writeFile(hooks, `import { appendFileSync } from "node:fs";\nexport async function resolve(specifier, context, next) {\n  const result = await next(specifier, context);\n  appendFileSync(${JSON.stringify(log)}, result.url + "\\n");\n  return result;\n}\n`);
  const register = join(dir, "register.mjs");
  await writeFile(register, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  await writeFile(log, "");
  await run(process.execPath, ["--import", pathToFileURL(register).href, bin, ...args]);
  return (await readFile(log, "utf8")).split("\n").filter(Boolean);
}

describe("an unchanged rebuild", () => {
  it("answers from the manifest without loading pptxgenjs or Handlebars", async () => {
    const ws = await mkdtemp(join(tmpdir(), "briefings-unchanged-"));
    await cp(join(repo, "test", "fixtures", "minimal"), ws, { recursive: true });
    const cold = await modulesLoadedBy(["build", "--root", ws]);
    expect(cold.some((url) => url.includes("/pptxgenjs/"))).toBe(true); // the probe sees a real build load it
    const unchanged = await modulesLoadedBy(["build", "--root", ws]);
    expect(unchanged.filter((url) => /\/(pptxgenjs|handlebars|jszip|yaml|zod)\//.test(url))).toEqual([]);
  });
});
