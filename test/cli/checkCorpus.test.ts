import { cp, mkdir, readdir, readFile, rm } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { CHECK_RULES } from "../../src/schema/check.js";
import { runCli } from "../support/runCli.js";
import { tempDir } from "../support/tempDir.js";

/**
 * The check corpus: every folder under test/fixtures/check/ is one case. Its files are laid over a
 * copy of test/fixtures/checked/ (a workspace `check --strict` passes), then `check --json` runs
 * in-process. Every case must report exactly the findings its expected.yaml lists (rule, file,
 * line, column, the slide as built and the audiences that see it, a message) and `--strict` must
 * exit 1. To add a case: add a folder; nothing else.
 */
const fixtures = join(import.meta.dirname, "..", "fixtures");
const corpus = join(fixtures, "check");
const base = join(fixtures, "checked");
/** The date every case is checked on (the base deck is dated after it). */
const TODAY = "2026-06-15";

interface ExpectedFinding {
  rule: string;
  /** Path relative to the workspace. */
  file: string;
  line: number;
  column: number;
  /** Number of the slide in the built deck; absent for deck-wide findings. */
  slide?: number;
  /** The audiences that see it (default: every audience of the base deck). */
  audiences?: string[];
  /** A regular expression the message must match. */
  message: string;
}

interface Case {
  about: string;
  /** Workspace files to delete before the case's own files are laid over. */
  remove?: string[];
  findings: ExpectedFinding[];
}

interface JsonFinding {
  rule: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
  hint: string;
  deck: string;
  audience: string;
  slide?: { number: number; title: string };
}

/** An asymmetric matcher for a message, as a value of the expected list. */
const matching = (pattern: string): unknown => expect.stringMatching(new RegExp(pattern));

const caseNames = (await readdir(corpus, { withFileTypes: true }))
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => !e.isDirectory()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

async function workspaceFor(name?: string): Promise<{ ws: string; spec?: Case }> {
  const ws = await tempDir(`briefings-check-${name ?? "base"}-`);
  await cp(base, ws, { recursive: true });
  if (!name) return { ws };
  const dir = join(corpus, name);
  const spec = parse(await readFile(join(dir, "expected.yaml"), "utf8")) as Case;
  for (const file of spec.remove ?? []) await rm(join(ws, file));
  for (const file of await listFiles(dir)) {
    if (file === "expected.yaml") continue;
    await mkdir(dirname(join(ws, file)), { recursive: true });
    await cp(join(dir, file), join(ws, file));
  }
  return { ws, spec };
}

/** Findings as the corpus states them: one per place, with the audiences that see it there. */
function distinct(findings: JsonFinding[], ws: string) {
  const byPlace = new Map<string, ExpectedFinding & { audiences: string[] }>();
  for (const f of findings) {
    const file = f.file ? relative(ws, f.file) : "";
    const key = [f.rule, file, f.line, f.column, f.slide?.number, f.message].join("|");
    const entry = byPlace.get(key);
    if (entry) entry.audiences.push(f.audience);
    else
      byPlace.set(key, {
        rule: f.rule,
        file,
        line: f.line ?? 0,
        column: f.column ?? 0,
        ...(f.slide ? { slide: f.slide.number } : {}),
        audiences: [f.audience],
        message: f.message,
      });
  }
  return [...byPlace.values()]
    .map((f) => ({ ...f, audiences: f.audiences.sort() }))
    .sort(
      (a, b) =>
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        (a.slide ?? 0) - (b.slide ?? 0) ||
        a.rule.localeCompare(b.rule),
    );
}

describe("check corpus", () => {
  it("starts from a workspace check --strict passes", async () => {
    const { ws } = await workspaceFor();
    const result = await runCli(["check", "--root", ws, "--today", TODAY, "--strict"], ws);
    expect(result.stdout).toBe("");
    expect(result.code).toBe(0);
  });

  it("has a case for every rule", async () => {
    const rules = new Set<string>();
    for (const name of caseNames) {
      const spec = parse(await readFile(join(corpus, name, "expected.yaml"), "utf8")) as Case;
      for (const f of spec.findings) rules.add(f.rule);
    }
    expect([...CHECK_RULES].filter((r) => !rules.has(r))).toEqual([]);
  });

  it.each(caseNames)("%s", async (name) => {
    const { ws, spec } = await workspaceFor(name);
    const result = await runCli(["check", "--root", ws, "--today", TODAY, "--json"], ws);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as { ok: boolean; findings: JsonFinding[]; errors: unknown[] };
    expect(report.errors).toEqual([]);
    expect(result.code).toBe(0);
    for (const f of report.findings) expect(f.hint, f.message).toMatch(/\w/);
    const expected = spec!.findings
      .map((f) => ({
        rule: f.rule,
        file: f.file,
        line: f.line,
        column: f.column,
        ...(f.slide === undefined ? {} : { slide: f.slide }),
        audiences: [...(f.audiences ?? ["cfo", "cto"])].sort(),
        message: matching(f.message),
      }))
      .sort(
        (a, b) =>
          a.file.localeCompare(b.file) ||
          a.line - b.line ||
          a.column - b.column ||
          (a.slide ?? 0) - (b.slide ?? 0) ||
          a.rule.localeCompare(b.rule),
      );
    expect(distinct(report.findings, ws)).toEqual(expected);
    const strict = await runCli(["check", "--root", ws, "--today", TODAY, "--strict"], ws);
    expect(strict.code).toBe(1);
  });
});
