import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { BriefingError } from "../errors.js";
import { resolveInside } from "../load/insideFolder.js";

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
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    if (options.within !== undefined && (await resolveInside(options.within, dir)) === "outside") {
      throw new BriefingError(`refusing to write ${path}: a link leads out of ${options.within}`, {
        file: path,
        hint: "remove the symbolic link from the output folder",
      });
    }
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw error instanceof BriefingError ? error : writeError(path, error);
  }
}

function writeError(path: string, cause: unknown): BriefingError {
  const code = (cause as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    EACCES: "permission denied",
    EPERM: "permission denied",
    EROFS: "the file system is read-only",
    ENOSPC: "the disk is full",
    ENOTDIR: "a part of the path is a file, not a folder",
    EEXIST: "a part of the path is a file, not a folder",
    EISDIR: "a folder has that name",
  };
  const reason = (code && reasons[code]) ?? (cause instanceof Error ? cause.message : String(cause));
  return new BriefingError(`cannot write ${path}: ${reason}`, { file: path, hint: "choose an output folder you can write to with --out <dir>", cause });
}
