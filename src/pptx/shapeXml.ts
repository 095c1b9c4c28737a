import type { Theme } from "../schema/theme.js";
import type { Frame } from "../layout/frame.js";
import {
  emuBox,
  type LayoutPlaceholder,
  type PlaceholderType,
  type ShapeTag,
  type SlideLayoutPlan,
} from "./slideLayouts.js";

/**
 * Edits of pptxgenjs's slide, layout and master XML that make a deck read like a hand-made one:
 * shapes get their names, alt text and the decorative flag; text shapes become placeholders; layouts
 * and the master get the placeholders slides inherit from; tables get a header row.
 */

const DECORATIVE_EXT =
  '<a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">' +
  '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext>';

/**
 * The start of each top-level drawing element of a shape tree, in drawing (and reading) order: the
 * element and its non-visual properties (id, name, alt text, placeholder), which is all the edits
 * here touch. Matching only that keeps a table or chart's body from being copied edit by edit.
 */
const SHAPE_HEAD = /<p:(sp|pic|graphicFrame|cxnSp)>\s*<p:nv(Sp|Pic|GraphicFrame|CxnSp)Pr>[\s\S]*?<\/p:nv\2Pr>/g;
const NON_VISUAL = /<p:cNvPr\b[^>]*?(?:\/>|>[\s\S]*?<\/p:cNvPr>)/;

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A fixed GUID for a part and shape, so PowerPoint's shape ids (a16:creationId) are the same in every build. */
function creationId(part: number, shape: number): string {
  const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, "0");
  return `{F1A0B5E1-${hex(part, 4)}-4000-8000-${hex(shape, 12)}}`;
}

function nonVisual(id: number, name: string, part: number, options: { descr?: string; decorative?: boolean }): string {
  const descr = options.descr ? ` descr="${escapeXml(options.descr)}"` : "";
  const ext =
    '<a:ext uri="{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}">' +
    `<a16:creationId xmlns:a16="http://schemas.microsoft.com/office/drawing/2014/main" id="${creationId(part, id)}"/>` +
    "</a:ext>" +
    (options.decorative ? DECORATIVE_EXT : "");
  return `<p:cNvPr id="${id}" name="${escapeXml(name)}"${descr}><a:extLst>${ext}</a:extLst></p:cNvPr>`;
}

function placeholderElement(type: PlaceholderType, idx: number): string {
  return idx === 0 ? `<p:ph type="${type}"/>` : `<p:ph type="${type}" idx="${idx}"/>`;
}

/**
 * Number a part's shapes 2, 3, 4… in order (pptxgenjs derives table ids from slide numbers, which can
 * collide), and edit each shape's start (see SHAPE_HEAD).
 */
function renumber(xml: string, edit: (shape: string, index: number, id: number) => string): string {
  let index = 0;
  return xml.replace(SHAPE_HEAD, (shape) => {
    const i = index++;
    return edit(shape.replace(/(<p:cNvPr\b[^>]*?\bid=")\d+"/, `$1${i + 2}"`), i, i + 2);
  });
}

/**
 * A slide as planned: each shape named, with alt text or the decorative flag; text shapes that fill a
 * placeholder marked as that placeholder; tables with a header row and banded rows.
 */
export function tagSlide(xml: string, tags: readonly ShapeTag[], part: number): string {
  const tagged = renumber(xml, (shape, i, id) => {
    const tag = tags[i];
    if (!tag) return shape; // pptxgenjs's own, after ours: the slide number
    const existing = /\bdescr="([^"]*)"/.exec(NON_VISUAL.exec(shape)?.[0] ?? "")?.[1];
    let out = shape.replace(NON_VISUAL, () =>
      nonVisual(id, tag.name, part, {
        descr: tag.decorative ? undefined : (tag.altText ?? (existing ? decodeXml(existing) : undefined)),
        decorative: tag.decorative,
      }),
    );
    if (tag.placeholder && out.startsWith("<p:sp>")) {
      const ph = placeholderElement(tag.placeholder.type, tag.placeholder.idx);
      out = out
        .replace(/<p:cNvSpPr[^>]*?(?:\/>|>[\s\S]*?<\/p:cNvSpPr>)/, '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>')
        .replace(/<p:nvPr\s*(?:\/>|>[\s\S]*?<\/p:nvPr>)/, `<p:nvPr>${ph}</p:nvPr>`);
    }
    return out;
  });
  // The first row is the header: PowerPoint's checker, screen readers and table styles read it from firstRow.
  return tagged.replace(/<a:tblPr\s*\/>|<a:tblPr>\s*<\/a:tblPr>/g, '<a:tblPr firstRow="1" bandRow="1"/>');
}

function decodeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * The text of a slide number field on a layout or master: PowerPoint shows `‹#›` there; pptxgenjs
 * writes "null" on the master and an internal number (1003…) on layouts.
 */
const SLIDE_NUMBER_TEXT = /(<a:fld [^>]*type="slidenum"[^>]*>(?:<a:rPr[^>]*\/>)?)<a:t>[^<]*<\/a:t>/g;

/** Names of the furniture pptxgenjs draws on layouts that only decorates. */
const DECORATIVE_FURNITURE = new Set(["Footer rule"]);

/**
 * A slide layout with the placeholders its slides fill (title first, so it leads the reading order),
 * its shapes named and numbered, decorative furniture flagged, and `<a:effectLst/>` in a solid
 * background (pptxgenjs #1442: PowerPoint repairs a `<p:bgPr>` without one).
 */
export function tagLayout(xml: string, plan: SlideLayoutPlan, part: number): string {
  const placeholders = plan.placeholders.map(layoutPlaceholder).join("");
  const withPlaceholders = xml.replace(/(<p:grpSpPr>[\s\S]*?<\/p:grpSpPr>)/, (group) => group + placeholders);
  return withBackgroundEffects(
    renumber(withPlaceholders.replace(SLIDE_NUMBER_TEXT, "$1<a:t>‹#›</a:t>"), (shape, _i, id) => {
      const name = /<p:cNvPr\b[^>]*?\bname="([^"]*)"/.exec(shape)?.[1] ?? "";
      const descr = /<p:cNvPr\b[^>]*?\bdescr="([^"]*)"/.exec(shape)?.[1];
      return shape.replace(NON_VISUAL, () =>
        nonVisual(id, decodeXml(name), part, {
          descr: descr ? decodeXml(descr) : undefined,
          decorative: DECORATIVE_FURNITURE.has(name),
        }),
      );
    }),
  );
}

/** `<a:effectLst/>` closes every `<p:bgPr>` (ECMA-376 requires an effect list or reference there). */
export function withBackgroundEffects(xml: string): string {
  return xml.replace(/<p:bgPr>([\s\S]*?)<\/p:bgPr>/g, (bg, inner: string) =>
    /<a:effect(?:Lst|Dag)\b/.test(inner) ? bg : `<p:bgPr>${inner}<a:effectLst/></p:bgPr>`,
  );
}

const PROMPTS: Record<PlaceholderType, string> = {
  title: "Click to edit title",
  ctrTitle: "Click to edit title",
  subTitle: "Click to edit subtitle",
  body: "Click to edit text",
};

const ANCHOR = { top: "t", middle: "ctr", bottom: "b" } as const;

function typefaces(font: string): string {
  const face = escapeXml(font);
  return `<a:latin typeface="${face}"/><a:ea typeface="${face}"/><a:cs typeface="${face}"/>`;
}
const ALIGN = { left: "l", center: "ctr", right: "r" } as const;

