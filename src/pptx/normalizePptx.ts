import { unzipSync } from "fflate";
import type { Frame } from "../layout/frame.js";
import type { Theme } from "../schema/theme.js";
import { fixWorkbook, withSliceLabelColors } from "./chartParts.js";
import {
  appXml,
  contentTypes,
  countText,
  notesMasterXml,
  NOTES_MASTER_RELS,
  withNotesPageSize,
  withNotesSlideNumberIndex,
} from "./packageParts.js";
import { tagLayout, tagMaster, tagSlide, withBackgroundEffects } from "./shapeXml.js";
import type { PackagePlan } from "./slideLayouts.js";
import { bytesOf, editText, textOf, zipPackage, type PptxParts } from "./pptxParts.js";

/** What the package step needs to know about the deck beyond pptxgenjs's output. */
export interface PackageFacts {
  /** Document date (YYYY-MM-DD): every timestamp in the package. */
  date: string;
  slideSize: "16:9" | "4:3";
  /** One per slide. */
  titles: string[];
  /** Fonts the deck's text uses. */
  fonts: string[];
  /** Slide layouts, placeholders and every shape's name, alt text and decorative flag. */
  plan: PackagePlan;
  /** Per chart, in slide order: the color of each data label. */
  chartLabelColors: string[][];
  /** Per chart, in slide order: the Excel number format of its values (for its workbook's cells). */
  chartFormats: string[];
  theme: Theme;
  frame: Frame;
  /** The whole footer when the slides show it cut: the notes master's footer carries it. */
  notesFooter?: string;
}

/**
 * Make pptxgenjs output deterministic, schema-valid and small:
 * - document and zip-entry dates come from the deck date, not the clock;
 * - charts and their workbooks are numbered from 1 in every deck (pptxgenjs counts across a process);
 * - the faults that make PowerPoint offer a repair are removed: content-type overrides for parts that
 *   do not exist (one slide master per slide), `notesMasterIdLst` after `sldIdLst`, and orphan
 *   `<c:axId>` references in bar and line charts; backgrounds get `<a:effectLst/>` (#1442), the notes
 *   master is rewritten (#1443) with a theme of its own, and unused content types go (#1449);
 * - slides are placed on layouts with placeholders, their shapes named, described or marked
 *   decorative, and their tables given a header row (shapeXml.ts); docProps/app.xml tells the truth;
 * - chart labels get a color per slice and embedded workbooks a valid table (chartParts.ts);
 * - entries are named in a fixed way, ready for {@link zipPackage} to write in a fixed order.
 *
 * Takes pptxgenjs's parts as it wrote them (see PptxZip) and gives the package's parts: XML stays
 * text until the package is zipped, once, after any merge into a company template.
 */
export function normalizePptx(parts: PptxParts, facts: PackageFacts): PptxParts {
  const { date } = facts;
  const rename = chartRenames([...parts.keys()]);
  const out: PptxParts = new Map();
  for (const [name, data] of parts) out.set(renamePath(name, rename), data);
  const timestamp = `${date}T00:00:00Z`;
  editText(out, "docProps/core.xml", (xml) => setCoreDates(xml, timestamp));
  editText(out, "ppt/presentation.xml", (xml) => withNotesPageSize(moveNotesMasterList(xml)));
  placeOnLayouts(out, facts);
  writeNotesMaster(out, facts);
  const { notesFooter } = facts;
  if (notesFooter) editText(out, "ppt/notesMasters/notesMaster1.xml", (xml) => setNotesFooter(xml, notesFooter));
  for (const name of [...out.keys()]) {
    const chart = /^ppt\/charts\/chart(\d+)\.xml$/.exec(name);
    const workbook = /^ppt\/embeddings\/Microsoft_Excel_Worksheet(\d+)\.xlsx$/.exec(name);
    if (name.endsWith(".rels") && !name.startsWith("ppt/notesMasters/"))
      editText(out, name, (xml) => renameRefs(xml, rename));
    else if (chart)
      editText(out, name, (xml) =>
        withSliceLabelColors(fixChart(xml), facts.chartLabelColors[Number(chart[1]) - 1] ?? []),
      );
    else if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) editText(out, name, withNotesSlideNumberIndex);
    else if (workbook) {
      const format = facts.chartFormats[Number(workbook[1]) - 1];
      out.set(name, normalizeWorkbook(bytesOf(out.get(name)!), date, timestamp, format));
    }
  }
  dropDuplicateMedia(out);
  writeAppProperties(out, facts);
  editText(out, "[Content_Types].xml", (xml) =>
    contentTypes(dropMissingOverrides(renameRefs(xml, rename), out), [...out.keys()]),
  );
  return out;
}

