import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

// vitest globalSetup for the tests that run the built CLI (dist/bin.js, `npm pack`): build dist/
// first unless it is newer than everything it is built from. `npm test` has just built it; a
// single test file run after an edit rebuilds it here instead of testing stale code.
const repo = join(import.meta.dirname, "..", "..");
const INPUTS = ["src", "scripts", "package.json", "tsconfig.json", "tsconfig.build.json"];

export default function setup(): void {
  const built = modified(join(repo, "dist", "build-id"));
  const newest = Math.max(...INPUTS.flatMap((input) => files(join(repo, input))).map((f) => modified(f) ?? 0));
  if (built !== undefined && built >= newest) return;
  execFileSync(process.execPath, [join(repo, "scripts", "build.mjs")], { cwd: repo, stdio: "inherit" });
}

function files(path: string): string[] {
  const stat = statSync(path);
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function modified(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}
