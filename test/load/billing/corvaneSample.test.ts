import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { expect, it } from "vitest";
import { corvaneFocusRows, focusCsv } from "../../support/corvaneFocus.js";

const shipped = join(import.meta.dirname, "..", "..", "..", "decks", "billing", "corvane-focus.csv.gz");

it("the sample company's FOCUS export is what the generator makes (`npm run billing:sample` redoes it)", async () => {
  const fresh = focusCsv(corvaneFocusRows());
  // `npm run billing:sample` runs this test with UPDATE_BILLING_SAMPLE=1 to write the file.
  if (process.env.UPDATE_BILLING_SAMPLE === "1") {
    await mkdir(dirname(shipped), { recursive: true });
    await writeFile(shipped, gzipSync(fresh, { level: 9 }));
  }
  const bytes = await readFile(shipped);
  expect(bytes.length, "the shipped export stays small").toBeLessThan(512 * 1024);
  expect(gunzipSync(bytes).toString("utf8"), "decks/billing/corvane-focus.csv.gz is stale").toBe(fresh);
});