/** Slides named and tagged, layouts given their placeholders, the master its placeholders and styles. */
function placeOnLayouts(files: PptxParts, facts: PackageFacts): void {
  const { plan } = facts;
  plan.slides.forEach((slide, i) => {
    editText(files, `ppt/slides/slide${i + 1}.xml`, (xml) => tagSlide(xml, slide.shapes, i + 1));
  });
  for (const name of files.keys()) {
    if (!/^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name)) continue;
    editText(files, name, (xml) => {
      const layoutName = /<p:cSld name="([^"]*)"/.exec(xml)?.[1];
      const layout = plan.layouts.find((l) => l.name === layoutName);
      const part = 1000 + Number(/(\d+)\.xml$/.exec(name)?.[1]);
      return layout ? tagLayout(xml, layout, part) : withBackgroundEffects(xml);
    });
  }
  editText(files, "ppt/slideMasters/slideMaster1.xml", (xml) =>
    withBackgroundEffects(tagMaster(xml, facts.theme, facts.frame)),
  );
}

/**
 * One media part per picture: pptxgenjs writes the logo once per slide layout. Duplicates are
 * dropped and every relationship points at the first part with the same bytes.
 */
function dropDuplicateMedia(files: PptxParts): void {
  const media = [...files.keys()].filter((n) => n.startsWith("ppt/media/")).sort();
  const kept = new Map<string, string>();
  const replaced = new Map<string, string>();
  for (const name of media) {
    const key = Buffer.from(bytesOf(files.get(name)!)).toString("base64");
    const first = kept.get(key);
    if (first === undefined) kept.set(key, name);
    else {
      replaced.set(name.slice("ppt/".length), first.slice("ppt/".length));
      files.delete(name);
    }
  }
  if (replaced.size === 0) return;
  for (const name of [...files.keys()].filter((n) => n.endsWith(".rels")))
    editText(files, name, (xml) =>
      xml.replace(/Target="\.\.\/(media\/[^"]+)"/g, (target, path: string) => {
        const to = replaced.get(path);
        return to ? `Target="../${to}"` : target;
      }),
    );
}

/** The notes master PowerPoint keeps (#1443), on a theme part of its own (#1449). */
function writeNotesMaster(files: PptxParts, facts: PackageFacts): void {
  if (!files.has("ppt/notesMasters/notesMaster1.xml")) return;
  files.set("ppt/notesMasters/notesMaster1.xml", notesMasterXml(facts.frame.width, facts.frame.height));
  files.set("ppt/notesMasters/_rels/notesMaster1.xml.rels", NOTES_MASTER_RELS);
  const theme = files.get("ppt/theme/theme1.xml");
  if (theme) files.set("ppt/theme/theme2.xml", theme);
}

function writeAppProperties(files: PptxParts, facts: PackageFacts): void {
  const text = (name: string) => textOf(files.get(name) ?? "");
  const slides = facts.titles.map((_, i) => text(`ppt/slides/slide${i + 1}.xml`));
  const themeName = /<a:theme\b[^>]*\bname="([^"]*)"/.exec(text("ppt/theme/theme1.xml"))?.[1] ?? "Office Theme";
  const companyXml = /<Company>([\s\S]*?)<\/Company>/.exec(text("docProps/app.xml"))?.[1] ?? "";
  const notes = [...files.keys()].filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)).length;
  files.set(
    "docProps/app.xml",
    appXml({
      slideSize: facts.slideSize,
      fonts: facts.fonts,
      themeName: themeName.replace(/&amp;/g, "&"),
      titles: facts.titles,
      notes,
      companyXml,
      ...countText(slides),
    }),
  );
}

type Renames = Map<string, string>;

