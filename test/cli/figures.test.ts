import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { SQL_DIALECTS, SUMMARY_AGGREGATION } from "../../src/load/billing/summaryQuery.js";
import { billingWorkspace, printedFigures, type PrintedFigure } from "../support/billingWorkspace.js";
import { csvRecords, referenceFigures, type ReferenceOptions } from "../support/focusReference.js";

const repo = join(import.meta.dirname, "..", "..");
const officialSample = await readFile(join(repo, "test", "fixtures", "focus", "focus-1.0-sample.csv"));
const corvane = await readFile(join(repo, "decks", "billing", "corvane-focus.csv.gz"));
const removals: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(removals.map((r) => r()));
});

/** The reference figures flattened to the names `figures --json` prints. */
function expected(reference: ReturnType<typeof referenceFigures>): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const put = (name: string, value: number | null) => out.set(`billing.${name}`, value);
  reference.monthly.forEach((m, i) => {
    put(`monthly.${i}.effective`, m.effective);
    put(`monthly.${i}.billed`, m.billed);
    put(`monthly.${i}.list`, m.list);
  });
  for (const k of ["effective", "billed", "list"] as const) put(`total.${k}`, reference.total[k]);
  put("change", reference.change);
  put("runRate", reference.runRate);
  if (reference.allocation)
    for (const k of ["share", "allocated", "unallocated"] as const) put(`allocation.${k}`, reference.allocation[k]);
  put("commitment.coverage", reference.coverage);
  put("commitment.utilization", reference.utilization);
  put("commitment.unusedCost", reference.unusedCost);
  put("commitment.cost", reference.commitmentCost);
  for (const k of ["rate", "negotiated", "commitment"] as const) put(`savings.${k}`, reference.savings[k]);
  reference.byService.forEach((s, i) => {
    put(`byService.${i}.cost`, s.cost);
    put(`byService.${i}.share`, s.share);
  });
  reference.byProvider.forEach((p, i) => {
    put(`byProvider.${i}.cost`, p.cost);
    put(`byProvider.${i}.share`, p.share);
  });
  for (const [key, values] of Object.entries(reference.byTag))
    values.forEach((v, i) => {
      put(`byTag.${key}.${i}.cost`, v.cost);
      put(`byTag.${key}.${i}.share`, v.share);
    });
  return out;
}

function checkAgainstReference(
  records: Record<string, string>[],
  printed: Map<string, PrintedFigure>,
  options: ReferenceOptions,
) {
  const reference = referenceFigures(records, options);
  for (const [name, value] of expected(reference)) expect(printed.get(name)?.value, name).toBe(value);
  // The lists come in the defined order: the labels name the entries.
  reference.byService.forEach((s, i) => {
    expect(printed.get(`billing.byService.${i}.cost`)?.label, `byService.${i}`).toBe(
      [s.provider, s.service, s.category].map((x) => x ?? "none").join(" · "),
    );
  });
  expect(printed.has(`billing.byService.${reference.byService.length}.cost`)).toBe(false);
  return reference;
}

