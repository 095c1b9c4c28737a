import { BriefingError } from "../errors.js";

/** A file-system failure while writing (no permission, a file where a folder should be) as a user-facing error. */
export function writeError(cause: unknown, path: string): BriefingError {
  if (cause instanceof BriefingError) return cause;
  const code = (cause as NodeJS.ErrnoException).code;
  const reason = code === "EACCES" || code === "EPERM" ? "no permission to write there" : code === "ENOTDIR" || code === "EEXIST" ? "a file is in the way of a folder" : (cause as Error).message;
  return new BriefingError(`cannot write ${path}: ${reason}`, { file: path, cause, hint: "choose another folder, or fix its permissions" });
}
