import { checkDeck } from "../check/checkDeck.js";
import type { Finding } from "../check/finding.js";
import { BriefingError, BuildContext } from "../errors.js";
import { companionFiles, type CompanionFile } from "./companionFiles.js";
import { layoutDeck, type LaidOutDeck } from "../layout/layoutDeck.js";
import { locate } from "../load/sourceFile.js";
import { createDeckRenderer, type DeckRenderer, type RenderedTarget } from "../render/renderTarget.js";
import type { BuildTarget } from "../resolve/resolveAudience.js";
import type { Workspace } from "../validate/validateWorkspace.js";

/** One output, ready to be written (or the errors that stop it). */
export interface PlannedDeck {
  deck: string;
  audience: string;
  target: BuildTarget;
  laidOut?: LaidOutDeck;
  /** The brief and presenter script to write next to the deck (with `brief: true`). */
  companions?: CompanionFile[];
  /** What `briefings check` finds in it (with the `check` option). */
  findings?: Finding[];
  errors: BriefingError[];
}

/** Everything up to the writer for a set of outputs. */
export interface BuildPlan {
  planned: PlannedDeck[];
  /** Problems not tied to one output (a broken partial…). */
  errors: BriefingError[];
  context: BuildContext;
}

/** Options for planning. */
export interface PlanOptions {
  /** Also render the leave-behind brief and the presenter script. */
  brief?: boolean;
  /** Also run `briefings check` on each laid-out deck, judging dates against `today` (YYYY-MM-DD). */
  check?: { today: string };
}

/**
 * A function that renders and lays out one target; templates are compiled once per deck and
 * reused. Problems not tied to one output go to `errors`, warnings to `context`. Pure.
 */
export function createPlanner(
  workspace: Workspace,
  context: BuildContext,
  errors: BriefingError[],
  options: PlanOptions = {},
): (target: BuildTarget) => PlannedDeck {
  const renderers = new Map<string, DeckRenderer | undefined>();
  return (target) => {
    const theme = workspace.themes.get(target.deck.value.theme)!;
    if (!renderers.has(target.deck.id)) {
      const created = createDeckRenderer(workspace, target.deck, theme);
      errors.push(...created.errors);
      renderers.set(target.deck.id, created.renderer);
    }
    const renderer = renderers.get(target.deck.id);
    const entry: PlannedDeck = { deck: target.deck.id, audience: target.audience.id, target, errors: [] };
    if (!renderer) return entry;
    const { rendered, errors: renderErrors } = renderer.render(target);
    entry.errors = renderErrors;
    if (rendered) entry.laidOut = layoutDeck(rendered, theme, context);
    if (rendered && entry.laidOut?.slides.length === 0) {
      entry.errors.push(noSlidesError(target, rendered, entry.laidOut));
      delete entry.laidOut;
    }
    if (rendered && entry.laidOut && options.check)
      entry.findings = checkDeck({ workspace, rendered, laidOut: entry.laidOut, today: options.check.today });
    if (rendered && entry.laidOut && options.brief) {
      const companions = companionFiles(workspace, renderer, rendered, entry.laidOut);
      entry.companions = companions.files;
      entry.errors.push(...companions.errors);
      if (companions.errors.length > 0) delete entry.laidOut;
    }
    return entry;
  };
}

/** A deck that would be written with no slides: which conditions removed each of its slides. */
function noSlidesError(target: BuildTarget, rendered: RenderedTarget, laidOut: LaidOutDeck): BriefingError {
  const { deck, audience } = target;
  const forAudience = new Set(target.slides.map((s) => s.index));
  const afterWhen = new Set(rendered.slides.map((s) => s.index));
  const drawn = new Set(laidOut.slides.map((s) => s.sourceIndex));
  const reasons = deck.value.slides.map((slide, i) => {
    const name = `slide ${i + 1}${slide.id ? ` (${slide.id})` : ""}`;
    if (!forAudience.has(i)) {
      if (slide.audiences && !slide.audiences.includes(audience.id))
        return `${name} is only for audiences ${slide.audiences.join(", ")}`;
      if (slide.personas && !slide.personas.includes(audience.persona))
        return `${name} is only for personas ${slide.personas.join(", ")}`;
      return `${name} is not for persona ${audience.persona} (exceptPersonas)`;
    }
    if (!afterWhen.has(i)) return `${name} has when: "${slide.when ?? ""}", false for this audience`;
    return drawn.has(i) ? `${name} was drawn` : `${name} has an empty list`;
  });
  return new BriefingError(`deck "${deck.id}" has no slides for audience "${audience.id}": ${reasons.join("; ")}`, {
    ...locate(deck.source, ["slides"]),
    hint: "change a slide's audiences, personas or when: condition so at least one slide is left for this audience",
  });
}

/** Render and lay out every target at once. Pure; `validate` uses it to check templates without writing. */
export function planBuild(workspace: Workspace, targets: readonly BuildTarget[], options: PlanOptions = {}): BuildPlan {
  const context = new BuildContext();
  const errors: BriefingError[] = [];
  const planned = targets.map(createPlanner(workspace, context, errors, options));
  return { planned, errors, context };
}
