import { unzipSync } from "fflate";
import { zipArchive } from "./zipArchive.js";

/**
 * Make pptxgenjs output deterministic, schema-valid and small:
 * - document and zip-entry dates come from the deck date, not the clock;
 * - charts and their workbooks are numbered from 1 in every deck (pptxgenjs counts across a process);
 * - the faults that make PowerPoint offer a repair are removed: content-type overrides for parts that
 *   do not exist (one slide master per slide), `notesMasterIdLst` after `sldIdLst`, and orphan
 *   `<c:axId>` references in bar and line charts;
 * - entries are written in a fixed order and deflated (pptxgenjs under Node stores them).
 */
export function normalizePptx(bytes: Uint8Array, date: string, options: { notesFooter?: string } = {}): Uint8Array {
  const files = unzipSync(bytes);
  const out = new Map<string, Uint8Array>();
  const rename = chartRenames(Object.keys(files));
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith("/")) continue; // folders are implied by paths
    out.set(renamePath(name, rename), data);
  }
  const timestamp = `${date}T00:00:00Z`;
  editText(out, "docProps/core.xml", (xml) => setCoreDates(xml, timestamp));
  editText(out, "ppt/presentation.xml", moveNotesMasterList);
  const { notesFooter } = options;
  if (notesFooter) editText(out, "ppt/notesMasters/notesMaster1.xml", (xml) => setNotesFooter(xml, notesFooter));
  editText(out, "[Content_Types].xml", (xml) => dropMissingOverrides(renameRefs(xml, rename), out));
  for (const name of out.keys()) {
    if (name.endsWith(".rels")) editText(out, name, (xml) => renameRefs(xml, rename));
    else if (/^ppt\/charts\/chart\d+\.xml$/.test(name)) editText(out, name, fixChart);
    else if (/^ppt\/embeddings\/.+\.xlsx$/.test(name))
      out.set(name, normalizeWorkbook(out.get(name)!, date, timestamp));
  }
  return zipDeterministic(out, date);
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

function editText(files: Map<string, Uint8Array>, name: string, edit: (text: string) => string): void {
  const data = files.get(name);
  if (!data) return;
  files.set(name, new TextEncoder().encode(edit(new TextDecoder().decode(data))));
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

function dropMissingOverrides(xml: string, files: Map<string, Uint8Array>): string {
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

function normalizeWorkbook(bytes: Uint8Array, date: string, timestamp: string): Uint8Array {
  const files = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) if (!name.endsWith("/")) files.set(name, data);
  editText(files, "docProps/core.xml", (xml) => setCoreDates(xml, timestamp));
  return zipDeterministic(files, date);
}

/** Zip with [Content_Types].xml first (readers sniff it), the rest sorted, one fixed timestamp. */
function zipDeterministic(files: Map<string, Uint8Array>, date: string): Uint8Array {
  const names = [...files.keys()].sort((a, b) =>
    a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return zipArchive(
    names.map((name) => [name, files.get(name)!]),
    date,
  );
}
