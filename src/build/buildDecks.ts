import { join, relative, resolve } from "node:path";
import { BriefingError } from "../errors.js";
import { fileSize } from "../load/inputFiles.js";
import type { Manifest, ManifestOutput } from "../load/readManifest.js";
import { isOutputFile, MANIFEST_FILE } from "../load/readManifest.js";
import { sha256 } from "../load/hash.js";
import type { Workspace } from "../validate/validateWorkspace.js";
import { removeFile } from "../write/removeFile.js";
import { writeFileAtomic } from "../write/writeFileAtomic.js";
import { emptyReport, type BuildReport } from "./report.js";
import { defaultToday } from "./defaultToday.js";
import { selectTargets, type SelectOptions } from "./selectTargets.js";
import { targetHash } from "./targetHash.js";

/** Options for {@link buildDecks}. */
export interface BuildOptions extends SelectOptions {
  /** Output folder (default `<workspace>/out`). Decks go to `<outDir>/<deck>/<audience>.pptx`. */
  outDir?: string;
  /** Rebuild every selected deck even if its inputs did not change. */
  force?: boolean;
  /** The manifest of the last build in `outDir` (read by the caller; omitted = none). */
  manifest?: Manifest;
  /** Fingerprint of the generator, part of every output's hash. */
  generator?: string;
}

/**
 * Build the selected decks of a validated workspace: skip outputs whose inputs did not change,
 * write the rest atomically, remove outputs whose audience is gone, and record it all in the manifest.
 */
export async function buildDecks(workspace: Workspace, options: BuildOptions = {}): Promise<BuildReport> {
  const report = emptyReport();
  const today = options.today ?? defaultToday();
  const selection = selectTargets(workspace, { ...options, today });
  report.errors = selection.errors;
  if (selection.errors.length > 0) return report;
  const outDir = resolve(workspace.root, options.outDir ?? "out");
  const generator = options.generator ?? "unversioned";
  const previous = options.manifest;
  const outputs: Record<string, ManifestOutput> = { ...previous?.outputs };
  const fileOf = (deck: string, audience: string) => join(outDir, deck, `${audience}.pptx`);

  const stale = [];
  for (const target of selection.targets) {
    const key = `${target.deck.id}/${target.audience.id}`;
    const hash = targetHash(workspace, target, generator);
    const known = previous?.outputs[key];
    const file = fileOf(target.deck.id, target.audience.id);
    if (!options.force && known?.hash === hash && (await fileSize(file)) === known.bytes) {
      report.unchanged.push({ deck: known.deck, audience: known.audience, file, slides: known.slides, bytes: known.bytes });
    } else {
      stale.push({ target, key, hash, file });
    }
  }

  if (stale.length > 0) {
    // Rendering and writing load Handlebars and pptxgenjs: only when something must be built.
    const [{ planBuild }, { renderPptx }] = await Promise.all([import("./planBuild.js"), import("../pptx/writePptx.js")]);
    const plan = planBuild(workspace, stale.map((s) => s.target));
    report.warnings = plan.context.warnings;
    report.errors.push(...plan.errors);
    for (const [i, entry] of plan.planned.entries()) {
      const { key, hash, file } = stale[i]!;
      if (!entry.laidOut) {
        report.failed.push({ deck: entry.deck, audience: entry.audience, errors: entry.errors });
        continue;
      }
      if (!isOutputFile(outDir, file)) {
        // Validation keeps deck and audience ids safe; this is the backstop.
        const error = new BriefingError(`refusing to write outside the output folder: ${file}`, { hint: "use letters, digits and dashes in deck file names and audience ids" });
        report.failed.push({ deck: entry.deck, audience: entry.audience, errors: [error] });
        continue;
      }
      const bytes = await renderPptx(entry.laidOut);
      try {
        await writeFileAtomic(file, bytes, { within: outDir });
      } catch (error) {
        if (!(error instanceof BriefingError)) throw error;
        report.failed.push({ deck: entry.deck, audience: entry.audience, errors: [error] });
        continue;
      }
      const built = { deck: entry.deck, audience: entry.audience, file, slides: entry.laidOut.slides.length, bytes: bytes.length };
      report.built.push(built);
      outputs[key] = { deck: built.deck, audience: built.audience, hash, file: relative(outDir, file), slides: built.slides, bytes: built.bytes };
    }
  }

  // Outputs whose deck or audience no longer exists in the workspace.
  const existing = new Set([...workspace.decks.values()].flatMap((d) => d.value.audiences.map((a) => `${d.id}/${a.id}`)));
  for (const [key, output] of Object.entries(outputs)) {
    if (existing.has(key)) continue;
    const file = join(outDir, output.file);
    delete outputs[key];
    // Never delete outside the output folder, whatever the manifest says or links point to.
    if (isOutputFile(outDir, file) && (await removeFile(file, { within: outDir }))) report.removed.push(file);
  }

  const manifest: Manifest = {
    version: 1,
    generator,
    today: [...workspace.decks.values()].some((d) => !d.value.date) ? today : "",
    inputs: inputHashes(workspace),
    targets: [...existing].sort(),
    outputs,
  };
  if (report.built.length > 0 || report.removed.length > 0 || JSON.stringify(manifest) !== JSON.stringify(previous)) {
    try {
      await writeFileAtomic(join(outDir, MANIFEST_FILE), new TextEncoder().encode(JSON.stringify(manifest, null, 2) + "\n"), { within: outDir });
    } catch (error) {
      if (!(error instanceof BriefingError)) throw error;
      report.errors.push(error);
    }
  }
  report.ok = report.failed.length === 0 && report.errors.length === 0;
  return report;
}

/** Every file the workspace was loaded from, relative to its root, with its hash. */
function inputHashes(workspace: Workspace): Record<string, string> {
  const entries: [string, string][] = [];
  const add = (path: string, hash: string) => entries.push([relative(workspace.root, path), hash]);
  for (const p of workspace.personas.values()) add(p.source.path, p.source.hash);
  for (const d of workspace.decks.values()) add(d.source.path, d.source.hash);
  for (const o of workspace.organizations.values()) add(o.source.path, o.source.hash);
  for (const t of workspace.themes.values()) {
    add(t.source.path, t.source.hash);
    if (t.logo && t.value.logo) add(resolve(t.source.path, "..", t.value.logo.path), sha256(t.logo.data));
  }
  for (const p of workspace.partials.values()) add(p.file, p.hash);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}
