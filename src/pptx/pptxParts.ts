import { zipArchive } from "./zipArchive.js";

/** A package's parts by name: XML as text (as pptxgenjs wrote it, or as edited), media and workbooks as bytes. */
export type PptxParts = Map<string, string | Uint8Array>;

/** A part as text: XML from pptxgenjs already is; a part read from an archive is UTF-8. */
export function textOf(data: string | Uint8Array): string {
  return typeof data === "string" ? data : new TextDecoder().decode(data);
}

/** A part as bytes (text as UTF-8). */
export function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === "string" ? Buffer.from(data, "utf8") : data;
}

/** Change the text of one part, if the package has it. */
export function editText(parts: PptxParts, name: string, edit: (text: string) => string): void {
  const data = parts.get(name);
  if (data !== undefined) parts.set(name, edit(textOf(data)));
}

/** The package as a zip: [Content_Types].xml first (readers sniff it), the rest by name, one fixed timestamp. */
export function zipPackage(parts: PptxParts, date: string): Uint8Array {
  const names = [...parts.keys()].sort((a, b) =>
    a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return zipArchive(
    names.map((name) => [name, parts.get(name)!]),
    date,
  );
}
