import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { sha256 } from "./hash.js";
/** The input files a workspace build reads from its folders, relative to the root, sorted. */
export async function listInputFiles(root) {
    const lists = await Promise.all([
        list(root, "personas", /\.ya?ml$/i),
        list(root, "decks", /\.ya?ml$/i),
        list(root, join("decks", "partials"), /\.hbs$/i),
        list(root, "themes", /\.ya?ml$/i),
    ]);
    return lists.flat().sort();
}
async function list(root, folder, pattern) {
    try {
        const entries = await readdir(join(root, folder), { withFileTypes: true });
        return entries.filter((e) => !e.isDirectory() && pattern.test(e.name)).map((e) => join(folder, e.name));
    }
    catch {
        return [];
    }
}
/** Hashes of files relative to `root`; a file that cannot be read hashes to "missing". */
export async function hashFiles(root, files) {
    const hashes = await Promise.all(files.map((f) => readFile(join(root, f)).then(sha256, () => "missing")));
    return Object.fromEntries(files.map((f, i) => [f, hashes[i]]));
}
/** Size of a file, or undefined when it does not exist. */
export async function fileSize(path) {
    return stat(path).then((s) => s.size, () => undefined);
}
let generator;
/**
 * A fingerprint of this tool's own code, so a changed generator rebuilds decks even when no
 * input changed. Compiled builds hash the compiler's build-info file (it changes whenever any
 * module does: one small read); running from sources (tests) hashes the sources; an installed
 * package without build info uses its version.
 */
export function generatorFingerprint() {
    generator ??= (async () => {
        const codeRoot = dirname(dirname(fileURLToPath(import.meta.url))); // src/ or dist/
        const version = JSON.parse(await readFile(join(codeRoot, "..", "package.json"), "utf8")).version;
        const buildInfo = await readFile(join(codeRoot, ".tsbuildinfo")).then(sha256, () => undefined);
        if (buildInfo)
            return sha256(`${version}:${buildInfo}`);
        if (!codeRoot.endsWith("src"))
            return version;
        const files = (await readdir(codeRoot, { recursive: true, withFileTypes: true }))
            .filter((e) => e.isFile() && e.name.endsWith(".ts"))
            .map((e) => relative(codeRoot, join(e.parentPath, e.name)))
            .sort();
        return sha256(`${version}:${JSON.stringify(await hashFiles(codeRoot, files))}`);
    })();
    return generator;
}
