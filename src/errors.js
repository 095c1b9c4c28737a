/**
 * The one error type for problems in the user's input or environment.
 * Anything else reaching the CLI is a bug in this tool.
 */
export class BriefingError extends Error {
    name = "BriefingError";
    file;
    line;
    column;
    path;
    hint;
    constructor(message, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.file = details.file;
        this.line = details.line;
        this.column = details.column;
        this.path = details.path;
        this.hint = details.hint;
    }
}
/** Collects warnings while stages run, so the core never prints. */
export class BuildContext {
    warnings = [];
    warn(warning) {
        this.warnings.push(warning);
    }
}
/** Join a path array the way messages show it: `slides.3.bullets`. */
export function formatPath(path) {
    return path.map(String).join(".");
}
