/**
 * A FOCUS text value as the figures read it: null when absent, empty or the text `NULL` in any case
 * (exports write nulls that way); otherwise exactly as written.
 */
export function focusValue(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed === "" || trimmed.toUpperCase() === "NULL" ? null : value;
}
