import { join } from "node:path";
import { BILLING_CACHE_FILE, type BillingCache } from "../billing/loadedBilling.js";
import type { LoadedBilling } from "../billing/loadedBilling.js";
import { writeFileAtomic } from "./writeFileAtomic.js";

/**
 * Keep the billing summaries of this build in the output folder, so the next build whose data
 * files did not change reads them instead of the data. Only the current summaries are kept.
 */
export async function writeBillingCache(outDir: string, billing: Iterable<LoadedBilling>): Promise<void> {
  const cache: BillingCache = { version: 1, entries: {} };
  for (const b of billing) cache.entries[b.key] = b.summary;
  await writeFileAtomic(join(outDir, BILLING_CACHE_FILE), new TextEncoder().encode(JSON.stringify(cache) + "\n"), {
    within: outDir,
  });
}
