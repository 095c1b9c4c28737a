/** Whether a rendered condition counts as true. */
export function isTruthyText(text) {
    const t = text.trim().toLowerCase();
    return !["", "false", "0", "no", "null", "undefined"].includes(t);
}
