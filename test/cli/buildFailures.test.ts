import { cp, mkdir, readdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { tempDir } from "../support/tempDir.js";

const fixtures = join(import.meta.dirname, "..", "fixtures");

async function workspace(): Promise<string> {
  const ws = await tempDir("briefings-fail-");
  await cp(join(fixtures, "minimal"), ws, { recursive: true });
  return ws;
}

async function run(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

describe("failures during a build", () => {
  it("an output that cannot be written fails only its audience; the summary says which and why", async () => {
    const ws = await workspace();
    await mkdir(join(ws, "out", "brief", "cto.pptx"), { recursive: true }); // a folder where the deck should go
    const { code, stdout, stderr } = await run(["build", "--root", ws], ws);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^brief +cfo +6 +\d+ KB +built +out\/brief\/cfo\.pptx$/m);
    expect(stderr).toContain("failed     brief/cto:");
    expect(stderr).toMatch(/out\/brief\/cto\.pptx {2}error: cannot write .*cto\.pptx: a folder has that name/);
    expect(stderr).toContain("1 built, 0 unchanged, 1 failed");
    expect(stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect((await readdir(join(ws, "out", "brief"))).sort()).toEqual(["cfo.pptx", "cto.pptx"]);
  });

  it("a symbolic link in the output folder cannot lead writes outside it", async () => {
    const ws = await workspace();
    const elsewhere = await tempDir("briefings-elsewhere-");
    await mkdir(join(ws, "out"));
    await symlink(elsewhere, join(ws, "out", "brief"));
    const { code, stderr } = await run(["build", "--root", ws], ws);
    expect(code).toBe(1);
    expect(stderr).toContain("failed     brief/cfo:");
    expect(stderr).toMatch(/refusing to write .*cfo\.pptx: a link leads out of/);
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it("an output folder that is a file is a clear error, not a stack trace", async () => {
    const ws = await workspace();
    await writeFile(join(ws, "out"), "not a folder");
    const { code, stderr } = await run(["build", "--root", ws], ws);
    expect(code).toBe(1);
    expect(stderr).toContain("a part of the path is a file, not a folder");
    expect(stderr).toContain("hint: choose a folder you can write to");
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it("an output folder that cannot be created (under /proc) is an error, not a hang", async () => {
    const ws = await workspace();
    // Node's recursive mkdir retries forever here; the build must report it instead.
    const { code, stderr } = await run(["build", "--root", ws, "--out", "/proc/briefings-test/out"], ws);
    expect(code).toBe(1);
    expect(stderr).toContain("a folder on the way cannot be created there");
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 20_000);

  it("a workspace root that is a file says there is no workspace", async () => {
    const ws = await workspace();
    const { code, stderr } = await run(["build", "--root", join(ws, "decks", "brief.yaml")], ws);
    expect(code).toBe(1);
    expect(stderr).toContain("no workspace here");
  });
});
