/** Look up `a.b.0.c` in plain data, using own properties only (no prototype reach). */
export function lookupPath(root, path) {
    let node = root;
    const parts = path.split(".");
    for (let i = 0; i < parts.length; i++) {
        const key = parts[i];
        if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) {
            const available = node !== null && typeof node === "object" ? Object.keys(node) : [];
            return { found: false, at: parts.slice(0, i + 1).join("."), available };
        }
        node = node[key];
    }
    return { found: true, value: node };
}
