import { cp, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { convertToPdf, pageCount, pdfPages } from "../support/libreoffice.js";
import { readPptx, slideText } from "../support/pptx.js";
import { deckProblems, xmlProblems } from "../support/ooxml.js";
import { tempDir } from "../support/tempDir.js";

const fixtures = join(import.meta.dirname, "..", "fixtures");

/** Characters no part of a deck may hold: what XML 1.0 cannot carry. */
const UNSAFE = new RegExp(String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]`);

describe("hostile text (valid input)", () => {
  it("builds decks that are well-formed XML, keep the text visible, and open in LibreOffice", async () => {
    // test/fixtures/hostile-text holds only the files that differ from the minimal workspace.
    const ws = await tempDir("briefings-hostile-");
    await cp(join(fixtures, "minimal"), ws, { recursive: true });
    await cp(join(fixtures, "hostile-text"), ws, { recursive: true });
    let stderr = "";
    const code = await main(["build", "--root", ws], { stdout: () => {}, stderr: (t) => (stderr += t), cwd: ws });
    expect(stderr).not.toMatch(/error/);
    expect(code).toBe(0);

    const file = join(ws, "out", "brief", "cfo.pptx");
    expect(xmlProblems(await readFile(file))).toEqual([]);
    expect(xmlProblems(await readFile(join(ws, "out", "brief", "cto.pptx")))).toEqual([]);
    const decks = [file, join(ws, "out", "brief", "cto.pptx")];
    expect(await deckProblems(decks)).toEqual({ schema: [], package: [] });

    const deck = await readPptx(file);
    const text = deck.slides.map(slideText).join("\n");
    const notes = deck.notes.map(slideText).join("\n");
    expect(`${text}\n${notes}`).not.toMatch(UNSAFE);
    // XML-special characters arrive as the user wrote them (escaped in the XML, not eaten or doubled).
    expect(text).toContain(`CFO & <Finance> "Chief" 'Officer'`);
    expect(text).toContain("</a:t></a:r><a:r><a:t>injected markup stays text");
    expect(text).toContain("Entities stay literal: &amp; &#1; ]]> <![CDATA[ x ]]>");
    // Lone surrogates become U+FFFD; controls vanish; a vertical tab is a line break; the rest stays.
    expect(text).toContain("Lone surrogates: high \uFFFD and low \uFFFD halves");
    expect(text).toContain("Non-characters  and  are dropped; raw control byte too");
    expect(text).toMatch(/Predictable spend with a bell, a form feed and a\s+vertical tab/);
    expect(text).toContain("Emoji 😀 👩‍💻 🇺🇳 and a combining e\u0301");
    expect(text).toContain("right-to-left \u202Eمرحبا\u202C");
    expect(text.replace(/\s/g, "")).toContain("Unallocatedcloudspendwithouttagsisthebiggestsinglesourceofwaste");

    const outDir = await tempDir("briefings-hostile-pdf-");
    const pdf = (await convertToPdf([file], outDir)).get(file);
    expect(pdf, "LibreOffice could not open the deck").toBeDefined();
    expect(await pageCount(pdf!)).toBe(deck.slides.length);
    const pdfText = (await pdfPages(pdf!)).join("\n");
    expect(pdfText).toContain("CFO & <Finance>");
    expect(pdfText).toContain("injected markup stays text");
    expect(pdfText).toContain("Entities stay literal: &amp; &#1;");
    expect(pdfText).toContain("Acme & Sons <Ltd>");
  });
});
