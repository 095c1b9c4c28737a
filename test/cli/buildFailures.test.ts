import { cp, mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
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

/** Edit a workspace file as a user would: replace one piece of its text. */
async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, "utf8");
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

// Edits that break a workspace whose decks were built: each build after them must fail the same way.
const BREAKS: Record<string, (ws: string) => Promise<void>> = {
  "a helper given text": (ws) =>
    edit(join(ws, "decks", "brief.yaml"), "title: Monthly spend", 'title: "{{currency persona.name}}"'),
  "a helper given text, for one audience only": (ws) =>
    edit(join(ws, "decks", "brief.yaml"), '"Waste: {{currency figures.waste.annual}}"', '"{{percent persona.name}}"'),
  "chart series of the wrong length": (ws) =>
    edit(
      join(ws, "decks", "brief.yaml"),
      "series: [{ name: Spend, values: { from: organization.cloudSpend.monthly, field: amount } }]",
      "series: [{ name: Spend, values: [1, 2] }]",
    ),
  "a missing variable in a partial": async (ws) => {
    await mkdir(join(ws, "decks", "partials"));
    await writeFile(join(ws, "decks", "partials", "who.hbs"), "{{persona.nmae}}\n");
    await edit(join(ws, "decks", "brief.yaml"), "title: Team", 'title: "Team of {{> who}}"');
  },
  "a recursive partial": async (ws) => {
    await mkdir(join(ws, "decks", "partials"));
    await writeFile(join(ws, "decks", "partials", "who.hbs"), "{{> whom}}\n");
    await writeFile(join(ws, "decks", "partials", "whom.hbs"), "{{> who}}\n");
    await edit(join(ws, "decks", "brief.yaml"), "title: Team", 'title: "Team of {{> who}}"');
  },
  "a partial that does not parse": async (ws) => {
    await mkdir(join(ws, "decks", "partials"));
    await writeFile(join(ws, "decks", "partials", "who.hbs"), "{{#if}}\n");
  },
  "invalid input": (ws) => edit(join(ws, "personas", "cfo.yaml"), "name: CFO", "name: [CFO"),
};

describe("a failed build stays failed", () => {
  it.each(Object.keys(BREAKS))("%s: exit 1 every time, with the same message", async (name) => {
    const ws = await workspace();
    expect((await run(["build", "--root", ws], ws)).code).toBe(0);
    await BREAKS[name]!(ws);
    const first = await run(["build", "--root", ws], ws);
    const second = await run(["build", "--root", ws], ws);
    // The problems, without the summary line (what was built the first time is unchanged the second).
    const problems = (text: string) => text.replace(/^\d+ built, .*\n/m, "");
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/error: /);
    expect(second.code).toBe(1);
    expect(problems(second.stderr)).toBe(problems(first.stderr));
    expect(second.stderr).toMatch(/\d+ failed|nothing was built/);
  });
});

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

describe("a mistake on a slide every audience sees", () => {
  it("is reported once for every audience it breaks, with 1-based slide numbers and the names there", async () => {
    const ws = await workspace();
    await edit(
      join(ws, "decks", "brief.yaml"),
      'title: "Goals of the {{persona.name}}"',
      'title: "Goals of {{persona.nme}}"',
    );
    const { code, stderr } = await run(["build", "--root", ws], ws);
    expect(code).toBe(1);
    const reported = stderr.split("\n").filter((l) => l.includes('unknown variable "persona.nme"'));
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatch(/decks\/brief\.yaml:13:12 .*in deck "brief", slide 2, field title \(template line 1/);
    expect(stderr).toContain("failed     brief/cfo, brief/cto:");
    expect(stderr).toMatch(/hint: did you mean "persona\.name"\? persona has: [\w, ]*\bkeyMetrics\b[\w, ]*\bname\b/);
  });
});
