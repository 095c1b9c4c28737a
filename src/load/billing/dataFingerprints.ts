import { statSync, type Stats } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { expandGlob, isGlob } from "./expandGlob.js";

/**
 * A data file's fingerprint: its size and modification time. Hashing the bytes would be surer but
 * costs a full read of files that can be gigabytes (see the README's measurements); an export that is
 * replaced gets a new time, and any change of size shows.
 */
export function fingerprintOf(stat: Stats): string {
  return `${stat.size}:${stat.mtimeMs}`;
}

/**
 * The fingerprints of the files the patterns (relative to the workspace) match now, by path
 * relative to the workspace: what an unchanged build compares with the manifest. A named file that
 * is gone is "missing". Reads no file, and loads nothing beyond the file system.
 */
export function currentFingerprints(root: string, patterns: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pattern of patterns) {
    const matched = isGlob(pattern) ? expandGlob(root, pattern) : [resolve(root, pattern)];
    for (const file of matched) {
      const path = relative(root, file).split(sep).join("/");
      try {
        out[path] = fingerprintOf(statSync(file));
      } catch {
        out[path] = "missing";
      }
    }
  }
  return out;
}