/** A layout's placeholder where, and styled as, the first slide on the layout has its text. */
function layoutPlaceholder(ph: LayoutPlaceholder): string {
  const { shape } = ph;
  const box = emuBox(shape.box);
  const inset = Math.round((shape.inset ?? 0) * 12700);
  const runStyle =
    `<a:defRPr sz="${Math.round(shape.size * 100)}" b="${shape.bold ? 1 : 0}" i="${shape.italic ? 1 : 0}">` +
    `<a:solidFill><a:srgbClr val="${shape.color}"/></a:solidFill>${typefaces(shape.font)}</a:defRPr>`;
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="0" name="${escapeXml(ph.name)}"/>` +
    '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>' +
    `<p:nvPr>${placeholderElement(ph.type, ph.idx)}</p:nvPr></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="${box.x}" y="${box.y}"/><a:ext cx="${box.w}" cy="${box.h}"/></a:xfrm></p:spPr>` +
    `<p:txBody><a:bodyPr vert="horz" wrap="square" lIns="${inset}" tIns="${inset}" rIns="${inset}" bIns="${inset}" ` +
    `rtlCol="0" anchor="${ANCHOR[shape.valign ?? "top"]}"><a:noAutofit/></a:bodyPr>` +
    `<a:lstStyle><a:lvl1pPr marL="0" indent="0" algn="${ALIGN[shape.align ?? "left"]}"><a:buNone/>${runStyle}` +
    "</a:lvl1pPr></a:lstStyle>" +
    `<a:p><a:r><a:rPr lang="en-US"/><a:t>${PROMPTS[ph.type]}</a:t></a:r></a:p></p:txBody></p:sp>`
  );
}

/**
 * The slide master: title and body placeholders for the layouts to inherit from, text styles that
 * match the theme (title and body text flush left, no bullet or space before unless a paragraph asks),
 * and the slide number field showing PowerPoint's `‹#›` instead of pptxgenjs's "null".
 */
export function tagMaster(xml: string, theme: Theme, frame: Frame): string {
  const title = emuBox(frame.titleBox);
  const body = emuBox(frame.content);
  const sp = (id: number, name: string, ph: string, box: typeof title, anchor: string, prompt: string) =>
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>` +
    `<p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="${box.x}" y="${box.y}"/>` +
    `<a:ext cx="${box.w}" cy="${box.h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>` +
    `<p:txBody><a:bodyPr vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="${anchor}">` +
    `<a:noAutofit/></a:bodyPr><a:lstStyle/>` +
    `<a:p><a:r><a:rPr lang="en-US"/><a:t>${prompt}</a:t></a:r></a:p></p:txBody></p:sp>`;
  const placeholders =
    sp(2, "Title Placeholder 1", '<p:ph type="title"/>', title, "b", "Click to edit Master title style") +
    sp(3, "Text Placeholder 2", '<p:ph type="body" idx="1"/>', body, "t", "Click to edit Master text styles");
  const style = (font: string, size: number, color: string, bold: boolean) =>
    `<a:lvl1pPr marL="0" indent="0" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1">` +
    `<a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef><a:buNone/>` +
    `<a:defRPr sz="${Math.round(size * 100)}" b="${bold ? 1 : 0}" kern="1200">` +
    `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>` +
    typefaces(font) +
    `</a:defRPr></a:lvl1pPr>`;
  return xml
    .replace(/(<p:grpSpPr>[\s\S]*?<\/p:grpSpPr>)/, (group) => group + placeholders)
    .replace(/(<p:cNvPr id=")25(" name="Slide Number Placeholder)/, "$14$2")
    .replace(SLIDE_NUMBER_TEXT, "$1<a:t>‹#›</a:t>")
    .replace(
      /(<p:titleStyle>\s*)<a:lvl1pPr\b[\s\S]*?<\/a:lvl1pPr>/,
      (_m, open: string) => open + style(theme.fonts.heading, theme.sizes.title, theme.colors.heading, true),
    )
    .replace(
      /(<p:bodyStyle>\s*)<a:lvl1pPr\b[\s\S]*?<\/a:lvl1pPr>/,
      (_m, open: string) => open + style(theme.fonts.body, theme.sizes.body, theme.colors.text, false),
    );
}
