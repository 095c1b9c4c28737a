import type { SourceLocation } from "../errors.js";
import type { CheckRuleId } from "../schema/check.js";

/** The slide a finding is about, as the audience sees it in the built deck. */
export interface FindingSlide {
  /** 1-based number in the built deck (follow-on slides counted). */
  number: number;
  /** The title as shown. */
  title: string;
}

/**
 * Something `briefings check` found: where to fix it (file, line, column, field path), which
 * output and slide it shows on, the rule, what is wrong and what to do.
 */
export interface Finding extends SourceLocation {
  rule: CheckRuleId;
  message: string;
  hint: string;
  deck: string;
  audience: string;
  /** Absent when the finding is about the deck as a whole (its date, its data, its logo). */
  slide?: FindingSlide;
}

/** A finding before it is tagged with its deck and audience. */
export type RuleFinding = Omit<Finding, "deck" | "audience">;
