import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipArchive } from "../../src/pptx/zipArchive.js";

const run = promisify(execFile);
const text = (s: string) => new TextEncoder().encode(s);

describe("zipArchive", () => {
  const entries: [string, Uint8Array][] = [
    ["[Content_Types].xml", text("<Types>" + "<Default/>".repeat(200) + "</Types>")],
    ["ppt/media/noise.bin", new Uint8Array(randomBytes(4096))], // does not compress: stored
    ["ppt/empty.xml", new Uint8Array(0)],
    ["docs/résumé.txt", text("non-ASCII name")],
  ];

  it("round-trips through another reader, with entries in the given order", () => {
    const files = unzipSync(zipArchive(entries, "2026-12-08"));
    expect(Object.keys(files)).toEqual(entries.map(([name]) => name));
    for (const [name, data] of entries) expect(Buffer.from(files[name]!).equals(Buffer.from(data))).toBe(true);
  });

  it("passes unzip's integrity test, stores what does not shrink, and stamps the given date", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "zip-")), "a.zip");
    await writeFile(file, zipArchive(entries, "2026-12-08"));
    const { stdout } = await run("unzip", ["-tq", file]);
    expect(stdout).toMatch(/No errors detected/);
    const { stdout: listing } = await run("unzip", ["-v", file]);
    expect(listing).toMatch(/4096\s+Stored\s+4096\s+0%\s+2026-12-08 00:00\s+[0-9a-f]{8}\s+ppt\/media\/noise\.bin/);
    expect(listing).toMatch(/Defl:N .*\[Content_Types\]\.xml/);
  });

  it("gives the same bytes for the same entries and date, and different ones for another date", () => {
    const a = zipArchive(entries, "2026-12-08");
    expect(Buffer.from(zipArchive(entries, "2026-12-08")).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(zipArchive(entries, "2026-12-09")).equals(Buffer.from(a))).toBe(false);
  });
});
