import { editText, type PptxParts } from "./pptxParts.js";
import { escapeXml } from "./shapeXml.js";

/**
 * Chart parts and their embedded workbooks, as pptxgenjs writes them, made right: each slice's data
 * label in the ink that reads on that slice, and a workbook that spreadsheet programs open as a table
 * of the chart's numbers.
 */

/** Each slice's label (`<c:dLbl>` with index i) in `colors[i]`; pptxgenjs gives every label one color. */
export function withSliceLabelColors(xml: string, colors: readonly string[]): string {
  if (colors.length === 0) return xml;
  return xml.replace(/<c:(pie|doughnut)Chart>[\s\S]*?<\/c:\1Chart>/g, (chart) =>
    chart.replace(/<c:dLbl>([\s\S]*?)<\/c:dLbl>/g, (label, inner: string) => {
      const idx = Number(/<c:idx val="(\d+)"\/>/.exec(inner)?.[1]);
      const color = colors[idx];
      if (color === undefined) return label;
      return `<c:dLbl>${inner.replace(/(<a:defRPr\b[\s\S]*?<a:srgbClr val=")[0-9A-Fa-f]{6}"/, `$1${color}"`)}</c:dLbl>`;
    }),
  );
}

/** The header a workbook's first column gets in place of pptxgenjs's empty cell ("Column1" in the table). */
const CATEGORY_HEADER = "Category";

/**
 * The embedded workbook of one chart, fixed part by part:
 * - the table's range without the stray quote pptxgenjs writes (`ref="A1:B13'"`, #1531; Keynote and
 *   Quick Look drop the chart), with an auto filter over the same range as Excel writes;
 * - a header in A1 ("Category"), so the table's first column has a name that is in its header cell;
 * - the sheet's `<tableParts>`, without which the table the sheet relates to is not part of it;
 * - a style sheet with cell formats (the chart's number format on the values) and the Normal cell style.
 */
export function fixWorkbook(files: PptxParts, valueFormat: string | undefined): void {
  const edit = (name: string, change: (xml: string) => string) => {
    editText(files, name, change);
  };
  let header = CATEGORY_HEADER;
  edit("xl/sharedStrings.xml", (xml) => {
    const strings = [...xml.matchAll(/<si>[\s\S]*?<\/si>/g)].map((m) => m[0]);
    while (strings.some((s) => s.includes(`>${escapeXml(header)}<`))) header = `${header} `;
    // The first shared string is A1's; pptxgenjs leaves it empty.
    return xml.replace(/<si>\s*<t(?: xml:space="preserve")?>\s*<\/t>\s*<\/si>/, `<si><t>${escapeXml(header)}</t></si>`);
  });
  edit("xl/tables/table1.xml", (xml) => {
    const fixed = xml
      .replace(/\bref="([A-Z]+\d+:[A-Z]+\d+)'"/, 'ref="$1"')
      .replace(/(<tableColumn id="1" name=")Column1(")/, `$1${escapeXml(header)}$2`);
    const ref = /\bref="([^"]+)"/.exec(fixed)?.[1];
    return ref && !fixed.includes("<autoFilter")
      ? fixed.replace("<tableColumns", `<autoFilter ref="${ref}"/><tableColumns`)
      : fixed;
  });
  edit("xl/worksheets/sheet1.xml", (xml) => {
    // Values (numbers in columns B onward, below the header) in the chart's number format.
    const styled = valueFormat
      ? xml.replace(/<c r="([B-Z][A-Z]*)(\d+)">/g, (cell, _col, row: string) =>
          row === "1" ? cell : cell.replace(">", ' s="1">'),
        )
      : xml;
    // pptxgenjs relates the table to the sheet but leaves out <tableParts>, so readers see no table.
    return styled.includes("<tableParts")
      ? styled
      : styled.replace("</worksheet>", '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>');
  });
  edit("xl/styles.xml", () => styleSheet(valueFormat));
}

/** A minimal complete style sheet: one font, the two required fills, one border, Normal style, value format. */
function styleSheet(valueFormat: string | undefined): string {
  const numFmt = valueFormat
    ? `<numFmts count="1"><numFmt numFmtId="164" formatCode="${escapeXml(valueFormat)}"/></numFmts>`
    : "";
  const valueXf = valueFormat
    ? '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    : "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    numFmt +
    '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/>' +
    '<scheme val="minor"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
    '<fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${valueFormat ? 2 : 1}">` +
    `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${valueXf}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/>' +
    '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    "</styleSheet>"
  );
}
