import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { jsonSchemaFor } from "../../src/schema/jsonSchema.js";

async function run(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

/** Every YAML file under `dir`, relative to it. */
async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".yaml"))
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

describe("briefings init", () => {
  it("scaffolds a workspace that builds at once, with placeholders and next steps", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "briefings-init-"));
    const { code, stdout } = await run(["init", "ws"], cwd);
    expect(code).toBe(0);
    expect(stdout).toMatch(/1\. Fill in ws\/decks\/organization\.yaml/);
    expect(stdout).toMatch(/2\. .*briefings check --root ws/);
    expect(stdout).toMatch(/3\. .*briefings build --root ws/);
    expect(stdout).toMatch(/4\. /);
    const ws = join(cwd, "ws");
    expect(await readFile(join(ws, ".gitignore"), "utf8")).toMatch(/^out\/$/m);
    expect((await readdir(join(ws, "personas"))).length).toBeGreaterThanOrEqual(3);
    const org = await readFile(join(ws, "decks", "organization.yaml"), "utf8");
    expect(org).toContain("name: Your Company");
    expect(org).toContain("# TODO: Company name as it should appear on slides.");
    expect(org).toMatch(/^ {2}budget: \d+ # TODO: This fiscal year.s cloud budget/m);
    expect(org).not.toContain("Corvane");

    const built = await run(["build", "--root", "ws", "--brief", "--json"], cwd);
    expect(built.code).toBe(0);
    const report = JSON.parse(built.stdout);
    expect(report.built.map((b: { audience: string }) => b.audience).sort()).toEqual([
      "ceo",
      "cfo",
      "cfo-dana-whitfield",
      "cto",
    ]);
    expect(await readFile(join(ws, "out", "adoption-briefing", "cfo.brief.md"), "utf8")).toContain(
      "Your Company in numbers",
    );
  });

  it("points every YAML file at a schema init wrote, and each file validates against it", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "briefings-init-"));
    expect((await run(["init", "ws"], cwd)).code).toBe(0);
    const ws = join(cwd, "ws");
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    const files = await yamlFiles(ws);
    expect(files).toContain(join("decks", "organization.yaml"));
    for (const file of files) {
      const text = await readFile(join(ws, file), "utf8");
      const modeline = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text);
      expect(modeline, file).not.toBeNull();
      const schemaFile = resolve(dirname(join(ws, file)), modeline![1]!);
      expect(schemaFile.startsWith(join(ws, ".briefings", "schema"))).toBe(true);
      const validate =
        ajv.getSchema(schemaFile) ??
        (ajv.addSchema(JSON.parse(await readFile(schemaFile, "utf8")), schemaFile), ajv.getSchema(schemaFile)!);
      expect(validate(parse(text)) ? [] : validate.errors, file).toEqual([]);
    }
  });

  it("refuses a folder with files in it unless --force", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "briefings-init-"));
    await writeFile(join(cwd, "notes.txt"), "mine");
    const refused = await run(["init", "."], cwd);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("folder is not empty");
    expect(refused.stderr).toContain("--force");
    expect(await readdir(cwd)).toEqual(["notes.txt"]);
    expect((await run(["init", ".", "--force"], cwd)).code).toBe(0);
    expect(await readFile(join(cwd, "notes.txt"), "utf8")).toBe("mine");
    expect(existsSync(join(cwd, "decks", "adoption-briefing.yaml"))).toBe(true);
  });
});

describe("briefings schema", () => {
  it("writes one JSON Schema per file kind, generated from the zod schemas", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "briefings-schema-"));
    const { code, stdout } = await run(["schema", "--out", "schemas", "--json"], cwd);
    expect(code).toBe(0);
    expect(
      JSON.parse(stdout)
        .files.map((f: string) => f.slice(cwd.length + 1))
        .sort(),
    ).toEqual(["deck", "organization", "persona", "theme"].map((k) => join("schemas", `${k}.json`)));
    expect(JSON.parse(await readFile(join(cwd, "schemas", "deck.json"), "utf8"))).toEqual(jsonSchemaFor("deck"));
  });
});

describe("briefings init and schema, where they cannot write", () => {
  it("say what is in the way instead of a stack trace", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "briefings-init-"));
    await writeFile(join(cwd, "taken"), "a file");
    for (const args of [
      ["init", "taken/ws"],
      ["schema", "--out", "taken/schemas"],
    ]) {
      const { code, stderr } = await run(args, cwd);
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /^taken\/\S+ {2}error: cannot write .*: a part of the path is a file, not a folder\n {4}hint: /,
      );
    }
  });
});
