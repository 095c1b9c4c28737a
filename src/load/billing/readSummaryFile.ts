import { BriefingError } from "../../errors.js";
import type { SummaryRead, SummaryRow } from "../../billing/billingSummary.js";
import { gzipProblem } from "./checkGzip.js";
import { duckdb } from "./duckdb.js";
import { decimalText, parseDecimal } from "../../billing/decimal.js";
import type { DataFile } from "./findDataFiles.js";
import { reader, unreadable } from "./readerSql.js";
import { SUMMARY_COLUMNS, summaryRowOf, type SummaryColumn } from "./summaryQuery.js";

/**
 * Read a summary saved from a warehouse (the result of `briefings figures --sql`, as CSV with a
 * header row): the same rows the export files would give here. Problems name the row and column.
 */
export async function readSummaryFile(file: DataFile): Promise<SummaryRead> {
  const broken = file.format === "csv.gz" ? await gzipProblem(file.file) : undefined;
  if (broken)
    return {
      errors: [
        new BriefingError(broken, { code: "billing-unreadable", file: file.file, hint: "save the summary again" }),
      ],
    };
  const { DuckDBInstance } = await duckdb();
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const connection = await instance.connect();
  let names: string[];
  let values: (string | null)[][];
  try {
    const result = await connection.runAndReadAll(`SELECT * FROM ${reader(file)}`);
    names = result.columnNames().map((n) => n.trim().toLowerCase());
    values = result.getRows().map((row) => row.map((v) => (v === null ? null : String(v))));
  } catch (cause) {
    return { errors: [unreadable(file, cause)] };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  const missing = SUMMARY_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0)
    return {
      errors: missing.map(
        (column) =>
          new BriefingError(`missing summary column ${column}`, {
            code: "billing-missing-column",
            file: file.file,
            path: column,
            hint: "save the complete result of `briefings figures --sql`, with its header row",
          }),
      ),
    };
  const at = Object.fromEntries(SUMMARY_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<
    (typeof SUMMARY_COLUMNS)[number],
    number
  >;
  const errors: BriefingError[] = [];
  const problem = (row: number, column: string, message: string) =>
    errors.push(
      new BriefingError(`row ${row}: ${column} ${message}`, {
        code: "billing-bad-value",
        file: file.file,
        path: column,
        hint: "save the result of `briefings figures --sql` unchanged",
      }),
    );
  const rows = values.map((v, i): SummaryRow => {
    const n = i + 1;
    const text = (c: SummaryColumn) => v[at[c]] ?? null;
    // Each count read once, so a bad one is reported once.
    const counts = new Map<SummaryColumn, number>();
    const count = (c: SummaryColumn) => {
      let value = counts.get(c);
      if (value !== undefined) return value;
      value = Number(text(c) ?? "0");
      if (!Number.isSafeInteger(value) || value < 0) problem(n, c, `is not a row count: "${text(c) ?? ""}"`);
      counts.set(c, value);
      return value;
    };
    const sum = (c: SummaryColumn, rowsWithIt: number) => {
      const raw = text(c);
      if (raw === null || raw.trim() === "") {
        if (rowsWithIt > 0) problem(n, c, "is empty");
        return "0";
      }
      const units = parseDecimal(raw);
      if (units === undefined) {
        problem(n, c, `is not a number: "${raw}"`);
        return "0";
      }
      return decimalText(units);
    };
    const month = text("charge_month") ?? "";
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) problem(n, "charge_month", `is not a month (YYYY-MM): "${month}"`);
    const rowCount = count("row_count");
    for (const cost of ["billed_cost", "effective_cost", "list_cost"] as const) {
      const with_ = count(`${cost}_rows`);
      if (with_ !== rowCount)
        problem(
          n,
          `${cost}_rows`,
          `is ${with_} of ${rowCount} rows: some FOCUS rows have no ${cost.replace("_", " ")}`,
        );
    }
    return summaryRowOf({ text, count, sum }, month);
  });
  if (errors.length > 0) return { errors: errors.slice(0, 20) };
  return { rows, rowsRead: rows.reduce((n, r) => n + r.rows, 0) };
}
