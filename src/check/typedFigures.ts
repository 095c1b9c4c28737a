import type { SourceLocation } from "../errors.js";
import { locate } from "../source/sourceFile.js";
import type { DeckUnderCheck, RuleSet } from "./deckUnderCheck.js";
import type { FindingSlide, RuleFinding } from "./finding.js";
import { locateInText, locateInValue } from "./sourcePosition.js";
import { templateParts } from "./templateText.js";
import {
  NUMBER_WORD_STEMS,
  numberWords,
  typedNumbers,
  type NumberWordKind,
  type TypedNumberKind,
} from "./typedNumbers.js";

// Slide fields that hold data or conditions, not text the audience reads.
const NOT_TEMPLATES = new Set([
  "personas",
  "exceptPersonas",
  "highlight",
  "layout",
  "kind",
  "format",
  "id",
  "audiences",
  "when",
  "current",
  "widths",
  "extra",
  "from",
  "field",
  "limit",
]);

const NUMBER_HINTS: Record<TypedNumberKind, string> = {
  percent: "compute it from data, e.g. {{percent organization.unallocatedShare}}, or leave the number out",
  amount: "show the amount from data, e.g. {{currency figures.ask.budget compact=true}}, or leave it out",
  multiple: "compute the ratio, e.g. {{number figures.ask.wasteToAskRatio digits=1}}×, or leave it out",
  duration:
    "a deadline or a time ask is a fact about your organization: keep it in the organization file " +
    "(e.g. ask.timeline, ask.decideBy, the roadmap's months) and show it with {{…}}, or say it without a number",
  number:
    "take it from data with {{…}} (e.g. {{inWords figures.earlyWins.count}} {{plural figures.earlyWins.count " +
    '"action"}}), or say it without a number',
};

const WORD_HINTS: Record<NumberWordKind, string> = {
  proportion:
    'compute it: {{proportion organization.unallocatedShare}} says "a third" or "an eighth" when the data ' +
    "is close to one, the percentage otherwise",
  multiple: "compute the ratio from data, e.g. {{number figures.revenue.growthMultiple digits=1}}×, or leave it out",
  count: "count it from data, e.g. {{inWords figures.earlyWins.count}}, or say it without a number",
};

/** A template the audience's deck renders, where it is written, and the slide it shows on. */
interface TemplateSite {
  template: string;
  /** Where the k-th appearance of a text in the template is in its file. */
  locate: (needle: string, occurrence: number) => SourceLocation;
  slide?: FindingSlide;
  /** For messages: "the template", "the deck subtitle", "partial ask-team". */
  what: string;
}

/** Hand-typed figures: numbers and number words written into templates instead of computed from data. */
export const typedFigures: RuleSet = (deck) => {
  const findings: RuleFinding[] = [];
  // Number words are English; decks in other languages get digits from the helpers anyway.
  const english = deck.target.deck.value.language === "en";
  for (const site of templateSites(deck)) {
    for (const figure of figuresIn(site.template)) {
      if (figure.rule === "number-words" && !english) continue;
      findings.push({
        rule: figure.rule,
        ...site.locate(figure.text, countBefore(site.template, figure.text, figure.offset)),
        slide: site.slide,
        message:
          figure.rule === "typed-number"
            ? `"${figure.text}" is typed into ${site.what}, not computed from data`
            : `"${figure.text}" is typed into ${site.what} in words; it stays the same when the data changes`,
        hint: figure.rule === "typed-number" ? NUMBER_HINTS[figure.kind] : WORD_HINTS[figure.kind],
      });
    }
  }
  findings.push(...typedChartValues(deck));
  return findings;
};

/** A figure typed in a template's literal text, at `offset` in the template. */
type TemplateFigure = { text: string; offset: number } & (
  { rule: "typed-number"; kind: TypedNumberKind } | { rule: "number-words"; kind: NumberWordKind }
);

// Every audience of a deck renders the same templates: scan each once (bounded, for `watch`).
const scanned = new Map<string, TemplateFigure[]>();

