import { describe, expect, it } from "vitest";
import { layoutBackground } from "../../src/template/templateBackground.js";

const theme =
  "<a:theme><a:themeElements><a:clrScheme name='t'>" +
  '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>' +
  '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
  '<a:dk2><a:srgbClr val="363D46"/></a:dk2><a:lt2><a:srgbClr val="EBEBEB"/></a:lt2>' +
  '<a:accent1><a:srgbClr val="5AD0B8"/></a:accent1>' +
  "</a:clrScheme></a:themeElements></a:theme>";
const master = (bg: string, map = 'bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2"') =>
  `<p:sldMaster><p:cSld>${bg}<p:spTree/></p:cSld><p:clrMap ${map}/></p:sldMaster>`;
const layout = (bg = "", override = "<a:masterClrMapping/>") =>
  `<p:sldLayout><p:cSld>${bg}<p:spTree/></p:cSld><p:clrMapOvr>${override}</p:clrMapOvr></p:sldLayout>`;

describe("a template layout's background colour", () => {
  it("is the master's fill-style reference through an inverted colour map (a dark PowerPoint design)", () => {
    const bg = '<p:bg><p:bgRef idx="1003"><a:schemeClr val="bg2"/></p:bgRef></p:bg>';
    expect(layoutBackground(layout(), master(bg, 'bg1="dk1" tx1="lt1" bg2="dk2" tx2="lt2"'), theme)).toBe("363D46");
    expect(layoutBackground(layout(), master(bg), theme)).toBe("EBEBEB");
  });

  it("is the layout's own solid fill before the master's, with its luminance modulation", () => {
    const own = '<p:bg><p:bgPr><a:solidFill><a:srgbClr val="102030"/></a:solidFill></p:bgPr></p:bg>';
    const darker =
      '<p:bg><p:bgPr><a:solidFill><a:schemeClr val="bg1"><a:lumMod val="50000"/></a:schemeClr></a:solidFill>' +
      "</p:bgPr></p:bg>";
    const masterBg = '<p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>';
    expect(layoutBackground(layout(own), master(masterBg), theme)).toBe("102030");
    expect(layoutBackground(layout(darker), master(masterBg), theme)).toBe("808080");
    expect(layoutBackground(layout(), master(masterBg), theme)).toBe("FFFFFF");
  });

  it("follows a layout's own colour map and averages a gradient's stops", () => {
    const bg = '<p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>';
    const inverted = '<a:overrideClrMapping bg1="dk1" tx1="lt1" bg2="dk2" tx2="lt2"/>';
    expect(layoutBackground(layout("", inverted), master(bg), theme)).toBe("000000");
    const gradient =
      '<p:bg><p:bgPr><a:gradFill><a:gsLst><a:gs pos="0"><a:srgbClr val="000000"/></a:gs>' +
      '<a:gs pos="100000"><a:srgbClr val="FFFFFF"/></a:gs></a:gsLst></a:gradFill></p:bgPr></p:bg>';
    expect(layoutBackground(layout(gradient), master(bg), theme)).toBe("808080");
  });

  it("cannot be told for a picture of the template's own, or where no background is written", () => {
    const picture = '<p:bg><p:bgPr><a:blipFill><a:blip r:embed="rId2"/><a:stretch/></a:blipFill></p:bgPr></p:bg>';
    expect(layoutBackground(layout(picture), master(""), theme)).toBeUndefined();
    expect(layoutBackground(layout(), master(""), theme)).toBeUndefined();
  });
});
