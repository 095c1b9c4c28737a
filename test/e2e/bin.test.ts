import { execFile, spawn } from "node:child_process";
import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { convertToPdf, pageCount } from "../support/libreoffice.js";
import { BIN } from "../support/bin.js";
import type { BuildJson } from "../support/json.js";
import { runProgram } from "../support/run.js";
import { tempDir } from "../support/tempDir.js";

const run = promisify(execFile);
const repo = join(import.meta.dirname, "..", "..");
const bin = BIN;

// One smoke test of the built binary as a user runs it (npm test builds dist/ first).
describe("briefings binary", () => {
  it("builds the fixture workspace, and the decks open in LibreOffice", async () => {
    const out = await tempDir("briefings-bin-");
    const { stdout, stderr } = await run("node", [
      bin,
      "build",
      "--root",
      join(repo, "test", "fixtures", "minimal"),
      "--out",
      out,
    ]);
    expect(stdout).toMatch(/^brief +cfo +6 +\d+ KB +built +\S*brief\/cfo\.pptx$/m);
    expect(stderr).toMatch(/2 built, 0 unchanged/);
    const pdfs = await convertToPdf([join(out, "brief", "cfo.pptx"), join(out, "brief", "cto.pptx")], out);
    expect(await pageCount(pdfs.get(join(out, "brief", "cfo.pptx"))!)).toBe(6);
    expect(await pageCount(pdfs.get(join(out, "brief", "cto.pptx"))!)).toBe(5);
  });

  it("draws every layout and chart kind, and LibreOffice opens each slide", async () => {
    const out = await tempDir("briefings-every-");
    const { stdout } = await run("node", [
      bin,
      "build",
      "--root",
      join(repo, "test", "fixtures", "every-layout"),
      "--out",
      out,
      "--json",
    ]);
    const { built } = JSON.parse(stdout) as BuildJson;
    expect(built.map((b) => b.audience).sort()).toEqual(["cfo", "cto-named"]);
    const pdfs = await convertToPdf(
      built.map((b) => b.file),
      out,
    );
    for (const deck of built) expect(await pageCount(pdfs.get(deck.file)!)).toBe(deck.slides);
    // The CFO copy has the quote; the named CTO copy has the executive's priorities instead.
    expect(built.find((b) => b.audience === "cfo")!.slides).toBe(17);
    expect(built.find((b) => b.audience === "cto-named")!.slides).toBe(17);
  });

  it("exits 1 with positioned errors on a broken workspace, and 2 on wrong usage", async () => {
    const broken = await runProgram("node", [
      bin,
      "validate",
      "--root",
      join(repo, "test", "fixtures", "broken-persona"),
    ]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/personas\/cfo\.yaml:9:1 {2}favouriteColour {2}error: unknown field/);
    const usage = await runProgram("node", [bin, "build", "--no-such-flag"]);
    expect(usage.code).toBe(2);
  });

  it("watch rebuilds on an edit and exits 0 on Ctrl-C", async () => {
    const ws = await tempDir("briefings-watch-bin-");
    await cp(join(repo, "test", "fixtures", "minimal"), ws, { recursive: true });
    const child = spawn("node", [bin, "watch", "--root", ws], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const until = async (test: () => boolean) => {
      for (let i = 0; i < 300 && !test(); i++) await new Promise((r) => setTimeout(r, 50));
      expect(test()).toBe(true);
    };
    await until(() => stderr.includes("watching"));
    const persona = join(ws, "personas", "cto.yaml");
    await writeFile(persona, (await readFile(persona, "utf8")) + "# edited\n");
    await until(() => /changed: personas\/cto\.yaml\n[\s\S]*1 built, 1 unchanged/.test(stderr));
    expect(stdout.match(/built .*cto\.pptx/g)).toHaveLength(2); // the first build, and the rebuild
    child.kill("SIGINT");
    const code = await new Promise((r) => child.on("exit", r));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/Error|at .*\.js/);
  });
});
