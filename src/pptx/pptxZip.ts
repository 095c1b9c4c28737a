import { zipArchive } from "./zipArchive.js";

/**
 * The part of JSZip's API that pptxgenjs 4.0.1 uses (`new JSZip()`, `folder`, `file`,
 * `generateAsync`), over {@link zipArchive}. pptxgenjs gets it in place of JSZip (an alias in
 * scripts/build.mjs, and in vitest.config.ts for the tests): JSZip computes CRCs and base64 in
 * JavaScript, in small asynchronous chunks, and was the largest single cost of writing a deck.
 * Archives come out stored; normalizePptx deflates every part.
 */
export default class PptxZip {
  private readonly entries = new Map<string, Uint8Array>();

  /** Folders are implied by the paths of the files in them. */
  folder(_name: string): this {
    return this;
  }

  /** Add a file: text (UTF-8), bytes, or base64 text with `{ base64: true }`. */
  file(name: string, data: string | Uint8Array, options: { base64?: boolean } = {}): this {
    const bytes =
      typeof data !== "string" ? data : options.base64 ? Buffer.from(data, "base64") : Buffer.from(data, "utf8");
    this.entries.set(name, bytes);
    return this;
  }

  /** The archive, stored, as pptxgenjs asks for it (a promise, as JSZip's API has it). */
  generateAsync(options: { type: string }): Promise<Uint8Array | string> {
    return Promise.resolve().then(() => this.generate(options.type));
  }

  private generate(type: string): Uint8Array | string {
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
