import type { SourceLocation } from "../errors.js";
import { locate } from "../load/sourceFile.js";
import type { DeckUnderCheck, RuleSet } from "./deckUnderCheck.js";
import type { RuleFinding } from "./finding.js";
import { METRIC_SYNONYMS } from "./metricSynonyms.js";
import { templateParts } from "./templateText.js";
import { visibleText } from "./slideText.js";
import { normalizeTitle, significantStems, stemSet } from "./wordMatch.js";

/** The audience: the persona's metrics, the executive's priorities and the agenda all have slides behind them. */
export const audienceCoverage: RuleSet = (deck) => [
  ...uncoveredMetrics(deck),
  ...unansweredPriorities(deck),
  ...orphanAgendaItems(deck),
];

/** Words too common in any FinOps briefing to show that a slide answers something. */
const UBIQUITOUS = new Set(["cloud", "finop", "spend", "cost"]);

/** A slide's text and notes together, and their stems (computed once per slide). */
function slideTexts(deck: DeckUnderCheck): { text: string; stems: Set<string> }[] {
  return deck.views.map((view) => {
    const text = `${visibleText(view)}\n${view.notes}`;
    return { text, stems: stemSet(text) };
  });
}

/** The ways a key metric can be written: whole, without its parenthesis, the parenthesis alone, each side of a dash. */
export function metricVariants(metric: string): string[] {
  const variants = [metric];
  const paren = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(metric);
  if (paren) variants.push(`${paren[1]!} ${paren[3]!}`.trim(), paren[2]!);
  for (const part of metric.split(/\s+[-–—]\s+/)) if (part !== metric) variants.push(part);
  return variants.filter((v) => v.trim() !== "");
}

/** A test for slide texts that mention a metric: all its words (any variant), or a known synonym. */
export function metricMention(metric: string): (text: string, stems?: Set<string>) => boolean {
  const variants = metricVariants(metric)
    .map((v) => significantStems(v))
    .filter((v) => v.length > 0);
  const synonyms = METRIC_SYNONYMS.filter((s) => s.metric.test(metric)).flatMap((s) => s.said);
  return (text, stems = stemSet(text)) =>
    variants.some((v) => v.every((s) => stems.has(s))) || synonyms.some((said) => said.test(text));
}

function uncoveredMetrics(deck: DeckUnderCheck): RuleFinding[] {
  const { persona } = deck.target.context;
  const texts = slideTexts(deck);
  return persona.keyMetrics
    .filter((metric) => {
      const mentions = metricMention(metric);
      return !texts.some((t) => mentions(t.text, t.stems));
    })
    .map((metric) => ({
      rule: "metric-uncovered" as const,
      ...whereMetric(deck, metric),
      message: `the ${persona.name}'s key metric "${metric}" is on no slide and in no speaker note of this deck`,
      hint:
        "show it with a number, or say in the notes where that number will come from; " +
        "if it does not apply to this executive, drop it with overrides.drop.keyMetrics",
    }));
}

function whereMetric(deck: DeckUnderCheck, metric: string): SourceLocation {
  const { target, workspace } = deck;
  const base = workspace.personas.get(target.audience.persona);
  const i = base?.value.keyMetrics.indexOf(metric) ?? -1;
  if (base && i >= 0) return locate(base.source, ["keyMetrics", i]);
  const a = target.deck.value.audiences.findIndex((x) => x.id === target.audience.id);
  return locate(target.deck.source, ["audiences", a, "overrides"]);
}

/**
 * How many of a priority's words one slide says back (its own words aside: a slide that only
 * repeats the priority does not answer it).
 */
export function answerScore(
  priority: string,
  slideText: string,
  slideStems?: Set<string>,
): { found: number; needed: number } {
  const stems = significantStems(priority, UBIQUITOUS);
  const rest = slideStems && !slideText.includes(priority) ? slideStems : stemSet(slideText.split(priority).join(" "));
  const found = stems.filter((s) => rest.has(s)).length;
  return { found, needed: stems.length <= 2 ? stems.length : Math.ceil(stems.length / 2) };
}

/**
 * Whether a priority's own answer (a template in the deck file) reached a slide or its notes: a
 * stretch of its literal text (a dozen characters or more) is there.
 */
function answerShown(answer: string | undefined, texts: readonly { text: string }[]): boolean {
  if (answer === undefined) return false;
  const squash = (t: string) => t.replace(/\s+/g, " ");
  const runs = templateParts(answer)
    .literals.map((run) => squash(run.text).trim())
    .filter((run) => run.length >= 12);
  return runs.some((run) => texts.some((t) => squash(t.text).includes(run)));
}

function unansweredPriorities(deck: DeckUnderCheck): RuleFinding[] {
  const { target } = deck;
  const executive = target.context.executive;
  if (!executive) return [];
  const a = target.deck.value.audiences.findIndex((x) => x.id === target.audience.id);
  const texts = slideTexts(deck);
  const findings: RuleFinding[] = [];
  executive.priorities.forEach(({ priority, answer }, i) => {
    if (answerShown(answer, texts)) return;
    const scores = texts.map((t) => answerScore(priority, t.text, t.stems));
    if (scores.some((s) => s.found >= s.needed)) return;
    const words = significantStems(priority, UBIQUITOUS).join(", ");
    findings.push({
      rule: "priority-unanswered",
      ...locate(target.deck.source, ["audiences", a, "executive", "priorities", i, "priority"]),
      message: `${executive.name}'s priority "${priority}" is answered by no slide`,
      hint:
        "give it an answer (priority: …, answer: what FinOps does about it, with a figure) shown on a slide, " +
        `or a slide that says back most of its words (${words})`,
    });
  });
  return findings;
}

function orphanAgendaItems(deck: DeckUnderCheck): RuleFinding[] {
  const findings: RuleFinding[] = [];
  deck.views.forEach((view, v) => {
    if (view.slide.layout !== "agenda") return;
    // An agenda without items lists the slides' own agenda lines: each has its slide by construction.
    const definition = deck.target.deck.value.slides[view.index];
    if (definition?.layout !== "agenda" || definition.items === undefined) return;
    const later = deck.views.slice(v + 1).filter((l) => l.slide.layout !== "agenda");
    const names = later.flatMap((l) => [l.title, l.slide.agenda ?? ""]).filter((t) => t !== "");
    (view.slide.items ?? []).forEach((item, i) => {
      if (item.trim() === "" || names.some((t) => itemMatchesTitle(item, t))) return;
      findings.push({
        rule: "agenda-orphan",
        ...locate(deck.target.deck.source, ["slides", view.index, "items", i]),
        slide: view.shown,
        message: `agenda item "${item}" has no slide behind it in this deck`,
        hint:
          "give a later slide a title (or an agenda: line) with the item's words, or take the item off the " +
          "agenda; an agenda without items lists the agenda: lines of the slides each deck has",
      });
    });
  });
  return findings;
}

/** An agenda item is behind a title that says at least half its words (or the same phrase, for one of stop words). */
export function itemMatchesTitle(item: string, title: string): boolean {
  const stems = significantStems(item);
  if (stems.length === 0) return normalizeTitle(title).includes(normalizeTitle(item));
  const titleStems = stemSet(title);
  return stems.filter((s) => titleStems.has(s)).length >= Math.ceil(stems.length / 2);
}
