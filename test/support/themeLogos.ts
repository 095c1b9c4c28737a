// The shipped themes' logo marks, drawn here (our own; nothing copied): a rounded tile with three
// rising bars. test/themes/logos.test.ts checks themes/assets/ against these; `npm run logos` rewrites them.
import { PNG } from "pngjs";

const SIZE = 192;
const SAMPLES = 4; // supersampling per axis, for smooth edges

/** Each theme's logo file and its colors (tile, bars). */
export const THEME_LOGOS = [
  { file: "logo-default.png", tile: "#0F5BD8", bars: "#FFFFFF" },
  { file: "logo-midnight.png", tile: "#60A5FA", bars: "#0F172A" },
  { file: "logo-corporate.png", tile: "#1B365D", bars: "#C9A227" },
] as const;

const rgb = (color: string) =>
  [0, 2, 4].map((i) => parseInt(color.slice(i + 1, i + 3), 16)) as [number, number, number];

/** Coverage-weighted color of pixel (x, y): tile, then bars on top, transparent outside. */
function shade(x: number, y: number, tile: [number, number, number], bars: [number, number, number]): number[] {
  const radius = SIZE * 0.22;
  const inTile = (px: number, py: number) => {
    const cx = Math.min(Math.max(px, radius), SIZE - radius);
    const cy = Math.min(Math.max(py, radius), SIZE - radius);
    return (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2;
  };
  const barW = SIZE * 0.15;
  const gap = SIZE * 0.08;
  const left = (SIZE - 3 * barW - 2 * gap) / 2;
  const base = SIZE * 0.78;
  const heights = [0.3, 0.45, 0.6].map((h) => h * SIZE);
  const inBar = (px: number, py: number) =>
    heights.some(
      (h, i) => px >= left + i * (barW + gap) && px < left + i * (barW + gap) + barW && py <= base && py >= base - h,
    );
  let [r, g, b, a] = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const px = x + (sx + 0.5) / SAMPLES;
      const py = y + (sy + 0.5) / SAMPLES;
      if (!inTile(px, py)) continue;
      const c = inBar(px, py) ? bars : tile;
      r += c[0];
      g += c[1];
      b += c[2];
      a++;
    }
  }
  return a === 0 ? [0, 0, 0, 0] : [r / a, g / a, b / a, (255 * a) / SAMPLES ** 2].map(Math.round);
}

/** The logo mark in these colors, as RGBA pixels (SIZE × SIZE). */
export function drawLogo(tile: string, bars: string): PNG {
  const png = new PNG({ width: SIZE, height: SIZE });
  for (let y = 0; y < SIZE; y++)
    for (let x = 0; x < SIZE; x++) png.data.set(shade(x, y, rgb(tile), rgb(bars)), (y * SIZE + x) * 4);
  return png;
}
