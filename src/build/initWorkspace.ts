import { join } from "node:path";
import { BriefingError } from "../errors.js";
import { isEmptyFolder, readPackagedDefaults } from "../load/packagedDefaults.js";
import { scaffoldFiles } from "../write/scaffold.js";
import { SCHEMA_DIR, writeJsonSchemas } from "../write/writeJsonSchemas.js";
import { writeError } from "../write/writeError.js";
import { writeFileAtomic } from "../write/writeFileAtomic.js";

/** Options for {@link initWorkspace}. */
export interface InitOptions {
  /** Write into a folder that already has files, replacing the scaffold's own files there. */
  force?: boolean;
}

/** What {@link initWorkspace} wrote. */
export interface InitResult {
  /** Absolute path of the workspace. */
  root: string;
  /** Files written, relative to the workspace. */
  files: string[];
}

/**
 * Scaffold a workspace that builds at once: the packaged personas, deck, partials and theme,
 * an organization file of placeholders, JSON Schemas for editors, and a .gitignore for out/.
 * Refuses a folder with files in it unless `force` is set.
 */
export async function initWorkspace(dir: string, options: InitOptions = {}): Promise<InitResult> {
  try {
    return await scaffold(dir, options);
  } catch (cause) {
    throw writeError(cause, dir);
  }
}

async function scaffold(dir: string, options: InitOptions): Promise<InitResult> {
  if (!options.force && !(await isEmptyFolder(dir))) {
    throw new BriefingError(`folder is not empty: ${dir}`, {
      code: "folder-not-empty",
      file: dir,
      hint:
        "choose a new folder, or pass --force to write the scaffold's files into it " +
        "(files of the same name are replaced)",
    });
  }
  const files = scaffoldFiles(await readPackagedDefaults(), SCHEMA_DIR);
  for (const file of files) await writeFileAtomic(join(dir, ...file.path.split("/")), file.data);
  const schemas = await writeJsonSchemas(join(dir, SCHEMA_DIR));
  return {
    root: dir,
    files: [
      ...files.map((f) => f.path),
      ...schemas.map((s) =>
        s
          .slice(dir.length + 1)
          .split("\\")
          .join("/"),
      ),
    ],
  };
}