describe("briefings figures", () => {
  it("on the official FOCUS sample: every figure as the definitions give it, to the cent", async () => {
    const options = { allocationTags: ["business_unit"], breakdownTags: ["environment", "org"] };
    const ws = await billingWorkspace(
      { "decks/billing/focus-1.0-sample.csv": officialSample },
      "focus: billing/*.csv\nallocationTags: [business_unit]\nbreakdownTags: [environment, org]",
    );
    removals.push(ws.remove);
    const { code, figures, billing } = await printedFigures(ws.root);
    expect(code).toBe(0);
    const records = csvRecords(officialSample.toString("utf8"));
    const reference = checkAgainstReference(records, figures, options);
    expect(billing).toMatchObject({ rowsRead: 1000, rows: 1000 });
    // The quirks count: " org" (leading space) is the org key; Oracle's NULL ContractedCost is reported.
    expect(reference.byTag.org!.some((v) => v.value !== null)).toBe(true);
    expect(billing?.notes.join(" ")).toMatch(/ContractedCost is empty on 5 usage rows/);
    const total = figures.get("billing.total.effective")!;
    expect(total).toMatchObject({
      source: "billing",
      files: ["decks/billing/focus-1.0-sample.csv"],
      rows: 1000,
      period: { from: "2024-09", to: "2024-09" },
      currency: "USD",
    });
    expect(total.definition).toMatch(/EffectiveCost/);
    expect(total.value).toBe(14.98);
    // Typed figures say where they are typed.
    expect(figures.get("organization.revenue")).toMatchObject({
      source: "organization",
      file: "decks/org.yaml",
      field: "revenue",
      line: 4,
    });
    // The monthly spend is measured, not typed, and the derived figures are computed from it.
    expect(figures.has("organization.cloudSpend.monthly.0.amount")).toBe(false);
    expect(figures.get("figures.spend.monthly.0.amount")).toMatchObject({ value: 14.98, label: "2024-09" });
    expect(figures.get("figures.spend.annual")).toMatchObject({ source: "derived", file: "decks/org.yaml" });
    expect(figures.get("figures.spend.annual")!.value).toBeCloseTo(14.98 * 12, 9);
  });

  it("on the generated Corvane export: the same, and the figures the sample deck is tuned to", async () => {
    const options = { allocationTags: ["team"], breakdownTags: ["environment"] };
    const ws = await billingWorkspace(
      { "decks/billing/corvane-focus.csv.gz": corvane },
      "focus: billing/corvane-focus.csv.gz\nallocationTags: [team]\nbreakdownTags: [environment]",
    );
    removals.push(ws.remove);
    const { code, figures, billing } = await printedFigures(ws.root);
    expect(code).toBe(0);
    const records = csvRecords(gunzipSync(corvane).toString("utf8"));
    const reference = checkAgainstReference(records, figures, options);
    expect(billing?.sourceLine).toBe("FOCUS export, AWS and Microsoft, Dec 2025–Nov 2026, amortized cost");
    // The deck's figures are computed from the measured ones, and agree with the reference to the cent.
    const derived = (name: string) => figures.get(`figures.${name}`)?.value ?? NaN;
    const months = reference.monthly.map((m) => m.effective);
    months.forEach((amount, i) => {
      expect(derived(`spend.monthly.${i}.amount`)).toBe(amount);
    });
    expect(derived("spend.annual")).toBeCloseTo(
      months.reduce((a, b) => a + b, 0),
      2,
    );
    expect(derived("spend.growth")).toBeCloseTo(months[11]! / months[0]! - 1, 12);
    expect(derived("allocation.unallocatedAmount")).toBeCloseTo(reference.allocation!.unallocated, 2);
    expect(derived("commitments.coverage")).toBe(reference.coverage);
    expect(derived("commitments.committed")).toBeCloseTo(reference.commitmentCost!, 2);
    expect(derived("commitments.unusedCost")).toBeCloseTo(reference.unusedCost!, 2);
    const environments = reference.byTag.environment!;
    environments.forEach((e, i) => {
      expect(figures.get(`figures.breakdown.byEnvironment.${i}.amount`)).toMatchObject({
        value: e.cost,
        label: e.value === null ? "No environment tag" : e.value[0]!.toUpperCase() + e.value.slice(1),
      });
    });
    const value = (name: string) => figures.get(`billing.${name}`)?.value ?? NaN;
    expect(value("total.effective")).toBeCloseTo(18_000_000, -5);
    expect(value("change")).toBeCloseTo(0.35, 2);
    expect(value("allocation.share")).toBeCloseTo(0.685, 2);
    expect(value("commitment.coverage")).toBeCloseTo(0.45, 1);
    expect(value("commitment.utilization")).toBeCloseTo(0.9, 3);
  });

  it("reads a warehouse summary: the printed DuckDB query's result gives the same figures", async () => {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const ws = await billingWorkspace(
      { "decks/billing/README.md": "The summary is written here." },
      "summary: billing/summary.csv\nallocationTags: [business_unit]\nbreakdownTags: [environment]",
    );
    removals.push(ws.remove);
    const samplePath = join(repo, "test", "fixtures", "focus", "focus-1.0-sample.csv");
    let sql = "";
    await main(["figures", "--sql", "--dialect", "duckdb"], {
      stdout: (t) => (sql += t),
      stderr: () => {},
      cwd: ws.root,
    });
    const db = await DuckDBInstance.create(":memory:");
    const connection = await db.connect();
    try {
      // A warehouse table as an engine would hold it: typed columns, nulls as nulls.
      await connection.run(
        `CREATE TABLE focus_export AS SELECT * FROM read_csv('${samplePath}', nullstr = ['NULL', ''])`,
      );
      await connection.run(
        `COPY (${sql.replace(/;\s*$/, "")}) TO '${join(ws.root, "decks", "billing", "summary.csv")}' (HEADER)`,
      );
    } finally {
      connection.closeSync();
      db.closeSync();
    }
    const fromSummary = await printedFigures(ws.root);
    expect(fromSummary.code).toBe(0);
    expect(fromSummary.billing?.sourceLine).toMatch(/^FOCUS summary, AWS, Microsoft, and Oracle, Sep 2024/);
    const records = csvRecords(officialSample.toString("utf8"));
    checkAgainstReference(records, fromSummary.figures, {
      allocationTags: ["business_unit"],
      breakdownTags: ["environment"],
    });
  });

  it("--sql: the same aggregation for every engine; only focus_rows differs", async () => {
    for (const dialect of SQL_DIALECTS) {
      let sql = "";
      expect(
        await main(["figures", "--sql", "--dialect", dialect], { stdout: (t) => (sql += t), stderr: () => {} }),
      ).toBe(0);
      expect(sql).toContain(SUMMARY_AGGREGATION);
      expect(sql).toMatch(/FROM focus_export/);
    }
    expect(await main(["figures", "--sql", "--dialect", "oracle"], { stdout: () => {}, stderr: () => {} })).toBe(2);
  });
});
