// Draws the themes' logo marks (our own, made here; nothing copied): a rounded tile with three
// rising bars. Run `node themes/assets/make-logos.mjs` to regenerate the PNGs beside this file.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";

const SIZE = 192;
const SAMPLES = 4; // supersampling per axis, for smooth edges

const hex = (c) => [0, 2, 4].map((i) => parseInt(c.slice(i + 1, i + 3), 16));

/** Coverage-weighted color of pixel (x, y): tile, then bars on top, transparent outside. */
function shade(x, y, tile, bars) {
  const radius = SIZE * 0.22;
  const inTile = (px, py) => {
    const cx = Math.min(Math.max(px, radius), SIZE - radius);
    const cy = Math.min(Math.max(py, radius), SIZE - radius);
    return (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2;
  };
  const barW = SIZE * 0.15;
  const gap = SIZE * 0.08;
  const left = (SIZE - 3 * barW - 2 * gap) / 2;
  const base = SIZE * 0.78;
  const heights = [0.3, 0.45, 0.6].map((h) => h * SIZE);
  const inBar = (px, py) => heights.some((h, i) => px >= left + i * (barW + gap) && px < left + i * (barW + gap) + barW && py <= base && py >= base - h);
  let r = 0, g = 0, b = 0, a = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const px = x + (sx + 0.5) / SAMPLES;
      const py = y + (sy + 0.5) / SAMPLES;
      if (!inTile(px, py)) continue;
      const c = inBar(px, py) ? bars : tile;
      r += c[0]; g += c[1]; b += c[2]; a++;
    }
  }
  return a === 0 ? [0, 0, 0, 0] : [r / a, g / a, b / a, (255 * a) / SAMPLES ** 2].map(Math.round);
}

function logo(file, tile, bars) {
  const png = new PNG({ width: SIZE, height: SIZE });
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) png.data.set(shade(x, y, hex(tile), hex(bars)), (y * SIZE + x) * 4);
  writeFileSync(join(import.meta.dirname, file), PNG.sync.write(png));
}

logo("logo-default.png", "#0F5BD8", "#FFFFFF");
logo("logo-midnight.png", "#60A5FA", "#0F172A");
logo("logo-corporate.png", "#1B365D", "#C9A227");
