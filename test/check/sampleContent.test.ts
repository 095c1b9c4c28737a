import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { sha256 } from "../../src/load/hash.js";
import { SAMPLE_EXECUTIVES, SAMPLE_LOGO_HASHES } from "../../src/check/sampleContent.js";

const root = join(import.meta.dirname, "..", "..");

describe("the sample content check looks for", () => {
  it("is every named executive of the packaged decks", async () => {
    const decks = (await readdir(join(root, "decks"))).filter((f) => f.endsWith(".yaml"));
    const names: string[] = [];
    for (const file of decks) {
      const data = parse(await readFile(join(root, "decks", file), "utf8")) as {
        audiences?: { executive?: { name: string } }[];
      };
      for (const a of data.audiences ?? []) if (a.executive) names.push(a.executive.name);
    }
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => !SAMPLE_EXECUTIVES.includes(n))).toEqual([]);
  });

  it("is every packaged theme logo (update SAMPLE_LOGO_HASHES when the logos are redrawn)", async () => {
    const dir = join(root, "themes", "assets");
    const logos = (await readdir(dir)).filter((f) => /\.(png|jpe?g)$/i.test(f));
    expect(logos.length).toBeGreaterThan(0);
    const hashes = await Promise.all(logos.map(async (f) => sha256(await readFile(join(dir, f)))));
    expect(hashes.filter((h) => !SAMPLE_LOGO_HASHES.includes(h))).toEqual([]);
  });
});
