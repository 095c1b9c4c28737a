import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BillingSummary } from "../../billing/billingSummary.js";
import { BILLING_CACHE_FILE, type BillingCache } from "../../billing/loadedBilling.js";

/**
 * Read the billing cache of an output folder; an empty cache when there is none or it is not what
 * this tool writes (it is only a shortcut: a summary missing from it is made again).
 */
export function readBillingCache(outDir: string): BillingCache {
  try {
    const data = JSON.parse(readFileSync(join(outDir, BILLING_CACHE_FILE), "utf8")) as Partial<Record<string, unknown>>;
    if (data.version !== 1 || typeof data.entries !== "object" || data.entries === null) throw new Error("shape");
    const entries = Object.fromEntries(
      Object.entries(data.entries as Record<string, unknown>).filter((e): e is [string, BillingSummary] =>
        isSummary(e[1]),
      ),
    );
    return { version: 1, entries };
  } catch {
    return { version: 1, entries: {} };
  }
}

function isSummary(value: unknown): value is BillingSummary {
  if (value === null || typeof value !== "object") return false;
  const s = value as Partial<BillingSummary>;
  return (
    (s.kind === "focus" || s.kind === "summary") &&
    Array.isArray(s.files) &&
    Array.isArray(s.rows) &&
    typeof s.rowsRead === "number" &&
    typeof s.hash === "string" &&
    s.rows.every((r) => typeof r === "object" && typeof r.month === "string" && typeof r.effective === "string")
  );
}
