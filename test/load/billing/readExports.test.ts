import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { billingWorkspace, printedFigures } from "../../support/billingWorkspace.js";
import { tempDir } from "../../support/tempDir.js";

/**
 * The same data written the ways exports come: Parquet with typed columns, FOCUS 1.3 names, tags as
 * a map, lower-case column names, split over several files of both kinds. The figures must not change.
 */
const sample = join(import.meta.dirname, "..", "..", "fixtures", "focus", "focus-1.0-sample.csv");
const settings = "allocationTags: [business_unit]\nbreakdownTags: [environment, org]";
let scratch: string;
let baseline: Map<string, number | null>;
const removals: (() => Promise<void>)[] = [];

async function duckdb(statements: string[]): Promise<void> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const db = await DuckDBInstance.create(":memory:");
  const connection = await db.connect();
  try {
    for (const sql of statements) await connection.run(sql);
  } finally {
    connection.closeSync();
    db.closeSync();
  }
}

async function figuresOf(files: Record<string, string>, focus: string) {
  const data = Object.fromEntries(
    await Promise.all(Object.entries(files).map(async ([to, from]) => [to, await readFile(from)] as const)),
  );
  const ws = await billingWorkspace(data, `focus: ${focus}\n${settings}`);
  removals.push(ws.remove);
  return printedFigures(ws.root);
}

const billingValues = (figures: Map<string, { value: number | null }>) =>
  new Map([...figures].filter(([name]) => name.startsWith("billing.")).map(([name, f]) => [name, f.value]));

beforeAll(async () => {
  scratch = await tempDir("briefings-exports-");
  const typed = `read_csv('${sample}', nullstr = ['NULL', ''])`;
  const header = (await readFile(sample, "utf8"))
    .split("\n")[0]!
    .split(",")
    .map((c) => JSON.parse(c) as string);
  await duckdb([
    // FOCUS 1.3: ServiceProviderName replaces ProviderName; costs as DECIMAL, times with a zone, tags as a map.
    `COPY (SELECT * EXCLUDE (ProviderName, Tags, EffectiveCost, ChargePeriodStart), ProviderName AS ServiceProviderName,
       CAST(EffectiveCost AS DECIMAL(20, 11)) AS EffectiveCost,
       CAST(ChargePeriodStart AS TIMESTAMPTZ) AS ChargePeriodStart,
       CAST(CAST(Tags AS JSON) AS MAP(VARCHAR, VARCHAR)) AS Tags FROM ${typed}) TO '${scratch}/focus-1.3.parquet'`,
    // Lower-case column names, as some warehouses write them.
    `COPY (SELECT ${header.map((c) => `"${c}" AS "${c.toLowerCase()}"`).join(", ")} FROM ${typed})
       TO '${scratch}/lower.parquet'`,
    // Split in two by row: one half Parquet, the other CSV.gz written as text.
    `COPY (SELECT * FROM ${typed} WHERE Id % 2 = 0) TO '${scratch}/even.parquet'`,
    `COPY (SELECT * FROM read_csv('${sample}', all_varchar = true) WHERE CAST(Id AS BIGINT) % 2 = 1)
       TO '${scratch}/odd.csv.gz' (HEADER, QUOTE '"', FORCE_QUOTE *)`,
  ]);
  baseline = billingValues((await figuresOf({ "decks/billing/sample.csv": sample }, "billing/sample.csv")).figures);
  expect(baseline.get("billing.total.effective")).toBe(14.98);
});

afterAll(async () => {
  await Promise.all(removals.map((r) => r()));
});

describe("reading FOCUS exports", () => {
  it("Parquet in FOCUS 1.3 (ServiceProviderName), typed costs and times, tags as a map", async () => {
    const { code, errors, figures } = await figuresOf(
      { "decks/billing/focus-1.3.parquet": `${scratch}/focus-1.3.parquet` },
      "billing/focus-1.3.parquet",
    );
    expect(errors).toEqual([]);
    expect(code).toBe(0);
    expect(billingValues(figures)).toEqual(baseline);
  });

  it("column names in any case", async () => {
    const { code, figures } = await figuresOf(
      { "decks/billing/lower.parquet": `${scratch}/lower.parquet` },
      "billing/lower.parquet",
    );
    expect(code).toBe(0);
    expect(billingValues(figures)).toEqual(baseline);
  });

  it("several files of both kinds, from a list of paths and globs", async () => {
    const { code, figures, billing } = await figuresOf(
      {
        "decks/billing/2024/even.parquet": `${scratch}/even.parquet`,
        "decks/billing/2024/odd.csv.gz": `${scratch}/odd.csv.gz`,
      },
      "[billing/2024/*.parquet, billing/**/odd.csv.gz]",
    );
    expect(code).toBe(0);
    expect(billing?.rowsRead).toBe(1000);
    expect(billingValues(figures)).toEqual(baseline);
  });

  it("times with an offset fall in their UTC month; large costs; a period named in the settings is kept", async () => {
    const header =
      "ChargePeriodStart,BillingCurrency,ProviderName,ServiceName,ServiceCategory,ChargeCategory," +
      "BilledCost,EffectiveCost,ListCost,ContractedCost";
    const csv = [
      header,
      "2026-03-31T23:30:00-02:00,USD,AWS,EC2,Compute,Usage,1,1,1,1", // April in UTC
      "2026-04-01T01:00:00+02:00,USD,AWS,EC2,Compute,Usage,2,2,2,2", // March in UTC
      "2026-03-15 10:00:00,USD,AWS,EC2,Compute,Usage,4,4,4,4",
      "2026-03-20 00:00:00,USD,AWS,EC2,Compute,Usage,1234567.891,1234567.891,1234567.891,NULL", // a million and more
    ].join("\n");
    const ws = await billingWorkspace(
      { "decks/billing/times.csv": csv },
      "focus: billing/times.csv\nperiod: { from: 2026-02, to: 2026-04 }",
    );
    removals.push(ws.remove);
    const { code, figures } = await printedFigures(ws.root);
    expect(code).toBe(0);
    expect([0, 1, 2].map((i) => figures.get(`billing.monthly.${i}.effective`)?.value)).toEqual([0, 1234573.89, 1]);
    expect(figures.get("billing.change")?.value).toBeNull(); // the first month is 0
    expect(figures.get("billing.allocation.share")).toBeUndefined(); // no allocation tags set
  });
});
