import { crc32, deflateRawSync } from "node:zlib";

/**
 * Write a zip archive whose bytes depend only on its entries and a date: entries in the given
 * order, one fixed DOS timestamp, no extra fields. Deflates with Node's native zlib (several times
 * faster than a JavaScript deflate, and this is the hot spot of a build); an entry that would not
 * shrink (images, nested workbooks) is stored. Level 0 stores everything. Text is written as UTF-8.
 */
export function zipArchive(
  entries: Iterable<[name: string, data: string | Uint8Array]>,
  date: string,
  level = 6,
): Uint8Array {
  const { time, day } = dosDateTime(date);
  const locals: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  let count = 0;
  for (const [name, content] of entries) {
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    const nameBytes = new TextEncoder().encode(name);
    const crc = crc32(data);
    const deflated = level === 0 ? data : deflateOnce(data, crc, level);
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    // Bit 11: the name is UTF-8 (only needed when it is not plain ASCII).
    const flags = nameBytes.length !== name.length ? 0x0800 : 0;
    const method = stored ? 0 : 8;

    // The local header and the central directory entry share these fields, two bytes apart.
    const fields = (view: DataView, at: number) => {
      view.setUint16(at, 20, true); // version needed: 2.0 (deflate)
      view.setUint16(at + 2, flags, true);
      view.setUint16(at + 4, method, true);
      view.setUint16(at + 6, time, true);
      view.setUint16(at + 8, day, true);
      view.setUint32(at + 10, crc, true);
      view.setUint32(at + 14, body.length, true);
      view.setUint32(at + 18, data.length, true);
      view.setUint16(at + 22, nameBytes.length, true);
    };
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    fields(local, 4); // then an empty extra field
    locals.push(new Uint8Array(local.buffer), nameBytes, body);

    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true); // version made by
    fields(entry, 6);
    // extra, comment, disk, internal and external attributes: all zero
    entry.setUint32(42, offset, true);
    central.push(new Uint8Array(entry.buffer), nameBytes);

    offset += 30 + nameBytes.length + body.length;
    count++;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, count, true);
  end.setUint16(10, count, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return concat([...locals, ...central, new Uint8Array(end.buffer)]);
}

// Decks of one build share most of their parts byte for byte (masters, layouts, theme, workbooks):
// deflate each distinct part once. Keyed by CRC, length and level, confirmed by comparing bytes.
const deflatedParts = new Map<string, { data: Uint8Array; deflated: Uint8Array }[]>();
const MAX_CACHED = 512;

function deflateOnce(data: Uint8Array, crc: number, level: number): Uint8Array {
  const key = `${crc}:${data.length}:${level}`;
  const same = deflatedParts.get(key)?.find((entry) => Buffer.compare(entry.data, data) === 0);
  if (same) return same.deflated;
  const deflated = deflateRawSync(data, { level });
  if (deflatedParts.size >= MAX_CACHED) deflatedParts.delete(deflatedParts.keys().next().value!);
  deflatedParts.set(key, [...(deflatedParts.get(key) ?? []), { data: data.slice(), deflated }]);
  return deflated;
}

/** The DOS date and time fields for midnight of a YYYY-MM-DD date (no Date object: no time zone can leak in). */
function dosDateTime(date: string): { time: number; day: number } {
  const [y = 1980, m = 1, d = 1] = date.split("-").map(Number);
  return { time: 0, day: ((Math.max(1980, y) - 1980) << 9) | (m << 5) | d };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
