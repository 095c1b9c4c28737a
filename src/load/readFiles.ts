import { readdir, readFile } from "node:fs/promises";

/** The names of the entries of a folder. */
export function listFolder(dir: string): Promise<string[]> {
  return readdir(dir);
}

/** A file's bytes (for files this tool made, such as rendered slide images). */
export function readBytes(path: string): Promise<Uint8Array> {
  return readFile(path);
}
