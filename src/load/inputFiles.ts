import { readdirSync, readFileSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { sha256 } from "./hash.js";

/** The input files a workspace build reads from its folders, relative to the root, sorted. */
export async function listInputFiles(root: string): Promise<string[]> {
  const lists = await Promise.all([
    list(root, "personas", /\.ya?ml$/i),
    list(root, "decks", /\.ya?ml$/i),
    list(root, join("decks", "partials"), /\.hbs$/i),
    list(root, "themes", /\.ya?ml$/i),
  ]);
  return lists.flat().sort();
}

async function list(root: string, folder: string, pattern: RegExp): Promise<string[]> {
  try {
    const entries = readdirSync(join(root, folder), { withFileTypes: true });
    return entries.filter((e) => !e.isDirectory() && pattern.test(e.name)).map((e) => join(folder, e.name));
  } catch {
    return [];
  }
}

/**
 * Hashes of files relative to `root`; a file that cannot be read hashes to "missing". Like the
 * rest of this module, read synchronously: a workspace is a few small files, and each thread-pool
 * round trip left the main thread idle (an unchanged build is mostly this).
 */
export async function hashFiles(root: string, files: readonly string[]): Promise<Record<string, string>> {
  return Object.fromEntries(files.map((f) => [f, hashOf(join(root, f)) ?? "missing"]));
}

/** The hash of a file's bytes, or undefined when it cannot be read. */
function hashOf(path: string): string | undefined {
  try {
    return sha256(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** Size of a file, or undefined when it does not exist. */
export async function fileSize(path: string): Promise<number | undefined> {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

let generator: Promise<string> | undefined;

/**
 * A fingerprint of this tool's own code, so a changed generator rebuilds decks even when no
 * input changed. Compiled builds hash the compiler's build-info file (it changes whenever any
 * module does: one small read); running from sources (tests) hashes the sources; an installed
 * package without build info uses its version.
 */
export function generatorFingerprint(): Promise<string> {
  generator ??= (async () => {
    const codeRoot = dirname(dirname(fileURLToPath(import.meta.url))); // src/ or dist/
    const version = JSON.parse(readFileSync(join(codeRoot, "..", "package.json"), "utf8")).version as string;
    const buildInfo = hashOf(join(codeRoot, ".tsbuildinfo"));
    if (buildInfo) return sha256(`${version}:${buildInfo}`);
    if (!codeRoot.endsWith("src")) return version;
    const files = (await readdir(codeRoot, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && e.name.endsWith(".ts"))
      .map((e) => relative(codeRoot, join(e.parentPath, e.name)))
      .sort();
    return sha256(`${version}:${JSON.stringify(await hashFiles(codeRoot, files))}`);
  })();
  return generator;
}
