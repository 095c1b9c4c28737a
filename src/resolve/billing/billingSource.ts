import type { Source } from "../../schema/common.js";
import type { BillingFigures } from "./billingFigures.js";

/** The billing data as the sources slide credits it: which files, which providers and months, how many rows. */
export function billingSource(billing: BillingFigures, organization: { name: string; locale: string }): Source {
  const { source } = billing;
  const files =
    source.files.length > 3 ? [...source.files.slice(0, 3), `${source.files.length - 3} more`] : source.files;
  const rows = new Intl.NumberFormat(organization.locale).format(source.rows);
  const scope = billing.sourceLine.replace(/^FOCUS (export|summary), /, "");
  return {
    title: source.kind === "focus" ? "FOCUS billing export" : "FOCUS billing summary",
    publisher: organization.name,
    notes: `${scope}; ${rows} rows in ${source.currency}, from ${files.join(", ")}.`,
  };
}
