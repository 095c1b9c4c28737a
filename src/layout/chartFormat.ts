import type { ValueFormat } from "../schema/slide.js";

/** Excel number format code for chart values (what PowerPoint and LibreOffice show on axes and labels). */
export function chartFormatCode(
  format: ValueFormat,
  values: readonly number[],
  locale: string,
  currency: string,
): string {
  const max = Math.max(0, ...values.map(Math.abs));
  const scaled = (prefix: string, suffix: string) => {
    if (max >= 1e12) return `${prefix}#,##0.0,,,,"T"${suffix}`;
    if (max >= 1e9) return `${prefix}#,##0.0,,,"B"${suffix}`;
    if (max >= 1e6) return `${prefix}#,##0.0,,"M"${suffix}`;
    if (max >= 1e4) return `${prefix}#,##0,"K"${suffix}`;
    return `${prefix}#,##0${suffix}`;
  };
  // Cents matter when any value is a small fraction (a unit cost of $0.41 must not read $0), and
  // tiny values (a cost per request of $0.000002) need as many places as it takes to show them.
  const smallFractions = values.some((v) => !Number.isInteger(v) && Math.abs(v) < 100);
  const places = (largest: number, least: number) =>
    largest > 0 && largest < 1 ? Math.min(8, Math.max(least, Math.ceil(-Math.log10(largest)) + 1)) : least;
  const decimals = `#,##0.${"0".repeat(places(max, 2))}`;
  switch (format) {
    case "percent":
      return max < 0.001 ? `0.${"0".repeat(places(max * 100, 1))}%` : max < 0.1 ? "0.0%" : "0%";
    case "number":
      return smallFractions ? decimals : "#,##0";
    case "compact":
      return scaled("", "");
    case "currency":
    case "compact-currency": {
      const parts = new Intl.NumberFormat(locale, { style: "currency", currency }).formatToParts(1);
      const symbol = parts.find((p) => p.type === "currency")?.value ?? currency;
      const before = parts.findIndex((p) => p.type === "currency") < parts.findIndex((p) => p.type === "integer");
      const prefix = before ? `"${symbol}"` : "";
      const suffix = before ? "" : ` "${symbol}"`;
      if (format === "currency") return smallFractions ? `${prefix}${decimals}${suffix}` : `${prefix}#,##0${suffix}`;
      return scaled(prefix, suffix);
    }
  }
}
