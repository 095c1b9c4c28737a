import { BriefingError, BuildContext } from "../errors.js";
import { layoutDeck, type LaidOutDeck } from "../layout/layoutDeck.js";
import { createDeckRenderer, type DeckRenderer } from "../render/renderTarget.js";
import { resolveTargets, type BuildTarget } from "../resolve/resolveAudience.js";
import { closestName, listChoices } from "../validate/closestName.js";
import type { Workspace } from "../validate/validateWorkspace.js";

/** Which decks and audiences to work on. */
export interface SelectOptions {
  /** Deck ids to include (all when empty or omitted). */
  decks?: readonly string[];
  /** Audience ids to include (all when empty or omitted). */
  audiences?: readonly string[];
  /** Date for decks that set none, YYYY-MM-DD (default: today, or SOURCE_DATE_EPOCH when set). */
  today?: string;
}

/** One output, ready to be written (or the errors that stop it). */
export interface PlannedDeck {
  deck: string;
  audience: string;
  target: BuildTarget;
  laidOut?: LaidOutDeck;
  errors: BriefingError[];
}

/** Everything up to the writer: resolve, render and lay out each selected deck × audience. Pure. */
export interface BuildPlan {
  planned: PlannedDeck[];
  /** Problems not tied to one output (unknown --deck, a broken partial…). */
  errors: BriefingError[];
  context: BuildContext;
}

/** Resolve, render and lay out every selected output. No I/O: `validate` uses this to check templates too. */
export function planBuild(workspace: Workspace, options: SelectOptions = {}): BuildPlan {
  const context = new BuildContext();
  const errors = checkSelection(workspace, options);
  if (errors.length > 0) return { planned: [], errors, context };
  const targets = resolveTargets(workspace, { decks: options.decks, audiences: options.audiences, today: options.today ?? defaultToday() });
  const renderers = new Map<string, DeckRenderer | undefined>();
  const planned: PlannedDeck[] = [];
  for (const target of targets) {
    const theme = workspace.themes.get(target.deck.value.theme)!;
    if (!renderers.has(target.deck.id)) {
      const created = createDeckRenderer(workspace, target.deck, theme);
      errors.push(...created.errors);
      renderers.set(target.deck.id, created.renderer);
    }
    const renderer = renderers.get(target.deck.id);
    const entry: PlannedDeck = { deck: target.deck.id, audience: target.audience.id, target, errors: [] };
    planned.push(entry);
    if (!renderer) continue;
    const { rendered, errors: renderErrors } = renderer.render(target);
    entry.errors = renderErrors;
    if (rendered) entry.laidOut = layoutDeck(rendered, theme, context);
  }
  return { planned, errors, context };
}

function checkSelection(workspace: Workspace, options: SelectOptions): BriefingError[] {
  const errors: BriefingError[] = [];
  const deckIds = [...workspace.decks.keys()];
  for (const id of options.decks ?? []) {
    if (!workspace.decks.has(id)) {
      const s = closestName(id, deckIds);
      errors.push(new BriefingError(`no deck "${id}"`, { hint: s ? `did you mean "${s}"?` : `decks: ${listChoices(deckIds) || "none"}` }));
    }
  }
  const audienceIds = [...workspace.decks.values()]
    .filter((d) => !options.decks?.length || options.decks.includes(d.id))
    .flatMap((d) => d.value.audiences.map((a) => a.id));
  for (const id of options.audiences ?? []) {
    if (!audienceIds.includes(id)) {
      const s = closestName(id, audienceIds);
      errors.push(new BriefingError(`no audience "${id}" in the selected decks`, { hint: s ? `did you mean "${s}"?` : `audiences: ${listChoices([...new Set(audienceIds)]) || "none"}` }));
    }
  }
  return errors;
}

/** Today's date (UTC), or the date of SOURCE_DATE_EPOCH for reproducible builds. */
export function defaultToday(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
