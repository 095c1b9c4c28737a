import { posix } from "node:path";
import { unzipSync } from "fflate";
import { BriefingError, type ErrorCode } from "../errors.js";
import { sha256 } from "../source/hash.js";
import { compoundFileKind, unescapeXml } from "./packageFormat.js";
import { colorResolver, layoutBackground } from "./templateBackground.js";

const EMU_PER_INCH = 914400;

/** A rectangle in inches from the slide's top-left corner. */
export interface TemplateBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Placeholder types as PresentationML writes them; a `<p:ph>` without a type is a body placeholder. */
export type TemplatePlaceholderType =
  "title" | "ctrTitle" | "subTitle" | "body" | "obj" | "chart" | "tbl" | "dt" | "ftr" | "sldNum" | "pic" | "other";

/** One placeholder of a layout, its position resolved through the master when the layout gives none. */
export interface TemplatePlaceholder {
  type: TemplatePlaceholderType;
  /** As written; placeholders without one have index 0, and LibreOffice leaves several at 0. */
  idx: number;
  /**
   * `type` exactly as the layout writes it (none: an object placeholder): our slides' placeholders
   * say the same, as PowerPoint's do (`type="body"` on a section header's text, none on a content body).
   */
  written?: string;
  box?: TemplateBox;
  /**
   * How the template draws text in it, where its master has text styles (PowerPoint's do): the
   * master's title or body style with the placeholder's own list style over it. What text fitting
   * must measure with, since the template's style, not ours, draws titles there.
   */
  style?: TemplateTextStyle;
  /**
   * The text colour its sample text is drawn in (`<a:solidFill>…`), where the master has no text
   * styles: LibreOffice writes a template's look only onto sample runs, so a title left plain
   * would be drawn black on a dark band.
   */
  color?: string;
}

/** A placeholder's first-level text style, resolved: theme font references (`+mj-lt`) replaced by names. */
export interface TemplateTextStyle {
  /** Type size in points. */
  size?: number;
  /** Latin typeface. */
  font?: string;
  bold?: boolean;
  /** Drawn in capitals (`cap="all"`) or small capitals (`cap="small"`, as wide as capitals at worst). */
  caps?: boolean;
  /** Its text colour (six hex digits) as the layout shows it. */
  color?: string;
}

/** One slide layout of the template. */
export interface TemplateLayout {
  /** Its part, e.g. ppt/slideLayouts/slideLayout2.xml. */
  part: string;
  /** The name PowerPoint shows ("Title Slide", "Title and Content"). */
  name: string;
  /** `type` as written (often missing, or wrong: LibreOffice writes `tx` for title slides). */
  type?: string;
  master: string;
  /**
   * Its master sets text styles (a title style, as PowerPoint writes): plain runs take the
   * template's look. LibreOffice's exports have none, so our runs keep the font they were measured in.
   */
  styled: boolean;
  /**
   * Its background colour (six hex digits) where the XML tells it: a solid or gradient fill, or a fill
   * style tinted from a scheme colour; not a picture of the template's own. Text contrast is checked on it.
   */
  background?: string;
  placeholders: TemplatePlaceholder[];
}

/** A company template (.potx/.pptx): the parts to keep, and what layout matching needs to know. */
export interface Template {
  /** Absolute path of the file. */
  file: string;
  /** SHA-256 of the file's bytes: part of every deck's hash. */
  hash: string;
  /** Every part of the package, by path. */
  parts: Map<string, Uint8Array>;
  /** Slide size in inches, exactly as the template has it. */
  width: number;
  height: number;
  layouts: TemplateLayout[];
  /** Areas the masters draw on (shapes and pictures that are not placeholders), per master part. */
  decorations: Map<string, TemplateBox[]>;
  /** The master's title and body text sizes in points (titleStyle, bodyStyle level 1), where given. */
  sizes: { title?: number; body?: number };
  /** The template's example slides: parts left out of decks built on it. */
  slides: string[];
  /** The layouts those example slides use, in slide order. */
  exampleLayouts: string[];
}

const decoder = new TextDecoder();

/**
 * Parse a company template from its bytes: unzip it, find its masters, layouts and their placeholders.
 * Refuses what cannot be a template with a message saying why: not a presentation, password-protected or
 * an old binary file, no slide master, no layout that can hold a title. Pure (`load` reads the bytes).
 */
