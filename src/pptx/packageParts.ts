import { escapeXml } from "./shapeXml.js";

/**
 * Package parts pptxgenjs writes in a way PowerPoint repairs or other readers misread, rewritten:
 * the notes master (#1443) with its own theme (#1449), the notes page size, the default content
 * types, and docProps/app.xml.
 */

/** PowerPoint's notes page: portrait letter, 7.5 × 10 in. */
const NOTES_INSETS = 'vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"';
const PARAGRAPH_DEFAULTS = 'rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"';
const NOTES = { cx: 6858000, cy: 9144000 };

/** ECMA-376 orders notesSz after sldSz; pptxgenjs writes the slide size turned on its side. */
export function withNotesPageSize(presentation: string): string {
  return presentation.replace(/<p:notesSz\b[^>]*\/>/, `<p:notesSz cx="${NOTES.cx}" cy="${NOTES.cy}"/>`);
}

function placeholder(
  id: number,
  name: string,
  ph: string,
  box: [number, number, number, number],
  body: string,
  extra = "",
): string {
  const [x, y, cx, cy] = box;
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr><a:spLocks noGrp="1"${extra}/></p:cNvSpPr>` +
    `<p:nvPr>${ph}</p:nvPr></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
    `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>${body}</p:sp>`
  );
}

function textBody(align: "l" | "r", anchor: "t" | "b", paragraph: string): string {
  return (
    `<p:txBody><a:bodyPr ${NOTES_INSETS} anchor="${anchor}"/>` +
    `<a:lstStyle><a:lvl1pPr algn="${align}"><a:defRPr sz="1200"/></a:lvl1pPr></a:lstStyle>${paragraph}</p:txBody>`
  );
}

/**
 * A notes master as PowerPoint writes one: header, date, slide image (in the slide's proportions),
 * notes, footer and slide number, laid out on the 7.5 × 10 in notes page. pptxgenjs's six
 * placeholders are sized for a page of its own making, and PowerPoint strips them (#1443).
 */
export function notesMasterXml(slideWidth: number, slideHeight: number): string {
  const imageH = 3429000;
  const imageW = Math.min(NOTES.cx - 2 * 685800, Math.round((imageH * slideWidth) / slideHeight));
  const half = 2971800;
  const bandH = 458788;
  const levels = Array.from(
    { length: 9 },
    (_, i) =>
      `<a:lvl${i + 1}pPr marL="${i * 457200}" algn="l" defTabSz="914400" ${PARAGRAPH_DEFAULTS}>` +
      `<a:defRPr sz="1200" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>` +
      `<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl${i + 1}pPr>`,
  ).join("");
  const empty = '<a:p><a:endParaRPr lang="en-US"/></a:p>';
  const shapes = [
    placeholder(
      2,
      "Header Placeholder 1",
      '<p:ph type="hdr" sz="quarter"/>',
      [0, 0, half, bandH],
      textBody("l", "t", empty),
    ),
    placeholder(
      3,
      "Date Placeholder 2",
      '<p:ph type="dt" idx="1"/>',
      [NOTES.cx - half, 0, half, bandH],
      textBody("r", "t", empty),
    ),
    placeholder(
      4,
      "Slide Image Placeholder 3",
      '<p:ph type="sldImg" idx="2"/>',
      [Math.round((NOTES.cx - imageW) / 2), 685800, imageW, imageH],
      "",
      ' noRot="1" noChangeAspect="1"',
    ),
    placeholder(
      5,
      "Notes Placeholder 4",
      '<p:ph type="body" sz="quarter" idx="3"/>',
      [685800, 4400550, NOTES.cx - 2 * 685800, 3600450],
      `<p:txBody><a:bodyPr ${NOTES_INSETS}/><a:lstStyle/>` +
        '<a:p><a:pPr lvl="0"/><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master text styles</a:t></a:r></a:p>' +
        "</p:txBody>",
    ),
    placeholder(
      6,
      "Footer Placeholder 5",
      '<p:ph type="ftr" sz="quarter" idx="4"/>',
      [0, NOTES.cy - bandH, half, bandH],
      textBody("l", "b", empty),
    ),
    placeholder(
      7,
      "Slide Number Placeholder 6",
      '<p:ph type="sldNum" sz="quarter" idx="5"/>',
      [NOTES.cx - half, NOTES.cy - bandH, half, bandH],
      textBody(
        "r",
        "b",
        '<a:p><a:fld id="{B1F1E9C6-2A0B-4C53-9A57-3E4F1D7C2A61}" type="slidenum"><a:rPr lang="en-US"/>' +
          '<a:t>‹#›</a:t></a:fld><a:endParaRPr lang="en-US"/></a:p>',
      ),
    ),
  ].join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<p:notesMaster xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">' +
    '<p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>' +
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
    '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>' +
    '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' +
    shapes +
    "</p:spTree></p:cSld>" +
    '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" ' +
    'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>' +
    `<p:notesStyle>${levels}</p:notesStyle></p:notesMaster>`
  );
}

