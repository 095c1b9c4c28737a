import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { expandGlob } from "../../../src/load/billing/expandGlob.js";
import { tempDir } from "../../support/tempDir.js";

let root: string;
beforeAll(async () => {
  root = await tempDir("briefings-glob-");
  for (const f of [
    "a/2025-12.parquet",
    "a/2026-01.parquet",
    "a/notes.txt",
    "a/.hidden.parquet",
    "a/b/2026-02.csv.gz",
    "c.csv",
  ]) {
    await mkdir(join(root, f, ".."), { recursive: true });
    await writeFile(join(root, f), "");
  }
});

it("expands *, ?, [], {} and ** to sorted files, skipping hidden names", () => {
  const rel = (files: string[]) => files.map((f) => f.slice(root.length + 1));
  expect(rel(expandGlob(root, "a/*.parquet"))).toEqual(["a/2025-12.parquet", "a/2026-01.parquet"]);
  expect(rel(expandGlob(root, "a/2026-0?.parquet"))).toEqual(["a/2026-01.parquet"]);
  expect(rel(expandGlob(root, "a/202[5].parquet"))).toEqual([]);
  expect(rel(expandGlob(root, "a/2025-1[0-2].parquet"))).toEqual(["a/2025-12.parquet"]);
  expect(rel(expandGlob(root, "**/*.{parquet,csv.gz}"))).toEqual([
    "a/2025-12.parquet",
    "a/2026-01.parquet",
    "a/b/2026-02.csv.gz",
  ]);
  expect(rel(expandGlob(root, "a/.*.parquet"))).toEqual(["a/.hidden.parquet"]);
  expect(rel(expandGlob(root, "*.csv"))).toEqual(["c.csv"]);
  expect(expandGlob(root, "missing/*.csv")).toEqual([]);
});
