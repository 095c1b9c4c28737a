import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A new folder in the system's temporary folder, with these subfolders; remove it with {@link removeFolder}. */
export async function makeTempFolder(prefix: string, subfolders: readonly string[] = []): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await Promise.all(subfolders.map((name) => mkdir(join(dir, name))));
  return dir;
}

/** Copy a file (into a temporary folder: outputs are written with writeFileAtomic). */
export function copyFileTo(from: string, to: string): Promise<void> {
  return copyFile(from, to);
}

/** Remove a folder and everything in it; nothing happens if it is gone. */
export function removeFolder(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}