/** Notes slides number their slide-number placeholder as the notes master does (idx 5). */
export function withNotesSlideNumberIndex(notes: string): string {
  return notes.replace(/(<p:ph type="sldNum"[^>]*?) idx="\d+"/, '$1 idx="5"');
}

/** The notes master's relationship to a theme of its own, not the slide master's (#1449). */
export const NOTES_MASTER_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" ' +
  'Target="../theme/theme2.xml"/></Relationships>';

const THEME_TYPE = "application/vnd.openxmlformats-officedocument.theme+xml";

/**
 * Content types: a Default only for extensions the package has (#1449: pptxgenjs declares jpeg, gif,
 * mp4… always), an Override for every part whose type is not the default for its extension.
 */
export function contentTypes(xml: string, parts: readonly string[]): string {
  const extensions = new Set(parts.map((p) => /\.([^./]+)$/.exec(p)?.[1]?.toLowerCase()).filter(Boolean));
  let out = xml.replace(/<Default Extension="([^"]+)"[^>]*\/>/g, (entry, ext: string) =>
    extensions.has(ext.toLowerCase()) ? entry : "",
  );
  if (parts.includes("ppt/theme/theme2.xml") && !out.includes('PartName="/ppt/theme/theme2.xml"'))
    out = out.replace("</Types>", `<Override PartName="/ppt/theme/theme2.xml" ContentType="${THEME_TYPE}"/></Types>`);
  return out.replace(/>\s+</g, "><");
}

/** What docProps/app.xml says about the deck. */
export interface AppProperties {
  slideSize: "16:9" | "4:3";
  /** Every font the deck's text uses. */
  fonts: readonly string[];
  /** The theme's name, as ppt/theme/theme1.xml gives it. */
  themeName: string;
  /** One title per slide. */
  titles: readonly string[];
  notes: number;
  words: number;
  paragraphs: number;
  /** Already escaped (as pptxgenjs wrote it). */
  companyXml: string;
}

/**
 * Extended properties that tell the truth: the slide size the deck has, the fonts it uses, the titles
 * of its slides (pptxgenjs writes "On-screen Show (16:9)", its default fonts and "Slide 1…N").
 */
export function appXml(props: AppProperties): string {
  const lpstr = (text: string) => `<vt:lpstr>${escapeXml(text)}</vt:lpstr>`;
  const pairs: [string, number][] = [
    ["Fonts Used", props.fonts.length],
    ["Theme", 1],
    ["Slide Titles", props.titles.length],
  ];
  const parts = [...props.fonts, props.themeName, ...props.titles];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<TotalTime>0</TotalTime><Words>${props.words}</Words><Application>Microsoft Office PowerPoint</Application>` +
    `<PresentationFormat>On-screen Show (${props.slideSize})</PresentationFormat>` +
    `<Paragraphs>${props.paragraphs}</Paragraphs><Slides>${props.titles.length}</Slides><Notes>${props.notes}</Notes>` +
    "<HiddenSlides>0</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop>" +
    `<HeadingPairs><vt:vector size="${pairs.length * 2}" baseType="variant">` +
    pairs
      .map(([name, n]) => `<vt:variant>${lpstr(name)}</vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant>`)
      .join("") +
    "</vt:vector></HeadingPairs>" +
    `<TitlesOfParts><vt:vector size="${parts.length}" baseType="lpstr">` +
    `${parts.map(lpstr).join("")}</vt:vector></TitlesOfParts>` +
    `<Company>${props.companyXml}</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>` +
    "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>"
  );
}

/** Words and paragraphs of text on the slides, as PowerPoint counts them for app.xml. */
export function countText(slides: readonly string[]): { words: number; paragraphs: number } {
  let words = 0;
  let paragraphs = 0;
  for (const xml of slides) {
    for (const p of xml.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? []) {
      const text = [...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join("");
      if (text.trim() === "") continue;
      paragraphs++;
      words += text.trim().split(/\s+/).length;
    }
  }
  return { words, paragraphs };
}
