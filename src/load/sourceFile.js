import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { BriefingError, formatPath } from "../errors.js";
import { sha256 } from "./hash.js";
const decoder = new TextDecoder("utf-8", { fatal: true });
/** Parse YAML bytes, keeping positions. Problems come back as errors with line and column. */
export function parseYamlSource(path, bytes) {
    let text;
    try {
        text = decoder.decode(bytes);
    }
    catch (cause) {
        const offset = firstInvalidUtf8(bytes);
        const line = countLines(bytes, offset);
        return {
            errors: [
                new BriefingError("file is not valid UTF-8 text", {
                    file: path,
                    ...line,
                    hint: "save the file as UTF-8 (most editors offer it under 'Save with encoding')",
                    cause,
                }),
            ],
        };
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1); // a byte-order mark is harmless: drop it
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
    const errors = doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return new BriefingError(yamlMessage(e.message), {
            file: path,
            line: pos.line,
            column: pos.col,
            hint: yamlHint(e.code),
            cause: e,
        });
    });
    return { source: { path, doc, lineCounter, hash: sha256(bytes) }, errors };
}
function yamlMessage(message) {
    const first = message.split("\n")[0] ?? message;
    return `YAML syntax: ${first.replace(/ at line \d+, column \d+:?$/, "")}`;
}
function yamlHint(code) {
    switch (code) {
        case "TAB_AS_INDENT":
            return "indent with spaces, not tabs";
        case "DUPLICATE_KEY":
            return "each key may appear once per mapping; remove or rename one of them";
        case "MISSING_CHAR":
        case "MISSING_QUOTE":
            return "close the quote on the same value";
        case "BAD_INDENT":
            return "line up items of the same list or mapping at the same indentation";
        default:
            return undefined;
    }
}
/** Offset of the first byte that cannot start or continue a UTF-8 sequence. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const c = bytes[i];
        const follow = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
        if (follow < 0)
            return i;
        for (let k = 1; k <= follow; k++) {
            const d = bytes[i + k];
            if (d === undefined || (d & 0xc0) !== 0x80)
                return i;
        }
        i += follow + 1;
    }
    return i;
}
function countLines(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
/**
 * Position of the node at `path` (or of the deepest existing ancestor).
 * With `key: true`, points at the key of the last segment instead of its value.
 */
export function locate(source, path, options = {}) {
    let node = source.doc.contents;
    let range = node?.range;
    for (let i = 0; i < path.length; i++) {
        const segment = path[i];
        const last = i === path.length - 1;
        if (isMap(node)) {
            const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
            if (!pair)
                break;
            const keyNode = pair.key;
            if (last && options.key) {
                range = keyNode.range;
                break;
            }
            node = pair.value;
            range = pair.value?.range ?? keyNode.range;
        }
        else if (isSeq(node)) {
            const item = node.items[Number(segment)];
            if (item === undefined)
                break;
            node = item;
            range = item?.range ?? range;
        }
        else {
            break;
        }
    }
    const where = { file: source.path, path: formatPath(path) || undefined };
    if (range && range[0] !== undefined) {
        const pos = source.lineCounter.linePos(range[0]);
        where.line = pos.line;
        where.column = pos.col;
    }
    else {
        where.line = 1;
        where.column = 1;
    }
    return where;
}
