import type { SummaryRow } from "../../billing/billingSummary.js";

/**
 * The billing summary query. Its aggregation reads a relation `focus_rows` and uses nothing but
 * SUM, COUNT and GROUP BY on plain columns, so it is the same text on every SQL engine; only
 * `focus_rows`, which names the table, takes the month and gives the costs an exact decimal type,
 * differs. Here `focus_rows` reads the export files; `briefings figures --sql` prints it over a
 * warehouse table, and `billing.summary` reads what that returns.
 */

/** Engines `briefings figures --sql` writes `focus_rows` for. */
export const SQL_DIALECTS = ["duckdb", "bigquery", "athena", "snowflake", "synapse"] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/** The columns `focus_rows` provides, in order. */
export const FOCUS_ROW_COLUMNS = [
  "ChargeMonth",
  "BillingCurrency",
  "ProviderName",
  "ServiceName",
  "ServiceCategory",
  "ChargeCategory",
  "PricingCategory",
  "CommitmentDiscountStatus",
  "Tags",
  "BilledCost",
  "EffectiveCost",
  "ListCost",
  "ContractedCost",
] as const;

/** The summary's columns, as the query names them and a summary CSV must have them. */
export const SUMMARY_COLUMNS = [
  "charge_month",
  "billing_currency",
  "provider_name",
  "service_name",
  "service_category",
  "charge_category",
  "pricing_category",
  "commitment_discount_status",
  "tags",
  "row_count",
  "billed_cost",
  "effective_cost",
  "list_cost",
  "contracted_cost",
  "billed_cost_rows",
  "effective_cost_rows",
  "list_cost_rows",
  "contracted_cost_rows",
] as const;
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number];

/** One row of the summary's result, read by column: text as written, row counts and exact sums. */
export interface SummaryValues {
  text(column: SummaryColumn): string | null;
  count(column: SummaryColumn): number;
  /** The sum as exact decimal text; `rowsWithIt` FOCUS rows had a value for it. */
  sum(column: SummaryColumn, rowsWithIt: number): string;
}

/**
 * A {@link SummaryRow} from one row of the summary's result, whether DuckDB returned it here or a
 * warehouse saved it as CSV (`billing.summary`).
 */
export function summaryRowOf(values: SummaryValues, month: string): SummaryRow {
  const rows = values.count("row_count");
  const contractedRows = values.count("contracted_cost_rows");
  return {
    month,
    currency: values.text("billing_currency"),
    provider: values.text("provider_name"),
    service: values.text("service_name"),
    category: values.text("service_category"),
    chargeCategory: values.text("charge_category"),
    pricingCategory: values.text("pricing_category"),
    commitmentStatus: values.text("commitment_discount_status"),
    tags: values.text("tags"),
    rows,
    billed: values.sum("billed_cost", rows),
    effective: values.sum("effective_cost", rows),
    list: values.sum("list_cost", rows),
    contracted: values.sum("contracted_cost", contractedRows),
    contractedMissing: rows - contractedRows,
  };
}

const DIMENSIONS = FOCUS_ROW_COLUMNS.slice(0, 9);
const COSTS = ["BilledCost", "EffectiveCost", "ListCost", "ContractedCost"] as const;
const snake = (name: string) => name.replace(/(?<=[a-z])(?=[A-Z])/g, "_").toLowerCase();

/** The aggregation: one row per month and combination of values, with cost sums and row counts. */
export const SUMMARY_AGGREGATION = [
  "SELECT",
  ...DIMENSIONS.map((c) => `  ${c} AS ${c === "ChargeMonth" ? "charge_month" : snake(c)},`),
  "  COUNT(*) AS row_count,",
  ...COSTS.map((c) => `  SUM(${c}) AS ${snake(c)},`),
  ...COSTS.map((c, i) => `  COUNT(${c}) AS ${snake(c)}_rows${i === COSTS.length - 1 ? "" : ","}`),
  "FROM focus_rows",
  `GROUP BY ${DIMENSIONS.join(", ")}`,
].join("\n");

