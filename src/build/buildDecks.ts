import { join, relative, resolve } from "node:path";
import { BriefingError } from "../errors.js";
import { fileSize } from "../load/inputFiles.js";
import type { Manifest, ManifestOutput } from "../load/readManifest.js";
import { MANIFEST_FILE } from "../load/readManifest.js";
import { isOutputFile } from "../paths/insideFolder.js";
import { sha256 } from "../source/hash.js";
import type { Workspace } from "../model/workspace.js";
import { removeFile } from "../write/removeFile.js";
import { writeFileAtomic } from "../write/writeFileAtomic.js";
import { writeBillingCache } from "../write/writeBillingCache.js";
import { BILLING_CACHE_FILE } from "../billing/loadedBilling.js";
import type { BuildTarget } from "../resolve/resolveAudience.js";
import type { OutputResult, StaleOutput } from "./writeOutput.js";
import { companionsPresent } from "./companionsPresent.js";
import { companionSuffixes, PDF_SUFFIX, recordedSuffixes } from "./companionSuffixes.js";
import { findExecutable } from "../load/findExecutable.js";
import { convertToPdf, sofficeMissing, type PdfKind } from "../write/convertToPdf.js";
import { deckFromManifest, emptyReport, type BuildReport } from "./report.js";
import { defaultToday } from "./defaultToday.js";
import { selectTargets, type SelectOptions } from "./selectTargets.js";
import { outputHash, targetHash } from "./targetHash.js";

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
  /**
   * Worker threads for large batches: 0 builds in one thread; default: one per core beyond two when
   * there are many decks.
   */
  workers?: number;
  /** Called after each deck is written, e.g. to show progress. */
  onProgress?: (progress: { done: number; total: number; deck: string; audience: string }) => void;
  /**
   * Also write `<audience>.brief.md` (the one-page leave-behind) and `<audience>.notes.md` (the
   * presenter script) next to each deck.
   */
  brief?: boolean;
  /** Also write `<audience>.pdf`, one page per slide, with headless LibreOffice. */
  pdf?: boolean;
  /** Also write `<audience>.handout.pdf`: notes pages, each slide above its speaker notes (headless LibreOffice). */
  handout?: boolean;
  /** PATH to find LibreOffice's soffice on, for `pdf` and `handout` (default: the process's). */
  path?: string;
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
  // With --brief, --pdf or --handout an output is more files: a different hash, so toggling one rebuilds.
  const suffixes = companionSuffixes(options);
  const hashedGenerator = [generator, ...suffixes].join("+");
  const pdfKinds = (["slides", "handout"] as const).filter((k) => (k === "slides" ? options.pdf : options.handout));

  const stale: { target: BuildTarget; output: StaleOutput }[] = [];
  for (const target of selection.targets) {
    const key = `${target.deck.id}/${target.audience.id}`;
    const hash = targetHash(workspace, target, hashedGenerator);
    const known = previous?.outputs[key];
    const file = fileOf(target.deck.id, target.audience.id);
    if (
      !options.force &&
      known?.hash === hash &&
      fileSize(file) === known.bytes &&
      sameList(recordedSuffixes(known.file, known.companions), suffixes) &&
      companionsPresent(outDir, [known])
    ) {
      report.unchanged.push({ ...deckFromManifest(outDir, known), file });
    } else {
      const earlierCompanions = (known && deckFromManifest(outDir, known).companions) ?? [];
      stale.push({
        target,
        output: {
          deck: target.deck.id,
          audience: target.audience.id,
          key,
          hash,
          file,
          outDir,
          earlierCompanions,
          laterCompanions: pdfKinds.map((k) => file.replace(/\.pptx$/, PDF_SUFFIX[k])),
        },
      });
    }
  }

  // LibreOffice is looked for before anything is written: without it, --pdf builds nothing.
  let soffice: string | undefined;
  if (stale.length > 0 && pdfKinds.length > 0) {
    soffice = await findExecutable("soffice", options.path);
    if (!soffice) {
      report.errors.push(sofficeMissing(options.pdf ? "--pdf" : "--handout"));
      return report;
    }
  }

  if (stale.length > 0) {
    // Rendering and writing load Handlebars and pptxgenjs: only when something must be built.
    const { produceOutputs } = await import("./produceOutputs.js");
    const produced = await produceOutputs(workspace, stale, {
      today,
      generator: hashedGenerator,
      workers: options.workers,
      brief: options.brief,
      onProgress: options.onProgress,
    });
    report.warnings = produced.warnings;
    report.threads = produced.threads;
    report.errors.push(...produced.errors);
    const pdfFailures = soffice
      ? await writePdfs(produced.results, pdfKinds, soffice, outDir)
      : new Map<string, BriefingError[]>();
    for (const { output, built, errors } of produced.results) {
      if (!built) {
        report.failed.push({ deck: output.deck, audience: output.audience, errors });
        continue;
      }
      const failures = pdfFailures.get(output.key) ?? [];
      // A deck whose PDF failed is written but recorded with no hash, so the next build makes both again;
      // the PDF from the last good build stays on disk (and in the manifest, to be cleaned up with the deck).
      const pdfs = output.laterCompanions.filter((c) => failures.length === 0 || output.earlierCompanions.includes(c));
      const companions = [...(built.companions ?? []), ...pdfs].map((c) => relative(outDir, c));
      if (failures.length > 0) report.failed.push({ deck: output.deck, audience: output.audience, errors: failures });
      else
        report.built.push({
          ...built,
          ...(companions.length ? { companions: companions.map((c) => join(outDir, c)) } : {}),
        });
      outputs[output.key] = {
        deck: built.deck,
        audience: built.audience,
        hash: failures.length > 0 ? "" : output.hash,
        file: relative(outDir, built.file),
        slides: built.slides,
        bytes: built.bytes,
        ...(companions.length ? { companions } : {}),
        ...(built.findings === undefined ? {} : { findings: built.findings }),
      };
    }
  }

  // Outputs whose deck or audience no longer exists in the workspace.
  const existing = new Set(
    [...workspace.decks.values()].flatMap((d) => d.value.audiences.map((a) => `${d.id}/${a.id}`)),
  );
  for (const [key, output] of Object.entries(outputs)) {
    if (existing.has(key)) continue;
    const file = join(outDir, output.file);
    // Never delete outside the output folder, whatever the manifest says or links point to.
    if (isOutputFile(outDir, file) && (await removeFile(file, { within: outDir }))) report.removed.push(file);
    for (const companion of output.companions ?? []) await removeFile(join(outDir, companion), { within: outDir });
  }

  // The quick check of the next build trusts the manifest only if every output was built from these
  // inputs: an output that failed (or was not selected) keeps its old hash, and the manifest says it
  // is not complete, so the next build looks again and fails again until the input is fixed.
  const upToDate = [...workspace.decks.values()].every((deck) =>
    deck.value.audiences.every(
      (audience) =>
        outputs[`${deck.id}/${audience.id}`]?.hash === outputHash(workspace, deck, audience, today, hashedGenerator),
    ),
  );
  const manifest: Manifest = {
    version: 1,
    generator,
    today: [...workspace.decks.values()].some((d) => !d.value.date) ? today : "",
    inputs: inputHashes(workspace),
    complete: upToDate && report.errors.length === 0,
    targets: [...existing].sort(),
    outputs: Object.fromEntries(Object.entries(outputs).filter(([key]) => existing.has(key))),
    ...billingInputs(workspace),
  };

  if (report.built.length > 0 || report.removed.length > 0 || JSON.stringify(manifest) !== JSON.stringify(previous)) {
    try {
      await writeFileAtomic(
        join(outDir, MANIFEST_FILE),
        new TextEncoder().encode(JSON.stringify(manifest, null, 2) + "\n"),
        { within: outDir },
      );
    } catch (error) {
      if (!(error instanceof BriefingError)) throw error;
      report.errors.push(error);
    }
  }
  const billing = [...workspace.organizations.values()].flatMap((o) => (o.billing ? [o.billing] : []));
  const cacheKeys = (m?: Manifest) => JSON.stringify(m?.billing?.map((b) => b.key) ?? []);
  if (
    billing.length > 0 &&
    (cacheKeys(manifest) !== cacheKeys(previous) || fileSize(join(outDir, BILLING_CACHE_FILE)) === undefined)
  ) {
    try {
      await writeBillingCache(outDir, billing);
    } catch (error) {
      if (!(error instanceof BriefingError)) throw error;
      report.errors.push(error);
    }
  }
  report.ok = report.failed.length === 0 && report.errors.length === 0;
  return report;
}

