import { BriefingError } from "../errors.js";
import { locate, type SourceFile } from "../source/sourceFile.js";
import type { BillingSettings } from "../schema/billing.js";
import type { Organization } from "../schema/organization.js";

/** Breakdown tag keys whose billing figures stand in for a typed `spendBy` list. */
export const BILLED_SPEND_BY = ["team", "environment"] as const;
export type BilledSpendBy = (typeof BILLED_SPEND_BY)[number];

/** The `spendBy` lists the billing settings measure: the breakdown tags named team or environment. */
export function billedSpendBy(settings: BillingSettings): BilledSpendBy[] {
  const keys = new Set(settings.breakdownTags.map((k) => k.trim().toLowerCase()));
  return BILLED_SPEND_BY.filter((k) => keys.has(k));
}

/**
 * The organization fields measured from billing data when `billing` is given, so not typed: the
 * monthly spend (and its annual check), commitments, spend by service, and — when the settings ask
 * for them — the unallocated share and spend by team or environment.
 */
export function billedFields(settings: BillingSettings): string[][] {
  return [
    ["cloudSpend", "monthly"],
    ["cloudSpend", "annual"],
    ...(settings.allocationTags ? [["unallocatedShare"]] : []),
    ["commitments"],
    ["spendBy", "service"],
    ...billedSpendBy(settings).map((k) => ["spendBy", k]),
  ];
}

/**
 * Each figure comes from one place: typed in the organization file, or measured from its billing
 * data. A figure given both ways is an error at the typed one; one given neither way is missing.
 */
export function checkFigureSources(org: Organization, source: SourceFile): BriefingError[] {
  const errors: BriefingError[] = [];
  if (org.billing) {
    for (const path of billedFields(org.billing)) {
      if (valueAtPath(org, path) === undefined) continue;
      errors.push(
        new BriefingError(`${path.join(".")} is measured from the billing data; it cannot be typed as well`, {
          code: "billing-typed-twice",
          ...locate(source, path, { key: true }),
          path: path.join("."),
          hint: "remove it here (`briefings figures` shows the measured value), or remove `billing` to type it by hand",
        }),
      );
    }
  }
  if (!org.billing && org.cloudSpend.monthly === undefined)
    errors.push(
      new BriefingError('missing required field "monthly"', {
        code: "missing-field",
        ...locate(source, ["cloudSpend"]),
        path: "cloudSpend.monthly",
        hint:
          "list the monthly spend ({ month: 2026-01, amount: 1250000 }, oldest first), " +
          "or name billing data under `billing`",
      }),
    );
  if (!org.billing?.allocationTags && org.unallocatedShare === undefined)
    errors.push(
      new BriefingError('missing required field "unallocatedShare"', {
        code: "missing-field",
        ...locate(source, []),
        path: "unallocatedShare",
        hint: org.billing
          ? "type it (0.31 for 31%), or set billing.allocationTags to measure it from the billing data"
          : "type it (0.31 for 31%), or name billing data under `billing` with allocationTags",
      }),
    );
  return errors;
}

function valueAtPath(data: unknown, path: readonly string[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
