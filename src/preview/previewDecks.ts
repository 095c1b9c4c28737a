import { join, resolve } from "node:path";
import { buildWorkspace } from "../build/buildWorkspace.js";
import { emptyReport, type BuildReport, type BuiltDeck } from "../build/report.js";
import type { SelectOptions } from "../build/selectTargets.js";
import type { BriefingError } from "../errors.js";
import { listFolder } from "../load/readFiles.js";
import { readManifest } from "../load/readManifest.js";
import { removeFile } from "../write/removeFile.js";
import { writeFileAtomic } from "../write/writeFileAtomic.js";
import { composeContactSheet } from "./contactSheet.js";
import { findPreviewTools } from "./findTools.js";
import { renderSlides } from "./renderSlides.js";

/** Options for {@link previewDecks}. */
export interface PreviewOptions extends Pick<SelectOptions, "decks" | "audiences" | "today"> {
  /** Where the images go (default `<workspace>/out/preview`). */
  outDir?: string;
  /** Where the decks are built (default `<workspace>/out`, shared with `build`, so unchanged decks are reused). */
  buildDir?: string;
  /** Long side of each slide image, in pixels (default 1280). */
  pixels?: number;
  /** Called with a line of progress while LibreOffice works (the CLI prints it on a terminal). */
  onProgress?: (message: string) => void;
  /** PATH to find soffice and pdftoppm on (default: the process's). */
  path?: string;
  /**
   * Build each deck's leave-behind brief and presenter script too (as `build --brief`). Default:
   * as the last build into the same folder did, so a preview never deletes them.
   */
  brief?: boolean;
}

/** The images made for one deck. */
export interface PreviewedDeck {
  deck: string;
  audience: string;
  /** The .pptx that was rendered. */
  pptx: string;
  /** `<out>/<deck>/<audience>/slide-01.png`, … in slide order (absolute paths). */
  slides: string[];
  /** `<out>/<deck>/<audience>-contact.png`: every slide as a numbered thumbnail. */
  contactSheet: string;
}

/** What a preview did: the build it ran, the images written, and what went wrong. */
export interface PreviewReport {
  ok: boolean;
  build: BuildReport;
  previews: PreviewedDeck[];
  errors: BriefingError[];
}

/**
 * Build the selected decks (reusing unchanged ones), render every slide to PNG with LibreOffice
 * and pdftoppm, and compose one contact sheet per deck.
 */
export async function previewDecks(root: string, options: PreviewOptions = {}): Promise<PreviewReport> {
  const absRoot = resolve(root);
  const buildDir = resolve(absRoot, options.buildDir ?? "out");
  const outDir = resolve(absRoot, options.outDir ?? join(buildDir, "preview"));
  const tools = await findPreviewTools(options.path);
  const empty = { ok: false, previews: [], build: emptyReport() };
  if (!("soffice" in tools)) return { ...empty, errors: [tools] };

  options.onProgress?.("building decks…");
  const lastBuild = readManifest(buildDir);
  const build = await buildWorkspace(absRoot, {
    decks: options.decks,
    audiences: options.audiences,
    outDir: buildDir,
    today: options.today,
    brief: options.brief ?? Object.values(lastBuild?.outputs ?? {}).some((o) => o.companions?.length),
  });
  const decks: BuiltDeck[] = [...build.built, ...build.unchanged].sort((a, b) =>
    `${a.deck}/${a.audience}`.localeCompare(`${b.deck}/${b.audience}`),
  );
  const keyOf = (d: BuiltDeck) => `${d.deck}--${d.audience}`;
  const pages = await renderSlides(
    decks.map((d) => ({ file: d.file, key: keyOf(d) })),
    tools,
    { pixels: options.pixels ?? 1280, onProgress: options.onProgress },
  );

  const errors: BriefingError[] = [];
  const previews: PreviewedDeck[] = [];
  for (const [i, d] of decks.entries()) {
    const rendered = pages.get(keyOf(d));
    if (rendered === undefined || !Array.isArray(rendered)) {
      if (rendered && !errors.includes(rendered)) errors.push(rendered);
      continue;
    }
    options.onProgress?.(`writing images of ${d.deck}/${d.audience} (${i + 1}/${decks.length})…`);
    const folder = join(outDir, d.deck, d.audience);
    const slides = rendered.map((_, n) => join(folder, `slide-${String(n + 1).padStart(2, "0")}.png`));
    await Promise.all(rendered.map((png, n) => writeFileAtomic(slides[n]!, png)));
    // Images of slides the deck no longer has (it got shorter since the last preview).
    const kept = new Set(slides.map((s) => s.slice(folder.length + 1)));
    const old = (await listFolder(folder)).filter((name) => /^slide-\d+\.png$/.test(name) && !kept.has(name));
    await Promise.all(old.map((name) => removeFile(join(folder, name))));
    const contactSheet = join(outDir, d.deck, `${d.audience}-contact.png`);
    await writeFileAtomic(contactSheet, composeContactSheet(rendered));
    previews.push({ deck: d.deck, audience: d.audience, pptx: d.file, slides, contactSheet });
  }
  return { ok: build.ok && errors.length === 0, build, previews, errors };
}