/** The billing data files of each organization, for the next build to tell whether they changed. */
function billingInputs(workspace: Workspace): Pick<Manifest, "billing"> {
  const billing = [...workspace.organizations.values()]
    .flatMap((o) => (o.billing ? [{ ...o.billing.inputs, key: o.billing.key }] : []))
    .sort((a, b) => (a.organization < b.organization ? -1 : 1));
  return billing.length > 0 ? { billing } : {};
}

/** Make the PDFs of the decks just built; the errors of those that failed, by output key. */
async function writePdfs(
  results: readonly OutputResult[],
  kinds: readonly PdfKind[],
  soffice: string,
  outDir: string,
): Promise<Map<string, BriefingError[]>> {
  const built = results.filter((r) => r.built);
  const jobs = built.flatMap(({ output }) =>
    kinds.map((kind) => ({
      key: output.key,
      deck: output.file,
      pdf: output.file.replace(/\.pptx$/, PDF_SUFFIX[kind]),
      kind,
    })),
  );
  const converted = await convertToPdf(jobs, soffice, { within: outDir });
  const failures = new Map<string, BriefingError[]>();
  for (const job of jobs) {
    const error = converted.get(job.pdf);
    if (error) failures.set(job.key, [...(failures.get(job.key) ?? []).filter((e) => e !== error), error]);
  }
  return failures;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
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
    if (t.template && t.value.template) add(resolve(t.source.path, "..", t.value.template), t.template.template.hash);
  }
  for (const p of workspace.partials.values()) add(p.file, p.hash);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}
