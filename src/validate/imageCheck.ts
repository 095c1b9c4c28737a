import type { ImageMime, PixelSize } from "../model/workspace.js";

/**
 * What kind of image `data` is and its pixel size (when its header gives one), or why it is not
 * one a deck can show. Checks what a broken export or a truncated download gets wrong: the
 * signature, the PNG header chunk and its size, and that the file runs to its end marker (IEND
 * for PNG, EOI for JPEG).
 */
export function checkImage(
  data: Uint8Array,
): { mime: ImageMime; size?: PixelSize; problem?: undefined } | { mime?: undefined; problem: string } {
  const ascii = (from: number, length: number) => String.fromCharCode(...data.subarray(from, from + length));
  if (data[0] === 0x89 && ascii(1, 3) === "PNG") {
    if (data.length < 33 || ascii(12, 4) !== "IHDR") return { problem: "its PNG header is missing" };
    const size = imageSize(data)!;
    if (size.width === 0 || size.height === 0 || size.width > 20_000 || size.height > 20_000) {
      return { problem: `its PNG header gives an impossible size, ${size.width} × ${size.height} pixels` };
    }
    if (ascii(data.length - 8, 4) !== "IEND") return { problem: "the PNG file is cut short (no end marker)" };
    return { mime: "image/png", size };
  }
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) {
    // Some tools pad after the end-of-image marker; look for it near the end.
    const tail = data.subarray(Math.max(0, data.length - 64));
    const ends = tail.some((b, i) => b === 0xff && tail[i + 1] === 0xd9);
    return ends
      ? { mime: "image/jpeg", size: imageSize(data) }
      : { problem: "the JPEG file is cut short (no end marker)" };
  }
  return { problem: "it is not a PNG or JPEG image" };
}

/** Pixel size of a PNG or JPEG, read from its header; undefined if it cannot be read. */
function imageSize(data: Uint8Array): PixelSize | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data[0] === 0x89 && data[1] === 0x50 && data.length >= 24) {
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (data[0] === 0xff && data[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < data.length) {
      if (data[offset] !== 0xff) return undefined;
      const marker = data[offset + 1]!;
      const length = view.getUint16(offset + 2);
      // SOF0…SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) };
      }
      offset += 2 + length;
    }
  }
  return undefined;
}
