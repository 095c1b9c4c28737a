import { BriefingError } from "../errors.js";

// What the error codes of a failed write mean to a user.
const REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "the disk is full",
  ENOTDIR: "a part of the path is a file, not a folder",
  EEXIST: "a part of the path is a file, not a folder",
  EISDIR: "a folder has that name",
  ENOENT: "a folder on the way cannot be created there",
};

/** A file-system failure while writing (no permission, a file where a folder should be) as a user-facing error. */
export function writeError(cause: unknown, path: string): BriefingError {
  if (cause instanceof BriefingError) return cause;
  const code = (cause as NodeJS.ErrnoException).code;
  const reason = (code && REASONS[code]) ?? (cause instanceof Error ? cause.message : String(cause));
  return new BriefingError(`cannot write ${path}: ${reason}`, {
    code: "cannot-write",
    file: path,
    hint: "choose a folder you can write to (e.g. with --out <dir>), or fix its permissions",
    cause,
  });
}