export function parseTemplate(file: string, data: Uint8Array): Template {
  const fail = (message: string, hint: string, code: ErrorCode = "not-a-presentation") =>
    new BriefingError(message, { code, file, hint });
  const compound = compoundFileKind(data);
  if (compound === "encrypted")
    throw fail(
      "the template is password-protected (encrypted), so it cannot be used",
      "open it in PowerPoint, remove the password (File › Info › Protect Presentation), and save a copy",
    );
  if (compound === "binary")
    throw fail(
      "the template is an old binary PowerPoint file (.ppt/.pot), not a .pptx or .potx",
      "open it in PowerPoint or LibreOffice and save it as .potx or .pptx",
    );
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(data);
  } catch (cause) {
    throw new BriefingError("the template is not a PowerPoint presentation: the file is not a ZIP package", {
      code: "not-a-presentation",
      file,
      hint: "give a .potx or .pptx file",
      cause,
    });
  }
  const parts = new Map(Object.entries(entries).filter(([name]) => !name.endsWith("/")));
  const text = (name: string) => {
    const part = parts.get(name);
    return part === undefined ? undefined : decoder.decode(part);
  };
  const presentation = text("ppt/presentation.xml");
  if (presentation === undefined)
    throw fail(
      "the template is not a PowerPoint presentation: it has no ppt/presentation.xml",
      "give a .potx or .pptx file (a Word or Excel file will not do)",
    );
  const presentationRels = relationshipsOf(parts, "ppt/presentation.xml");
  const masters = [...presentation.matchAll(/<p:sldMasterId\b[^>]*\br:id="([^"]+)"/g)]
    .map((m) => presentationRels.get(m[1]!)?.target)
    .filter((t): t is string => t !== undefined && parts.has(t));
  if (masters.length === 0)
    throw fail(
      "the template has no slide master",
      "save it again from PowerPoint (View › Slide Master)",
      "template-unusable",
    );

  const size = /<p:sldSz\b[^>]*>/.exec(presentation)?.[0] ?? "";
  const width = Number(attribute(size, "cx") ?? 12192000) / EMU_PER_INCH;
  const height = Number(attribute(size, "cy") ?? 6858000) / EMU_PER_INCH;

  const layouts: TemplateLayout[] = [];
  const decorations = new Map<string, TemplateBox[]>();
  for (const master of masters) {
    const masterXml = text(master)!;
    const masterPlaceholders = placeholdersOf(masterXml);
    const styled = /<p:titleStyle>/.test(masterXml);
    const themePart = [...relationshipsOf(parts, master).values()].find((r) => r.type.endsWith("/theme"))?.target;
    const themeXml = (themePart && text(themePart)) ?? "";
    const fonts = themeFonts(themeXml);
    const masterStyle = (kind: "titleStyle" | "bodyStyle", color: ColorOf) =>
      styleOf(new RegExp(`<p:${kind}>[\\s\\S]*?</p:${kind}>`).exec(masterXml)?.[0] ?? "", fonts, color);
    decorations.set(master, decorationsOf(masterXml));
    const layoutParts = [...presentationLayoutIds(masterXml)]
      .map((id) => relationshipsOf(parts, master).get(id)?.target)
      .filter((t): t is string => t !== undefined && parts.has(t));
    for (const part of layoutParts) {
      const xml = text(part)!;
      const own = placeholdersOf(xml);
      // Colours as this layout shows them (its colour map may differ from its master's).
      const colorOf = colorResolver(xml, masterXml, themeXml);
      // Without a typeface of their own, titles are drawn in the theme's heading font, body text in its body font.
      const styles = {
        title: { ...defined({ font: fonts.major }), ...defined(masterStyle("titleStyle", colorOf)) },
        body: { ...defined({ font: fonts.minor }), ...defined(masterStyle("bodyStyle", colorOf)) },
      };
      // A layout placeholder without a position takes its master's placeholder of the same type.
      const placeholders = own.map((ph) => {
        const inherited = masterPlaceholders.find((m) => family(m.type) === family(ph.type));
        const color = styled ? undefined : (ph.color ?? inherited?.color);
        const kind = family(ph.type);
        const style =
          styled && (kind === "title" || kind === "body")
            ? { ...styles[kind], ...defined(styleOf(ph.listStyle ?? "", fonts, colorOf)) }
            : undefined;
        const { listStyle: _listStyle, ...rest } = ph;
        return { ...rest, box: ph.box ?? inherited?.box, ...(color ? { color } : {}), ...(style ? { style } : {}) };
      });
      layouts.push({
        part,
        name: unescapeXml(/<p:cSld\b[^>]*\bname="([^"]*)"/.exec(xml)?.[1] ?? posix.basename(part, ".xml")),
        type: attribute(/<p:sldLayout\b[^>]*>/.exec(xml)?.[0] ?? "", "type"),
        master,
        styled,
        ...defined({ background: layoutBackground(xml, masterXml, themeXml) }),
        placeholders,
      });
    }
  }
  if (!layouts.some((l) => l.placeholders.some((p) => (p.type === "title" || p.type === "ctrTitle") && p.box)))
    throw fail(
      "the template has no slide layout that can hold a title (no title placeholder on any layout)",
      "add a title placeholder to a layout in PowerPoint's Slide Master view, or pick another template",
      "template-unusable",
    );
  const firstMaster = text(masters[0]!)!;
  const sizeOf = (style: string) => {
    const block = new RegExp(`<p:${style}>[\\s\\S]*?</p:${style}>`).exec(firstMaster)?.[0] ?? "";
    const sz = /<a:lvl1pPr\b[\s\S]*?<a:defRPr\b[^>]*\bsz="(\d+)"/.exec(block)?.[1];
    return sz ? Number(sz) / 100 : undefined;
  };
  const slides = [...presentation.matchAll(/<p:sldId\b[^>]*\br:id="([^"]+)"/g)]
    .map((m) => presentationRels.get(m[1]!)?.target)
    .filter((t): t is string => t !== undefined);
  const exampleLayouts = slides.flatMap((slide) =>
    [...relationshipsOf(parts, slide).values()].filter((r) => r.type.endsWith("/slideLayout")).map((r) => r.target),
  );
  placeLikeExamples(layouts, slides, parts);
  return {
    exampleLayouts,
    file,
    hash: sha256(data),
    parts,
    width,
    height,
    layouts,
    decorations,
    sizes: { title: sizeOf("titleStyle"), body: sizeOf("bodyStyle") },
    slides,
  };
}

