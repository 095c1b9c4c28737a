/**
 * Figures the organization's billing data (FOCUS exports) gives, in the terms of the fields an
 * organization file types by hand. Every figure is optional: a rule compares only what the billing
 * data provides. Whoever computes billing figures maps them to this shape for `checkDeck`.
 */
export interface BillingFigures {
  /** Where the figures come from, for messages, e.g. "FOCUS export, Dec 2025–Nov 2026". */
  source: string;
  /** Spend by month (YYYY-MM), oldest first. */
  monthly?: { month: string; amount: number }[];
  /** Spend over the last twelve months (or the billing period's run rate). */
  annual?: number;
  /** Growth of monthly spend, as the deck measures it (0.3 = 30%). */
  growth?: number;
  /** Share of spend not allocated to an owner (0–1). */
  unallocatedShare?: number;
  /** Share of spend allocated to an owner (0–1); with `unallocatedShare` it makes 1. */
  allocatedShare?: number;
  /** Share of commitment-eligible spend covered by commitments (0–1). */
  commitmentCoverage?: number;
  /** Share of committed spend actually used (0–1). */
  commitmentUtilization?: number;
}
