import { readFile } from "node:fs/promises";
import { posix } from "node:path";
import { unzipSync } from "fflate";
import { BriefingError } from "../errors.js";
import {
  compoundFileKind,
  SCHEME_COLORS,
  schemeColors,
  unescapeXml,
  type SchemeColor,
} from "../template/packageFormat.js";

export type { SchemeColor };

/** A picture placed on the slide master or one of its layouts: a logo candidate. */
export interface MasterPicture {
  /** The part it sits on, e.g. ppt/slideMasters/slideMaster1.xml. */
  part: string;
  /** Its image inside the package, e.g. ppt/media/image1.png. */
  media: string;
  data: Uint8Array;
  /** Position and size in EMU (914400 per inch). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Its alt text (descr), if any. */
  descr?: string;
}

/**
 * What a .pptx/.potx says about its look: the first slide master's theme, the slide size, and the
 * masters' pictures.
 */

export interface PresentationTheme {
  /** Absolute path of the file read. */
  file: string;
  /** The theme's own name (a:theme name), if it has one. */
  name?: string;
  /** Scheme colors as six upper-case hex digits; slots the file does not define are missing. */
  colors: Partial<Record<SchemeColor, string>>;
  /** Latin typefaces of the font scheme: major (headings) and minor (body). */
  fonts: { major?: string; minor?: string };
  /** The master's color map: which scheme slot is the background (bg1) and the text (tx1), etc. */
  colorMap: { bg1: SchemeColor; tx1: SchemeColor; bg2: SchemeColor; tx2: SchemeColor };
  /** Slide size in EMU (p:sldSz). */
  slideSize: { cx: number; cy: number };
  pictures: MasterPicture[];
}

const decoder = new TextDecoder();

/**
 * Read the theme of a PowerPoint presentation or template: unzip it, follow presentation.xml to its
 * first slide master and that master's theme, and collect the pictures on the master and its layouts.
 */
