/**
 * A cell that reads as one number: optional sign and currency or other prefix, digits with group
 * separators, optional decimals, then an optional unit or suffix ("$1.2M", "−4%", "2.2×", "1,200 kWh"
 * is not: a unit word makes it text). Decimals are the digits after the last "." (en-style formatting,
 * what the renderer's helpers produce for the locales it formats with a point).
 */
const NUMBER = /^([+\-−]?[^\d\s+\-−.,]{0,3}\s?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(\s?(?:[%×x]|[KMBT]|bn)?)$/u;

/**
 * Any one figure, as other locales write them too: grouped with points or spaces, a decimal comma, a
 * magnitude word ("Mio.", 万, 億) and the currency after the number ("55.000 €", "1,2 Mio. €", "12 %").
 * Its decimals cannot be told from its groups ("55.000"), so such a column is aligned but not padded.
 */
const FIGURE = new RegExp(
  String.raw`^[+\-−]?[^\d\s+\-−.,]{0,3}\s?(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)(?:[.,]\d+)?` +
    String.raw`(?:\s?(?:[%×x]|[KMBT]|bn|[A-Za-z]{2,4}\.|[万億兆]))?(?:\s?\p{Sc})?$`,
  "u",
);

/**
 * Whether the column is one of figures: at least half its non-empty cells are numbers, the others
 * a word or two standing in for one ("Covered", "Not measured").
 */
export function isNumericColumn(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== "" && c !== "—" && c !== "-");
  const numbers = filled.filter((c) => FIGURE.test(c)).length;
  const standIns = filled.filter((c) => !FIGURE.test(c) && c.split(/\s+/).length <= 2 && !/\d/.test(c)).length;
  return numbers > 0 && numbers * 2 >= filled.length && numbers + standIns === filled.length;
}

/**
 * One precision per numeric column: cells with fewer decimals than the column's most get trailing
 * zeros ("$780K" beside "$2.4M" becomes "$780.0K"), so the figures line up and compare at a glance.
 * Only zeros are added: no figure is rounded or changed. Only to one decimal: two or more come from
 * a small value shown to its significant digits ("0.79%"), and "74.00%" beside it would claim a
 * precision no one measured.
 */
export function withColumnPrecision(cells: readonly string[]): string[] {
  const places = Math.max(0, ...cells.map((c) => NUMBER.exec(c.trim())?.[3]?.length ?? 0));
  if (places !== 1) return [...cells];
  if (cells.some((c) => FIGURE.test(c.trim()) && !NUMBER.test(c.trim()))) return [...cells];
  // Only figures of one kind share a precision: a column of percentages beside amounts (key
  // metrics) keeps each as written.
  const units = new Set(
    cells.flatMap((c) => {
      const m = NUMBER.exec(c.trim());
      return m
        ? [`${(m[1] ?? "").replace(/[+\-−\s]/g, "")}|${/[%×x]/.test(m[4] ?? "") ? (m[4] ?? "").trim() : ""}`]
        : [];
    }),
  );
  if (units.size > 1) return [...cells];
  return cells.map((cell) => {
    const m = NUMBER.exec(cell.trim());
    if (!m) return cell;
    const [, prefix = "", whole = "", decimals = "", suffix = ""] = m;
    return `${prefix}${whole}.${decimals.padEnd(places, "0")}${suffix}`;
  });
}

/** The alignment of each column (numbers flush right) and the rows with one precision per numeric column. */
export function alignColumns(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
): { align: ("left" | "right")[]; rows: string[][] } {
  const align = columns.map((_, c): "left" | "right" =>
    isNumericColumn(rows.map((r) => r[c] ?? "")) ? "right" : "left",
  );
  const fixed = columns.map((_, c) =>
    align[c] === "right" ? withColumnPrecision(rows.map((r) => r[c] ?? "")) : rows.map((r) => r[c] ?? ""),
  );
  return { align, rows: rows.map((row, r) => row.map((cell, c) => fixed[c]?.[r] ?? cell)) };
}
