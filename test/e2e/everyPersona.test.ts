import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWorkspace } from "../../src/build/buildWorkspace.js";
import type { BuildReport } from "../../src/build/report.js";
import { readPptx, slideText } from "../support/pptx.js";

// The default deck with one audience per persona: any of the 13 yields a coherent briefing.
const repo = join(import.meta.dirname, "..", "..");
const personaIds = (await readdir(join(repo, "personas")))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.slice(0, -5));
const executives = new Set(["ceo", "cfo", "cto"]);
let root = "";
let report: BuildReport;
const decks = new Map<string, { slides: string[]; notes: string[] }>();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "briefings-every-persona-"));
  for (const folder of ["personas", "decks", "themes"])
    await cp(join(repo, folder), join(root, folder), { recursive: true });
  const file = join(root, "decks", "adoption-briefing.yaml");
  const doc = parseDocument(await readFile(file, "utf8"));
  doc.set(
    "audiences",
    personaIds.map((id) => ({ id, persona: id })),
  );
  await writeFile(file, doc.toString());
  report = await buildWorkspace(root);
  for (const built of report.built) {
    const pptx = await readPptx(built.file);
    decks.set(built.audience, { slides: pptx.slides.map(slideText), notes: pptx.notes.map(slideText) });
  }
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("the default deck for every persona", () => {
  it("builds one deck per persona with no errors and no warnings", () => {
    expect(personaIds).toHaveLength(13);
    expect(report.errors).toEqual([]);
    expect(report.failed).toEqual([]);
    expect(report.warnings.map((w) => w.message)).toEqual([]);
    expect([...decks.keys()].sort()).toEqual([...personaIds].sort());
  });

  it.each(personaIds)("%s: speaker notes on every slide, and no sentence names the persona as a thing", (id) => {
    const deck = decks.get(id)!;
    expect(deck.slides.length).toBeGreaterThanOrEqual(9);
    deck.notes.forEach((note, i) => expect(note.trim(), `slide ${i + 1} of ${id}`).not.toBe(""));
    const text = deck.slides.join("\n");
    expect(text).not.toMatch(/undefined|\[object|NaN/);
    // "the Security", "the Procurement": a persona name is not always a noun a sentence can use.
    expect(text).not.toMatch(/\bthe (Security|Procurement|Sustainability|ITAM|ITSM \/ ITIL|ITFM \/ TBM)\b(?! team)/);
  });

  it.each(personaIds.filter((id) => !executives.has(id)))(
    "%s: the agenda lists exactly the slides between it and the close",
    (id) => {
      const slides = decks.get(id)!.slides;
      const agenda = slides.findIndex((s) => s.startsWith("What we will cover"));
      const closing = slides.findIndex((s) => s.startsWith("Thank you"));
      expect(agenda).toBeGreaterThan(0);
      const items = slides[agenda]!.match(/\b0\d\b/g) ?? [];
      expect(items.length).toBe(closing - agenda - 1);
    },
  );
});