export async function readPresentationTheme(file: string): Promise<PresentationTheme> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === "ENOENT";
    throw new BriefingError(missing ? `file not found: ${file}` : `cannot read ${file}: ${(cause as Error).message}`, {
      code: "cannot-read",
      file,
      hint: "give the path of a .pptx or .potx file",
      cause,
    });
  }
  const notPresentation = (why: string, cause?: unknown) =>
    new BriefingError(`not a PowerPoint presentation: ${why}`, {
      code: "not-a-presentation",
      file,
      hint: "give a .pptx or .potx file (in PowerPoint, Keynote or LibreOffice: save or export as PowerPoint)",
      cause,
    });
  const compound = compoundFileKind(bytes);
  if (compound === "encrypted")
    throw new BriefingError("the presentation is password-protected (encrypted), so its theme cannot be read", {
      code: "not-a-presentation",
      file,
      hint: "open it in PowerPoint, remove the password (File › Info › Protect Presentation), and save a copy",
    });
  if (compound === "binary")
    throw new BriefingError("this is an old binary PowerPoint file (.ppt/.pot), not a .pptx or .potx", {
      code: "not-a-presentation",
      file,
      hint: "open it in PowerPoint or LibreOffice and save it as .pptx or .potx",
    });
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes);
  } catch (cause) {
    throw notPresentation("the file is not a ZIP package", cause);
  }
  const text = (name: string) => {
    const data = parts[name];
    return data === undefined ? undefined : decoder.decode(data);
  };
  const presentation = text("ppt/presentation.xml");
  if (presentation === undefined) throw notPresentation("it has no ppt/presentation.xml (is it a Word or Excel file?)");

  const presentationRels = relationships(text("ppt/_rels/presentation.xml.rels"), "ppt/presentation.xml");
  const masterId = /<p:sldMasterId\b[^>]*\br:id="([^"]+)"/.exec(presentation)?.[1];
  const master =
    (masterId && presentationRels.get(masterId)) ||
    [...presentationRels.values()].find((t) => /slideMasters\/[^/]+\.xml$/.test(t));
  if (!master || text(master) === undefined) throw notPresentation("it has no slide master");
  const masterRels = relationshipsOf(parts, master);
  const themePart = [...masterRels.values()].find((t) => /\/theme\/[^/]+\.xml$/.test(t));
  const theme = themePart ? text(themePart) : undefined;
  if (!theme) throw notPresentation("its slide master has no theme");

  const size = /<p:sldSz\b[^>]*>/.exec(presentation)?.[0] ?? "";
  const cx = Number(attribute(size, "cx") ?? 12192000);
  const cy = Number(attribute(size, "cy") ?? 6858000);

  const colors = schemeColors(theme);
  const fontScheme = /<a:fontScheme\b[\s\S]*?<\/a:fontScheme>/.exec(theme)?.[0] ?? "";
  const latin = (kind: "major" | "minor") => {
    const block = new RegExp(`<a:${kind}Font>([\\s\\S]*?)</a:${kind}Font>`).exec(fontScheme)?.[1] ?? "";
    const face = /<a:latin\b[^>]*\btypeface="([^"]*)"/.exec(block)?.[1];
    return face ? unescapeXml(face).trim() || undefined : undefined;
  };

  const clrMap = /<p:clrMap\b[^>]*>/.exec(text(master)!)?.[0] ?? "";
  const slot = (name: string, fallback: SchemeColor): SchemeColor => {
    const value = attribute(clrMap, name);
    return (SCHEME_COLORS as readonly string[]).includes(value ?? "") ? (value as SchemeColor) : fallback;
  };
  const colorMap = {
    bg1: slot("bg1", "lt1"),
    tx1: slot("tx1", "dk1"),
    bg2: slot("bg2", "lt2"),
    tx2: slot("tx2", "dk2"),
  };

  // Logo candidates: pictures on every slide master (a template often has several) and their layouts.
  const masters = [
    master,
    ...[...presentationRels.values()].filter((t) => t !== master && /slideMasters\/[^/]+\.xml$/.test(t)),
  ];
  const withLayouts = masters.flatMap((m) => [
    m,
    ...[...relationshipsOf(parts, m).values()].filter((t) => /slideLayouts\/[^/]+\.xml$/.test(t)),
  ]);
  const pictures = [...new Set(withLayouts)].flatMap((part) => picturesOf(parts, part));
  return {
    file,
    name: unescapeXml(attribute(/<a:theme\b[^>]*>/.exec(theme)?.[0] ?? "", "name") ?? "") || undefined,
    colors,
    colorMap,
    fonts: { major: latin("major"), minor: latin("minor") },
    slideSize: { cx, cy },
    pictures,
  };
}

/** Pictures (p:pic) on one part, with their images resolved through the part's relationships. */
function picturesOf(parts: Record<string, Uint8Array>, part: string): MasterPicture[] {
  const xml = parts[part] === undefined ? "" : decoder.decode(parts[part]);
  const rels = relationshipsOf(parts, part);
  const out: MasterPicture[] = [];
  for (const [pic] of xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)) {
    const embed = /<a:blip\b[^>]*\br:embed="([^"]+)"/.exec(pic)?.[1];
    const media = embed ? rels.get(embed) : undefined;
    const data = media ? parts[media] : undefined;
    const off = /<a:off\b[^>]*>/.exec(pic)?.[0];
    const ext = /<a:ext\b[^>]*\bcx="[^"]*"[^>]*>/.exec(pic)?.[0];
    if (!media || !data || !off || !ext) continue;
    const descr = attribute(/<p:cNvPr\b[^>]*>/.exec(pic)?.[0] ?? "", "descr");
    out.push({
      part,
      media,
      data,
      x: Number(attribute(off, "x")),
      y: Number(attribute(off, "y")),
      w: Number(attribute(ext, "cx")),
      h: Number(attribute(ext, "cy")),
      descr: descr ? unescapeXml(descr) : undefined,
    });
  }
  return out;
}

function relationshipsOf(parts: Record<string, Uint8Array>, part: string): Map<string, string> {
  const rels = posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
  return relationships(parts[rels] === undefined ? undefined : decoder.decode(parts[rels]), part);
}

/** Relationship ids → package paths of internal targets, resolved against `part`'s folder. */
function relationships(xml: string | undefined, part: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [tag] of (xml ?? "").matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (!id || !target || attribute(tag, "TargetMode") === "External") continue;
    out.set(id, target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(posix.dirname(part), target)));
  }
  return out;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}
