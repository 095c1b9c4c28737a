import { BriefingError } from "../errors.js";
import type { LoadedBilling } from "../billing/loadedBilling.js";
import { locate } from "../source/sourceFile.js";
import type { Organization } from "../schema/organization.js";
import { billingScope } from "./billingScope.js";
import type { Entity } from "../model/workspace.js";

/**
 * Check that the billing data fit the organization's billing settings: a currency can be chosen
 * and the period has data. The error points at the setting and names the data files.
 */
export function checkBilling(organization: Entity<Organization>, billing: LoadedBilling): BriefingError[] {
  const settings = organization.value.billing!;
  const scope = billingScope(billing.summary.rows, settings);
  const files = billing.summary.files.map((f) => f.path);
  const shown = files.length > 3 ? `${files.slice(0, 3).join(", ")} and ${files.length - 3} more` : files.join(", ");
  if (!("field" in scope)) {
    // The measured figures join the typed ones (budget, revenue, savings): one currency for all.
    const currency = organization.value.currency;
    if (scope.currency === currency) return [];
    return [
      new BriefingError(
        `the billing data are in ${scope.currency} but the organization's amounts are in ${currency} (${shown})`,
        {
          code: "billing-currency",
          ...locate(organization.source, settings.currency ? ["billing", "currency"] : ["currency"]),
          hint:
            `write \`currency: ${scope.currency}\` at the top of the organization file (its typed amounts are then ` +
            `in ${scope.currency}), or choose \`currency: ${currency}\` under billing if the data hold it`,
        },
      ),
    ];
  }
  return [
    new BriefingError(`${scope.message} (${shown})`, {
      code: "billing-scope",
      ...locate(organization.source, scope.field === "" ? ["billing"] : ["billing", scope.field]),
      hint: scope.hint,
    }),
  ];
}
