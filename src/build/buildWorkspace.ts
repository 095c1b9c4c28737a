import { resolve } from "node:path";
import { currentFingerprints } from "../load/billing/dataFingerprints.js";
import { fileSize, generatorFingerprint, hashFiles, listInputFiles } from "../load/inputFiles.js";
import { readManifest, type Manifest } from "../load/readManifest.js";
import { inputKindOf } from "../model/workspaceLayout.js";

import type { BuildOptions } from "./buildDecks.js";
import { companionsPresent } from "./companionsPresent.js";
import { companionSuffixes, recordedSuffixes } from "./companionSuffixes.js";
import { deckFromManifest, emptyReport, type BuildReport } from "./report.js";
import { defaultToday } from "./defaultToday.js";

/** Options for {@link buildWorkspace}. */
export type BuildWorkspaceOptions = Omit<BuildOptions, "manifest" | "generator">;

/**
 * Load, validate and build in one call: what `briefings build` does. When nothing changed since
 * the last build, it answers from the manifest without parsing YAML or loading the renderer.
 */
export async function buildWorkspace(root: string, options: BuildWorkspaceOptions = {}): Promise<BuildReport> {
  const absRoot = resolve(root);
  const outDir = resolve(absRoot, options.outDir ?? "out");
  const today = options.today ?? defaultToday();
  const generator = await generatorFingerprint();
  const manifest = options.force ? undefined : readManifest(outDir);
  if (manifest) {
    const unchanged = answerFromManifest(absRoot, outDir, manifest, generator, today, options);
    if (unchanged) return unchanged;
  }
  // Loaded only now: an unchanged build needs neither YAML nor the renderer.
  const [{ loadWorkspace }, { validateWorkspace }, { buildDecks }] = await Promise.all([
    import("../load/loadWorkspace.js"),
    import("../validate/validateWorkspace.js"),
    import("./buildDecks.js"),
  ]);
  const validation = validateWorkspace(await loadWorkspace(absRoot, { cacheDir: outDir }));
  if (!validation.ok) return { ...emptyReport(), errors: validation.errors };
  return buildDecks(validation.workspace, { ...options, outDir, today, manifest, generator });
}

/** A report of all-unchanged outputs if no input, generator or output changed; undefined otherwise. */
function answerFromManifest(
  root: string,
  outDir: string,
  manifest: Manifest,
  generator: string,
  today: string,
  options: BuildOptions,
): BuildReport | undefined {
  if (manifest.generator !== generator || (manifest.today !== "" && manifest.today !== today)) return undefined;
  // The last build left some output failed or unbuilt: check each.
  if (manifest.complete !== true) return undefined;
  // The same files in the workspace folders (none added or removed) …
  const listed = listInputFiles(root);
  const known = Object.keys(manifest.inputs).filter((f) => inputKindOf(f) !== undefined);
  if (listed?.length !== known.length || listed.some((f, i) => f !== known[i])) return undefined;
  // … with the same contents …
  const hashes = hashFiles(root, Object.keys(manifest.inputs));
  if (Object.entries(manifest.inputs).some(([f, h]) => hashes[f] !== h)) return undefined;
  // … the same billing data files, by size and time (none added, removed or replaced) …
  for (const billing of manifest.billing ?? []) {
    const now = Object.entries(currentFingerprints(root, billing.patterns)).sort();
    if (JSON.stringify(now) !== JSON.stringify(Object.entries(billing.files).sort())) return undefined;
  }
  // … and every selected output still on disk as written.
  const keys = manifest.targets.filter((key) => {
    const [deck = "", audience = ""] = key.split("/");
    return (
      (!options.decks?.length || options.decks.includes(deck)) &&
      (!options.audiences?.length || options.audiences.includes(audience))
    );
  });
  const selected = keys.flatMap((key) => manifest.outputs[key] ?? []);
  // Never built, or an unknown --deck/--audience.
  if (keys.length === 0 || selected.length !== keys.length) return undefined;
  // --brief, --pdf or --handout toggled, or a PDF that failed last time (recorded with no hash):
  if (selected.some((o) => o.hash === "")) return undefined;
  const suffixes = companionSuffixes(options).join("|");
  if (selected.some((o) => recordedSuffixes(o.file, o.companions).join("|") !== suffixes)) return undefined;
  if (!companionsPresent(outDir, selected)) return undefined;
  if (options.decks?.some((d) => !keys.some((k) => k.startsWith(`${d}/`)))) return undefined;
  if (options.audiences?.some((a) => !keys.some((k) => k.endsWith(`/${a}`)))) return undefined;
  const decks = selected.map((o) => deckFromManifest(outDir, o));
  if (decks.some((d) => fileSize(d.file) !== d.bytes)) return undefined;
  return { ...emptyReport(), ok: true, unchanged: decks };
}
