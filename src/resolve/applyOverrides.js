import { PERSONA_LIST_FIELDS, PERSONA_TEXT_FIELDS } from "../schema/persona.js";
/** A persona as one audience sees it: replace fields, then drop items, then add items. Pure. */
export function applyOverrides(persona, overrides) {
    if (!overrides)
        return persona;
    const out = { ...persona };
    const { replace = {}, drop = {}, add = {} } = overrides;
    for (const field of PERSONA_TEXT_FIELDS) {
        const value = replace[field];
        if (value !== undefined)
            out[field] = value;
    }
    for (const field of PERSONA_LIST_FIELDS) {
        let list = replace[field] ?? out[field];
        const dropped = drop[field];
        if (dropped === true)
            list = [];
        else if (dropped)
            list = list.filter((item) => !dropped.includes(item));
        const added = add[field];
        if (added)
            list = [...list, ...added];
        out[field] = list;
    }
    return out;
}
