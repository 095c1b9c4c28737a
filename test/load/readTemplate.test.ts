import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { BriefingError } from "../../src/errors.js";
import { parseTemplate } from "../../src/load/readTemplate.js";
import { assignLayouts } from "../../src/validate/templateLayouts.js";

const fixture = join(import.meta.dirname, "..", "fixtures", "templates", "DNA.pptx");

/** The fixture template with some of its parts' text edited. */
async function edited(edit: (name: string, xml: string) => string | undefined): Promise<Uint8Array> {
  const parts = unzipSync(await readFile(fixture));
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(parts)) {
    if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
      out[name] = data;
      continue;
    }
    const xml = edit(name, strFromU8(data));
    if (xml !== undefined) out[name] = strToU8(xml);
  }
  return zipSync(out);
}

function failure(bytes: Uint8Array): BriefingError {
  try {
    parseTemplate("/ws/themes/brand.potx", bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(BriefingError);
    return error as BriefingError;
  }
  throw new Error("expected the template to be refused");
}

describe("reading a template", () => {
  it("finds LibreOffice's layouts and placeholders, positions inherited from the master", async () => {
    const template = parseTemplate(fixture, await readFile(fixture));
    expect(template.width).toBeCloseTo(10080625 / 914400);
    expect(template.layouts).toHaveLength(12);
    const titleSlide = template.layouts.find((l) => l.name === "Title Slide")!;
    expect(titleSlide.type).toBe("tx"); // LibreOffice's type for its title slide
    expect(titleSlide.placeholders.map((p) => p.type)).toEqual(["title", "subTitle", "ftr", "sldNum", "dt"]);
    // The footer has no position on the layout: it takes the master's.
    expect(titleSlide.placeholders.find((p) => p.type === "ftr")?.box).toBeDefined();
    expect(template.slides).toEqual(["ppt/slides/slide1.xml"]);
  });

  it("matches our kinds of slide by placeholders, not by the layout's type", async () => {
    const template = parseTemplate(fixture, await readFile(fixture));
    const { assignment, unknown } = assignLayouts(template);
    expect(unknown).toEqual([]);
    expect(assignment?.title.layout.name).toBe("Title Slide");
    expect(assignment?.content.layout.name).toBe("Title, Content");
    expect(assignment?.content.body).toBeDefined();
    // A name in the theme file wins; an unknown one is reported.
    const named = assignLayouts(template, { section: "Title Only", content: "No such layout" });
    expect(named.unknown).toEqual([{ role: "content", name: "No such layout" }]);
    expect(assignLayouts(template, { section: "Title Only" }).assignment?.section.layout.name).toBe("Title Only");
  });

  it("takes placeholder positions and title colour from the example slides LibreOffice writes them on", async () => {
    // Midnightblue's layouts all carry one generic title box mid-slide; its example content slide has
    // the title in the navy band at the top, in white, and its master has no text styles.
    const file = join(import.meta.dirname, "..", "fixtures", "templates", "Midnightblue.pptx");
    const template = parseTemplate(file, await readFile(file));
    const { assignment } = assignLayouts(template);
    const content = assignment!.content;
    expect(template.exampleLayouts).toContain(content.layout.part);
    expect(content.layout.styled).toBe(false);
    expect(content.title.y).toBeLessThan(0.5);
    expect(content.title.y + content.title.h).toBeLessThan(1.33); // inside the band
    expect(content.body!.w).toBeGreaterThan(10);
    const title = content.layout.placeholders.find((p) => p.type === "title")!;
    expect(title.color).toMatch(/<a:srgbClr val="ffffff"\/>/i);
    // A layout no example slide uses keeps its own (generic) position.
    const unused = template.layouts.find((l) => l.name === "Title Only" && !template.exampleLayouts.includes(l.part))!;
    expect(unused.placeholders.find((p) => p.type === "title")!.box!.y).toBeGreaterThan(1.5);
  });

  it("refuses a template with no slide master, or no layout that can hold a title, saying which", async () => {
    const noMaster = await edited((name, xml) =>
      name === "ppt/presentation.xml" ? xml.replace(/<p:sldMasterIdLst>[\s\S]*?<\/p:sldMasterIdLst>/, "") : xml,
    );
    expect(failure(noMaster).message).toBe("the template has no slide master");
    const noTitle = await edited((name, xml) =>
      /slideLayouts\/slideLayout\d+\.xml$/.test(name) ? xml.replace(/type="(title|ctrTitle)"/g, 'type="body"') : xml,
    );
    const error = failure(noTitle);
    expect(error.message).toBe(
      "the template has no slide layout that can hold a title (no title placeholder on any layout)",
    );
    expect(error.hint).toMatch(/Slide Master view/);
  });

  it("refuses what is not a presentation, and password-protected files", () => {
    expect(failure(zipSync({ "word/document.xml": strToU8("<w:document/>") })).message).toBe(
      "the template is not a PowerPoint presentation: it has no ppt/presentation.xml",
    );
    expect(failure(strToU8("not a zip")).message).toBe(
      "the template is not a PowerPoint presentation: the file is not a ZIP package",
    );
    const encrypted = new Uint8Array(1536);
    encrypted.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    encrypted.set(Array.from("EncryptedPackage", (c) => [c.charCodeAt(0), 0]).flat(), 512);
    expect(failure(encrypted).message).toBe("the template is password-protected (encrypted), so it cannot be used");
  });
});
