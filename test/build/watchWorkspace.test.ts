import { cp, readFile, rename, stat, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { watchWorkspace, type WatchBuild } from "../../src/build/watchWorkspace.js";
import { tempDir } from "../support/tempDir.js";

const fixture = join(import.meta.dirname, "..", "fixtures", "minimal");
const names = (decks: { deck: string; audience: string }[]) => decks.map((d) => `${d.deck}/${d.audience}`).sort();

/** A watch session on a copy of the minimal fixture, with a way to wait for its next build. */
async function session() {
  const ws = await tempDir("briefings-watch-");
  await cp(fixture, ws, { recursive: true });
  const builds: WatchBuild[] = [];
  let notify: (() => void) | undefined;
  const controller = new AbortController();
  const done = watchWorkspace(ws, { signal: controller.signal, debounceMs: 250 }, (build) => {
    builds.push(build);
    notify?.();
  });
  const next = async (count: number) => {
    while (builds.length < count) await new Promise<void>((r) => (notify = r));
    return builds[count - 1]!;
  };
  return { ws, next, builds, stop: () => (controller.abort(), done) };
}

describe("watchWorkspace", () => {
  it("rebuilds exactly the affected decks, keeps the last good deck on invalid edits, stops cleanly", async () => {
    const { ws, next, builds, stop } = await session();
    const first = await next(1);
    expect(first.changed).toEqual([]);
    expect(names(first.report.built)).toEqual(["brief/cfo", "brief/cto"]);
    const cfo = join(ws, "out", "brief", "cfo.pptx");
    const cto = join(ws, "out", "brief", "cto.pptx");
    const ctoBytes = await readFile(cto);
    const ctoTime = (await stat(cto)).mtimeMs;

    // Editing the CFO persona rebuilds only the CFO deck; several quick saves make one build.
    const persona = join(ws, "personas", "cfo.yaml");
    const text = await readFile(persona, "utf8");
    await writeFile(persona, text.replace("Predictable cloud spend", "Predictable, explained cloud spend"));
    await writeFile(persona, text.replace("Predictable cloud spend", "Predictable, well explained cloud spend"));
    const edited = await next(2);
    expect(edited.changed).toEqual(["personas/cfo.yaml"]);
    expect(names(edited.report.built)).toEqual(["brief/cfo"]);
    expect(names(edited.report.unchanged)).toEqual(["brief/cto"]);
    expect((await readFile(cto)).equals(ctoBytes)).toBe(true);
    expect((await stat(cto)).mtimeMs).toBe(ctoTime);
    const goodCfo = await readFile(cfo);

    // An invalid edit reports the error with its position and leaves the last good deck.
    await writeFile(persona, text.replace("name: CFO", "name: [CFO"));
    const broken = await next(3);
    expect(broken.report.ok).toBe(false);
    expect(broken.report.errors[0]?.file).toBe(persona);
    expect(broken.report.errors[0]?.line).toBeTypeOf("number");
    expect(broken.report.errors[0]?.column).toBeTypeOf("number");
    expect((await readFile(cfo)).equals(goodCfo)).toBe(true);

    // Fixing it rebuilds; editing the theme rebuilds every deck that uses it.
    await writeFile(persona, text);
    expect(names((await next(4)).report.built)).toEqual(["brief/cfo"]);
    const theme = join(ws, "themes", "default.yaml");
    await writeFile(theme, (await readFile(theme, "utf8")).replace('accent: "#0F5BD8"', 'accent: "#0B4FC0"'));
    const themed = await next(5);
    expect(themed.changed).toEqual(["themes/default.yaml"]);
    expect(names(themed.report.built)).toEqual(["brief/cfo", "brief/cto"]);

    await stop();
    const count = builds.length;
    await writeFile(persona, text.replace("name: CFO", "name: Chief Financial Officer"));
    await new Promise((r) => setTimeout(r, 200));
    expect(builds.length).toBe(count); // nothing is watched any more
  });

  it("takes no editor's swap, backup, lock or temporary file for an edit", async () => {
    const { ws, next, builds, stop } = await session();
    await next(1);
    const personas = join(ws, "personas");
    const persona = join(personas, "cfo.yaml");
    const text = await readFile(persona, "utf8");
    // What vim, emacs, VS Code and JetBrains IDEs write beside a file while editing and saving it.
    const scratch = async (folder: string) => {
      await writeFile(join(folder, ".cfo.yaml.swp"), "vim swap"); // vim
      await writeFile(join(folder, ".cfo.yaml.swx"), "vim swap");
      await writeFile(join(folder, "4913"), ""); // vim: may it write here?
      await writeFile(join(folder, "cfo.yaml~"), text); // vim and emacs backups
      await writeFile(join(folder, "#cfo.yaml#"), text); // emacs auto-save
      await symlink("user@host.1234:1700000000", join(folder, ".#cfo.yaml")); // emacs lock
      await writeFile(join(folder, "cfo.yaml.vsctmp"), text); // VS Code's atomic save
      await writeFile(join(folder, "cfo.yaml___jb_tmp___"), text); // JetBrains' safe write
      await writeFile(join(folder, "cfo.yaml___jb_old___"), text);
    };
    await scratch(personas);
    await scratch(join(ws, "themes"));
    await new Promise((r) => setTimeout(r, 800));
    expect(builds).toHaveLength(1);

    // A save through a temporary file, as JetBrains does it, is one edit of the real file.
    await writeFile(join(personas, "cfo.yaml.new___jb_tmp___"), text.replace("name: CFO", "name: Finance"));
    await rename(join(personas, "cfo.yaml.new___jb_tmp___"), persona);
    const edited = await next(2);
    expect(edited.changed).toEqual(["personas/cfo.yaml"]);
    expect(names(edited.report.built)).toEqual(["brief/cfo"]);
    await stop();
  });
});
