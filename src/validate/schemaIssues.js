import { BriefingError } from "../errors.js";
import { locate } from "../load/sourceFile.js";
import { closestName, listChoices } from "./closestName.js";
/** Validate a parsed YAML file against a schema; every problem becomes a positioned error. */
export function parseWithSchema(schema, source) {
    if (source.doc.contents === null) {
        return { errors: [new BriefingError("file is empty", { file: source.path, line: 1, column: 1, hint: "fill it in, or delete it" })] };
    }
    let data;
    try {
        data = source.doc.toJS({ maxAliasCount: 1000 });
    }
    catch (cause) {
        return {
            errors: [
                new BriefingError(`YAML could not be expanded: ${cause.message}`, {
                    file: source.path,
                    line: 1,
                    column: 1,
                    hint: "too many or too deeply nested aliases (*name); write the values out instead",
                    cause,
                }),
            ],
        };
    }
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success)
        return { value: result.data, errors: [] };
    return { errors: result.error.issues.flatMap((issue) => issueToErrors(issue, source, schema, data)) };
}
function issueToErrors(issue, source, schema, data) {
    const path = issue.path;
    if (issue.code === "unrecognized_keys") {
        const allowed = allowedKeys(schema, data, path);
        return issue.keys.map((key) => {
            const suggestion = closestName(key, allowed);
            return new BriefingError(`unknown field "${key}"`, {
                ...locate(source, [...path, key], { key: true }),
                hint: suggestion
                    ? `did you mean "${suggestion}"?`
                    : allowed.length > 0
                        ? `allowed here: ${listChoices(allowed)}`
                        : "remove it",
            });
        });
    }
    if (issue.code === "invalid_type" && issue.input === undefined) {
        const field = String(path[path.length - 1] ?? "");
        const where = locate(source, path.slice(0, -1));
        return [
            new BriefingError(`missing required field "${field}"`, {
                ...where,
                path: path.map(String).join("."),
                hint: `add "${field}:" (${issue.expected})`,
            }),
        ];
    }
    if (issue.code === "invalid_union" && "discriminator" in issue) {
        // zod reports an unknown or missing discriminator (the slide's layout) at path …layout.
        const extra = issue;
        const value = valueAt(data, path);
        const choices = extra.options.map(String);
        const suggestion = typeof value === "string" ? closestName(value, choices) : undefined;
        const field = extra.discriminator;
        return [
            new BriefingError(value === undefined ? `missing required field "${field}"` : `unknown ${field} "${String(value)}"`, {
                ...locate(source, value === undefined ? path.slice(0, -1) : path),
                path: path.map(String).join("."),
                hint: suggestion ? `did you mean "${suggestion}"?` : `choose one of ${listChoices(choices)}`,
            }),
        ];
    }
    if (issue.code === "invalid_union" && Array.isArray(valueAt(data, path))) {
        // A list that should hold texts: point at the items that are not text.
        const items = valueAt(data, path);
        const bad = items.flatMap((item, i) => (typeof item === "string" || typeof item === "number" ? [] : [i]));
        if (bad.length > 0) {
            return bad.map((i) => new BriefingError(`item ${i + 1} is ${describe(items[i])}, not text`, {
                ...locate(source, [...path, i]),
                hint: items[i] !== null && typeof items[i] === "object" && !Array.isArray(items[i])
                    ? "unquoted text containing ': ' becomes a mapping; put the item in quotes"
                    : "write each item as text",
            }));
        }
    }
    const where = locate(source, path);
    let message = issue.message;
    let hint;
    if (issue.code === "invalid_type") {
        message = `expected ${issue.expected}, got ${describe(issue.input)}`;
        if (issue.expected === "array")
            hint = "write a list, one item per line starting with '- '";
        else if (issue.expected === "number")
            hint = "write a plain number without quotes, units or thousands separators";
        else if (issue.expected === "string") {
            const input = issue.input;
            hint =
                input !== null && typeof input === "object" && !Array.isArray(input)
                    ? "unquoted text containing ': ' becomes a mapping; put the text in quotes"
                    : "put the value in quotes if it should be text";
        }
    }
    else if (issue.code === "invalid_value") {
        const options = issue.values.map(String);
        const given = valueAt(data, path);
        const suggestion = typeof given === "string" ? closestName(given, options) : undefined;
        message = `"${String(given)}" is not allowed`;
        hint = suggestion ? `did you mean "${suggestion}"? Choose ${listChoices(options)}` : `choose ${listChoices(options)}`;
    }
    return [new BriefingError(message, { ...where, hint })];
}
function describe(value) {
    if (value === null)
        return "nothing (null)";
    if (Array.isArray(value))
        return "a list";
    if (typeof value === "object")
        return "a mapping";
    if (typeof value === "string")
        return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
    return `${typeof value} ${String(value)}`;
}
function valueAt(data, path) {
    let node = data;
    for (const key of path) {
        if (node === null || typeof node !== "object")
            return undefined;
        node = node[key];
    }
    return node;
}
/** Walk a schema along a data path; returns the schema found there (through wrappers, arrays, unions). */
function schemaAt(schema, data, path) {
    let current = unwrap(schema, data);
    let node = data;
    for (const key of path) {
        if (!current)
            return undefined;
        const def = current._zod.def;
        if (def.type === "object" && def.shape)
            current = def.shape[String(key)];
        else if (def.type === "array" && def.element)
            current = def.element;
        else
            return undefined;
        node = node !== null && typeof node === "object" ? node[key] : undefined;
        current = current ? unwrap(current, node) : undefined;
    }
    return current;
}
/** Strip optional/default/pipe wrappers and pick the union member that matches the data. */
function unwrap(schema, data) {
    let current = schema;
    for (let guard = 0; current && guard < 20; guard++) {
        const def = current._zod.def;
        if (def.innerType)
            current = def.innerType;
        else if (def.type === "pipe" && def.in)
            current = def.in;
        else if (def.type === "union" && def.options) {
            const objects = def.options.filter((o) => o._zod.def.type === "object");
            if (def.discriminator && data !== null && typeof data === "object") {
                const tag = data[def.discriminator];
                current = objects.find((o) => discriminatorOf(o, def.discriminator) === tag) ?? objects[0];
            }
            else {
                const wantsObject = data !== null && typeof data === "object" && !Array.isArray(data);
                current = wantsObject ? objects[0] : def.options.find((o) => o._zod.def.type === "array") ?? objects[0];
            }
        }
        else
            return current;
    }
    return current;
}
function discriminatorOf(schema, key) {
    const shape = schema._zod.def.shape;
    const literal = shape?.[key]?._zod.def;
    return literal?.values?.[0];
}
function allowedKeys(schema, data, path) {
    const at = schemaAt(schema, data, path);
    const shape = at ? at._zod.def.shape : undefined;
    return shape ? Object.keys(shape) : [];
}
