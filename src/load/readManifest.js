import { readFile } from "node:fs/promises";
import { join } from "node:path";
/** The manifest file's name inside the output folder. */
export const MANIFEST_FILE = ".briefings-manifest.json";
/** Read the manifest of an output folder; undefined when there is none or it is unreadable. */
export async function readManifest(outDir) {
    try {
        const data = JSON.parse(await readFile(join(outDir, MANIFEST_FILE), "utf8"));
        return data.version === 1 && data.outputs && data.inputs && Array.isArray(data.targets) ? data : undefined;
    }
    catch {
        return undefined;
    }
}