/** The whole query, given the SELECT (or UNION of SELECTs) that makes `focus_rows`. */
export function summaryQuery(focusRows: string): string {
  return `WITH focus_rows AS (\n${indent(focusRows)}\n)\n${SUMMARY_AGGREGATION}\n`;
}

interface DialectParts {
  /** The UTC year-month of ChargePeriodStart, as YYYY-MM text. */
  month: string;
  /** A cost column as an exact decimal with 12 places. */
  money: (column: string) => string;
  tags: string;
  /** What to check or change for this engine. */
  notes: string[];
}

const DIALECTS: Record<SqlDialect, DialectParts> = {
  duckdb: {
    month: "strftime(CAST(ChargePeriodStart AS TIMESTAMP), '%Y-%m')",
    money: (c) => `CAST(${c} AS DECIMAL(38, 12))`,
    tags: "CAST(Tags AS VARCHAR)",
    notes: ["SET TimeZone = 'UTC' first if ChargePeriodStart is a TIMESTAMPTZ."],
  },
  bigquery: {
    month: "FORMAT_TIMESTAMP('%Y-%m', ChargePeriodStart, 'UTC')",
    money: (c) => `CAST(${c} AS BIGNUMERIC)`,
    tags: "Tags",
    notes: ["If Tags is a JSON column, write TO_JSON_STRING(Tags) AS Tags."],
  },
  athena: {
    month: "date_format(ChargePeriodStart, '%Y-%m')",
    money: (c) => `CAST(${c} AS DECIMAL(38, 12))`,
    tags: "Tags",
    notes: ["If Tags is a map column, write json_format(CAST(Tags AS JSON)) AS Tags."],
  },
  snowflake: {
    month: "TO_CHAR(ChargePeriodStart, 'YYYY-MM')",
    money: (c) => `CAST(${c} AS NUMBER(38, 12))`,
    tags: "Tags",
    notes: [
      "Run with TIMEZONE = 'UTC' if ChargePeriodStart carries a time zone.",
      "If Tags is a VARIANT or OBJECT column, write TO_JSON(Tags) AS Tags.",
      "If the table's column names were created quoted in mixed case, quote them here too.",
    ],
  },
  synapse: {
    month: "CONVERT(CHAR(7), ChargePeriodStart, 126)",
    money: (c) => `CAST(${c} AS DECIMAL(38, 12))`,
    tags: "CAST(Tags AS NVARCHAR(4000))",
    notes: ["A ChargePeriodStart of type datetimeoffset needs SWITCHOFFSET(ChargePeriodStart, '+00:00')."],
  },
};

/**
 * The summary query over a warehouse table holding FOCUS rows, for one engine: what
 * `briefings figures --sql` prints. Its result, saved as CSV, is what `billing.summary` reads.
 */
export function warehouseQuery(dialect: SqlDialect, table = "focus_export"): string {
  const d = DIALECTS[dialect];
  const focusRows = [
    "SELECT",
    `  ${d.month} AS ChargeMonth,`,
    "  BillingCurrency,",
    "  ProviderName, -- FOCUS 1.3: ServiceProviderName AS ProviderName",
    "  ServiceName,",
    "  ServiceCategory,",
    "  ChargeCategory,",
    "  PricingCategory,",
    "  CommitmentDiscountStatus,",
    `  ${d.tags === "Tags" ? "Tags" : `${d.tags} AS Tags`},`,
    ...COSTS.map((c, i) => `  ${d.money(c)} AS ${c}${i === COSTS.length - 1 ? "" : ","}`),
    `FROM ${table}`,
  ].join("\n");
  const header = [
    `-- finops-briefings: FOCUS billing summary (${dialect}).`,
    `-- Replace ${table} with your FOCUS table. Only focus_rows differs between engines;`,
    "-- save the result as CSV with a header row and point billing.summary at it.",
    ...d.notes.map((n) => `-- ${n}`),
  ].join("\n");
  return `${header}\n${summaryQuery(focusRows)}`;
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}
