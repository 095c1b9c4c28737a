import { PNG } from "pngjs";

/** Options for {@link composeContactSheet}. */
export interface ContactSheetOptions {
  /** Thumbnail width in pixels (default 320). */
  thumbWidth?: number;
  /** Thumbnails per row (default: 4, or 5 for more than 16 slides). */
  columns?: number;
}

const GAP = 16;
const LABEL = 28;
const PAPER = [0xe9, 0xec, 0xf1] as const;
const FRAME = [0x9a, 0xa3, 0xb0] as const;
const INK = [0x1f, 0x29, 0x37] as const;

// 3×5 pixel digits, one string of 15 bits (row by row) each: enough for slide numbers.
const DIGITS = [
  "111101101101111",
  "010110010010111",
  "111001111100111",
  "111001111001111",
  "101101111001001",
  "111100111001111",
  "111100111101111",
  "111001010010010",
  "111101111101111",
  "111101111001111",
];

/** A grid of slide thumbnails with the slide number under each, as PNG bytes. Pure: bytes in, bytes out. */
export function composeContactSheet(pages: readonly Uint8Array[], options: ContactSheetOptions = {}): Uint8Array {
  const images = pages.map((p) => PNG.sync.read(Buffer.from(p)));
  const thumbW = options.thumbWidth ?? 320;
  const first = images[0];
  const thumbH = first ? Math.max(1, Math.round((thumbW * first.height) / first.width)) : Math.round((thumbW * 9) / 16);
  const columns = Math.max(1, Math.min(images.length || 1, options.columns ?? (images.length > 16 ? 5 : 4)));
  const rows = Math.max(1, Math.ceil(images.length / columns));
  const sheet = new PNG({ width: GAP + columns * (thumbW + GAP), height: GAP + rows * (thumbH + LABEL + GAP) });
  fill(sheet, 0, 0, sheet.width, sheet.height, PAPER);
  images.forEach((image, i) => {
    const x = GAP + (i % columns) * (thumbW + GAP);
    const y = GAP + Math.floor(i / columns) * (thumbH + LABEL + GAP);
    fill(sheet, x - 1, y - 1, thumbW + 2, thumbH + 2, FRAME);
    drawScaled(sheet, image, x, y, thumbW, thumbH);
    drawNumber(sheet, String(i + 1), x + thumbW / 2, y + thumbH + 8, 3);
  });
  return new Uint8Array(PNG.sync.write(sheet));
}

function fill(png: PNG, x0: number, y0: number, w: number, h: number, rgb: readonly number[]): void {
  for (let y = Math.max(0, y0); y < Math.min(png.height, y0 + h); y++) {
    for (let x = Math.max(0, x0); x < Math.min(png.width, x0 + w); x++) {
      const o = (y * png.width + x) * 4;
      png.data[o] = rgb[0]!;
      png.data[o + 1] = rgb[1]!;
      png.data[o + 2] = rgb[2]!;
      png.data[o + 3] = 255;
    }
  }
}

/** Downscale `src` into a w×h box at (x, y) by averaging the source pixels each target pixel covers. */
function drawScaled(dst: PNG, src: PNG, x0: number, y0: number, w: number, h: number): void {
  const sx = src.width / w;
  const sy = src.height / h;
  for (let ty = 0; ty < h; ty++) {
    const ya = Math.floor(ty * sy);
    const yb = Math.max(ya + 1, Math.min(src.height, Math.floor((ty + 1) * sy)));
    for (let tx = 0; tx < w; tx++) {
      const xa = Math.floor(tx * sx);
      const xb = Math.max(xa + 1, Math.min(src.width, Math.floor((tx + 1) * sx)));
      let r = 0;
      let g = 0;
      let b = 0;
      let n = 0;
      for (let y = ya; y < yb; y++) {
        for (let x = xa; x < xb; x++) {
          const o = (y * src.width + x) * 4;
          const a = src.data[o + 3]! / 255; // composite transparent pixels on white
          r += src.data[o]! * a + 255 * (1 - a);
          g += src.data[o + 1]! * a + 255 * (1 - a);
          b += src.data[o + 2]! * a + 255 * (1 - a);
          n++;
        }
      }
      const o = ((y0 + ty) * dst.width + x0 + tx) * 4;
      dst.data[o] = Math.round(r / n);
      dst.data[o + 1] = Math.round(g / n);
      dst.data[o + 2] = Math.round(b / n);
      dst.data[o + 3] = 255;
    }
  }
}

/** Draw digits centred on `cx`, top at `y`, each font pixel `scale` pixels wide. */
function drawNumber(png: PNG, text: string, cx: number, y: number, scale: number): void {
  const advance = 4 * scale;
  let x = Math.round(cx - (text.length * advance - scale) / 2);
  for (const ch of text) {
    const bits = DIGITS[Number(ch)];
    if (bits) {
      for (let i = 0; i < 15; i++)
        if (bits[i] === "1") fill(png, x + (i % 3) * scale, y + Math.floor(i / 3) * scale, scale, scale, INK);
    }
    x += advance;
  }
}
