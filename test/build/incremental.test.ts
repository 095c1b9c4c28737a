import { appendFile, cp, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildWorkspace } from "../../src/build/buildWorkspace.js";
import { readManifest } from "../../src/load/readManifest.js";

const fixture = join(import.meta.dirname, "..", "fixtures", "minimal");

async function workspace() {
  const ws = await mkdtemp(join(tmpdir(), "briefings-inc-"));
  await cp(fixture, ws, { recursive: true });
  return ws;
}

/** Edit a file as a user would: replace one piece of its text. */
async function edit(file: string, from: string, to: string): Promise<void> {
  await writeFile(file, (await readFile(file, "utf8")).replace(from, to));
}

const names = (decks: { deck: string; audience: string }[]) => decks.map((d) => `${d.deck}/${d.audience}`).sort();

describe("incremental builds", () => {
  it("rebuild only the outputs whose inputs changed", async () => {
    const ws = await workspace();
    const first = await buildWorkspace(ws);
    expect(names(first.built)).toEqual(["brief/cfo", "brief/cto"]);
    const cto = join(ws, "out", "brief", "cto.pptx");
    const before = await stat(cto);

    const again = await buildWorkspace(ws);
    expect(again).toMatchObject({ ok: true, built: [] });
    expect(names(again.unchanged)).toEqual(["brief/cfo", "brief/cto"]);

    await appendFile(join(ws, "personas", "cfo.yaml"), "# a new comment\n");
    const afterEdit = await buildWorkspace(ws);
    expect(names(afterEdit.built)).toEqual(["brief/cfo"]);
    expect(names(afterEdit.unchanged)).toEqual(["brief/cto"]);
    const after = await stat(cto);
    expect(after.mtimeMs).toBe(before.mtimeMs);

    const forced = await buildWorkspace(ws, { force: true });
    expect(names(forced.built)).toEqual(["brief/cfo", "brief/cto"]);
  });

  it("rebuild only the audience whose entry in the deck changed", async () => {
    const ws = await workspace();
    await buildWorkspace(ws);
    const deckFile = join(ws, "decks", "brief.yaml");
    await edit(
      deckFile,
      "{ id: cto, persona: cto }",
      "{ id: cto, persona: cto, overrides: { add: { frustrations: [Too many tools] } } }",
    );
    const report = await buildWorkspace(ws);
    expect(names(report.built)).toEqual(["brief/cto"]);
    expect(names(report.unchanged)).toEqual(["brief/cfo"]);
    // A change to the slides rebuilds every audience of the deck.
    await edit(deckFile, "title: Monthly spend", "title: Monthly cloud spend");
    expect(names((await buildWorkspace(ws)).built)).toEqual(["brief/cfo", "brief/cto"]);
  });

  it("rebuild a deck whose file was deleted, and remove decks whose audience is gone", async () => {
    const ws = await workspace();
    await buildWorkspace(ws);
    const deckFile = join(ws, "decks", "brief.yaml");
    await edit(deckFile, "  - { id: cto, persona: cto }\n", "");
    const report = await buildWorkspace(ws);
    expect(report.removed).toEqual([join(ws, "out", "brief", "cto.pptx")]);
    await expect(stat(join(ws, "out", "brief", "cto.pptx"))).rejects.toThrow();
  });

  it("after a partial build, a full build still builds what was never built", async () => {
    const ws = await workspace();
    expect(names((await buildWorkspace(ws, { audiences: ["cfo"] })).built)).toEqual(["brief/cfo"]);
    const full = await buildWorkspace(ws);
    expect(names(full.built)).toEqual(["brief/cto"]);
    expect(names(full.unchanged)).toEqual(["brief/cfo"]);
  });

  it("after a build of some audiences, a full build rebuilds the others whose inputs changed", async () => {
    const ws = await workspace();
    await buildWorkspace(ws);
    await edit(
      join(ws, "decks", "brief.yaml"),
      "{ id: cto, persona: cto }",
      "{ id: cto, persona: cto, overrides: { add: { frustrations: [Too many tools] } } }",
    );
    expect(names((await buildWorkspace(ws, { audiences: ["cfo"] })).unchanged)).toEqual(["brief/cfo"]);
    const full = await buildWorkspace(ws);
    expect(names(full.built)).toEqual(["brief/cto"]);
    expect(names(full.unchanged)).toEqual(["brief/cfo"]);
    // Now every output is up to date: the next build answers from the manifest.
    expect(names((await buildWorkspace(ws)).unchanged)).toEqual(["brief/cfo", "brief/cto"]);
  });

  it("records after a failed build that it is not complete, still listing the inputs (watch follows them)", async () => {
    const ws = await workspace();
    await buildWorkspace(ws);
    const deckFile = join(ws, "decks", "brief.yaml");
    await edit(deckFile, "title: Monthly spend", 'title: "{{currency persona.name}}"');
    expect((await buildWorkspace(ws)).ok).toBe(false);
    const manifest = await readManifest(join(ws, "out"));
    expect(manifest).toMatchObject({ complete: false });
    expect(Object.keys(manifest!.inputs)).toContain("decks/brief.yaml");
    expect((await buildWorkspace(ws)).ok).toBe(false); // not answered from the manifest
    await edit(deckFile, 'title: "{{currency persona.name}}"', "title: Monthly spend");
    expect((await buildWorkspace(ws)).ok).toBe(true);
    expect(await readManifest(join(ws, "out"))).toMatchObject({ complete: true });
  });

  it("keeps the last good deck when an edit breaks the input", async () => {
    const ws = await workspace();
    await buildWorkspace(ws);
    const cfo = join(ws, "out", "brief", "cfo.pptx");
    const good = await readFile(cfo);
    await writeFile(join(ws, "personas", "cfo.yaml"), "name: [unclosed\n");
    const broken = await buildWorkspace(ws);
    expect(broken.ok).toBe(false);
    expect(broken.errors[0]).toMatchObject({ file: join(ws, "personas", "cfo.yaml"), line: expect.any(Number) });
    expect((await readFile(cfo)).equals(good)).toBe(true);
  });
});
