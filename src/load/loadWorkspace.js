import { readdir, readFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { isMap, isScalar } from "yaml";
import { BriefingError } from "../errors.js";
import { sha256 } from "./hash.js";
import { parseYamlSource } from "./sourceFile.js";
const YAML_EXT = new Set([".yaml", ".yml"]);
/** Read and parse every input of the workspace at `root`. Only this stage reads files. */
export async function loadWorkspace(root) {
    const abs = resolve(root);
    const ws = {
        root: abs,
        personas: [],
        themes: [],
        decks: [],
        organizations: new Map(),
        partials: [],
        assets: new Map(),
        errors: [],
        unparsed: new Set(),
    };
    const [personaFiles, themeFiles, deckFiles, partialFiles] = await Promise.all([
        listFiles(join(abs, "personas"), YAML_EXT),
        listFiles(join(abs, "themes"), YAML_EXT),
        listFiles(join(abs, "decks"), YAML_EXT),
        listFiles(join(abs, "decks", "partials"), new Set([".hbs"])),
    ]);
    if (personaFiles === undefined && deckFiles === undefined && themeFiles === undefined) {
        ws.errors.push(new BriefingError(`no workspace here: ${abs} has no personas/, decks/ or themes/ folder`, {
            file: abs,
            hint: "run the command from a workspace folder or pass --root <dir>",
        }));
        return ws;
    }
    const [personas, themes, decks] = await Promise.all([
        readYamlFiles(personaFiles ?? [], ws),
        readYamlFiles(themeFiles ?? [], ws),
        readYamlFiles(deckFiles ?? [], ws),
    ]);
    ws.personas = personas;
    ws.themes = themes;
    // A file in decks/ is an organization when a deck names it; everything else there is a deck.
    const orgPaths = new Set();
    for (const deck of decks) {
        const ref = topLevelString(deck.source, "organization") ?? "organization.yaml";
        orgPaths.add(resolve(dirname(deck.source.path), ref));
    }
    for (const file of decks) {
        if (orgPaths.has(file.source.path))
            ws.organizations.set(file.source.path, file);
        else
            ws.decks.push(file);
    }
    const outside = [...orgPaths].filter((p) => !ws.organizations.has(p));
    for (const file of await readYamlFiles(outside, ws, { quietIfMissing: true })) {
        ws.organizations.set(file.source.path, file);
    }
    ws.partials = await Promise.all((partialFiles ?? []).map(async (file) => {
        const bytes = await readFile(file);
        return { name: basename(file, ".hbs"), file, text: bytes.toString("utf8"), hash: sha256(bytes) };
    }));
    // Assets named by themes (logos), read now so later stages stay free of I/O.
    await Promise.all(themes.map(async (theme) => {
        const logo = theme.source.doc.getIn(["logo", "path"]);
        if (typeof logo !== "string")
            return;
        const path = resolve(dirname(theme.source.path), logo);
        try {
            ws.assets.set(path, await readFile(path));
        }
        catch (cause) {
            ws.assets.set(path, cause instanceof Error ? cause : new Error(String(cause)));
        }
    }));
    return ws;
}
/** Sorted files with one of `extensions` directly in `dir`; undefined if the folder does not exist. */
async function listFiles(dir, extensions) {
    try {
        const entries = await readdir(dir, { withFileTypes: true });
        return entries
            .filter((e) => (e.isFile() || e.isSymbolicLink()) && extensions.has(extname(e.name).toLowerCase()))
            .map((e) => join(dir, e.name))
            .sort();
    }
    catch (cause) {
        if (cause.code === "ENOENT")
            return undefined;
        throw cause;
    }
}
async function readYamlFiles(paths, ws, options = {}) {
    const errors = ws.errors;
    const loaded = await Promise.all(paths.map(async (path) => {
        let bytes;
        try {
            bytes = await readFile(path);
        }
        catch (cause) {
            if (!(options.quietIfMissing && cause.code === "ENOENT")) {
                errors.push(new BriefingError(`cannot read file: ${cause.message}`, { file: path, cause }));
            }
            return undefined;
        }
        const parsed = parseYamlSource(path, bytes);
        errors.push(...parsed.errors);
        if (!parsed.source || parsed.errors.length > 0) {
            ws.unparsed.add(`${basename(dirname(path))}/${basename(path, extname(path))}`);
            return undefined;
        }
        return { id: basename(path, extname(path)), source: parsed.source };
    }));
    return loaded.filter((f) => f !== undefined);
}
function topLevelString(source, key) {
    const contents = source.doc.contents;
    if (!isMap(contents))
        return undefined;
    const value = contents.get(key, true);
    return isScalar(value) && typeof value.value === "string" ? value.value : undefined;
}
