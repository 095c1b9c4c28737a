import { join, resolve } from "node:path";
import type { BriefingError, BriefingWarning } from "../errors.js";
import { loadWorkspace } from "../load/loadWorkspace.js";
import { renderPptx } from "../pptx/writePptx.js";
import { validateWorkspace, type Workspace } from "../validate/validateWorkspace.js";
import { writeFileAtomic } from "../write/writeFileAtomic.js";
import { planBuild, type SelectOptions } from "./planBuild.js";

/** Options for {@link buildDecks}. */
export interface BuildOptions extends SelectOptions {
  /** Output folder (default `<workspace>/out`). Decks go to `<outDir>/<deck>/<audience>.pptx`. */
  outDir?: string;
}

/** One deck written. */
export interface BuiltDeck {
  deck: string;
  audience: string;
  /** Absolute path of the .pptx. */
  file: string;
  slides: number;
  bytes: number;
}

/** What a build did. `ok` is false when anything failed. */
export interface BuildReport {
  ok: boolean;
  built: BuiltDeck[];
  /** Outputs that could not be built, with why. Other outputs are still built. */
  failed: { deck: string; audience: string; errors: BriefingError[] }[];
  /** Problems that stopped the build before any output (invalid input, unknown --deck). */
  errors: BriefingError[];
  warnings: BriefingWarning[];
}

/** Build the selected decks of a validated workspace and write them atomically. */
export async function buildDecks(workspace: Workspace, options: BuildOptions = {}): Promise<BuildReport> {
  const plan = planBuild(workspace, options);
  const report: BuildReport = { ok: false, built: [], failed: [], errors: plan.errors, warnings: plan.context.warnings };
  if (plan.errors.length > 0) return report;
  const outDir = resolve(workspace.root, options.outDir ?? "out");
  for (const entry of plan.planned) {
    if (!entry.laidOut) {
      report.failed.push({ deck: entry.deck, audience: entry.audience, errors: entry.errors });
      continue;
    }
    const bytes = await renderPptx(entry.laidOut);
    const file = join(outDir, entry.deck, `${entry.audience}.pptx`);
    await writeFileAtomic(file, bytes);
    report.built.push({ deck: entry.deck, audience: entry.audience, file, slides: entry.laidOut.slides.length, bytes: bytes.length });
  }
  report.ok = report.failed.length === 0;
  return report;
}

/** Load, validate and build in one call: what `briefings build` does. */
export async function buildWorkspace(root: string, options: BuildOptions = {}): Promise<BuildReport> {
  const validation = validateWorkspace(await loadWorkspace(root));
  if (!validation.ok) return { ok: false, built: [], failed: [], errors: validation.errors, warnings: [] };
  return buildDecks(validation.workspace, options);
}
