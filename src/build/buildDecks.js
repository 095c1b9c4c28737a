import { join, relative, resolve } from "node:path";
import { fileSize } from "../load/inputFiles.js";
import { MANIFEST_FILE } from "../load/readManifest.js";
import { sha256 } from "../load/hash.js";
import { removeFile } from "../write/removeFile.js";
import { writeFileAtomic } from "../write/writeFileAtomic.js";
import { emptyReport } from "./report.js";
import { defaultToday } from "./defaultToday.js";
import { selectTargets } from "./selectTargets.js";
import { targetHash } from "./targetHash.js";
/**
 * Build the selected decks of a validated workspace: skip outputs whose inputs did not change,
 * write the rest atomically, remove outputs whose audience is gone, and record it all in the manifest.
 */
export async function buildDecks(workspace, options = {}) {
    const report = emptyReport();
    const today = options.today ?? defaultToday();
    const selection = selectTargets(workspace, { ...options, today });
    report.errors = selection.errors;
    if (selection.errors.length > 0)
        return report;
    const outDir = resolve(workspace.root, options.outDir ?? "out");
    const generator = options.generator ?? "unversioned";
    const previous = options.manifest;
    const outputs = { ...previous?.outputs };
    const fileOf = (deck, audience) => join(outDir, deck, `${audience}.pptx`);
    const stale = [];
    for (const target of selection.targets) {
        const key = `${target.deck.id}/${target.audience.id}`;
        const hash = targetHash(workspace, target, generator);
        const known = previous?.outputs[key];
        const file = fileOf(target.deck.id, target.audience.id);
        if (!options.force && known?.hash === hash && (await fileSize(file)) === known.bytes) {
            report.unchanged.push({ deck: known.deck, audience: known.audience, file, slides: known.slides, bytes: known.bytes });
        }
        else {
            stale.push({ target, output: { deck: target.deck.id, audience: target.audience.id, key, hash, file } });
        }
    }
    if (stale.length > 0) {
        // Rendering and writing load Handlebars and pptxgenjs: only when something must be built.
        const { produceOutputs } = await import("./produceOutputs.js");
        const produced = await produceOutputs(workspace, stale, { today, generator, workers: options.workers });
        report.warnings = produced.warnings;
        report.threads = produced.threads;
        report.errors.push(...produced.errors);
        for (const { output, built, errors } of produced.results) {
            if (!built) {
                report.failed.push({ deck: output.deck, audience: output.audience, errors });
                continue;
            }
            report.built.push(built);
            outputs[output.key] = { deck: built.deck, audience: built.audience, hash: output.hash, file: relative(outDir, built.file), slides: built.slides, bytes: built.bytes };
        }
    }
    // Outputs whose deck or audience no longer exists in the workspace.
    const existing = new Set([...workspace.decks.values()].flatMap((d) => d.value.audiences.map((a) => `${d.id}/${a.id}`)));
    for (const [key, output] of Object.entries(outputs)) {
        if (existing.has(key))
            continue;
        const file = join(outDir, output.file);
        await removeFile(file);
        report.removed.push(file);
        delete outputs[key];
    }
    const manifest = {
        version: 1,
        generator,
        today: [...workspace.decks.values()].some((d) => !d.value.date) ? today : "",
        inputs: inputHashes(workspace),
        targets: [...existing].sort(),
        outputs,
    };
    if (report.built.length > 0 || report.removed.length > 0 || JSON.stringify(manifest) !== JSON.stringify(previous)) {
        await writeFileAtomic(join(outDir, MANIFEST_FILE), new TextEncoder().encode(JSON.stringify(manifest, null, 2) + "\n"));
    }
    report.ok = report.failed.length === 0 && report.errors.length === 0;
    return report;
}
/** Every file the workspace was loaded from, relative to its root, with its hash. */
function inputHashes(workspace) {
    const entries = [];
    const add = (path, hash) => entries.push([relative(workspace.root, path), hash]);
    for (const p of workspace.personas.values())
        add(p.source.path, p.source.hash);
    for (const d of workspace.decks.values())
        add(d.source.path, d.source.hash);
    for (const o of workspace.organizations.values())
        add(o.source.path, o.source.hash);
    for (const t of workspace.themes.values()) {
        add(t.source.path, t.source.hash);
        if (t.logo && t.value.logo)
            add(resolve(t.source.path, "..", t.value.logo.path), sha256(t.logo.data));
    }
    for (const p of workspace.partials.values())
        add(p.file, p.hash);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}
