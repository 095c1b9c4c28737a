import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { BIN } from "../support/bin.js";
import { runProgram } from "../support/run.js";

const run = promisify(execFile);
const repo = join(import.meta.dirname, "..", "..");
const fixture = join(repo, "test", "fixtures", "minimal");
const ooxml = join(repo, "..", "shared", "tools", "ooxml");

async function build(args: string[] = [], env: NodeJS.ProcessEnv = {}, root = fixture) {
  const out = await mkdtemp(join(tmpdir(), "briefings-norm-"));
  await run("node", [BIN, "build", "--root", root, "--out", out, ...args], { env: { ...process.env, ...env } });
  return out;
}

describe("normalized decks", () => {
  it("are byte-identical across runs, time zones and build order", async () => {
    const a = await build([], { TZ: "UTC" });
    await new Promise((r) => setTimeout(r, 1100)); // a different second on the clock
    const b = await build([], { TZ: "Asia/Tokyo" });
    const c = await build(["--audience", "cfo"], { TZ: "America/Los_Angeles" }); // no chart built before it
    const cfoA = await readFile(join(a, "brief", "cfo.pptx"));
    expect(cfoA.equals(await readFile(join(b, "brief", "cfo.pptx")))).toBe(true);
    expect(cfoA.equals(await readFile(join(c, "brief", "cfo.pptx")))).toBe(true);
    expect((await readFile(join(a, "brief", "cto.pptx"))).equals(await readFile(join(b, "brief", "cto.pptx")))).toBe(
      true,
    );
  });

  it("are byte-identical across runs with more chart slices than the theme has colors", async () => {
    // hostile-layout's doughnut has eight slices and the theme six colors.
    const hostile = join(repo, "test", "fixtures", "hostile-layout");
    const [a, b] = await Promise.all([build([], {}, hostile), build([], {}, hostile)]);
    const deck = (out: string) => readFile(join(out, "hostile", "cfo.pptx"));
    expect((await deck(a)).equals(await deck(b))).toBe(true);
  });

  it("carry the deck date, number charts from 1 and declare only parts that exist", async () => {
    const out = await mkdtemp(join(tmpdir(), "briefings-norm-"));
    // In-process, after other builds: pptxgenjs's chart counter must not leak into names.
    for (let i = 0; i < 2; i++)
      expect(await main(["build", "--root", fixture, "--out", out], { stdout: () => {}, stderr: () => {} })).toBe(0);
    const files = unzipSync(await readFile(join(out, "brief", "cfo.pptx")));
    const text = (name: string) => new TextDecoder().decode(files[name]);
    expect(Object.keys(files).filter((f) => f.startsWith("ppt/charts/chart"))).toEqual(["ppt/charts/chart1.xml"]);
    expect(text("docProps/core.xml")).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-06-01T00:00:00Z</dcterms:created>',
    );
    expect(text("[Content_Types].xml").match(/slideMaster\d+\.xml/g)).toEqual(["slideMaster1.xml"]);
    const presentation = text("ppt/presentation.xml");
    expect(presentation.indexOf("<p:notesMasterIdLst>")).toBeLessThan(presentation.indexOf("<p:sldIdLst>"));
  });

  it("validate against ECMA-376 and are consistent packages, for every layout and chart kind", async () => {
    // every-layout: all 13 layouts, bar (one and two series), line (two series), pie and doughnut charts, 4:3, a logo.
    const out = await build([], {}, join(repo, "test", "fixtures", "every-layout"));
    const decks = (await readdir(join(out, "every"))).map((f) => join(out, "every", f));
    expect(decks).toHaveLength(2);
    const xsd = await runProgram("bash", [join(ooxml, "validate.sh"), ...decks]);
    expect(xsd.stdout).toBe("");
    expect(xsd.code).toBe(0);
    const opc = await runProgram("python3", [join(ooxml, "opc-check.py"), ...decks]);
    expect(opc.stdout).toBe("");
    expect(opc.code).toBe(0);
  });

  it("are deflated: within 1.15× of zip -6 over the same parts", async () => {
    const out = await build();
    const deck = join(out, "brief", "cfo.pptx");
    const parts = await mkdtemp(join(tmpdir(), "briefings-parts-"));
    await run("unzip", ["-q", deck, "-d", parts]);
    const ref = join(await mkdtemp(join(tmpdir(), "briefings-ref-")), "ref.zip");
    await run("zip", ["-q", "-6", "-r", ref, "."], { cwd: parts });
    const ours = (await readFile(deck)).length;
    const reference = (await readFile(ref)).length;
    expect(ours / reference).toBeLessThanOrEqual(1.15);
  });
});
