import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { labelColorOn, withoutFloatNoise } from "../../src/layout/layouts/chart.js";
import { fixWorkbook, withSliceLabelColors } from "../../src/pptx/chartParts.js";
import { textOf, type PptxParts } from "../../src/pptx/pptxParts.js";
import { appXml, contentTypes, notesMasterXml, withNotesPageSize } from "../../src/pptx/packageParts.js";
import { tagSlide, withBackgroundEffects } from "../../src/pptx/shapeXml.js";
import { contrastRatio } from "../../src/color/contrast.js";

// Each fix of pptxgenjs's output, on XML as pptxgenjs 4.0.1 writes it.

describe("slides", () => {
  const spTree = (...shapes: string[]) =>
    '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>' +
    `${shapes.join("")}</p:spTree>`;
  const text = (id: number, name: string, t: string) =>
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"></p:cNvPr><p:cNvSpPr/><p:nvPr></p:nvPr></p:nvSpPr><p:spPr/>` +
    `<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${t}</a:t></a:r></a:p></p:txBody></p:sp>`;
  const table = (id: number) =>
    `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${id}" name="Table 0"/><p:cNvGraphicFramePr/><p:nvPr/>` +
    "</p:nvGraphicFramePr>" +
    `<a:graphic><a:graphicData><a:tbl><a:tblPr/><a:tblGrid/></a:tbl></a:graphicData></a:graphic></p:graphicFrame>`;

  it("turn text into title and body placeholders, name shapes, flag decorations and give tables a header row", () => {
    const xml = tagSlide(
      spTree(text(2, "Text 0", "Plan"), text(3, "Shape 1", ""), text(4, "Text 2", "Body"), table(4)),
      [
        { name: "Title", placeholder: { type: "title", idx: 0 }, decorative: false },
        { name: "Title rule", decorative: true },
        { name: "Bullets", placeholder: { type: "body", idx: 1 }, decorative: false },
        { name: "Table", decorative: false, altText: "Table, Plan: 2 rows" },
      ],
      1,
    );
    expect(xml).toContain('<p:cNvPr id="2" name="Title">');
    expect(xml).toMatch(/name="Title">[\s\S]*?<p:nvPr><p:ph type="title"\/><\/p:nvPr>/);
    expect(xml).toMatch(/name="Bullets">[\s\S]*?<p:nvPr><p:ph type="body" idx="1"\/><\/p:nvPr>/);
    expect(xml).toMatch(/name="Title rule"><a:extLst>[\s\S]*?<adec:decorative [^>]*val="1"\/>/);
    expect(xml).toContain('<p:cNvPr id="5" name="Table" descr="Table, Plan: 2 rows">'); // ids made unique
    expect(xml).toContain('<a:tblPr firstRow="1" bandRow="1"/>');
  });

  it("close solid backgrounds with <a:effectLst/> (pptxgenjs #1442)", () => {
    const bg = '<p:bg><p:bgPr><a:solidFill><a:srgbClr val="0F5BD8"/></a:solidFill></p:bgPr></p:bg>';
    expect(withBackgroundEffects(bg)).toBe(
      '<p:bg><p:bgPr><a:solidFill><a:srgbClr val="0F5BD8"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>',
    );
  });
});

