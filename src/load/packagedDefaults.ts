import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { DefaultFile } from "../model/loadedWorkspace.js";
import { WORKSPACE_FOLDERS } from "../model/workspaceLayout.js";
import { packageInfo } from "./packageInfo.js";

/**
 * The default workspace shipped with the package: personas, decks (with the organization file and
 * partials) and themes (with their assets), so a new workspace needs no copy of the repository.
 */
export async function readPackagedDefaults(packageRoot: string = packageInfo().root): Promise<DefaultFile[]> {
  const files: DefaultFile[] = [];
  for (const folder of WORKSPACE_FOLDERS) {
    const dir = join(packageRoot, folder);
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      files.push({ path: relative(packageRoot, file).split("\\").join("/"), data: await readFile(file) });
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Whether `dir` is missing or has nothing in it. */
export async function isEmptyFolder(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return true;
    throw cause;
  }
}