/**
 * Where an example slide moves a placeholder of its layout, the slide shows where the template's
 * authors want it: LibreOffice writes one set of generic positions into every layout it exports
 * (a title mid-slide on every master) and keeps the real ones on each example slide. Only there:
 * a master with text styles (PowerPoint's) has its layouts' real positions, and its example slides
 * move placeholders for that slide alone (a title pushed aside for two photographs).
 */
function placeLikeExamples(layouts: TemplateLayout[], slides: string[], parts: Map<string, Uint8Array>): void {
  for (const slide of slides) {
    const xml = parts.get(slide);
    const rel = [...relationshipsOf(parts, slide).values()].find((r) => r.type.endsWith("/slideLayout"));
    const layout = layouts.find((l) => l.part === rel?.target);
    if (!xml || !layout || layout.styled) continue;
    for (const shown of placeholdersOf(decoder.decode(xml))) {
      if (!shown.box || shown.box.w <= 0 || shown.box.h <= 0) continue;
      const same = layout.placeholders.find((p) => family(p.type) === family(shown.type) && p.idx === shown.idx);
      if (!same) continue;
      same.box = shown.box;
      if (same.color && shown.color) same.color = shown.color;
    }
  }
}

/** The relationship ids a master lists for its layouts, in order. */
function presentationLayoutIds(masterXml: string): string[] {
  return [...masterXml.matchAll(/<p:sldLayoutId\b[^>]*\br:id="([^"]+)"/g)].map((m) => m[1]!);
}

const KNOWN_TYPES = new Set([
  "title",
  "ctrTitle",
  "subTitle",
  "body",
  "obj",
  "chart",
  "tbl",
  "dt",
  "ftr",
  "sldNum",
  "pic",
]);

/** Title-like and body-like types inherit from the master's title and body placeholders. */
function family(type: TemplatePlaceholderType): string {
  if (type === "title" || type === "ctrTitle") return "title";
  if (type === "body" || type === "obj" || type === "subTitle" || type === "chart" || type === "tbl") return "body";
  return type;
}

function placeholdersOf(xml: string): (TemplatePlaceholder & { listStyle?: string })[] {
  const out: (TemplatePlaceholder & { listStyle?: string })[] = [];
  for (const [sp] of xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)) {
    const ph = /<p:ph\b[^>]*>/.exec(sp)?.[0];
    if (!ph) continue;
    const raw = attribute(ph, "type") ?? "body";
    const type = (KNOWN_TYPES.has(raw) ? raw : "other") as TemplatePlaceholderType;
    // The first run's (or empty paragraph's) fill: what the sample text looks like.
    const run = /<a:(?:rPr|endParaRPr)\b[^>]*>([\s\S]*?)<\/a:(?:rPr|endParaRPr)>/.exec(sp)?.[1] ?? "";
    const color = /<a:solidFill>[\s\S]*?<\/a:solidFill>/.exec(run)?.[0];
    const written = attribute(ph, "type");
    out.push({
      type,
      idx: Number(attribute(ph, "idx") ?? 0),
      box: boxOf(sp),
      ...(written ? { written } : {}),
      ...(color ? { color } : {}),
      listStyle: /<a:lstStyle>[\s\S]*?<\/a:lstStyle>/.exec(sp)?.[0],
    });
  }
  return out;
}

