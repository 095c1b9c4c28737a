import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";

/**
 * The column names in a CSV file's header row (a .gz file is inflated only as far as that row).
 * Read here rather than by DuckDB's sniffer, which samples thousands of rows to guess a dialect
 * that FOCUS fixes anyway (comma, double quotes), once per query.
 */
export async function readCsvHeader(file: string, gzip: boolean): Promise<string[]> {
  const input = createReadStream(file, { highWaterMark: 64 * 1024 });
  const stream = gzip ? input.pipe(createGunzip()) : input;
  let text = "";
  try {
    for await (const chunk of stream) {
      text += (chunk as Buffer).toString("utf8");
      const end = headerEnd(text);
      if (end >= 0) return splitRow(text.slice(0, end).replace(/^\uFEFF/, ""));
      if (text.length > 1 << 20) break; // no line end in the first megabyte: not a CSV header
    }
  } finally {
    input.destroy();
  }
  if (text.trim() === "") throw new Error("the file is empty");
  if (text.length > 1 << 20) throw new Error("no header row in the first megabyte");
  return splitRow(text.replace(/^\uFEFF/, "").replace(/\r?\n$/, ""));
}

/** Index of the first line end outside quotes, or -1. */
function headerEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) return i;
  }
  return -1;
}

function splitRow(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      fields.push(field);
      field = "";
    } else field += c;
  }
  fields.push(field);
  return fields;
}