/** chart7.xml → chart1.xml, Microsoft_Excel_Worksheet7.xlsx → …1.xlsx, in order of their numbers. */
function chartRenames(names: string[]): Renames {
  const renames: Renames = new Map();
  const numbers = names
    .map((n) => /^ppt\/charts\/chart(\d+)\.xml$/.exec(n)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  numbers.forEach((n, i) => {
    renames.set(`chart${n}.xml`, `chart${i + 1}.xml`);
    renames.set(`Microsoft_Excel_Worksheet${n}.xlsx`, `Microsoft_Excel_Worksheet${i + 1}.xlsx`);
  });
  return renames;
}

const NUMBERED = /(chart\d+\.xml|Microsoft_Excel_Worksheet\d+\.xlsx)/g;

function renamePath(path: string, renames: Renames): string {
  return path.replace(NUMBERED, (m) => renames.get(m) ?? m);
}

function renameRefs(xml: string, renames: Renames): string {
  return xml.replace(NUMBERED, (m) => renames.get(m) ?? m);
}

/** Put `text` in the notes master's footer placeholder: where the whole of a footer cut on the slides is kept. */
function setNotesFooter(xml: string, text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return xml.replace(
    /(<p:ph type="ftr"[^>]*\/>[\s\S]*?<a:p>)<a:endParaRPr lang="en-US"\/>(<\/a:p>)/,
    `$1<a:r><a:rPr lang="en-US"/><a:t>${escaped}</a:t></a:r>$2`,
  );
}

function setCoreDates(xml: string, timestamp: string): string {
  return xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${timestamp}$2`);
}

/** ECMA-376 orders sldMasterIdLst, notesMasterIdLst, handoutMasterIdLst, sldIdLst. */
function moveNotesMasterList(xml: string): string {
  const notes = /<p:notesMasterIdLst>.*?<\/p:notesMasterIdLst>/s.exec(xml)?.[0];
  if (!notes) return xml;
  const without = xml.replace(notes, "");
  const at = without.indexOf("<p:sldIdLst>");
  return at < 0 ? xml : without.slice(0, at) + notes + without.slice(at);
}

function dropMissingOverrides(xml: string, files: PptxParts): string {
  return xml.replace(/<Override [^>]*PartName="\/([^"]+)"[^>]*\/>/g, (override, part: string) =>
    files.has(part) ? override : "",
  );
}

/** Keep only axis references that some axis of the chart defines. */
function dropOrphanAxisIds(xml: string): string {
  const defined = new Set([...xml.matchAll(/<c:(?:cat|val|date|ser)Ax>\s*<c:axId val="(\d+)"\/>/g)].map((m) => m[1]));
  return xml.replace(/<c:(bar|line|area|bar3D|line3D)Chart>.*?<\/c:\1Chart>/gs, (block) =>
    block.replace(/<c:axId val="(\d+)"\/>/g, (ref, id: string) => (defined.has(id) ? ref : "")),
  );
}

/** The chart faults pptxgenjs writes that a strict reader rejects. */
function fixChart(xml: string): string {
  return orderDataPoints(dropBlankPoints(fixLineCharts(dropOrphanAxisIds(xml))));
}

/**
 * A bar series colored bar by bar carries `<c:dPt>` elements, which ECMA-376 (CT_BarSer) places
 * before the series' `<c:dLbls>`; pptxgenjs writes them after it.
 */
function orderDataPoints(xml: string): string {
  return xml.replace(/<c:ser>.*?<\/c:ser>/gs, (series) => {
    const points = series.match(/<c:dPt>.*?<\/c:dPt>/gs);
    if (!points) return series;
    const without = series.replace(/\s*<c:dPt>.*?<\/c:dPt>/gs, "");
    const at = without.search(/<c:dLbls>|<c:trendline>|<c:errBars>|<c:cat>|<c:val>/);
    return at < 0 ? series : without.slice(0, at) + points.join("") + without.slice(at);
  });
}

/**
 * A value left out (null: a forecast that starts later) is written as `<c:pt><c:v></c:v></c:pt>`,
 * which readers take as 0. A missing point is a gap, drawn as one.
 */
function dropBlankPoints(xml: string): string {
  return xml
    .replace(/<c:pt idx="\d+">\s*<c:v>\s*<\/c:v>\s*<\/c:pt>/g, "")
    .replace(/<c:dispBlanksAs val="[a-z]+"\/>/, '<c:dispBlanksAs val="gap"/>');
}

/**
 * Line charts, as ECMA-376 orders them (CT_LineChart, CT_LineSer): `<c:grouping>` comes first and
 * pptxgenjs leaves it out; a line series has no `<c:invertIfNegative>` (a bar-only element); and a
 * series' `<c:marker>` precedes its `<c:dLbls>`.
 */
function fixLineCharts(xml: string): string {
  return xml.replace(/<c:lineChart>.*?<\/c:lineChart>/gs, (chart) =>
    chart
      .replace(/^<c:lineChart>(?!\s*<c:grouping)/, '<c:lineChart><c:grouping val="standard"/>')
      .replace(/<c:ser>.*?<\/c:ser>/gs, (ser) => {
        const out = ser.replace(/\s*<c:invertIfNegative val="\d"\/>/, "");
        const labels = /<c:dLbls>.*?<\/c:dLbls>/s.exec(out)?.[0];
        const marker = /<c:marker>.*?<\/c:marker>/s.exec(out)?.[0];
        if (!labels || !marker || out.indexOf(marker) < out.indexOf(labels)) return out;
        // Function replacements: format codes such as "$"#,##0 must not be read as `$&` patterns.
        return out.replace(marker, () => "").replace(labels, () => marker + labels);
      }),
  );
}

function normalizeWorkbook(bytes: Uint8Array, date: string, timestamp: string, valueFormat?: string): Uint8Array {
  const files: PptxParts = new Map();
  for (const [name, data] of Object.entries(unzipSync(bytes))) if (!name.endsWith("/")) files.set(name, data);
  editText(files, "docProps/core.xml", (xml) => setCoreDates(xml, timestamp));
  fixWorkbook(files, valueFormat);
  return zipPackage(files, date);
}
