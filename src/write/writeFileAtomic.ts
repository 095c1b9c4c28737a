import { randomBytes } from "node:crypto";
import { copyFile, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { BriefingError } from "../errors.js";
import { resolveInside } from "../paths/resolveInside.js";
import { writeError } from "./writeError.js";

/** Options for {@link writeFileAtomic}. */
export interface WriteOptions {
  /** Refuse to write unless the file's folder, symbolic links followed, lies inside this one. */
  within?: string;
}

/**
 * Write a file so readers only ever see the old or the new bytes: temp file in the same folder,
 * then rename. Failures (a folder that is a file, no permission, a full disk) are
 * {@link BriefingError}s naming the file; the old file, if any, is left as it was.
 */
export async function writeFileAtomic(path: string, data: Uint8Array, options: WriteOptions = {}): Promise<void> {
  await replaceAtomically(
    path,
    async (temp) => {
      await writeFile(temp, data);
      return true;
    },
    options,
  );
}

/**
 * {@link writeFileAtomic} with the bytes of the file `from` (a PDF or picture another program made in a
 * temporary folder), copied without passing through this process. False, with nothing written, when
 * `from` does not exist (the program made no file).
 */
export function copyFileAtomic(from: string, path: string, options: WriteOptions = {}): Promise<boolean> {
  return replaceAtomically(
    path,
    async (temp) => {
      try {
        await copyFile(from, temp);
        return true;
      } catch (error) {
        const { code, path: missing } = error as NodeJS.ErrnoException;
        if (code === "ENOENT" && missing === from) return false;
        throw error;
      }
    },
    options,
  );
}

/** Put the new bytes into a temp file beside `path` (`put` says whether there were any), then rename. */
async function replaceAtomically(
  path: string,
  put: (temp: string) => Promise<boolean>,
  options: WriteOptions,
): Promise<boolean> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await makeFolder(dir);
    if (options.within !== undefined && resolveInside(options.within, dir) === "outside") {
      throw new BriefingError(`refusing to write ${path}: a link leads out of ${options.within}`, {
        code: "outside-output",
        file: path,
        hint: "remove the symbolic link from the output folder",
      });
    }
    if (!(await put(temp))) return false;
    await rename(temp, path);
    return true;
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw writeError(error, path);
  }
}

/**
 * `mkdir -p`, one level at a time. Node's own recursive mkdir retries forever where creating a
 * folder fails with "no such file" although its parent exists (inside /proc, for one); here that
 * error is reported.
 */
async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return; // a file in the way fails the write that follows, with its own message
    if (code !== "ENOENT" || dirname(dir) === dir) throw error;
  }
  await makeFolder(dirname(dir));
  await mkdir(dir).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  });
}
