import { cp, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { MANIFEST_FILE, readManifest, type Manifest } from "../../src/load/readManifest.js";
import type { BuildJson } from "../support/json.js";
import { tempDir } from "../support/tempDir.js";

const fixtures = join(import.meta.dirname, "..", "fixtures");
const quiet = (cwd: string) => ({ stdout: () => {}, stderr: () => {}, cwd });

describe("a tampered build manifest", () => {
  it("cannot make a build delete files outside the output folder", async () => {
    const ws = await tempDir("briefings-manifest-");
    await cp(join(fixtures, "minimal"), ws, { recursive: true });
    expect(await main(["build", "--root", ws], quiet(ws))).toBe(0);
    // A file the manifest must never reach: in the workspace, beside the output folder.
    const victim = join(ws, "victim.pptx");
    await writeFile(victim, "precious");
    const manifestFile = join(ws, "out", MANIFEST_FILE);
    const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as Manifest;
    // An output for an audience that no longer exists is removed on the next build: point one outside.
    manifest.outputs["gone/away"] = {
      deck: "gone",
      audience: "away",
      hash: "x",
      file: "../victim.pptx",
      slides: 1,
      bytes: 8,
    };
    await writeFile(manifestFile, JSON.stringify(manifest));
    expect(readManifest(join(ws, "out"))).toBeUndefined();

    let stdout = "";
    expect(
      await main(["build", "--root", ws, "--json"], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: ws }),
    ).toBe(0);
    expect((JSON.parse(stdout) as BuildJson).removed).toEqual([]);
    expect(await readFile(victim, "utf8")).toBe("precious");
    expect((await stat(join(ws, "out", "brief", "cfo.pptx"))).size).toBeGreaterThan(10_000);
  });

  it("still lets a build remove a deck whose audience is gone", async () => {
    const ws = await tempDir("briefings-manifest-");
    await cp(join(fixtures, "minimal"), ws, { recursive: true });
    expect(await main(["build", "--root", ws], quiet(ws))).toBe(0);
    const deck = join(ws, "decks", "brief.yaml");
    await writeFile(deck, (await readFile(deck, "utf8")).replace("  - { id: cto, persona: cto }\n", ""));
    let stdout = "";
    expect(
      await main(["build", "--root", ws, "--json"], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: ws }),
    ).toBe(0);
    expect((JSON.parse(stdout) as BuildJson).removed).toEqual([join(ws, "out", "brief", "cto.pptx")]);
  });
});
