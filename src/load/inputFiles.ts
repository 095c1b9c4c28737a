import { readdirSync, readFileSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { sha256 } from "../source/hash.js";
import { packageInfo } from "./packageInfo.js";

/** The input files a workspace build reads from its folders, relative to the root, sorted. */
export function listInputFiles(root: string): string[] {
  const lists = [
    list(root, "personas", /\.ya?ml$/i),
    list(root, "decks", /\.ya?ml$/i),
    list(root, join("decks", "partials"), /\.hbs$/i),
    list(root, "themes", /\.ya?ml$/i),
  ];
  return lists.flat().sort();
}

function list(root: string, folder: string, pattern: RegExp): string[] {
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
export function hashFiles(root: string, files: readonly string[]): Record<string, string> {
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

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** Size of a file, or undefined when it does not exist. */
export function fileSize(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

let generator: Promise<string> | undefined;

/**
 * A fingerprint of this tool's own code, so a changed generator rebuilds decks even when no
 * input changed: the build's id (scripts/build.mjs hashes the bundle into dist/build-id: one small
 * read); running from sources (tests), a hash of the sources.
 */
export function generatorFingerprint(): Promise<string> {
  generator ??= (async () => {
    const { root, version } = packageInfo();
    const buildId = readOrUndefined(join(root, "dist", "build-id"));
    const codeRoot = join(root, "src");
    if (!fileURLToPath(import.meta.url).startsWith(codeRoot)) return sha256(`${version}:${buildId ?? ""}`);
    const files = (await readdir(codeRoot, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && e.name.endsWith(".ts"))
      .map((e) => relative(codeRoot, join(e.parentPath, e.name)))
      .sort();
    return sha256(`${version}:${JSON.stringify(hashFiles(codeRoot, files))}`);
  })();
  return generator;
}
