import { posix } from "node:path";
import { relationshipsOf, type Template, type TemplatePlaceholder } from "../template/parseTemplate.js";
import {
  subtitleInTemplateColor,
  type LayoutAssignment,
  type LayoutGeometry,
  type TemplateRole,
} from "../template/templateLayouts.js";
import { textOf, type PptxParts } from "./pptxParts.js";
import { escapeXml } from "./shapeXml.js";

/** What the merge needs to know about the deck beyond its package. */
export interface MergeFacts {
  template: Template;
  layouts: LayoutAssignment;
  /** The kind of each slide, in order: which template layout it goes on. */
  roles: TemplateRole[];
  /** Footer text for the template's footer placeholder ('' for none). */
  footer: string;
  /** The footer's type size in points, fitted to the template's footer placeholder. */
  footerSize: number;
  /** The typeface the footer was measured in (the theme's body font). */
  footerFont: string;
  slideNumbers: boolean;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = {
  slide: "application/vnd.openxmlformats-officedocument.presentationml.slide+xml",
  presentation: "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
};

/**
 * Write our slides into the company template's own package: its masters, layouts, theme(s) and
 * their pictures stay byte for byte; its example slides go; each of our slides (with its notes,
 * charts and pictures) is re-pointed at the template layout chosen for its kind, and its
 * placeholders are renamed to that layout's (type and index), so the template's styles, footer and
 * slide number apply. Pure: our normalized parts in, the merged package's parts out.
 */
export function mergeIntoTemplate(own: PptxParts, facts: MergeFacts): PptxParts {
  const out: PptxParts = new Map(facts.template.parts);
  const text = (files: PptxParts, name: string) => textOf(files.get(name) ?? "");
  const setText = (name: string, xml: string) => out.set(name, xml);

  // The template's example slides, their notes and relationships.
  const removed = new Set<string>();
  for (const slide of facts.template.slides) {
    for (const rel of relationshipsOf(out, slide).values())
      if (rel.type.endsWith("/notesSlide")) {
        removed.add(rel.target);
        removed.add(relsPath(rel.target));
      }
    removed.add(slide);
    removed.add(relsPath(slide));
  }
  for (const name of removed) out.delete(name);

  // Our parts, renamed where the template already has a part of that name.
  const renames = new Map<string, string>();
  // In name order, as the package lists them: renames and content types come out the same every build.
  const carried = [...own.keys()]
    .sort()
    .filter((n) =>
      /^ppt\/(slides|notesSlides|charts|embeddings|media)\/[^/]+$|^ppt\/(slides|notesSlides|charts)\/_rels\//.test(n),
    );
  for (const name of carried) {
    if (name.includes("/_rels/")) continue;
    let target = name;
    for (let n = 1; out.has(target) && !removed.has(target); n++)
      target = posix.join(posix.dirname(name), `briefing${n}-${posix.basename(name)}`);
    renames.set(name, target);
  }
  const presentationNotes = notesMasterOf(text(out, "ppt/presentation.xml"), out);
  let notesMaster = presentationNotes;
  const added: { part: string; type: string }[] = [];
  if (!notesMaster && own.has("ppt/notesMasters/notesMaster1.xml")) {
    notesMaster = freeName(out, "ppt/notesMasters/notesMaster1.xml");
    const theme = freeName(out, "ppt/theme/theme1.xml");
    out.set(notesMaster, own.get("ppt/notesMasters/notesMaster1.xml")!);
    out.set(theme, own.get("ppt/theme/theme2.xml")!);
    setText(
      relsPath(notesMaster),
      relationshipsXml([{ id: "rId1", type: `${REL}/theme`, target: relative(notesMaster, theme) }]),
    );
    added.push(
      { part: notesMaster, type: "application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml" },
      { part: theme, type: "application/vnd.openxmlformats-officedocument.theme+xml" },
    );
  }

  const slides = [...own.keys()]
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => number(a) - number(b));
  const slideTargets: string[] = [];
  slides.forEach((slide, i) => {
    const role = facts.roles[i] ?? "content";
    const geometry = facts.layouts[role];
    const target = renames.get(slide)!;
    slideTargets.push(target);
    setText(target, placeSlide(text(own, slide), geometry, role, facts));
    const rels = relationshipsOf(own, slide);
    const entries = [...rels.entries()].map(([id, rel]) => {
      if (rel.type.endsWith("/slideLayout"))
        return { id, type: rel.type, target: relative(target, geometry.layout.part) };
      return { id, type: rel.type, target: relative(target, renames.get(rel.target) ?? rel.target) };
    });
    setText(relsPath(target), relationshipsXml(entries, externalRelationships(text(own, relsPath(slide)))));
  });
  for (const name of carried) {
    if (name.includes("/_rels/") || /^ppt\/slides\//.test(name)) continue;
    const target = renames.get(name)!;
    out.set(target, own.get(name)!);
    const rels = own.get(relsPath(name));
    if (!rels) continue;
    const entries = [...relationshipsOf(own, name).entries()].map(([id, rel]) => ({
      id,
      type: rel.type,
      target: rel.type.endsWith("/notesMaster")
        ? relative(target, notesMaster ?? rel.target)
        : relative(target, renames.get(rel.target) ?? rel.target),
    }));
    setText(relsPath(target), relationshipsXml(entries, externalRelationships(textOf(rels))));
  }

  // presentation.xml: our slides in the template's list, the template's sizes and settings kept.
  const presRels = relationshipsOf(out, "ppt/presentation.xml");
  const keptRels = [...presRels.entries()]
    .filter(([, rel]) => !removed.has(rel.target) && !rel.type.endsWith("/slide"))
    .map(([id, rel]) => ({ id, type: rel.type, target: relative("ppt/presentation.xml", rel.target) }));
  const slideRels = slideTargets.map((t, i) => ({
    id: `rIdBriefingSlide${i + 1}`,
    type: `${REL}/slide`,
    target: relative("ppt/presentation.xml", t),
  }));
  const notesRel =
    notesMaster && !presentationNotes
      ? [{ id: "rIdBriefingNotes", type: `${REL}/notesMaster`, target: relative("ppt/presentation.xml", notesMaster) }]
      : [];
  setText("ppt/_rels/presentation.xml.rels", relationshipsXml([...keptRels, ...slideRels, ...notesRel]));
  let presentation = text(out, "ppt/presentation.xml").replace(/<p:sldIdLst>[\s\S]*?<\/p:sldIdLst>|<p:sldIdLst\/>/, "");
  const ids = slideRels.map((r, i) => `<p:sldId id="${256 + i}" r:id="${r.id}"/>`).join("");
  const list = `<p:sldIdLst>${ids}</p:sldIdLst>`;
  if (notesRel.length > 0)
    presentation = insertAfter(
      presentation,
      /<\/p:sldMasterIdLst>/,
      `<p:notesMasterIdLst><p:notesMasterId r:id="rIdBriefingNotes"/></p:notesMasterIdLst>`,
    );
  // ECMA-376 order: sldMasterIdLst, notesMasterIdLst, handoutMasterIdLst, then sldIdLst.
  const anchor = ["</p:handoutMasterIdLst>", "</p:notesMasterIdLst>", "</p:sldMasterIdLst>"].find((a) =>
    presentation.includes(a),
  );
  if (anchor) presentation = presentation.replace(anchor, () => anchor + list);
  setText("ppt/presentation.xml", presentation);

  // Document properties are the deck's.
  for (const name of ["docProps/core.xml", "docProps/app.xml"]) if (own.has(name)) out.set(name, own.get(name)!);

  setText(
    "[Content_Types].xml",
    contentTypes(text(out, "[Content_Types].xml"), text(own, "[Content_Types].xml"), out, renames, added),
  );
  return out;
}

/**
 * One slide on its template layout: our placeholders take the layout's type and index (the title
 * its title, the first body or subtitle its body or subtitle; further ones become plain text boxes),
 * title runs lose their colour, typeface and weight so the template's title style draws them, and
 * the layout's footer and slide number placeholders are filled (in place of ours, which go).
 */
function placeSlide(xml: string, geometry: LayoutGeometry, role: TemplateRole, facts: MergeFacts): string {
  const phs = geometry.layout.placeholders;
  const titlePh = phs.find((p) => p.type === "ctrTitle") ?? phs.find((p) => p.type === "title");
  const bodyPh = phs.find((p) => p.type === "subTitle") ?? phs.find((p) => p.idx === geometry.bodyIdx && isBody(p));
  let bodyUsed = false;
  let out = xml.replace(/<p:sp>[\s\S]*?<\/p:sp>/g, (sp) => {
    const ph = /<p:ph\b[^>]*\/>/.exec(sp)?.[0];
    if (!ph) return sp;
    const type = /\btype="([^"]+)"/.exec(ph)?.[1] ?? "body";
    // Our own slide number or footer where the layout has a placeholder for it: that one is filled below.
    if (role === "content" && ((type === "sldNum" && geometry.slideNumber) || (type === "ftr" && geometry.footer)))
      return "";
    if ((type === "title" || type === "ctrTitle") && titlePh)
      return colorRuns(plainTitleRuns(sp.replace(ph, phXml(titlePh, true)), geometry.layout.styled), titlePh.color);
    if (!bodyUsed && bodyPh && (type === "subTitle" || type === "body")) {
      bodyUsed = true;
      const placed = pinBodyStyle(sp.replace(ph, phXml(bodyPh, false)), geometry.layout.styled);
      // A subtitle takes the template's colour (title slides are often dark where content is light),
      // and where the template styles text, its alignment, to sit under the title as it does.
      if (role === "content") return placed;
      if (!geometry.layout.styled) return colorRuns(placed, bodyPh.color);
      return subtitleInTemplateColor(geometry) ? withoutFill(templateAligned(placed)) : templateAligned(placed);
    }
    return sp.replace(/<p:nvPr>\s*<p:ph\b[^>]*\/>/, "<p:nvPr>").replace(/<a:spLocks noGrp="1"\/>/, "");
  });
  const extra: string[] = [];
  let id = Math.max(1, ...[...out.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  if (role === "content" && geometry.footer && facts.footer)
    extra.push(
      fieldShape(
        id++,
        "Footer",
        geometry.footer,
        `<a:r>${footerRunProperties(facts, geometry.layout.styled)}` + `<a:t>${escapeXml(facts.footer)}</a:t></a:r>`,
      ),
    );
  if (role === "content" && geometry.slideNumber && facts.slideNumbers)
    extra.push(
      fieldShape(
        id++,
        "Slide Number",
        geometry.slideNumber,
        '<a:fld id="{5C1D3E2A-7B4F-4E1A-9C2D-1A2B3C4D5E6F}" type="slidenum">' +
          '<a:rPr lang="en-US"/><a:t>‹#›</a:t></a:fld>',
      ),
    );
  if (extra.length > 0) out = out.replace("</p:spTree>", `${extra.join("")}</p:spTree>`);
  return out;
}

const isBody = (p: TemplatePlaceholder) =>
  p.type === "body" || p.type === "obj" || p.type === "chart" || p.type === "tbl";

/** A `<p:ph>` naming the layout's placeholder as the layout writes it (type and index left out where it does). */
function phXml(ph: TemplatePlaceholder, title: boolean): string {
  const type = title ? ph.type : ph.written;
  return `<p:ph${type ? ` type="${type}"` : ""}${ph.idx ? ` idx="${ph.idx}"` : ""}/>`;
}

/**
 * Title runs without our colour; on a template with a title style, without our typeface, weight and
 * alignment too, so its style draws them. Without one (LibreOffice's exports) they keep the font they were
 * measured in: left plain, they would be drawn in a wider default font and spill from the placeholder.
 */
function plainTitleRuns(sp: string, styled: boolean): string {
  return (styled ? templateAligned(sp) : sp).replace(
    /<a:rPr\b([^>]*?)(\/>|>([\s\S]*?)<\/a:rPr>)/g,
    (_whole, attrs: string, _end: string, inner?: string) => {
      const keptAttrs = styled ? attrs.replace(/\s(b|i)="[01]"/g, "") : attrs;
      const noFill = (inner ?? "").replace(/<a:solidFill>[\s\S]*?<\/a:solidFill>/g, "");
      const keptInner = styled ? noFill.replace(/<a:(latin|ea|cs)\b[^>]*\/>/g, "") : noFill;
      return keptInner ? `<a:rPr${keptAttrs}>${keptInner}</a:rPr>` : `<a:rPr${keptAttrs}/>`;
    },
  );
}

/** Runs without our colour, so the template's style draws them. */
function withoutFill(sp: string): string {
  return sp.replace(/<a:rPr\b([^>]*?)(\/>|>([\s\S]*?)<\/a:rPr>)/g, (whole, attrs: string, _end, inner?: string) => {
    if (inner === undefined) return whole;
    const rest = inner.replace(/<a:solidFill>[\s\S]*?<\/a:solidFill>/g, "");
    return rest ? `<a:rPr${attrs}>${rest}</a:rPr>` : `<a:rPr${attrs}/>`;
  });
}

/** Paragraphs without our alignment, so the template's applies (a title set right, by a right-hand band). */
function templateAligned(sp: string): string {
  return sp.replace(/(<a:pPr\b[^>]*?)\s+algn="\w+"/g, "$1");
}

/**
 * Body text keeps the spacing and letter case it was measured with: a master's body style may add
 * space around every paragraph, set lines wider apart or draw text in (small) capitals, and our
 * text, fitted to the placeholder without them, would then run out of it. Its typeface and colour
 * are ours already; the template still gives bullets' colour and everything else.
 */
function pinBodyStyle(sp: string, styled: boolean): string {
  if (!styled) return sp;
  const level = (n: number) =>
    `<a:lvl${n}pPr><a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef>` +
    `<a:spcAft><a:spcPts val="0"/></a:spcAft><a:defRPr cap="none"/></a:lvl${n}pPr>`;
  const list = `<a:lstStyle>${[1, 2, 3].map(level).join("")}</a:lstStyle>`;
  return sp.replace(/<a:lstStyle\/>|<a:lstStyle>[\s\S]*?<\/a:lstStyle>/, list);
}

/** Every run drawn in the template's own sample-text colour, where it gives one (see TemplatePlaceholder). */
function colorRuns(sp: string, color: string | undefined): string {
  if (!color) return sp;
  return sp.replace(/<a:rPr\b([^>]*?)(\/>|>([\s\S]*?)<\/a:rPr>)/g, (_whole, attrs: string, _end, inner?: string) => {
    const rest = (inner ?? "").replace(/<a:solidFill>[\s\S]*?<\/a:solidFill>/g, "");
    // ECMA-376 order: an outline (a:ln) comes before the fill.
    const ln = /^<a:ln\b[^>]*\/>|^<a:ln\b[\s\S]*?<\/a:ln>/.exec(rest)?.[0] ?? "";
    return `<a:rPr${attrs}>${ln}${color}${rest.slice(ln.length)}</a:rPr>`;
  });
}

/**
 * The footer run: its fitted size; where the master has no text styles, also the (regular) font it
 * was measured in, or LibreOffice draws it in the sample text's bold face and it no longer fits.
 */
function footerRunProperties(facts: MergeFacts, styled: boolean): string {
  const size = `sz="${Math.round(facts.footerSize * 100)}"`;
  if (styled) return `<a:rPr lang="en-US" ${size}/>`;
  const face = escapeXml(facts.footerFont);
  return `<a:rPr lang="en-US" ${size} b="0"><a:latin typeface="${face}"/><a:cs typeface="${face}"/></a:rPr>`;
}

function fieldShape(id: number, name: string, ph: TemplatePlaceholder, run: string): string {
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>` +
    `<p:nvPr><p:ph type="${ph.type}"${ph.idx ? ` idx="${ph.idx}"` : ""}/></p:nvPr></p:nvSpPr><p:spPr/>` +
    `<p:txBody><a:bodyPr/><a:lstStyle/><a:p>${run}</a:p></p:txBody></p:sp>`
  );
}

function notesMasterOf(presentation: string, parts: PptxParts): string | undefined {
  const id = /<p:notesMasterId\b[^>]*\br:id="([^"]+)"/.exec(presentation)?.[1];
  const target = id ? relationshipsOf(parts, "ppt/presentation.xml").get(id)?.target : undefined;
  return target && parts.has(target) ? target : undefined;
}

function contentTypes(
  template: string,
  ours: string,
  parts: PptxParts,
  renames: Map<string, string>,
  added: { part: string; type: string }[],
): string {
  // Overrides for parts still there; the main part is a presentation, not a template (.potx).
  let xml = template
    .replace(/<Override\b[^>]*PartName="\/([^"]+)"[^>]*\/>/g, (o, part: string) => (parts.has(part) ? o : ""))
    .replace(/presentationml\.template\.main\+xml/g, "presentationml.presentation.main+xml");
  const defaults = new Set([...xml.matchAll(/<Default\b[^>]*Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()));
  const extra: string[] = [];
  for (const [, ext, type] of ours.matchAll(/<Default\b[^>]*Extension="([^"]+)"[^>]*ContentType="([^"]+)"/g))
    if (!defaults.has(ext!.toLowerCase())) extra.push(`<Default Extension="${ext!}" ContentType="${type!}"/>`);
  for (const [, part, type] of ours.matchAll(/<Override\b[^>]*PartName="\/([^"]+)"[^>]*ContentType="([^"]+)"/g)) {
    const target = renames.get(part!);
    if (target) extra.push(`<Override PartName="/${target}" ContentType="${type!}"/>`);
  }
  for (const { part, type } of added) extra.push(`<Override PartName="/${part}" ContentType="${type}"/>`);
  for (const target of renames.values())
    if (/^ppt\/slides\/[^/]+\.xml$/.test(target) && !extra.some((e) => e.includes(`"/${target}"`)))
      extra.push(`<Override PartName="/${target}" ContentType="${CT.slide}"/>`);
  if (!/PartName="\/ppt\/presentation\.xml"/.test(xml))
    extra.push(`<Override PartName="/ppt/presentation.xml" ContentType="${CT.presentation}"/>`);
  // One entry per part: ours replace the template's for the same name (its slide1.xml, say).
  const ourParts = new Set(extra.map((e) => /PartName="([^"]+)"/.exec(e)?.[1]).filter(Boolean));
  xml = xml.replace(/<Override\b[^>]*PartName="([^"]+)"[^>]*\/>/g, (o, part: string) => (ourParts.has(part) ? "" : o));
  const seen = new Set<string>();
  extra.splice(0, extra.length, ...extra.filter((e) => !seen.has(e) && seen.add(e)));
  // Defaults first, as ECMA-376's schema orders them.
  const firstOverride = xml.search(/<Override\b/);
  const defaultsXml = extra.filter((e) => e.startsWith("<Default")).join("");
  const overridesXml = extra.filter((e) => e.startsWith("<Override")).join("");
  xml =
    firstOverride < 0
      ? xml.replace("</Types>", defaultsXml + "</Types>")
      : xml.slice(0, firstOverride) + defaultsXml + xml.slice(firstOverride);
  return xml.replace("</Types>", overridesXml + "</Types>");
}

/** Relationships as written, plus external ones (hyperlinks on the sources slide) kept verbatim. */
function relationshipsXml(entries: { id: string; type: string; target: string }[], external: string[] = []): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    entries.map((e) => `<Relationship Id="${e.id}" Type="${e.type}" Target="${escapeXml(e.target)}"/>`).join("") +
    external.join("") +
    "</Relationships>"
  );
}

/** A part's external relationships (links to web pages): not parts, so carried over unchanged. */
function externalRelationships(relsXml: string): string[] {
  return [...relsXml.matchAll(/<Relationship\b[^>]*\bTargetMode="External"[^>]*\/>/g)].map((m) => m[0]);
}

function relsPath(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

function relative(from: string, to: string): string {
  return posix.relative(posix.dirname(from), to);
}

function freeName(parts: PptxParts, wanted: string): string {
  let name = wanted;
  for (let n = 2; parts.has(name); n++) name = wanted.replace(/\d*\.xml$/, `${n}.xml`);
  return name;
}

function number(part: string): number {
  return Number(/(\d+)\.xml$/.exec(part)?.[1] ?? 0);
}

function insertAfter(xml: string, anchor: RegExp, insert: string): string {
  const match = anchor.exec(xml);
  return match ? xml.slice(0, match.index + match[0].length) + insert + xml.slice(match.index + match[0].length) : xml;
}
