import { rm } from "node:fs/promises";
import { dirname } from "node:path";
import { resolveInside } from "../paths/resolveInside.js";

/**
 * Delete a file if it exists. With `within`, only when its folder, symbolic links followed, lies
 * inside that one; returns whether the file may be gone (false: refused).
 */
export async function removeFile(path: string, options: { within?: string } = {}): Promise<boolean> {
  if (options.within !== undefined && resolveInside(options.within, dirname(path)) === "outside") return false;
  await rm(path, { force: true });
  return true;
}
