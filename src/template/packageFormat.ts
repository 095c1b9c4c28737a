// Telling what a PowerPoint file is, and reading text out of its XML: shared by reading a theme
// from a presentation (load) and parsing a company template (validate).

/**
 * Office's OLE compound files (CFB) are not ZIP packages: an encrypted .pptx is one (its package
 * sits in an "EncryptedPackage" stream), and so is a binary .ppt. Undefined for anything else.
 */
export function compoundFileKind(bytes: Uint8Array): "encrypted" | "binary" | undefined {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (bytes.length < 512 || magic.some((b, i) => bytes[i] !== b)) return undefined;
  // Stream names are UTF-16LE in the directory sectors; finding the name is enough to tell the two apart.
  const name = new Uint8Array(Array.from("EncryptedPackage", (c) => [c.charCodeAt(0), 0]).flat());
  return indexOf(bytes, name) >= 0 ? "encrypted" : "binary";
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Decode XML's five named entities and numeric references (`&#xA;`, `&#10;`), each once. */
export function unescapeXml(text: string): string {
  const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|quot|apos|amp);/g, (whole, name: string) => {
    if (!name.startsWith("#")) return named[name] ?? whole;
    const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The names of a theme's color scheme slots (a:clrScheme). */
export const SCHEME_COLORS = [
  "dk1",
  "lt1",
  "dk2",
  "lt2",
  "accent1",
  "accent2",
  "accent3",
  "accent4",
  "accent5",
  "accent6",
  "hlink",
  "folHlink",
] as const;
export type SchemeColor = (typeof SCHEME_COLORS)[number];

/** A theme part's colour scheme: each slot's colour as six upper-case hex digits, where the theme gives one. */
export function schemeColors(themeXml: string): Partial<Record<SchemeColor, string>> {
  const scheme = /<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/.exec(themeXml)?.[0] ?? "";
  const colors: Partial<Record<SchemeColor, string>> = {};
  for (const slot of SCHEME_COLORS) {
    const inner = new RegExp(`<a:${slot}>([\\s\\S]*?)</a:${slot}>`).exec(scheme)?.[1] ?? "";
    const value =
      /<a:srgbClr\b[^>]*\bval="([0-9A-Fa-f]{6})"/.exec(inner)?.[1] ??
      /<a:sysClr\b[^>]*\blastClr="([0-9A-Fa-f]{6})"/.exec(inner)?.[1];
    if (value) colors[slot] = value.toUpperCase();
  }
  return colors;
}
