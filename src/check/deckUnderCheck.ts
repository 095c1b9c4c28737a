import type { LaidOutDeck } from "../layout/layoutDeck.js";
import type { RenderedTarget } from "../render/renderTarget.js";
import type { BuildTarget } from "../resolve/resolveAudience.js";
import type { CheckConfig } from "../schema/check.js";
import type { Workspace } from "../model/workspace.js";
import type { RuleFinding } from "./finding.js";
import type { SlideView } from "./slideText.js";

/** One audience's deck, rendered and laid out, with what the rules need to judge it. */
export interface DeckUnderCheck {
  workspace: Workspace;
  target: BuildTarget;
  rendered: RenderedTarget;
  laidOut: LaidOutDeck;
  /** Today (YYYY-MM-DD), for dates in the past. */
  today: string;
  /** The rendered slides with their text and place in the built deck. */
  views: SlideView[];
  /** The deck's `check:` settings, defaults applied. */
  config: CheckConfig;
}

/** A group of rules: everything it finds in one audience's deck. Pure. */
export type RuleSet = (deck: DeckUnderCheck) => RuleFinding[];
