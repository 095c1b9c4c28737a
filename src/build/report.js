export function emptyReport() {
    return { ok: false, built: [], unchanged: [], removed: [], failed: [], errors: [], warnings: [], threads: 0 };
}
