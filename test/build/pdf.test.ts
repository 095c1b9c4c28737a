import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { buildWorkspace } from "../../src/build/buildWorkspace.js";
import { readManifest } from "../../src/load/readManifest.js";
import { pageCount, pdfPages } from "../support/libreoffice.js";
import { readPptx, slideText } from "../support/pptx.js";

const run = promisify(execFile);
const fixture = join(import.meta.dirname, "..", "fixtures", "minimal");
const folders: string[] = [];

async function workspace() {
  const ws = await mkdtemp(join(tmpdir(), "briefings-pdf-"));
  folders.push(ws);
  await cp(fixture, ws, { recursive: true });
  return ws;
}

afterAll(async () => {
  await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
});

/** Width and height of a PDF's first page, in points (pdfinfo). */
async function pageSize(pdf: string): Promise<[number, number]> {
  const { stdout } = await run("pdfinfo", [pdf]);
  const match = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(stdout);
  return [Number(match?.[1]), Number(match?.[2])];
}

const squash = (text: string) => text.replace(/\s+/g, " ");

describe("build --pdf and --handout", () => {
  it("write a searchable page per slide and notes pages with the speaker notes, rebuilt with their deck", async () => {
    const ws = await workspace();
    const report = await buildWorkspace(ws, { pdf: true, handout: true });
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    const out = join(ws, "out", "brief");
    for (const audience of ["cfo", "cto"]) {
      const deck = await readPptx(join(out, `${audience}.pptx`));
      const pdf = join(out, `${audience}.pdf`);
      expect(await pageCount(pdf)).toBe(deck.slides.length);
      const pages = await pdfPages(pdf);
      // Every slide's title is text on its own page, not a picture of text.
      for (const [i, slide] of deck.slides.entries()) {
        const title = slideText(slide).split("\n")[0]!;
        expect(squash(pages[i]!), `slide ${i + 1}`).toContain(squash(title));
      }
      const [w, h] = await pageSize(pdf);
      expect(w).toBeGreaterThan(h); // slides are landscape

      const handout = join(out, `${audience}.handout.pdf`);
      expect(await pageCount(handout)).toBe(deck.slides.length);
      const [hw, hh] = await pageSize(handout);
      expect(hh).toBeGreaterThan(hw); // notes pages are portrait
      const notes = await pdfPages(handout);
      // Slide 2's notes ("Primary goal: …") are on page 2, under the slide's own text.
      expect(squash(notes[1]!)).toContain("Primary goal:");
      expect(squash(notes[1]!)).toContain("Goals of the");
      expect(squash(notes[0]!)).not.toContain("Primary goal:");
    }
    const manifest = await readManifest(join(ws, "out"));
    expect(manifest?.outputs["brief/cfo"]?.companions?.sort()).toEqual(["brief/cfo.handout.pdf", "brief/cfo.pdf"]);

    // Unchanged inputs: nothing rebuilt, LibreOffice not run.
    const cto = join(out, "cto.pdf");
    const ctoTime = (await stat(cto)).mtimeMs;
    const again = await buildWorkspace(ws, { pdf: true, handout: true });
    expect(again.built).toEqual([]);
    expect(again.unchanged).toHaveLength(2);

    // A CFO edit rebuilds the CFO deck and its PDFs only.
    const persona = join(ws, "personas", "cfo.yaml");
    await writeFile(
      persona,
      (await readFile(persona, "utf8")).replace(/primaryGoal: .*/, "primaryGoal: Fewer surprises"),
    );
    const edited = await buildWorkspace(ws, { pdf: true, handout: true });
    expect(edited.built.map((b) => b.audience)).toEqual(["cfo"]);
    expect(squash((await pdfPages(join(out, "cfo.handout.pdf")))[1]!)).toContain("Primary goal: Fewer surprises");
    expect((await stat(cto)).mtimeMs).toBe(ctoTime);

    // A failed build leaves the last good PDF as it was.
    const good = await readFile(join(out, "cfo.pdf"));
    await writeFile(persona, (await readFile(persona, "utf8")).replace(/primaryGoal: .*/, "primaryGoal: [unclosed"));
    const failed = await buildWorkspace(ws, { pdf: true, handout: true });
    expect(failed.ok).toBe(false);
    expect(await readFile(join(out, "cfo.pdf"))).toEqual(good);

    // Without --handout the handouts go (the decks are rebuilt: their output changed).
    await writeFile(
      persona,
      (await readFile(persona, "utf8")).replace(/primaryGoal: .*/, "primaryGoal: Fewer surprises"),
    );
    const slidesOnly = await buildWorkspace(ws, { pdf: true });
    expect(slidesOnly.ok).toBe(true);
    await expect(stat(join(out, "cfo.handout.pdf"))).rejects.toThrow();
    await expect(stat(join(out, "cto.pdf"))).resolves.toBeTruthy();
  }, 300_000);

  it("say LibreOffice is missing, and write nothing, when soffice is not on PATH", async () => {
    const ws = await workspace();
    const report = await buildWorkspace(ws, { pdf: true, path: join(ws, "no-such-folder") });
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => e.message)).toEqual([
      "--pdf needs LibreOffice (soffice), which is not installed (not found on PATH)",
    ]);
    expect(report.errors[0]?.hint).toMatch(/apt-get install libreoffice-impress/);
    await expect(stat(join(ws, "out", "brief", "cfo.pptx"))).rejects.toThrow();
  });
});
