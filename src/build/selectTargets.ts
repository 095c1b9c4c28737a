import { BriefingError } from "../errors.js";
import { resolveTargets, type BuildTarget } from "../resolve/resolveAudience.js";
import { closestName, listChoices } from "../text/closestName.js";
import { defaultToday } from "./defaultToday.js";
import type { Workspace } from "../model/workspace.js";

/** Which decks and audiences to work on. */
export interface SelectOptions {
  /** Deck ids to include (all when empty or omitted). */
  decks?: readonly string[];
  /** Audience ids to include (all when empty or omitted). */
  audiences?: readonly string[];
  /** Date for decks that set none, YYYY-MM-DD (default: today, or SOURCE_DATE_EPOCH when set). */
  today?: string;
}

/** The deck × audience outputs selected by the options; unknown ids are errors with a suggestion. */
export function selectTargets(
  workspace: Workspace,
  options: SelectOptions = {},
): { targets: BuildTarget[]; errors: BriefingError[] } {
  const errors: BriefingError[] = [];
  const deckIds = [...workspace.decks.keys()];
  for (const id of options.decks ?? []) {
    if (!workspace.decks.has(id)) {
      const s = closestName(id, deckIds);
      errors.push(
        new BriefingError(`no deck "${id}"`, {
          code: "unknown-deck",
          hint: s ? `did you mean "${s}"?` : `decks: ${listChoices(deckIds) || "none"}`,
        }),
      );
    }
  }
  const audienceIds = [...workspace.decks.values()]
    .filter((d) => !options.decks?.length || options.decks.includes(d.id))
    .flatMap((d) => d.value.audiences.map((a) => a.id));
  for (const id of options.audiences ?? []) {
    if (!audienceIds.includes(id)) {
      const s = closestName(id, audienceIds);
      errors.push(
        new BriefingError(`no audience "${id}" in the selected decks`, {
          code: "unknown-audience",
          hint: s ? `did you mean "${s}"?` : `audiences: ${listChoices([...new Set(audienceIds)]) || "none"}`,
        }),
      );
    }
  }
  if (errors.length > 0) return { targets: [], errors };
  const today = options.today ?? defaultToday();
  return { targets: resolveTargets(workspace, { decks: options.decks, audiences: options.audiences, today }), errors };
}
