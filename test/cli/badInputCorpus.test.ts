import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

/**
 * The bad-input corpus: every folder under test/fixtures/bad-input/ is one case. Its files are laid
 * over a copy of the minimal workspace (same relative paths), then `build` runs in-process with a
 * good deck from an earlier build already in the output folder. Every case must exit 1, report
 * exactly the errors its expected.yaml lists (file, line, column, field path, message, hint), fail
 * again the same way when built a second time, and leave the output folder's decks as they were. To add
 * a case: add a folder; nothing else.
 */
const fixtures = join(import.meta.dirname, "..", "fixtures");
const corpus = join(fixtures, "bad-input");

/** One error a case must produce. */
interface ExpectedError {
  /** Path relative to the workspace. */
  file: string;
  line?: number;
  column?: number;
  path?: string;
  /** A regular expression the message must match. */
  message: string;
  /** Whether a hint must be given (default true). */
  hint?: boolean;
}

/** A case's expected.yaml. */
interface Case {
  /** What the case is about (for the test name). */
  about: string;
  /** Workspace files to delete before the case's own files are laid over. */
  remove?: string[];
  /** Symbolic links to create: link path (in the workspace) → target (absolute, or relative to the link). */
  symlinks?: Record<string, string>;
  /** Files generated at run time (too big to keep in git): path → a head, `repeat` times `unit`, and a tail. */
  generate?: Record<string, { head: string; unit: string; repeat: number; tail: string }>;
  errors: ExpectedError[];
}

const caseNames = (await readdir(corpus, { withFileTypes: true }))
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = await listFiles(dir);
  const hashes = await Promise.all(
    files.map(async (f) =>
      f.endsWith(".pptx")
        ? createHash("sha256")
            .update(await readFile(join(dir, f)))
            .digest("hex")
        : "present",
    ),
  );
  return Object.fromEntries(files.map((f, i) => [f, hashes[i]!]));
}

let goodOut: string;
const temps: string[] = [];

beforeAll(async () => {
  // One good build whose output every case starts from: the "last good deck" that must survive.
  const ws = await mkdtemp(join(tmpdir(), "briefings-good-"));
  temps.push(ws);
  await cp(join(fixtures, "minimal"), ws, { recursive: true });
  expect(await main(["build", "--root", ws], { stdout: () => {}, stderr: () => {}, cwd: ws })).toBe(0);
  goodOut = join(ws, "out");
});

afterAll(async () => {
  await Promise.all(temps.map((t) => rm(t, { recursive: true, force: true })));
});

describe("bad-input corpus", () => {
  it("has at least 40 cases", () => {
    expect(caseNames.length).toBeGreaterThanOrEqual(40);
  });

  it.each(caseNames)("%s", async (name) => {
    const dir = join(corpus, name);
    const spec = parse(await readFile(join(dir, "expected.yaml"), "utf8")) as Case;
    const ws = await mkdtemp(join(tmpdir(), `briefings-bad-${name}-`));
    temps.push(ws);
    await cp(join(fixtures, "minimal"), ws, { recursive: true });
    for (const file of spec.remove ?? []) await rm(join(ws, file));
    for (const file of await listFiles(dir)) {
      if (file === "expected.yaml") continue;
      await mkdir(dirname(join(ws, file)), { recursive: true });
      await cp(join(dir, file), join(ws, file));
    }
    for (const [link, target] of Object.entries(spec.symlinks ?? {})) {
      await mkdir(dirname(join(ws, link)), { recursive: true });
      await symlink(target, join(ws, link));
    }
    for (const [file, g] of Object.entries(spec.generate ?? {})) {
      await writeFile(join(ws, file), g.head + g.unit.repeat(g.repeat) + g.tail);
    }
    await cp(goodOut, join(ws, "out"), { recursive: true });
    const before = await snapshot(join(ws, "out"));

    const build = async () => {
      let stdout = "";
      let stderr = "";
      const code = await main(["build", "--root", ws, "--json"], {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        cwd: ws,
      });
      return { code, stdout, stderr };
    };
    const { code, stdout, stderr } = await build();
    expect(stderr).toBe(""); // --json: everything is in the report, no stack trace anywhere
    expect(code).toBe(1);
    // A failed build stays failed: the same input fails again, with the same report.
    expect(await build()).toEqual({ code, stdout, stderr });
    const report = JSON.parse(stdout) as {
      errors: Record<string, unknown>[];
      failed: { errors: Record<string, unknown>[] }[];
      built: unknown[];
    };
    expect(report.built).toEqual([]);
    const errors = [...report.errors, ...report.failed.flatMap((f) => f.errors)].map((e) => ({
      file: typeof e.file === "string" ? relative(ws, e.file) : undefined,
      line: e.line,
      column: e.column,
      path: e.path,
      message: e.message as string,
      hint: e.hint as string | undefined,
    }));
    const expected = spec.errors.map((e) => ({
      file: e.file,
      line: e.line,
      column: e.column,
      path: e.path,
      message: expect.stringMatching(new RegExp(e.message)),
      hint: e.hint === false ? undefined : expect.stringMatching(/\w/),
    }));
    // A render error is reported once per audience it breaks: compare the distinct errors.
    const distinct = errors.filter((e, i) => errors.findIndex((f) => JSON.stringify(f) === JSON.stringify(e)) === i);
    expect(distinct).toEqual(expected);
    expect(await snapshot(join(ws, "out"))).toEqual(before);
  });
});
