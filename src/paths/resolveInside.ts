import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { isInside } from "./insideFolder.js";

/**
 * Where `path` really is once symbolic links are followed, if that is inside `folder` (itself
 * followed); `outside` when the name or the link target leaves the folder; `missing` when it does
 * not exist. Check this before reading, so nothing outside the folder is ever read.
 */
export function resolveInside(folder: string, path: string): { real: string } | "outside" | "missing" {
  if (!isInside(folder, path)) return "outside";
  const real = realpathOrUndefined(path);
  if (real === undefined) return "missing";
  // No link anywhere on the path (the folder's own part included): it is where its name says.
  if (real === resolve(path)) return { real };
  return isInside(realpathOrUndefined(folder) ?? resolve(folder), real) ? { real } : "outside";
}

// Synchronous and native (one system call): a few dozen calls per build, each cheaper than a
// round trip to the thread pool.
function realpathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}