describe("package parts", () => {
  it("declare default content types only for extensions the package has, and the notes theme (#1449)", () => {
    const xml =
      '<Types><Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="jpg" ContentType="image/jpg"/>' +
      '<Default Extension="png" ContentType="image/png"/> <Default Extension="mp4" ContentType="video/mp4"/></Types>';
    const out = contentTypes(xml, ["ppt/presentation.xml", "ppt/media/logo.png", "ppt/theme/theme2.xml"]);
    expect([...out.matchAll(/Extension="(\w+)"/g)].map((m) => m[1])).toEqual(["xml", "png"]);
    expect(out).toContain('<Override PartName="/ppt/theme/theme2.xml"');
  });

  it("size notes pages as PowerPoint does, with a notes master fitted to them (#1443)", () => {
    expect(withNotesPageSize('<p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="12192000"/>')).toContain(
      '<p:notesSz cx="6858000" cy="9144000"/>',
    );
    const master = notesMasterXml(10, 7.5);
    const image = /name="Slide Image[\s\S]*?<a:ext cx="(\d+)" cy="(\d+)"/.exec(master)!;
    expect(Number(image[1]) / Number(image[2])).toBeCloseTo(4 / 3, 2);
    for (const [, x, y, cx, cy] of master.matchAll(/<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"/g)) {
      expect(Number(x) + Number(cx)).toBeLessThanOrEqual(6858000);
      expect(Number(y) + Number(cy)).toBeLessThanOrEqual(9144000);
    }
  });

  it("say in app.xml the deck's format, fonts and slide titles", () => {
    const xml = appXml({
      slideSize: "4:3",
      fonts: ["Georgia"],
      themeName: "Office Theme",
      titles: ["Costs & plans"],
      notes: 1,
      words: 2,
      paragraphs: 1,
      companyXml: "Acme",
    });
    expect(xml).toContain("<PresentationFormat>On-screen Show (4:3)</PresentationFormat>");
    expect(xml).toContain(
      "<vt:lpstr>Georgia</vt:lpstr><vt:lpstr>Office Theme</vt:lpstr><vt:lpstr>Costs &amp; plans</vt:lpstr>",
    );
    expect(xml).not.toContain("Slide 1");
  });
});

describe("charts", () => {
  it("label each slice in its own ink, at WCAG AA on that slice", () => {
    for (const fill of ["14A38B", "D4A017", "0F5BD8", "777777", "FFFFFF", "000000"])
      expect(contrastRatio(labelColorOn(fill), fill)).toBeGreaterThanOrEqual(4.5);
    const label = (i: number) =>
      `<c:dLbl> <c:idx val="${i}"/><c:txPr><a:p><a:pPr><a:defRPr sz="1300">` +
      '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:defRPr></a:pPr></a:p></c:txPr></c:dLbl>';
    const xml = withSliceLabelColors(
      `<c:pieChart><c:ser><c:dLbls>${label(0)}${label(1)}</c:dLbls></c:ser></c:pieChart>`,
      ["FFFFFF", "111111"],
    );
    expect([...xml.matchAll(/srgbClr val="(\w+)"/g)].map((m) => m[1])).toEqual(["FFFFFF", "111111"]);
  });

  it("hold the figure, not binary rounding noise", () => {
    expect(withoutFloatNoise(18600000 * (1 - 0.31))).toBe(12834000);
    expect(withoutFloatNoise(0.1 + 0.2)).toBe(0.3);
    expect(withoutFloatNoise(0.000002)).toBe(0.000002);
  });

  it("embed a workbook with a valid table range, a header in every column and cell styles (#1531)", () => {
    const files: PptxParts = new Map<string, string | Uint8Array>([
      [
        "xl/tables/table1.xml",
        strToU8(
          '<table ref="A1:B3\'" totalsRowShown="0"><tableColumns count="2"><tableColumn id="1" name="Column1"/>' +
            '<tableColumn id="2" name="Spend"/></tableColumns></table>',
        ),
      ],
      ["xl/sharedStrings.xml", strToU8('<sst><si><t xml:space="preserve"></t></si><si><t>Spend</t></si></sst>')],
      [
        "xl/worksheets/sheet1.xml",
        strToU8(
          '<worksheet><sheetData><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>5</v></c></row></sheetData>' +
            "</worksheet>",
        ),
      ],
      ["xl/styles.xml", strToU8("<styleSheet/>")],
    ]);
    fixWorkbook(files, '"$"#,##0');
    const text = (name: string) => textOf(files.get(name)!);
    expect(text("xl/tables/table1.xml")).toContain('ref="A1:B3"');
    expect(text("xl/tables/table1.xml")).toContain('<autoFilter ref="A1:B3"/>');
    expect(text("xl/tables/table1.xml")).toContain('<tableColumn id="1" name="Category"/>');
    expect(text("xl/sharedStrings.xml")).toContain("<si><t>Category</t></si>");
    expect(text("xl/worksheets/sheet1.xml")).toContain('<c r="B2" s="1">');
    expect(text("xl/worksheets/sheet1.xml")).toContain('<tableParts count="1"><tablePart r:id="rId1"/></tableParts>');
    expect(text("xl/styles.xml")).toMatch(/<cellXfs count="2">[\s\S]*<cellStyles count="1">/);
    expect(text("xl/styles.xml")).toContain('formatCode="&quot;$&quot;#,##0"');
  });
});
