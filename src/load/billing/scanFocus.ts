import type { DuckDBConnection, DuckDBValue } from "@duckdb/node-api";
import { BriefingError } from "../../errors.js";
import type { SummaryRead, SummaryRow } from "../../billing/billingSummary.js";
import { gzipProblem } from "./checkGzip.js";
import { readCsvHeader } from "./csvHeader.js";
import { duckdb } from "./duckdb.js";
import { decimalText, SCALE } from "../../billing/decimal.js";
import type { DataFile } from "./findDataFiles.js";
import { mapColumns, REQUIRED_COSTS, type FileColumn } from "./focusColumns.js";
import { summaryQuery, summaryRowOf, SUMMARY_COLUMNS } from "./summaryQuery.js";
import { findBadRows } from "./findBadRows.js";
import { quoteName, reader, unreadable } from "./readerSql.js";

const DECIMAL = `DECIMAL(38, ${SCALE})`;

/**
 * Summarize FOCUS export files with one DuckDB query (the summary query, over a `focus_rows` that
 * reads each file's needed columns). Checked on the way: every file readable and whole, the
 * mandatory columns present, every cost a number and every row dated; a problem names the file and
 * the column or row.
 */
export async function scanFocus(files: readonly DataFile[]): Promise<SummaryRead> {
  const gzipChecks = Promise.all(
    files.map((f) => (f.format === "csv.gz" ? gzipProblem(f.file) : Promise.resolve(undefined))),
  );
  const { DuckDBInstance } = await duckdb();
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run("SET TimeZone = 'UTC'");
    const errors = new Map<DataFile, BriefingError[]>();
    const layouts: Layout[] = [];
    for (const file of files) {
      try {
        const header = file.format === "parquet" ? undefined : await readCsvHeader(file.file, file.format === "csv.gz");
        const columns = header
          ? header.map((name) => ({ name, type: "VARCHAR" }))
          : (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${reader(file)}`))
              .getRows()
              .map(([name, type]) => ({ name: String(name), type: String(type) }));
        const mapped = mapColumns(columns);
        for (const column of mapped.missing)
          add(
            errors,
            file,
            new BriefingError(`missing mandatory FOCUS column ${column}`, {
              code: "billing-missing-column",
              file: file.file,
              path: column,
              hint: "export FOCUS 1.0 or later with every mandatory column",
            }),
          );
        layouts.push({ file, columns: mapped.columns, header });
      } catch (cause) {
        add(errors, file, unreadable(file, cause));
      }
    }
    // A broken gzip file says so, rather than what DuckDB makes of it.
    const broken = async () => {
      for (const [i, problem] of (await gzipChecks).entries())
        if (problem)
          errors.set(files[i]!, [
            new BriefingError(problem, {
              code: "billing-unreadable",
              file: files[i]!.file,
              hint: "download or copy the export again",
            }),
          ]);
      return [...errors.values()].flat();
    };
    if (errors.size > 0) return { errors: await broken() };

    const sql = summaryQuery(layouts.map(focusRowsOf).join("\nUNION ALL\n"));
    // The gzip check reads beside the query, on another thread.
    const [read] = await Promise.all([
      connection.runAndReadAll(sql).then(
        (result) => summaryRows(result.getRows()),
        () => undefined, // a value DuckDB cannot convert, or a file it cannot read: explained below
      ),
      gzipChecks,
    ]);
    const gzip = await broken();
    if (gzip.length > 0) return { errors: gzip };
    if (!read?.complete) return { errors: await explain(connection, layouts) };
    const rows = read.rows;
    return { rows, rowsRead: rows.reduce((n, r) => n + r.rows, 0) };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** A file and how its columns map onto FOCUS's (with its header row, for a CSV). */
export interface Layout {
  file: DataFile;
  columns: Map<string, FileColumn>;
  header?: string[];
}

/** One file's share of `focus_rows`: its needed columns under their FOCUS names, costs as exact decimals. */
function focusRowsOf({ file, columns, header }: Layout): string {
  const col = (name: string) => columns.get(name);
  const text = (name: string) => {
    const c = col(name);
    if (!c) return "CAST(NULL AS VARCHAR)";
    if (c.type === "VARCHAR") return quoteName(c.name);
    if (name === "Tags" && /^(MAP|STRUCT)/.test(c.type)) return `CAST(to_json(${quoteName(c.name)}) AS VARCHAR)`;
    return `CAST(${quoteName(c.name)} AS VARCHAR)`;
  };
  const start = col("ChargePeriodStart")!;
  const startName = quoteName(start.name);
  // Text: a time in UTC ("…Z") or with no zone parses as TIMESTAMP several times faster than through
  // TIMESTAMPTZ; one with an offset ("+02:00") must take that way, or the offset would be ignored.
  const time =
    start.type === "VARCHAR"
      ? `COALESCE(CASE WHEN ends_with(${startName}, 'Z') OR (strpos(substr(${startName}, 11), '+') = 0 ` +
        `AND strpos(substr(${startName}, 11), '-') = 0) ` +
        `THEN TRY_CAST(${startName} AS TIMESTAMP) END, CAST(CAST(${startName} AS TIMESTAMPTZ) AS TIMESTAMP))`
      : `CAST(${startName} AS TIMESTAMP)`;
  const money = (name: string) => {
    const c = quoteName(col(name)!.name);
    if (col(name)!.type !== "VARCHAR") return `CAST(${c} AS ${DECIMAL})`;
    // Text: DECIMAL(18, 12) parses several times faster than DECIMAL(38, 12) and holds every cost
    // under a million; larger ones, and the NULL text, take the slow way.
    const empty = `CASE WHEN upper(trim(${c})) IN ('', 'NULL') THEN NULL ELSE ${c} END`;
    return `COALESCE(TRY_CAST(${c} AS DECIMAL(18, ${SCALE})), CAST(${empty} AS ${DECIMAL}))`;
  };
  return [
    "SELECT",
    `  strftime(${time}, '%Y-%m') AS ChargeMonth,`,
    ...["BillingCurrency", "ProviderName", "ServiceName", "ServiceCategory", "ChargeCategory"].map(
      (c) => `  ${text(c)} AS ${c},`,
    ),
    ...["PricingCategory", "CommitmentDiscountStatus", "Tags"].map((c) => `  ${text(c)} AS ${c},`),
    ...["BilledCost", "EffectiveCost", "ListCost", "ContractedCost"].map(
      (c, i) => `  ${money(c)} AS ${c}${i === 3 ? "" : ","}`,
    ),
    `FROM ${reader(file, { header })}`,
  ].join("\n");
}

/** Rows as the summary query returns them, and whether every row was dated and costed. */
function summaryRows(values: DuckDBValue[][]): { rows: SummaryRow[]; complete: boolean } {
  const index = Object.fromEntries(SUMMARY_COLUMNS.map((c, i) => [c, i])) as Record<
    (typeof SUMMARY_COLUMNS)[number],
    number
  >;
  let complete = true;
  const rows = values.map((v) => {
    const text = (c: keyof typeof index) => (v[index[c]] === null ? null : String(v[index[c]]));
    const count = (c: keyof typeof index) => Number(v[index[c]]);
    const sum = (c: keyof typeof index) => decimalOf(v[index[c]] ?? null);
    const rows = count("row_count");
    const month = text("charge_month");
    if (month === null || REQUIRED_COSTS.some((c) => count(costRows(c)) !== rows)) complete = false;
    return summaryRowOf({ text, count, sum }, month ?? "");
  });
  return { rows, complete };
}

function costRows(cost: (typeof REQUIRED_COSTS)[number]) {
  return `${cost.replace(/(?<=[a-z])(?=[A-Z])/g, "_").toLowerCase()}_rows` as (typeof SUMMARY_COLUMNS)[number];
}

function decimalOf(value: DuckDBValue): string {
  if (value === null) return "0";
  if (typeof value === "object" && "scale" in value && "value" in value && typeof value.value === "bigint") {
    const shift = SCALE - value.scale;
    return decimalText(shift >= 0 ? value.value * 10n ** BigInt(shift) : value.value / 10n ** BigInt(-shift));
  }
  throw new Error(`unexpected sum: ${String(value)}`);
}

/** Errors for the rows and files that stopped the summary query. */
async function explain(connection: DuckDBConnection, layouts: readonly Layout[]): Promise<BriefingError[]> {
  await connection.run("SET threads = 1"); // row numbers in file order
  const errors: BriefingError[] = [];
  for (const layout of layouts) {
    try {
      const bad = await findBadRows(connection, layout);
      errors.push(...bad);
      if (bad.length === 0) await connection.run(`SELECT count(*) FROM (${focusRowsOf(layout)})`);
    } catch (cause) {
      errors.push(unreadable(layout.file, cause));
    }
  }
  if (errors.length === 0)
    errors.push(
      new BriefingError("the billing data could not be summarized", {
        code: "billing-unreadable",
        file: layouts[0]?.file.file,
        hint: "check that the files are FOCUS exports",
      }),
    );
  return errors;
}

function add(errors: Map<DataFile, BriefingError[]>, file: DataFile, error: BriefingError): void {
  errors.set(file, [...(errors.get(file) ?? []), error]);
}
