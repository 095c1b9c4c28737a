import { appendFile, cp, mkdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { buildWorkspace } from "../../src/build/buildWorkspace.js";
import { withBilling } from "../support/billingWorkspace.js";
import { corvaneFocusRows, focusCsv } from "../support/corvaneFocus.js";
import { readPptx, slideText } from "../support/pptx.js";
import { tempDir } from "../support/tempDir.js";

const fixture = join(import.meta.dirname, "..", "fixtures", "minimal");

const names = (decks: { deck: string; audience: string }[]) => decks.map((d) => `${d.deck}/${d.audience}`).sort();

/**
 * Two organizations: org.yaml with billing data (deck `brief`), other.yaml without (deck `other`).
 * The billing data arrive one file per month, as monthly exports do.
 */
async function workspace(): Promise<string> {
  const ws = await tempDir("briefings-billing-inc-");
  await cp(fixture, ws, { recursive: true });
  await cp(join(ws, "decks", "org.yaml"), join(ws, "decks", "other.yaml"));
  const deck = await readFile(join(ws, "decks", "brief.yaml"), "utf8");
  await writeFile(
    join(ws, "decks", "other-brief.yaml"),
    deck.replace("organization: org.yaml", "organization: other.yaml"),
  );
  await appendFile(
    join(ws, "decks", "brief.yaml"),
    [
      "  - layout: bullets",
      '    title: "Spend: {{billing.sourceLine}}"',
      '    bullets: ["{{currency billing.total.effective}}"]',
      "",
    ].join("\n"),
  );
  await withBilling(
    join(ws, "decks", "org.yaml"),
    "focus: billing/*.csv\nallocationTags: [team]\nbreakdownTags: [environment]",
  );
  return ws;
}

async function writeMonth(ws: string, month: string): Promise<void> {
  const rows = corvaneFocusRows({ months: 4 }).filter((r) => r.ChargePeriodStart.startsWith(month));
  await mkdir(join(ws, "decks", "billing"), { recursive: true });
  const file = join(ws, "decks", "billing", `${month}.csv`);
  await writeFile(file, focusCsv(rows));
  // Whole seconds, so the test can put the same time back exactly.
  await utimes(file, TIME, TIME);
}

const TIME = 1_790_000_000;

async function spendSlide(ws: string): Promise<string> {
  const deck = await readPptx(join(ws, "out", "brief", "cfo.pptx"));
  return deck.slides.map(slideText).find((t) => t.startsWith("Spend:"))!;
}

it("billing data: not read again while unchanged; a new month rebuilds exactly the decks that use it", async () => {
  const ws = await workspace();
  for (const month of ["2025-12", "2026-01", "2026-02"]) await writeMonth(ws, month);
  const first = await buildWorkspace(ws);
  expect(first.errors).toEqual([]);
  expect(names(first.built)).toEqual(["brief/cfo", "brief/cto", "other-brief/cfo", "other-brief/cto"]);
  expect(await spendSlide(ws)).toMatch(/^Spend: FOCUS export, AWS and Microsoft, Dec 2025–Feb 2026, amortized cost/);

  // The data files are not read again while their size and time stay: scramble one, keeping both.
  const file = join(ws, "decks", "billing", "2026-01.csv");
  const original = await readFile(file);
  await writeFile(file, Buffer.alloc(original.length, "x"));
  await utimes(file, TIME, TIME);
  const unchanged = await buildWorkspace(ws);
  expect(unchanged).toMatchObject({ ok: true, built: [] });
  // A persona edit rebuilds its decks from the cached summary, still without reading the data.
  await appendFile(join(ws, "personas", "cfo.yaml"), "# edited\n");
  const personaEdit = await buildWorkspace(ws);
  expect(personaEdit.errors).toEqual([]);
  expect(names(personaEdit.built)).toEqual(["brief/cfo", "other-brief/cfo"]);

  // The same data again under a new time: read again, the same figures, so no deck is rebuilt.
  await writeFile(file, original);
  const touched = await buildWorkspace(ws);
  expect(touched).toMatchObject({ ok: true, built: [] });

  // Next month's export lands: exactly the decks of the organization with billing data are rebuilt.
  await writeMonth(ws, "2026-03");
  const newMonth = await buildWorkspace(ws);
  expect(newMonth.errors).toEqual([]);
  expect(names(newMonth.built)).toEqual(["brief/cfo", "brief/cto"]);
  expect(names(newMonth.unchanged)).toEqual(["other-brief/cfo", "other-brief/cto"]);
  expect(await spendSlide(ws)).toMatch(/Dec 2025–Mar 2026/);

  // A month removed: rebuilt again.
  await rm(join(ws, "decks", "billing", "2026-03.csv"));
  expect(names((await buildWorkspace(ws)).built)).toEqual(["brief/cfo", "brief/cto"]);
  expect(await spendSlide(ws)).toMatch(/Dec 2025–Feb 2026/);
  // The sources slide credits the export; the other organization's decks do not.
  const sources = async (deck: string) =>
    (await readPptx(join(ws, "out", deck, "cfo.pptx"))).slides.map(slideText).join("\n");
  expect(await sources("brief")).toMatch(
    new RegExp(
      "FOCUS billing export — Fixture Corp\\n.*AWS and Microsoft, Dec 2025–Feb 2026, amortized cost; " +
        "[\\d,]+ rows in USD, " +
        "from decks/billing/2025-12\\.csv, decks/billing/2026-01\\.csv, decks/billing/2026-02\\.csv\\.",
    ),
  );
  expect(await sources("other-brief")).not.toMatch(/FOCUS/);
});
