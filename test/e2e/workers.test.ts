import { execFile } from "node:child_process";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { BuildJson } from "../support/json.js";
import { main } from "../../src/cli/main.js";
import { generateWorkspace } from "../bench/generateWorkspace.js";
import { BIN } from "../support/bin.js";
import { removeAfterTests, tempDir } from "../support/tempDir.js";

const run = promisify(execFile);
const repo = join(import.meta.dirname, "..", "..");

// Large batches are shared with worker threads (only in the compiled tool: tests that import the
// sources build in one thread). Both ways must give the same decks, byte for byte.
describe("a large batch", () => {
  it("built with worker threads gives the same bytes as built in one thread", async () => {
    const ws = removeAfterTests(await generateWorkspace(repo, 40));
    const threaded = await tempDir("briefings-threads-");
    const single = await tempDir("briefings-single-");
    // One worker asked for, whatever the machine: the default starts none on two cores.
    const { stdout } = await run("node", [BIN, "build", "--root", ws, "--out", threaded, "--json", "--workers", "1"], {
      maxBuffer: 16 * 1024 * 1024,
    });
    const report = JSON.parse(stdout) as BuildJson;
    expect(report.ok).toBe(true);
    expect(report.built).toHaveLength(40);
    expect(report.threads).toBe(2);
    expect(await main(["build", "--root", ws, "--out", single], { stdout: () => {}, stderr: () => {}, cwd: ws })).toBe(
      0,
    );
    const files = (await readdir(join(single, "adoption-briefing"))).sort();
    expect(files).toHaveLength(40);
    expect((await readdir(join(threaded, "adoption-briefing"))).sort()).toEqual(files);
    for (const file of files) {
      const a = await readFile(join(threaded, "adoption-briefing", file));
      const b = await readFile(join(single, "adoption-briefing", file));
      expect(a.equals(b), file).toBe(true);
    }
  });
});
