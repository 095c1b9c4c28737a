import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { BIN, REPO } from "../support/bin.js";

const run = promisify(execFile);
const fixture = join(REPO, "test", "fixtures", "minimal");

/** Build the minimal fixture with the shipped CLI; returns the CFO deck's bytes. */
async function build(cacheHome: string, env: NodeJS.ProcessEnv = {}): Promise<Buffer> {
  const out = await mkdtemp(join(tmpdir(), "briefings-cc-out-"));
  await run(process.execPath, [BIN, "build", "--root", fixture, "--out", out, "-q"], { env: { ...process.env, XDG_CACHE_HOME: cacheHome, ...env } });
  return readFile(join(out, "brief", "cfo.pptx"));
}

async function cacheFiles(cacheHome: string): Promise<string[]> {
  const dir = join(cacheHome, "finops-briefings");
  return (await readdir(dir).catch(() => [])).filter((f) => f.endsWith(".bin")).map((f) => join(dir, f));
}

describe("the code cache of the bundled CLI", () => {
  it("saves the build code after a first build, and later builds use it and make the same deck", async () => {
    const cacheHome = await mkdtemp(join(tmpdir(), "briefings-cc-"));
    const first = await build(cacheHome);
    const [cache] = await cacheFiles(cacheHome);
    expect(cache).toBeDefined();
    const written = (await stat(cache!)).mtimeMs;
    expect((await stat(cache!)).size).toBeGreaterThan(100_000);
    // Accepted by V8: the next build does not write it again.
    expect((await build(cacheHome)).equals(first)).toBe(true);
    expect((await stat(cache!)).mtimeMs).toBe(written);
  });

  it("builds the same deck over a damaged cache, and replaces it; only the newest caches of other builds stay", async () => {
    const cacheHome = await mkdtemp(join(tmpdir(), "briefings-cc-"));
    const first = await build(cacheHome);
    const [cache] = await cacheFiles(cacheHome);
    await writeFile(cache!, "not a code cache");
    // Five caches of other builds, the oldest first: saving keeps the three newest beside its own.
    const others = Array.from({ length: 5 }, (_, i) => join(cacheHome, "finops-briefings", `build-0.0.${i}-123-456-v20.0.0-x64.bin`));
    for (const [i, other] of others.entries()) {
      await writeFile(other, "an earlier release's cache");
      await utimes(other, 1_000_000 + i, 1_000_000 + i);
    }
    expect((await build(cacheHome)).equals(first)).toBe(true);
    expect((await stat(cache!)).size).toBeGreaterThan(100_000);
    expect((await cacheFiles(cacheHome)).sort()).toEqual([cache, ...others.slice(2)].sort());
  });

  it("writes nothing with BRIEFINGS_NO_CODE_CACHE set, and the deck is the same", async () => {
    const withCache = await build(await mkdtemp(join(tmpdir(), "briefings-cc-")));
    const cacheHome = await mkdtemp(join(tmpdir(), "briefings-cc-"));
    expect((await build(cacheHome, { BRIEFINGS_NO_CODE_CACHE: "1" })).equals(withCache)).toBe(true);
    expect(await cacheFiles(cacheHome)).toEqual([]);
  });

  it("reports a user error raised inside the cached build code as one: a message and hint, exit 1, no stack trace", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "briefings-cc-")), "a-file");
    await writeFile(file, "");
    const failed = await run(process.execPath, [BIN, "build", "--root", fixture, "--out", file], { env: { ...process.env, XDG_CACHE_HOME: await mkdtemp(join(tmpdir(), "briefings-cc-")) } }).catch((e: { code: number; stderr: string }) => e);
    expect((failed as { code?: number }).code).toBe(1);
    const { stderr } = failed as { stderr: string };
    expect(stderr).toContain("a part of the path is a file, not a folder");
    expect(stderr).toContain("hint:");
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
