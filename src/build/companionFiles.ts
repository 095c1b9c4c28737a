import type { BriefingError } from "../errors.js";
import type { LaidOutDeck } from "../layout/layoutDeck.js";
import { presenterScript } from "../layout/presenterScript.js";
import { renderBrief } from "../render/renderBrief.js";
import type { DeckRenderer, RenderedTarget } from "../render/renderTarget.js";
import type { Workspace } from "../validate/validateWorkspace.js";

/** A file written next to a deck, `<audience><suffix>`. */
export interface CompanionFile {
  /** `.brief.md` (the leave-behind brief) or `.notes.md` (the presenter script). */
  suffix: string;
  text: string;
}

/** The leave-behind brief and the presenter script for one audience's deck, from the same render. */
export function companionFiles(
  workspace: Workspace,
  renderer: DeckRenderer,
  rendered: RenderedTarget,
  laidOut: LaidOutDeck,
): { files: CompanionFile[]; errors: BriefingError[] } {
  const brief = renderBrief(workspace, renderer, rendered);
  if (brief.text === undefined) return { files: [], errors: brief.errors };
  const { audience, persona } = rendered.context;
  const who = audience.named ? `${audience.name}, ${audience.title}` : `the ${persona.name}`;
  return {
    files: [
      { suffix: ".brief.md", text: brief.text },
      { suffix: ".notes.md", text: presenterScript(laidOut, who) },
    ],
    errors: [],
  };
}
