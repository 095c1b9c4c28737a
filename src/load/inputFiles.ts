import { readdirSync, readFileSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { BriefingError } from "../errors.js";
import { INPUT_FOLDERS, INPUT_KINDS, isInputName, type InputKind } from "../model/workspaceLayout.js";
import { sha256 } from "../source/hash.js";
import { packageInfo } from "./packageInfo.js";

/**
 * The input files of one kind in the workspace at `root` (model/workspaceLayout.ts says where they
 * live and how they are named), absolute, sorted; undefined when the kind's folder does not exist.
 */
export function listInputs(root: string, kind: InputKind): string[] | undefined {
  const dir = join(root, ...INPUT_FOLDERS[kind].folder.split("/"));
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && isInputName(kind, e.name))
      .map((e) => join(dir, e.name))
      .sort();
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined; // no such folder, or the root is a file
    throw new BriefingError(`cannot read folder ${dir}: ${(cause as Error).message}`, {
      code: "cannot-read",
      file: dir,
      hint: "check the folder's permissions",
      cause,
    });
  }
}

/** Every input file of the workspace, relative to the root, sorted; undefined when a folder cannot be read. */
export function listInputFiles(root: string): string[] | undefined {
  try {
    return INPUT_KINDS.flatMap((kind) => listInputs(root, kind) ?? [])
      .map((file) => relative(root, file))
      .sort();
  } catch {
    return undefined;
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
