import type { LaidOutDeck } from "../layout/layoutDeck.js";
import type { RenderedTarget } from "../render/renderTarget.js";
import type { Workspace } from "../model/workspace.js";
import { audienceCoverage } from "./audienceCoverage.js";
import { consistency } from "./consistency.js";
import type { DeckUnderCheck, RuleSet } from "./deckUnderCheck.js";
import { delivery } from "./delivery.js";
import type { Finding } from "./finding.js";
import { leftovers } from "./leftovers.js";
import { slideViews } from "./slideText.js";
import { theAsk } from "./theAsk.js";
import { typedFigures } from "./typedFigures.js";

/** One audience's deck to check: the workspace it came from, rendered and laid out. */
export interface CheckDeckInput {
  workspace: Workspace;
  rendered: RenderedTarget;
  laidOut: LaidOutDeck;
  /** Today (YYYY-MM-DD): a deck dated earlier is a leftover. */
  today: string;
}

const RULE_SETS: readonly RuleSet[] = [leftovers, typedFigures, consistency, theAsk, audienceCoverage, delivery];

/**
 * Is this briefing ready to put in front of its executive? Every finding of every rule the deck
 * has not switched off (`check.off`), deck-wide findings first, then by slide. Pure.
 */
export function checkDeck(input: CheckDeckInput): Finding[] {
  const target = input.rendered.target;
  const config = target.deck.value.check;
  const deck: DeckUnderCheck = {
    ...input,
    target,
    views: slideViews(input.rendered, input.laidOut),
    config,
  };
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const ruleSet of RULE_SETS) {
    for (const finding of ruleSet(deck)) {
      if (config.off[finding.rule] !== undefined) continue;
      const key = [finding.rule, finding.file, finding.line, finding.column, finding.message].join("|");
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({ ...finding, deck: target.deck.id, audience: target.audience.id });
    }
  }
  return findings.sort(
    (a, b) =>
      (a.slide?.number ?? 0) - (b.slide?.number ?? 0) ||
      (a.file ?? "").localeCompare(b.file ?? "") ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}
