import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, it } from "vitest";
import { buildWorkspace } from "../../src/build/buildWorkspace.js";
import { createFormatter } from "../../src/render/format.js";
import { printedFigures } from "../support/billingWorkspace.js";
import { corvaneFocusRows, focusCsv } from "../support/corvaneFocus.js";
import { readPptx, slideText } from "../support/pptx.js";
import { tempDir } from "../support/tempDir.js";

// The default workspace (this repository's personas/, decks/, themes/), whose organization names the
// shipped FOCUS export, beside a second organization that types its figures (the minimal fixture's).
const repo = join(import.meta.dirname, "..", "..");
const minimal = join(import.meta.dirname, "..", "fixtures", "minimal", "decks");

const names = (decks: { deck: string; audience: string }[]) => decks.map((d) => `${d.deck}/${d.audience}`).sort();
const money = createFormatter("en-US", "USD");
const compact = (value: number | null | undefined) => money.money(value ?? NaN, { compact: true });

async function slides(ws: string, audience: string): Promise<string[]> {
  return (await readPptx(join(ws, "out", "adoption-briefing", `${audience}.pptx`))).slides.map(slideText);
}

it("the sample's figures come from its export: a new one changes exactly those numbers and those decks", async () => {
  const ws = await tempDir("briefings-sample-billing-");
  for (const folder of ["personas", "decks", "themes"])
    await cp(join(repo, folder), join(ws, folder), { recursive: true });
  await cp(join(minimal, "org.yaml"), join(ws, "decks", "typed.yaml"));
  const brief = await readFile(join(minimal, "brief.yaml"), "utf8");
  await writeFile(
    join(ws, "decks", "typed-brief.yaml"),
    brief.replace("organization: org.yaml", "organization: typed.yaml"),
  );

  const first = await buildWorkspace(ws);
  expect(first.errors).toEqual([]);
  const before = await printedFigures(ws);
  expect(before.code).toBe(0);
  const cfoBefore = await slides(ws, "cfo");
  const ctoBefore = await slides(ws, "cto");

  // Next year's export, as it might land: a smaller first month and faster growth.
  await writeFile(
    join(ws, "decks", "billing", "corvane-focus.csv.gz"),
    gzipSync(focusCsv(corvaneFocusRows({ firstMonthList: 1_500_000, growth: 50 }))),
  );
  const second = await buildWorkspace(ws);
  expect(second.errors).toEqual([]);
  expect(names(second.built)).toEqual([
    "adoption-briefing/ceo",
    "adoption-briefing/cfo",
    "adoption-briefing/cfo-dana-whitfield",
    "adoption-briefing/cto",
  ]);
  expect(names(second.unchanged)).toEqual(["typed-brief/cfo", "typed-brief/cto"]);

  // Exactly the measured numbers change: every typed figure stays; the deck's figures follow the bill.
  const after = await printedFigures(ws);
  const changed = [...after.figures.values()]
    .filter((f) => before.figures.get(f.name)?.value !== f.value)
    .map((f) => f.name);
  expect(changed.filter((name) => !/^(billing|figures)\./.test(name))).toEqual([]);
  for (const name of [
    "figures.spend.annual",
    "figures.spend.growth",
    "figures.allocation.unallocatedAmount",
    "figures.commitments.committed",
    "figures.breakdown.byService.0.amount",
    "figures.breakdown.byEnvironment.0.amount",
  ])
    expect(changed, name).toContain(name);
  const value = (name: string) => after.figures.get(name)?.value;
  expect(value("figures.spend.annual")).toBeCloseTo(value("billing.total.effective")!, 1);
  expect(value("figures.spend.growth")).toBeCloseTo(value("billing.change")!, 5);
  expect(value("figures.spend.growth")).toBeGreaterThan(0.45);
  expect(value("figures.allocation.unallocatedAmount")).toBeCloseTo(value("billing.allocation.unallocated")!, 2);
  expect(value("figures.commitments.unusedCost")).toBeCloseTo(value("billing.commitment.unusedCost")!, 2);

  // The slides that show them say the new numbers; slides without them stay word for word.
  const cfo = await slides(ws, "cfo");
  const cto = await slides(ws, "cto");
  const owner = `${compact(value("figures.allocation.unallocatedAmount"))} a year of cloud spend has no owning team`;
  expect(cfo.some((t) => t.startsWith(owner))).toBe(true);
  expect(cfoBefore.some((t) => t.startsWith(owner))).toBe(false);
  const unused = `and ${compact(value("figures.commitments.unusedCost"))} a year of them goes unused`;
  expect(cfo.some((t) => t.includes(unused))).toBe(true);
  expect(cto.some((t) => t.startsWith(owner))).toBe(true);
  const unchanged = (list: string[], previous: string[], start: string) => {
    const now = list.find((t) => t.startsWith(start));
    expect(now, start).toBeDefined();
    expect(previous, start).toContain(now);
  };
  unchanged(cfo, cfoBefore, "Three early wins worth $2M a year");
  unchanged(cfo, cfoBefore, "The plan completes the crawl stage by March 2027");
  unchanged(cto, ctoBefore, "Engineering does the work, Finance owns the forecast");
});
