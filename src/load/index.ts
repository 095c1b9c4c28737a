export * from "../source/sourceFile.js";
export * from "./loadWorkspace.js";
export * from "./readManifest.js";
export * from "./inputFiles.js";
export { sha256 } from "../source/hash.js";
export * from "./readPresentationTheme.js";
export * from "./billing/summaryQuery.js";
export type { BillingSummary, SummaryRow, BillingFile } from "../billing/billingSummary.js";
export type { LoadedBilling, BillingInputs } from "../billing/loadedBilling.js";
