/** Which files to write next to each deck, besides the .pptx. */
export interface CompanionOptions {
  /** The leave-behind brief and the presenter script. */
  brief?: boolean;
  /** The deck as PDF, one page per slide. */
  pdf?: boolean;
  /** Notes pages as PDF: each slide above its speaker notes. */
  handout?: boolean;
}

/** Suffixes of the PDFs LibreOffice makes after the deck is written. */
export const PDF_SUFFIX = { slides: ".pdf", handout: ".handout.pdf" } as const;

/** The suffixes of every file these options put next to a deck, sorted. */
export function companionSuffixes(options: CompanionOptions): string[] {
  const suffixes: string[] = [];
  if (options.brief) suffixes.push(".brief.md", ".notes.md");
  if (options.pdf) suffixes.push(PDF_SUFFIX.slides);
  if (options.handout) suffixes.push(PDF_SUFFIX.handout);
  return suffixes.sort();
}

/** The suffixes of the companions a manifest records for a deck (`cfo.brief.md` next to `cfo.pptx` → `.brief.md`). */
export function recordedSuffixes(deckFile: string, companions: readonly string[] = []): string[] {
  const stem = deckFile.replace(/\.pptx$/, "");
  return companions.map((c) => (c.startsWith(stem) ? c.slice(stem.length) : c)).sort();
}
