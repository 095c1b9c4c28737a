/** Today's date (UTC), or the date of SOURCE_DATE_EPOCH for reproducible builds. */
export function defaultToday() {
    const epoch = process.env.SOURCE_DATE_EPOCH;
    const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
    return date.toISOString().slice(0, 10);
}
