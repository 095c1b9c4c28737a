import type { DuckDBConnection } from "@duckdb/node-api";
import { BriefingError } from "../../errors.js";
import { SCALE } from "../../billing/decimal.js";
import { REQUIRED_COSTS, type FileColumn } from "./focusColumns.js";
import { quoteName, reader } from "./readerSql.js";
import type { Layout } from "./scanFocus.js";

interface Check {
  column: FileColumn;
  /** SQL: true on a row that breaks the check. */
  bad: string;
  /** What is wrong, given the value as text (null when empty). */
  problem: (value: string | null) => string;
}

/**
 * The first row of a file where each checked column is unusable: a date that is empty or not a
 * date, a cost that is empty (ContractedCost may be) or not a number. Rows count from 1, in file
 * order (the caller runs DuckDB on one thread); a CSV's header is not a row.
 */
export async function findBadRows(
  connection: DuckDBConnection,
  { file, columns, header }: Layout,
): Promise<BriefingError[]> {
  const checks: Check[] = [];
  const start = columns.get("ChargePeriodStart")!;
  const notTime = start.type === "VARCHAR" ? `TRY_CAST(${quoteName(start.name)} AS TIMESTAMPTZ) IS NULL` : "false";
  checks.push({
    column: start,
    bad: `${empty(start)} OR ${notTime}`,
    problem: (v) => (v === null ? "is empty" : `is not a date and time: "${v}"`),
  });
  for (const name of [...REQUIRED_COSTS, "ContractedCost"]) {
    const column = columns.get(name)!;
    const notNumber =
      column.type === "VARCHAR"
        ? `TRY_CAST(trim(${quoteName(column.name)}) AS DECIMAL(38, ${SCALE})) IS NULL`
        : `NOT isfinite(CAST(${quoteName(column.name)} AS DOUBLE))`;
    checks.push({
      column,
      bad: name === "ContractedCost" ? `NOT (${empty(column)}) AND ${notNumber}` : `${empty(column)} OR ${notNumber}`,
      problem: (v) => (v === null ? "is empty" : `is not a number: "${v}"`),
    });
  }
  const numbered =
    file.format === "parquet"
      ? `SELECT file_row_number + 1 AS n, * FROM ${reader(file, { extra: ", file_row_number = true" })}`
      : `SELECT row_number() OVER () AS n, * FROM ${reader(file, { header })}`;
  const select = checks.flatMap((c, i) => [
    `min(n) FILTER (WHERE ${c.bad}) AS row_${i}`,
    `arg_min(CAST(${quoteName(c.column.name)} AS VARCHAR), n) FILTER (WHERE ${c.bad}) AS value_${i}`,
  ]);
  const result = await connection.runAndReadAll(`SELECT ${select.join(", ")} FROM (${numbered})`);
  const [values = []] = result.getRows();
  return checks.flatMap((check, i) => {
    const row = values[2 * i];
    if (row === null || row === undefined) return [];
    const value = values[2 * i + 1];
    const text = value === null || value === undefined ? null : String(value);
    return [
      new BriefingError(`row ${String(row)}: ${check.column.name} ${check.problem(isEmptyText(text) ? null : text)}`, {
        code: "billing-bad-value",
        file: file.file,
        path: check.column.name,
        hint:
          check.column.name === start.name
            ? "every FOCUS row needs the start of its charge period, e.g. 2026-03-01 00:00:00"
            : `every FOCUS row needs a number in ${check.column.name}, e.g. 12.5`,
      }),
    ];
  });
}

/** SQL: the column is null, empty or the text NULL. */
function empty(column: FileColumn): string {
  const c = quoteName(column.name);
  return column.type === "VARCHAR" ? `(${c} IS NULL OR upper(trim(${c})) IN ('', 'NULL'))` : `${c} IS NULL`;
}

function isEmptyText(text: string | null): boolean {
  return text === null || ["", "NULL"].includes(text.trim().toUpperCase());
}
