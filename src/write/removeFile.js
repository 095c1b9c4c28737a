import { rm } from "node:fs/promises";
/** Delete a file if it exists. */
export async function removeFile(path) {
    await rm(path, { force: true });
}
