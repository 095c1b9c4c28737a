import { BriefingError } from "../errors.js";
import { resolveTargets } from "../resolve/resolveAudience.js";
import { closestName, listChoices } from "../validate/closestName.js";
import { defaultToday } from "./defaultToday.js";
/** The deck × audience outputs selected by the options; unknown ids are errors with a suggestion. */
export function selectTargets(workspace, options = {}) {
    const errors = [];
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
    if (errors.length > 0)
        return { targets: [], errors };
    const today = options.today ?? defaultToday();
    return { targets: resolveTargets(workspace, { decks: options.decks, audiences: options.audiences, today }), errors };
}
