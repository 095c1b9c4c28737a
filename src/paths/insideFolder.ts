import { isAbsolute, relative, resolve, sep } from "node:path";

/** Whether `path` is `folder` or lies below it, by the names alone (no file system access). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** Whether `file` is a deck this tool may replace or delete: a .pptx strictly inside `outDir`. */
export function isOutputFile(outDir: string, file: string): boolean {
  return file.endsWith(".pptx") && isInside(outDir, file) && resolve(outDir) !== resolve(file);
}
