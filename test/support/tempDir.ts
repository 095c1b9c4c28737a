import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Folders the tests of one file made; test/support/cleanup.ts removes them when the file's tests end.
const made: string[] = [];

/** A new empty folder in the system's temporary folder, removed after this test file's tests. */
export async function tempDir(prefix: string): Promise<string> {
  return removeAfterTests(await mkdtemp(join(tmpdir(), prefix)));
}

/** Remove `dir` after this test file's tests (for folders made elsewhere, e.g. by test/bench helpers). */
export function removeAfterTests(dir: string): string {
  made.push(dir);
  return dir;
}

/** Remove every folder made through {@link tempDir} or named to {@link removeAfterTests}. */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
