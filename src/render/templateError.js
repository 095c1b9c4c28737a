import { BriefingError } from "../errors.js";
import { HelperError } from "./helpers.js";
/** Turn what Handlebars throws into a message that names the variable, helper or syntax problem. */
export function templateError(cause, template, where, what) {
    const raw = cause instanceof Error ? cause.message : String(cause);
    const loc = /- (\d+):(\d+)$/.exec(raw) ?? /line (\d+)/.exec(raw);
    const line = loc ? Number(loc[1]) : undefined;
    const col = loc && loc[2] !== undefined ? Number(loc[2]) : undefined;
    const at = line !== undefined ? ` (template line ${line}${col !== undefined ? `, column ${col + 1}` : ""})` : "";
    let message;
    let hint;
    const notDefined = /^"([^"]+)" not defined in/.exec(raw);
    const missingHelper = /^Missing helper: "([^"]+)"/.exec(raw);
    const missingPartial = /^The partial (\S+) could not be found/.exec(raw);
    if (notDefined) {
        const expression = line !== undefined && col !== undefined ? expressionAt(template, line, col) : undefined;
        message = `unknown variable "${expression ?? notDefined[1]}" in ${what}${at}`;
        hint = "templates see persona, executive, organization, figures, roadmap, deck, audience and sources; check the spelling";
    }
    else if (missingHelper) {
        message = `unknown helper "${missingHelper[1]}" in ${what}${at}`;
        hint = "see the README for the helpers: currency, percent, compact, date, month, list, eq, gt, …";
    }
    else if (missingPartial) {
        message = `unknown partial "${missingPartial[1]}" in ${what}`;
        hint = `add decks/partials/${missingPartial[1]}.hbs or fix the name`;
    }
    else if (cause instanceof HelperError) {
        message = `${raw} in ${what}`;
    }
    else if (/^Parse error|^Expecting|^Invalid path/.test(raw)) {
        const detail = raw.split("\n").filter((l) => l.startsWith("Expecting") || l.startsWith("Parse error")).pop() ?? raw;
        message = `template syntax error in ${what}: ${detail.replace(/^Parse error on /, "")}`;
        hint = "check that every {{ has a matching }} and every {{#block}} its {{/block}}";
    }
    else {
        message = `${raw} in ${what}`;
    }
    return new BriefingError(message, { ...where, hint, cause });
}
/** The path expression starting at (line, column) in a template, e.g. `persona.nmae`. */
function expressionAt(template, line, column) {
    const text = template.split("\n")[line - 1];
    const match = text ? /^[\w.@$[\]/-]+/.exec(text.slice(column)) : null;
    return match?.[0];
}