/** The latin typefaces of the theme a master uses: what `+mj-lt` and `+mn-lt` stand for. */
function themeFonts(xml: string): { major?: string; minor?: string } {
  const latin = (kind: string) =>
    unescapeXml(new RegExp(`<a:${kind}Font>\\s*<a:latin\\b[^>]*\\btypeface="([^"]*)"`).exec(xml)?.[1] ?? "") ||
    undefined;
  return { major: latin("major"), minor: latin("minor") };
}

/** The first-level run defaults of a text style (a master's titleStyle, a placeholder's lstStyle). */
type ColorOf = (xml: string) => string | undefined;

function styleOf(block: string, fonts: { major?: string; minor?: string }, colorOf: ColorOf): TemplateTextStyle {
  const level = /<a:lvl1pPr\b[\s\S]*?<\/a:lvl1pPr>|<a:lvl1pPr\b[^>]*\/>/.exec(block)?.[0] ?? "";
  const run = /<a:defRPr\b[^>]*>/.exec(level)?.[0] ?? "";
  const fill = /<a:defRPr\b[^>]*>[\s\S]*?(<a:solidFill>[\s\S]*?<\/a:solidFill>)/.exec(level)?.[1];
  const color = fill ? colorOf(fill) : undefined;
  const typeface = /<a:defRPr\b[\s\S]*?<a:latin\b[^>]*\btypeface="([^"]*)"/.exec(level)?.[1];
  const font =
    typeface === "+mj-lt" ? fonts.major : typeface === "+mn-lt" ? fonts.minor : typeface && unescapeXml(typeface);
  const sz = attribute(run, "sz");
  const b = attribute(run, "b");
  const cap = attribute(run, "cap");
  return {
    ...(sz ? { size: Number(sz) / 100 } : {}),
    ...(font ? { font } : {}),
    ...(b ? { bold: b === "1" || b === "true" } : {}),
    ...(cap ? { caps: cap !== "none" } : {}),
    ...(color ? { color } : {}),
  };
}

/** An object without its undefined entries, to spread over defaults. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Shapes and pictures a master draws that are not placeholders: what our content must keep clear of. */
function decorationsOf(xml: string): TemplateBox[] {
  const tree = /<p:spTree>[\s\S]*<\/p:spTree>/.exec(xml)?.[0] ?? "";
  const out: TemplateBox[] = [];
  for (const [shape] of tree.matchAll(/<p:(sp|pic|grpSp|cxnSp)>[\s\S]*?<\/p:\1>/g)) {
    if (/<p:ph\b/.test(shape)) continue;
    const box = boxOf(shape);
    if (box && box.w > 0 && box.h > 0) out.push(box);
  }
  return out;
}

function boxOf(shapeXml: string): TemplateBox | undefined {
  const xfrm = /<a:xfrm\b[^>]*>([\s\S]*?)<\/a:xfrm>/.exec(shapeXml)?.[1];
  if (!xfrm) return undefined;
  const off = /<a:off\b[^>]*>/.exec(xfrm)?.[0] ?? "";
  const ext = /<a:ext\b[^>]*>/.exec(xfrm)?.[0] ?? "";
  const n = (tag: string, name: string) => Number(attribute(tag, name) ?? NaN) / EMU_PER_INCH;
  const box = { x: n(off, "x"), y: n(off, "y"), w: n(ext, "cx"), h: n(ext, "cy") };
  return Object.values(box).every(Number.isFinite) ? box : undefined;
}

/** One relationship of a part. */
export interface Relationship {
  type: string;
  /** Package path of an internal target, resolved against the part's folder. */
  target: string;
}

/** A part's relationships by id (internal targets only). */
export function relationshipsOf(
  parts: ReadonlyMap<string, string | Uint8Array>,
  part: string,
): Map<string, Relationship> {
  const rels = posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
  const xml = parts.get(rels);
  const out = new Map<string, Relationship>();
  const text = xml === undefined ? "" : typeof xml === "string" ? xml : decoder.decode(xml);
  for (const [tag] of text.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (!id || !target || attribute(tag, "TargetMode") === "External") continue;
    const path = target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(posix.dirname(part), target));
    out.set(id, { type: attribute(tag, "Type") ?? "", target: path });
  }
  return out;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}
