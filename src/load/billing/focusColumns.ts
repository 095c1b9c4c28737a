/**
 * Which FOCUS columns the summary reads, and how each file's own columns map onto them: names are
 * matched without regard to case, FOCUS 1.3's ServiceProviderName stands in for ProviderName, and
 * the conditional columns may be missing (their values are then null).
 */

/** Columns every FOCUS version requires that the figures use. */
export const MANDATORY_COLUMNS = [
  "BilledCost",
  "BillingCurrency",
  "ChargeCategory",
  "ChargePeriodStart",
  "ContractedCost",
  "EffectiveCost",
  "ListCost",
  "ServiceCategory",
  "ServiceName",
] as const;

/** Conditional columns: null when a file does not have them. */
export const OPTIONAL_COLUMNS = ["PricingCategory", "CommitmentDiscountStatus", "Tags"] as const;

/** The provider: ProviderName up to FOCUS 1.2, ServiceProviderName from 1.3. */
export const PROVIDER_COLUMNS = ["ProviderName", "ServiceProviderName"] as const;

/** Cost columns that must hold a number on every row (ContractedCost may be empty: it is summed as nothing). */
export const REQUIRED_COSTS = ["BilledCost", "EffectiveCost", "ListCost"] as const;

/** A column as a file has it. */
export interface FileColumn {
  /** The name as written in the file. */
  name: string;
  /** DuckDB's type name, e.g. VARCHAR, DOUBLE, TIMESTAMP WITH TIME ZONE. */
  type: string;
}

/** A file's columns by FOCUS name, or the mandatory ones it lacks. */
export function mapColumns(columns: readonly FileColumn[]): { columns: Map<string, FileColumn>; missing: string[] } {
  const byName = new Map(columns.map((c) => [c.name.trim().toLowerCase(), c]));
  const out = new Map<string, FileColumn>();
  const missing: string[] = [];
  for (const name of [...MANDATORY_COLUMNS, ...OPTIONAL_COLUMNS]) {
    const column = byName.get(name.toLowerCase());
    if (column) out.set(name, column);
    else if ((MANDATORY_COLUMNS as readonly string[]).includes(name)) missing.push(name);
  }
  const provider = PROVIDER_COLUMNS.map((p) => byName.get(p.toLowerCase())).find((c) => c !== undefined);
  if (provider) out.set("ProviderName", provider);
  else missing.push("ProviderName (or ServiceProviderName)");
  return { columns: out, missing };
}
