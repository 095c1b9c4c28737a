import { cp, readdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { BuildJson, ListJson, ProblemsJson } from "../support/json.js";
import { tempDir } from "../support/tempDir.js";

const fixtures = join(import.meta.dirname, "..", "fixtures");

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: fixtures });
  return { code, stdout, stderr };
}

describe("briefings CLI", () => {
  it("prints help and version with exit 0, and usage errors with exit 2", async () => {
    expect((await run(["--help"])).code).toBe(0);
    expect((await run(["build", "--help"])).stdout).toMatch(/--audience <id\.\.\.>/);
    expect((await run(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect((await run(["bogus"])).code).toBe(2);
    expect((await run(["build", "--nope"])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });

  it("validate lists every error with file:line:column and exits 1", async () => {
    const { code, stderr } = await run(["validate", "--root", "broken-persona"]);
    expect(code).toBe(1);
    expect(stderr).toContain("broken-persona/personas/cfo.yaml:5:13  objectives  error: expected a list");
    expect(stderr).toContain("broken-persona/personas/cfo.yaml:9:1  favouriteColour  error: unknown field");
    expect(stderr).toContain("broken-persona/personas/cfo.yaml:2:1  primaryGoal  error: missing required field");
    expect(stderr).toMatch(
      /broken-persona\/personas\/cto\.yaml:5:15 {2}error: YAML syntax: list opened with \[ is not closed/,
    );
    expect(stderr).toContain("4 errors found");
  });

  it("validate --json reports the same errors as data", async () => {
    const { code, stdout } = await run(["validate", "--root", "broken-persona", "--json"]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as ProblemsJson;
    expect(report.ok).toBe(false);
    expect(report.errors).toContainEqual(expect.objectContaining({ line: 9, column: 1, path: "favouriteColour" }));
  });

  it("build writes nothing for an invalid workspace", async () => {
    const out = await tempDir("briefings-out-");
    const { code, stderr } = await run(["build", "--root", "broken-persona", "--out", out]);
    expect(code).toBe(1);
    expect(stderr).toContain("nothing was built");
    expect(await readdir(out)).toEqual([]);
  });

  it("build writes out/<deck>/<audience>.pptx, filtered by --deck and --audience", async () => {
    const ws = await tempDir("briefings-ws-");
    await cp(join(fixtures, "minimal"), ws, { recursive: true });
    let stdout = "";
    const code = await main(["build", "--root", ws, "--audience", "cto", "--json"], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      cwd: ws,
    });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as BuildJson;
    expect(report.built).toEqual([
      expect.objectContaining({
        deck: "brief",
        audience: "cto",
        file: join(ws, "out", "brief", "cto.pptx"),
        slides: 5,
      }),
    ]);
    expect((await stat(join(ws, "out", "brief", "cto.pptx"))).size).toBeGreaterThan(10_000);
    expect(await readdir(join(ws, "out", "brief"))).toEqual(["cto.pptx"]);
  });

  it("an unknown --audience is a clear error with a suggestion", async () => {
    const { code, stderr } = await run([
      "build",
      "--root",
      "minimal",
      "--audience",
      "cfoo",
      "--out",
      await tempDir("x-"),
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('no audience "cfoo"');
    expect(stderr).toContain('did you mean "cfo"?');
  });

  it("a template error fails only its audience; the others are still built", async () => {
    const ws = await tempDir("briefings-ws-");
    await cp(join(fixtures, "minimal"), ws, { recursive: true });
    // Only the CTO persona lacks this field, so only the CTO deck fails.
    await writeFile(
      join(ws, "decks", "extra.yaml"),
      [
        "title: Extra",
        "theme: default",
        "organization: org.yaml",
        "audiences: [{ id: cfo, persona: cfo }, { id: cto, persona: cto }]",
        "slides:",
        "  - layout: bullets",
        "    title: '{{#if (eq persona.name \"CFO\")}}ok{{else}}{{persona.missing}}{{/if}}'",
        "    bullets: [a]",
      ].join("\n"),
    );
    let stderr = "";
    const code = await main(["build", "--root", ws, "--deck", "extra"], {
      stdout: () => {},
      stderr: (t) => (stderr += t),
      cwd: ws,
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/extra\.yaml:7:\d+ {2}slides\.0\.title {2}error: unknown variable "persona.missing"/);
    expect(await readdir(join(ws, "out", "extra"))).toEqual(["cfo.pptx"]);
  });

  it("list --json shows personas, decks with audiences, and themes", async () => {
    const { code, stdout } = await run(["list", "--root", "minimal", "--json"]);
    expect(code).toBe(0);
    const data = JSON.parse(stdout) as ListJson;
    expect(data.personas.map((p) => p.id)).toEqual(["cfo", "cto"]);
    expect(data.decks[0]?.audiences.map((a) => a.id)).toEqual(["cfo", "cto"]);
    expect(data.themes[0]).toMatchObject({ id: "default", slideSize: "16:9" });
  });
});
