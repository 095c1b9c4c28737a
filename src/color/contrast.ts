/** WCAG 2.x relative luminance of a color written as six hex digits (with or without #). */
export function relativeLuminance(hex: string): number {
  const digits = hex.replace(/^#/, "");
  const channel = (i: number) => {
    const c = parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** WCAG contrast ratio between two colors, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `a` moved toward `b` by `t` (0 = a, 1 = b), per channel; both six hex digits without #. */
export function mix(a: string, b: string, t: number): string {
  return [0, 2, 4]
    .map((i) => Math.round(parseInt(a.slice(i, i + 2), 16) * (1 - t) + parseInt(b.slice(i, i + 2), 16) * t))
    .map((c) => c.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}

/** Show a ratio rounded down to one decimal, so a failing 4.49 never reads as "4.5:1". */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

/**
 * The foreground mixed toward black or white (whichever contrasts with the background) in small
 * steps until it passes.
 */
export function passingColor(fg: string, bg: string, required: number): string | undefined {
  const target = relativeLuminance(bg) > 0.18 ? 0 : 255;
  for (let t = 0.05; t <= 1.0001; t += 0.05) {
    const mixed = [0, 2, 4]
      .map((i) => Math.round(parseInt(fg.slice(i, i + 2), 16) * (1 - t) + target * t))
      .map((c) => c.toString(16).padStart(2, "0"))
      .join("")
      .toUpperCase();
    if (contrastRatio(mixed, bg) >= required) return mixed;
  }
  return undefined;
}
