import type { BriefingError } from "../errors.js";

/**
 * One row of the billing summary: the sums of the FOCUS rows that share a month and these values,
 * as the summary query (`briefings figures --sql`) returns them. Values are as written in the data
 * (the `NULL` text and empty strings included): the figures clean them, so a summary made in a
 * warehouse and one made here give the same figures.
 */
export interface SummaryRow {
  /** UTC year-month of `ChargePeriodStart`, `YYYY-MM`. */
  month: string;
  currency: string | null;
  /** `ProviderName` (FOCUS 1.0–1.2) or `ServiceProviderName` (1.3). */
  provider: string | null;
  service: string | null;
  category: string | null;
  chargeCategory: string | null;
  pricingCategory: string | null;
  commitmentStatus: string | null;
  /** The `Tags` JSON text, as written. */
  tags: string | null;
  /** FOCUS rows summed into this one. */
  rows: number;
  /** Sums as exact decimal text (at most 12 decimals). */
  billed: string;
  effective: string;
  list: string;
  contracted: string;
  /** Rows whose `ContractedCost` is null (summed as nothing). */
  contractedMissing: number;
}

/** A data file the summary was made from. */
export interface BillingFile {
  /** Path relative to the workspace root, with `/`. */
  path: string;
  bytes: number;
}

/** The billing data of one organization, summarized: what the figures are computed from. */
export interface BillingSummary {
  /** `focus`: made here from export files; `summary`: read from a precomputed summary file. */
  kind: "focus" | "summary";
  files: BillingFile[];
  /** FOCUS rows the summary covers. */
  rowsRead: number;
  rows: SummaryRow[];
  /** SHA-256 of the rows: decks built from the figures are rebuilt exactly when it changes. */
  hash: string;
}

/** The rows read from billing data files, or why they could not be read. */
export type SummaryRead = { rows: SummaryRow[]; rowsRead: number } | { errors: BriefingError[] };