/** The partials a template calls (`{{> name}}`, `{{#> name}}`), found without parsing it. */
function partialNames(template: string): string[] {
  return template.includes("{{") ? [...template.matchAll(/\{\{~?#?>\s*([^\s}~()]+)/g)].map((m) => m[1]!) : [];
}

// Whether a template may hold a figure at all: most do not, and need no parsing.
const MAY_HOLD_FIGURE = new RegExp(`\\d|\\b(?:${NUMBER_WORD_STEMS})`, "i");

function figuresIn(template: string): TemplateFigure[] {
  let figures = scanned.get(template);
  if (figures) return figures;
  if (!MAY_HOLD_FIGURE.test(template)) return [];
  figures = templateParts(template).literals.flatMap((run) => {
    const found: TemplateFigure[] = [
      ...typedNumbers(run.text).map((f) => ({
        rule: "typed-number" as const,
        kind: f.kind,
        text: f.text,
        offset: run.offset + f.index,
      })),
      ...numberWords(run.text).map((f) => ({
        rule: "number-words" as const,
        kind: f.kind,
        text: f.text,
        offset: run.offset + f.index,
      })),
    ].sort((a, b) => a.offset - b.offset);
    // `{{!-- check: why --}}` right after a figure says it is meant: the last figure of the run is left alone.
    return run.meant ? found.slice(0, -1) : found;
  });
  if (scanned.size > 10_000) scanned.clear();
  scanned.set(template, figures);
  return figures;
}

function countBefore(text: string, needle: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0 && i < offset; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

/**
 * Every template this audience's deck renders: its slides' fields, the partials they call, the
 * deck's title and subtitle, the footer.
 */
function templateSites(deck: DeckUnderCheck): TemplateSite[] {
  const { target, workspace } = deck;
  const source = target.deck.source;
  const sites: TemplateSite[] = [];
  const partialsUsed = new Map<string, FindingSlide | undefined>();
  for (const view of deck.views) {
    const definition = target.deck.value.slides[view.index];
    if (!definition) continue;
    const walk = (value: unknown, path: (string | number)[]): void => {
      if (typeof value === "string") {
        const base = ["slides", view.index, ...path];
        sites.push({
          template: value,
          locate: (needle, occurrence) => locateInValue(source, base, needle, occurrence),
          slide: view.shown,
          what: path[0] === "notes" ? "the speaker notes" : "the template",
        });
        for (const name of partialNames(value)) if (!partialsUsed.has(name)) partialsUsed.set(name, view.shown);
      } else if (Array.isArray(value)) {
        value.forEach((v, i) => {
          walk(v, [...path, i]);
        });
      } else if (value !== null && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) if (!NOT_TEMPLATES.has(k)) walk(v, [...path, k]);
      }
    };
    walk(definition, []);
  }
  for (const field of ["title", "subtitle"] as const) {
    const text = target.deck.value[field];
    if (text === undefined) continue;
    const shows = deck.views.find((v) => v.texts.some((t) => t.text.includes(text)));
    sites.push({
      template: text,
      locate: (needle, occurrence) => locateInValue(source, [field], needle, occurrence),
      slide: shows?.shown,
      what: `the deck ${field}`,
    });
  }
  for (const [name, slide] of partialsUsed) {
    const partial = workspace.partials.get(name);
    if (!partial) continue;
    sites.push({
      template: partial.text,
      locate: (needle, occurrence) =>
        locateInText(partial.file, partial.text, needle, occurrence) ?? { file: partial.file, line: 1, column: 1 },
      slide,
      what: `partial "${name}"`,
    });
  }
  const theme = workspace.themes.get(target.deck.value.theme);
  if (theme?.value.footer.text)
    sites.push({
      template: theme.value.footer.text,
      locate: (needle, occurrence) => locateInValue(theme.source, ["footer", "text"], needle, occurrence),
      what: "the footer",
    });
  return sites;
}

/** Chart values typed as numbers in the deck file, rather than bound to data. */
function typedChartValues(deck: DeckUnderCheck): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const view of deck.views) {
    const definition = deck.target.deck.value.slides[view.index];
    if (definition?.layout !== "chart") continue;
    definition.chart.series.forEach((series, i) => {
      if (!Array.isArray(series.values)) return;
      findings.push({
        rule: "typed-number",
        ...locate(deck.target.deck.source, ["slides", view.index, "chart", "series", i, "values"]),
        slide: view.shown,
        message: `the values of chart series ${i + 1} are typed into the deck file`,
        hint: "bind them to data, e.g. values: { from: organization.cloudSpend.monthly, field: amount }",
      });
    });
  }
  return findings;
}
