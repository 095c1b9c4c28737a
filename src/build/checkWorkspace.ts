import type { Finding } from "../check/finding.js";
import type { BriefingError, BriefingWarning } from "../errors.js";
import type { Workspace } from "../validate/validateWorkspace.js";
import { defaultToday } from "./defaultToday.js";
import { planBuild } from "./planBuild.js";
import { selectTargets, type SelectOptions } from "./selectTargets.js";

/** What `briefings check` found in the selected decks. */
export interface CheckReport {
  /** Every finding, deck by deck and audience by audience. */
  findings: Finding[];
  /** Outputs (deck × audience) checked. */
  checked: { deck: string; audience: string }[];
  /** Problems that stopped a deck from rendering (a template error…): those decks were not checked. */
  errors: BriefingError[];
  warnings: BriefingWarning[];
}

/**
 * Render and lay out every selected deck for every audience, as a build would, and check each one
 * (nothing is written). Pure: `today` defaults to the build's date (SOURCE_DATE_EPOCH when set).
 */
export function checkWorkspace(workspace: Workspace, options: SelectOptions = {}): CheckReport {
  const today = options.today ?? defaultToday();
  const selection = selectTargets(workspace, { ...options, today });
  if (selection.errors.length > 0) return { findings: [], checked: [], errors: selection.errors, warnings: [] };
  const plan = planBuild(workspace, selection.targets, { check: { today } });
  const checked = plan.planned.filter((p) => p.findings !== undefined);
  return {
    findings: checked.flatMap((p) => p.findings ?? []),
    checked: checked.map((p) => ({ deck: p.deck, audience: p.audience })),
    errors: [...plan.errors, ...plan.planned.flatMap((p) => p.errors)],
    warnings: plan.context.warnings,
  };
}
