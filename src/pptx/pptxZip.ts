import type { PptxParts } from "./pptxParts.js";
import { zipArchive } from "./zipArchive.js";

/**
 * The output type that makes `pptx.write()` return the deck's {@link PptxParts} rather than an
 * archive: pptxgenjs hands the type straight to `generateAsync`, and normalizePptx edits the parts
 * and zips them once (an archive here would be zipped, unzipped and decoded again).
 */
export const PARTS_OUTPUT = "parts";

/**
 * The part of JSZip's API that pptxgenjs 4.0.1 uses (`new JSZip()`, `folder`, `file`,
 * `generateAsync`), over {@link zipArchive}. pptxgenjs gets it in place of JSZip (an alias in
 * scripts/build.mjs, and in vitest.config.ts for the tests): JSZip computes CRCs and base64 in
 * JavaScript, in small asynchronous chunks, and was the largest single cost of writing a deck.
 * Archives (pptxgenjs makes one per chart workbook) come out stored.
 */
export default class PptxZip {
  private readonly entries: PptxParts = new Map();

  /** Folders are implied by the paths of the files in them. */
  folder(_name: string): this {
    return this;
  }

  /** Add a file: text, bytes, or base64 text with `{ base64: true }`. */
  file(name: string, data: string | Uint8Array, options: { base64?: boolean } = {}): this {
    this.entries.set(name, typeof data === "string" && options.base64 ? Buffer.from(data, "base64") : data);
    return this;
  }

  /** The parts, or the archive, as pptxgenjs asks for it (a promise, as JSZip's API has it). */
  generateAsync(options: { type: string }): Promise<PptxParts | Uint8Array | string> {
    return Promise.resolve().then(() => this.generate(options.type));
  }

  private generate(type: string): PptxParts | Uint8Array | string {
    if (type === PARTS_OUTPUT) return this.entries;
    // No date: the normalize step stamps the deck's own date on every entry it writes.
    const bytes = zipArchive(this.entries, "1980-01-01", 0);
    switch (type) {
      case "nodebuffer":
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      case "uint8array":
        return bytes;
      case "base64":
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
      default:
        throw new Error(`PptxZip cannot produce ${type}`);
    }
  }
}
