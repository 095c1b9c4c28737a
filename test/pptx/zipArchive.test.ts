import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipArchive } from "../../src/pptx/zipArchive.js";
import { runTool } from "../support/run.js";
import { tempDir } from "../support/tempDir.js";

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
    const file = join(await tempDir("zip-"), "a.zip");
    await writeFile(file, zipArchive(entries, "2026-12-08"));
    // Info-ZIP unzip: an independent reader, and the strictest at hand.
    expect(await runTool("unzip", ["-tq", file])).toMatch(/No errors detected/);
    const listing = await runTool("unzip", ["-v", file]);
    expect(listing).toMatch(/4096\s+Stored\s+4096\s+0%\s+2026-12-08 00:00\s+[0-9a-f]{8}\s+ppt\/media\/noise\.bin/);
    expect(listing).toMatch(/Defl:N .*\[Content_Types\]\.xml/);
  });

  it("gives the same bytes for the same entries and date, and different ones for another date", () => {
    const a = zipArchive(entries, "2026-12-08");
    expect(Buffer.from(zipArchive(entries, "2026-12-08")).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(zipArchive(entries, "2026-12-09")).equals(Buffer.from(a))).toBe(false);
  });
});
