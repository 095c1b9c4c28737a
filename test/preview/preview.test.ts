import { cp, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { previewCommand } from "../../src/cli/commands/preview.js";
import { runCli as cli } from "../support/runCli.js";
import { BIN } from "../support/bin.js";
import type { PreviewJson } from "../support/json.js";
import { runProgram } from "../support/run.js";
import { tempDir } from "../support/tempDir.js";

const repo = join(import.meta.dirname, "..", "..");

describe("briefings preview", () => {
  it("renders every slide to PNG and a contact sheet per deck, reusing unchanged decks", async () => {
    const root = await tempDir("briefings-preview-");
    await cp(join(repo, "test", "fixtures", "minimal"), root, { recursive: true });
    const first = await cli(["preview", "--root", root, "--audience", "cfo", "--out", "shots", "--json"], root);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout) as PreviewJson;
    expect(report.built).toEqual(["brief/cfo"]);
    const deck = report.previews[0]!;
    expect(deck.contactSheet).toBe(join(root, "shots", "brief", "cfo-contact.png"));
    // One image per slide, named slide-01.png … in out/<deck>/<audience>/.
    const pptxSlides = Object.keys(unzipSync(await readFile(deck.pptx))).filter((f) =>
      /^ppt\/slides\/slide\d+\.xml$/.test(f),
    ).length;
    expect(pptxSlides).toBeGreaterThan(1);
    expect((await readdir(join(root, "shots", "brief", "cfo"))).sort()).toEqual(
      Array.from({ length: pptxSlides }, (_, i) => `slide-${String(i + 1).padStart(2, "0")}.png`),
    );
    const slide = PNG.sync.read(await readFile(deck.slides[0]!));
    expect(slide.width).toBe(1280);
    expect(Math.abs(slide.height - 720)).toBeLessThanOrEqual(1); // 16:9
    const sheet = PNG.sync.read(await readFile(deck.contactSheet));
    expect(sheet.width).toBeGreaterThan(320);

    // Unchanged decks are not rebuilt, only rendered again; on a terminal, progress goes to stderr.
    let stdout = "";
    let stderr = "";
    const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), cwd: root };
    const code = await previewCommand({ root, audience: ["cfo"], out: join(root, "shots"), json: true }, io, true);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ built: [], unchanged: ["brief/cfo"] });
    expect(stderr).toContain("converting 1 deck to PDF with LibreOffice");
    expect(stderr).toContain("rendering slides of brief--cfo (1/1)");
  });

  it("keeps the brief and presenter script the last build wrote", async () => {
    const root = await tempDir("briefings-preview-");
    await cp(join(repo, "test", "fixtures", "minimal"), root, { recursive: true });
    expect((await cli(["build", "--root", root, "--audience", "cfo", "--brief"], root)).code).toBe(0);
    const companions = ["cfo.brief.md", "cfo.notes.md"].map((f) => join(root, "out", "brief", f));
    const before = await Promise.all(companions.map((f) => readFile(f, "utf8")));
    const preview = await cli(["preview", "--root", root, "--audience", "cfo", "--json"], root);
    expect(preview.code).toBe(0);
    expect(JSON.parse(preview.stdout) as PreviewJson).toMatchObject({ built: [], unchanged: ["brief/cfo"] });
    expect(await Promise.all(companions.map((f) => readFile(f, "utf8")))).toEqual(before);
  });

  it("says which packages to install when LibreOffice or pdftoppm is missing", async () => {
    const { code, stdout, stderr } = await runProgram(
      process.execPath,
      [BIN, "preview", "--root", join(repo, "test", "fixtures", "minimal")],
      { env: { PATH: "/nonexistent" } },
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("preview needs LibreOffice (soffice) and pdftoppm, which are not installed");
    expect(stderr).toContain("apt-get install libreoffice-impress poppler-utils");
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
