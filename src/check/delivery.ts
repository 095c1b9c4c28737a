import { locate } from "../source/sourceFile.js";
import { LAYOUTS, type LayoutName, type SlideDefinition } from "../schema/slide.js";
import type { DeckUnderCheck, RuleSet } from "./deckUnderCheck.js";
import type { RuleFinding } from "./finding.js";
import type { SlideView } from "./slideText.js";
import { normalizeTitle, words } from "./wordMatch.js";

/** Slides that frame the deck (cover, agenda, close, sources) rather than argue a point. */
const FRAMING_LAYOUTS: ReadonlySet<LayoutName> = new Set(["title", "section", "agenda", "closing", "sources"]);
/** Slides that argue a point, whose title should state it: every other layout. */
const CONTENT_LAYOUTS: ReadonlySet<LayoutName> = new Set(LAYOUTS.filter((l) => !FRAMING_LAYOUTS.has(l)));

/** Delivery: notes to speak from, slides an executive can read at a glance, titles that say something. */
export const delivery: RuleSet = (deck) => [
  ...missingNotes(deck),
  ...tooManyBullets(deck),
  ...tooManyWords(deck),
  ...duplicateTitles(deck),
  ...topicTitles(deck),
];

const slidePath = (view: SlideView, ...rest: (string | number)[]) => ["slides", view.index, ...rest];

function missingNotes(deck: DeckUnderCheck): RuleFinding[] {
  return deck.views
    .filter((v) => v.shown && v.notes.trim() === "")
    .map((v) => ({
      rule: "missing-notes" as const,
      ...locate(deck.target.deck.source, slidePath(v), { key: false }),
      slide: v.shown,
      message: "the slide has no speaker notes",
      hint: "add notes: what to say, the objection to expect and the answer to it",
    }));
}

/** The lists of a slide that read as bullets, with where each is written. */
function bulletLists(
  view: SlideView,
  definition: SlideDefinition | undefined,
): { path: (string | number)[]; items: string[]; what: string }[] {
  const s = view.slide;
  switch (s.layout) {
    case "bullets":
      return [{ path: ["bullets"], items: s.bullets, what: "bullets" }];
    case "agenda":
      // An agenda without typed items lists the deck's own slides: its length is the deck's, judged by
      // the slides' words and notes, not as bullets (a shorter agenda means fewer agenda: lines).
      return definition?.layout === "agenda" && definition.items === undefined
        ? []
        : [{ path: ["items"], items: s.items ?? [], what: "agenda items" }];
    case "call-to-action":
      return [{ path: ["asks"], items: s.asks, what: "asks" }];
    case "two-column":
      return [
        { path: ["left", "bullets"], items: s.left.bullets, what: "bullets in the left column" },
        { path: ["right", "bullets"], items: s.right.bullets, what: "bullets in the right column" },
      ];
    case "timeline":
      return s.phases.map((p, i) => ({ path: ["phases", i, "items"], items: p.items, what: `items in "${p.label}"` }));
    default:
      return [];
  }
}

function tooManyBullets(deck: DeckUnderCheck): RuleFinding[] {
  const max = deck.config.maxBullets;
  const findings: RuleFinding[] = [];
  for (const view of deck.views) {
    if (!view.shown) continue;
    for (const list of bulletLists(view, deck.target.deck.value.slides[view.index])) {
      const n = list.items.filter((t) => t.trim() !== "").length;
      if (n <= max) continue;
      findings.push({
        rule: "too-many-bullets",
        ...locate(deck.target.deck.source, slidePath(view, ...list.path)),
        slide: view.shown,
        message: `${n} ${list.what} on one slide; at most ${max} read at a glance`,
        hint: "keep the ones that carry the point (limit: on a binding), split the slide, or set check.maxBullets",
      });
    }
  }
  return findings;
}

/**
 * The words an executive reads on a slide: its text but a table's rows (looked up row by row, not read
 * through; the table layout keeps them on the slide), and only words that start with a letter ("$4.6M",
 * "780K", "31%" and "2027" are figures, taken in at a glance).
 */
export function wordsToRead(view: SlideView): number {
  return view.texts
    .filter((t) => !(view.slide.layout === "table" && t.path[0] === "rows"))
    .flatMap((t) => words(t.text))
    .filter((w) => /^\p{L}/u.test(w)).length;
}

function tooManyWords(deck: DeckUnderCheck): RuleFinding[] {
  const max = deck.config.maxWords;
  return deck.views
    .filter((v) => v.shown && v.slide.layout !== "sources")
    .flatMap((view) => {
      const n = wordsToRead(view);
      if (n <= max) return [];
      return [
        {
          rule: "too-many-words" as const,
          ...locate(deck.target.deck.source, slidePath(view)),
          slide: view.shown,
          message: `${n} words on one slide; at most ${max} read at a glance`,
          hint: "move the detail to the speaker notes or the brief, split the slide, or set check.maxWords",
        },
      ];
    });
}

function duplicateTitles(deck: DeckUnderCheck): RuleFinding[] {
  const first = new Map<string, SlideView>();
  const findings: RuleFinding[] = [];
  for (const view of deck.views) {
    const key = normalizeTitle(view.title);
    if (!view.shown || key === "") continue;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, view);
      continue;
    }
    findings.push({
      rule: "duplicate-title",
      ...locate(deck.target.deck.source, slidePath(view, "title")),
      slide: view.shown,
      message: `slide ${view.shown.number} has the same title as slide ${earlier.shown!.number}: "${view.title}"`,
      hint: "give each slide a title that states its own point",
    });
  }
  return findings;
}

/** A title without case, punctuation or a leading article or possessive, for comparing with the topic list. */
function bareTitle(title: string): string {
  return normalizeTitle(title).replace(/^(?:the|our|your|a|an)\s+/, "");
}

// The topic list is the same for every audience of a deck: normalized once.
const topicSets = new WeakMap<readonly string[], Set<string>>();

function topicTitles(deck: DeckUnderCheck): RuleFinding[] {
  let topics = topicSets.get(deck.config.topicTitles);
  if (!topics) topicSets.set(deck.config.topicTitles, (topics = new Set(deck.config.topicTitles.map(bareTitle))));
  return deck.views
    .filter((v) => v.shown && CONTENT_LAYOUTS.has(v.slide.layout) && topics.has(bareTitle(v.title)))
    .map((view) => ({
      rule: "topic-title" as const,
      ...locate(deck.target.deck.source, slidePath(view, "title")),
      slide: view.shown,
      message: `the title "${view.title}" names a topic, not the point of the slide`,
      hint:
        "state the conclusion, computed from data, " +
        'e.g. "{{currency figures.waste.atRunRate compact=true}} a year is avoidable waste"',
    }));
}
