import type { BriefingError } from "../../errors.js";
import { sha256 } from "../../source/hash.js";
import type { SourceFile } from "../../source/sourceFile.js";
import type { BillingCache } from "../../billing/loadedBilling.js";
import type { BillingSummary, SummaryRow } from "../../billing/billingSummary.js";
import type { BillingInputs, LoadedBilling } from "../../billing/loadedBilling.js";
import { billingRequest, findDataFiles, workspacePattern } from "./findDataFiles.js";
import { readSummaryFile } from "./readSummaryFile.js";
import { scanFocus } from "./scanFocus.js";

/** Options for {@link loadBilling}. */
export interface LoadBillingOptions {
  /** Summaries made before; a summary whose key is there is not made again. */
  cache?: BillingCache;
  /** Fingerprint of this tool: a new version makes summaries again. */
  generator: string;
}

/**
 * Find, read and summarize the billing data an organization file names (nothing when it names
 * none). Only the load stage reads files: the figures are computed later from the summary.
 */
export async function loadBilling(
  root: string,
  organization: SourceFile,
  options: LoadBillingOptions,
): Promise<{ billing?: LoadedBilling; errors: BriefingError[] }> {
  const request = billingRequest(organization);
  if (!request) return { errors: [] };
  const found = findDataFiles(root, request);
  if (found.errors.length > 0) return { errors: found.errors };
  const inputs: BillingInputs = {
    organization: workspacePattern(root, request, organization.path),
    patterns: request.patterns.map((p) => workspacePattern(root, request, p.text)),
    files: Object.fromEntries(found.files.map((f) => [f.path, f.fingerprint])),
  };
  const key = sha256(JSON.stringify({ generator: options.generator, kind: request.kind, files: inputs.files }));
  const cached = options.cache?.entries[key];
  if (cached) return { billing: { summary: cached, inputs, key }, errors: [] };
  const read = request.kind === "summary" ? await readSummaryFile(found.files[0]!) : await scanFocus(found.files);
  if ("errors" in read) return { errors: read.errors };
  const files = found.files.map((f) => ({ path: f.path, bytes: f.bytes }));
  const rows = sortRows(read.rows);
  const summary: BillingSummary = {
    kind: request.kind,
    files,
    rowsRead: read.rowsRead,
    rows,
    hash: sha256(JSON.stringify({ kind: request.kind, files, rows })),
  };
  return { billing: { summary, inputs, key }, errors: [] };
}

/** Rows in one order whatever order the engine returned them in, so equal data hash equally. */
function sortRows(rows: SummaryRow[]): SummaryRow[] {
  return rows
    .map((row) => ({ row, key: JSON.stringify(row) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ row }) => row);
}
