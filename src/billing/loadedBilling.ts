import type { BillingSummary } from "./billingSummary.js";

/** What an incremental build records about an organization's billing data, to tell later whether it changed. */
export interface BillingInputs {
  /** The organization file, relative to the workspace. */
  organization: string;
  /** The paths and globs, resolved and relative to the workspace. */
  patterns: string[];
  /** Every file they matched, relative to the workspace, with its fingerprint. */
  files: Record<string, string>;
}

/** An organization's billing data, summarized. */
export interface LoadedBilling {
  summary: BillingSummary;
  inputs: BillingInputs;
  /** The cache key: the files' fingerprints and the tool's. */
  key: string;
}

/** The billing cache's file name inside the output folder. */
export const BILLING_CACHE_FILE = ".briefings-billing.json";

/** Billing summaries already made, by the key of the files (and tool) they were made from. */
export interface BillingCache {
  version: 1;
  entries: Record<string, BillingSummary>;
}
