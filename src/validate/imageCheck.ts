/** The image formats a logo may use. */
export type ImageMime = "image/png" | "image/jpeg";

/**
 * What kind of image `data` is, or why it is not one a deck can show. Checks what a broken
 * export or a truncated download gets wrong: the signature, the PNG header chunk and its size,
 * and that the file runs to its end marker (IEND for PNG, EOI for JPEG).
 */
export function checkImage(data: Uint8Array): { mime: ImageMime; problem?: undefined } | { mime?: undefined; problem: string } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const ascii = (from: number, length: number) => String.fromCharCode(...data.subarray(from, from + length));
  if (data[0] === 0x89 && ascii(1, 3) === "PNG") {
    if (data.length < 33 || ascii(12, 4) !== "IHDR") return { problem: "its PNG header is missing" };
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    if (width === 0 || height === 0 || width > 20_000 || height > 20_000) return { problem: `its PNG header gives an impossible size, ${width} × ${height} pixels` };
    if (ascii(data.length - 8, 4) !== "IEND") return { problem: "the PNG file is cut short (no end marker)" };
    return { mime: "image/png" };
  }
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) {
    // Some tools pad after the end-of-image marker; look for it near the end.
    const tail = data.subarray(Math.max(0, data.length - 64));
    const ends = tail.some((b, i) => b === 0xff && tail[i + 1] === 0xd9);
    return ends ? { mime: "image/jpeg" } : { problem: "the JPEG file is cut short (no end marker)" };
  }
  return { problem: "it is not a PNG or JPEG image" };
}
