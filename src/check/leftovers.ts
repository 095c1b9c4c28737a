import type { SourceLocation } from "../errors.js";
import { sha256 } from "../load/hash.js";
import { locate, type SourceFile } from "../load/sourceFile.js";
import type { DeckUnderCheck, RuleSet } from "./deckUnderCheck.js";
import type { FindingSlide, RuleFinding } from "./finding.js";
import { EXAMPLE_DOMAIN, PLACEHOLDER_PATTERNS, SAMPLE_EXECUTIVES, SAMPLE_LOGO_HASHES } from "./sampleContent.js";
import { locateInScalar, locateInText, textValues, yamlComments } from "./sourcePosition.js";

/** Leftovers: placeholders, TODOs, example addresses, the sample executive and logo, a date gone by. */
export const leftovers: RuleSet = (deck) => [
  ...textLeftovers(deck),
  ...todoComments(deck),
  ...sampleExecutive(deck),
  ...sampleLogo(deck),
  ...pastDate(deck),
];

/** The YAML files one audience's deck is built from, the deck's own first. */
function yamlSources(deck: DeckUnderCheck): SourceFile[] {
  const { workspace, target } = deck;
  const files = [
    target.deck.source,
    workspace.organizations.get(target.deck.organizationFile)?.source,
    workspace.themes.get(target.deck.value.theme)?.source,
    workspace.personas.get(target.audience.persona)?.source,
  ];
  return files.filter((f): f is SourceFile => f !== undefined);
}

/** Placeholder text or an example address typed somewhere, and where. */
interface TypedLeftover {
  rule: "placeholder-text" | "example-domain";
  found: string;
  what: string;
  where: SourceLocation;
}

const LEFTOVER_CHECKS = [
  ...PLACEHOLDER_PATTERNS.map(({ pattern, what }) => ({ rule: "placeholder-text" as const, pattern, what })),
  { rule: "example-domain" as const, pattern: EXAMPLE_DOMAIN, what: "at a domain reserved for examples" },
];
// Cheap test first: most values hold none of these.
const MAYBE_LEFTOVER = /your|todo|tbd|fixme|xxx|lorem|\[|example|\.test|\.invalid|\.localhost/i;

/** The leftovers typed in one text, located by `locate` (the k-th appearance of the text found). */
function leftoversIn(text: string, locate: (needle: string, n: number) => SourceLocation): TypedLeftover[] {
  if (!MAYBE_LEFTOVER.test(text)) return [];
  const out: TypedLeftover[] = [];
  for (const { rule, pattern, what } of LEFTOVER_CHECKS) {
    const count = new Map<string, number>();
    for (const m of text.matchAll(pattern)) {
      const n = count.get(m[0]) ?? 0;
      count.set(m[0], n + 1);
      out.push({ rule, found: m[0], what, where: locate(m[0], n) });
    }
  }
  return out;
}

// A file's leftovers are the same for every audience: found once per file.
const leftoversOf = new WeakMap<object, TypedLeftover[]>();

function cachedLeftovers(key: object, find: () => TypedLeftover[]): TypedLeftover[] {
  let found = leftoversOf.get(key);
  if (!found) leftoversOf.set(key, (found = find()));
  return found;
}

/** The leftovers typed in the files the deck is built from: YAML values, then partials. */
function typedLeftovers(deck: DeckUnderCheck): TypedLeftover[] {
  const out: TypedLeftover[] = [];
  for (const source of yamlSources(deck))
    out.push(
      ...cachedLeftovers(source, () =>
        textValues(source).flatMap((scalar) =>
          leftoversIn(scalar.value, (needle, n) => locateInScalar(source, scalar, needle, n)),
        ),
      ),
    );
  for (const partial of deck.workspace.partials.values())
    out.push(
      ...cachedLeftovers(partial, () =>
        leftoversIn(
          partial.text,
          (needle, n) => locateInText(partial.file, partial.text, needle, n) ?? { file: partial.file },
        ),
      ),
    );
  return out;
}

/**
 * Every text the audience meets: the slides' text and notes, the footer and the logo's text (on
 * every content slide), then the sources slide (which repeats the company's name) and the file's
 * properties. The first that holds a leftover is where it is reported.
 */
function textsSeen(deck: DeckUnderCheck): { text: string; slide?: FindingSlide; where: string }[] {
  const slides = (sources: boolean) =>
    deck.views
      .filter((v) => (v.slide.layout === "sources") === sources)
      .flatMap((view) => [
        ...view.texts.map((t) => ({ text: t.text, slide: view.shown, where: "on the slide" })),
        ...(view.notes ? [{ text: view.notes, slide: view.shown, where: "in the speaker notes" }] : []),
      ]);
  const { laidOut } = deck;
  return [
    ...slides(false),
    ...(laidOut.footer ? [{ text: laidOut.footer, where: "in the footer" }] : []),
    ...(laidOut.logo ? [{ text: laidOut.logo.altText, where: "in the logo's alternative text" }] : []),
    ...slides(true),
    ...[laidOut.title, laidOut.author, laidOut.company].map((text) => ({ text, where: "in the file's properties" })),
  ];
}

/**
 * Placeholder text and example addresses, found where they are typed and reported when they reach
 * the audience (on a slide, in its notes, the footer, the logo's text or the file's properties).
 */
function textLeftovers(deck: DeckUnderCheck): RuleFinding[] {
  const typed = typedLeftovers(deck);
  if (typed.length === 0) return [];
  const seen = textsSeen(deck);
  return typed.flatMap(({ rule, found, what, where }) => {
    const shown = seen.find((s) => s.text.includes(found));
    if (!shown) return [];
    return [
      {
        rule,
        ...where,
        slide: shown.slide,
        message: `"${found}" is ${what}, ${shown.where}`,
        hint:
          rule === "example-domain"
            ? "give a real address, or leave it out"
            : "replace it with your own text (the organization file holds the company's name and the presenter)",
      },
    ];
  });
}

function todoComments(deck: DeckUnderCheck): RuleFinding[] {
  return yamlSources(deck).flatMap((source) =>
    yamlComments(source)
      .filter((c) => /^#\s*TODO\b/i.test(c.text))
      .map((c) => ({
        rule: "todo-comment" as const,
        file: source.path,
        line: c.line,
        column: c.column,
        message: `to do: ${c.text.replace(/^#\s*TODO:?\s*/i, "").trim() || "(no text)"}`,
        hint: "put your own value in the field this comment marks, then delete the comment",
      })),
  );
}

function sampleExecutive(deck: DeckUnderCheck): RuleFinding[] {
  const { target } = deck;
  const name = target.audience.executive?.name;
  if (name === undefined || !SAMPLE_EXECUTIVES.includes(name)) return [];
  const index = target.deck.value.audiences.findIndex((a) => a.id === target.audience.id);
  const shows = deck.views.find((v) => v.texts.some((t) => t.text.includes(name)) || v.notes.includes(name));
  return [
    {
      rule: "sample-executive",
      ...locate(target.deck.source, ["audiences", index, "executive", "name"]),
      slide: shows?.shown,
      message: `audience "${target.audience.id}" is the packaged example's executive, ${name}`,
      hint: "name the executive you brief, with their title and own priorities, or remove this audience",
    },
  ];
}

function sampleLogo(deck: DeckUnderCheck): RuleFinding[] {
  const theme = deck.workspace.themes.get(deck.target.deck.value.theme);
  if (!theme?.logo || !theme.value.logo || !SAMPLE_LOGO_HASHES.includes(sha256(theme.logo.data))) return [];
  return [
    {
      rule: "sample-logo",
      ...locate(theme.source, ["logo", "path"]),
      message: `the logo is the sample logo that comes with the "${theme.id}" theme`,
      hint: "point logo.path at your company's logo (PNG or JPEG) and describe it in logo.altText, or remove logo",
    },
  ];
}

function pastDate(deck: DeckUnderCheck): RuleFinding[] {
  const date = deck.target.deck.value.date;
  if (date === undefined || date >= deck.today) return [];
  return [
    {
      rule: "past-date",
      ...locate(deck.target.deck.source, ["date"]),
      message: `the deck is dated ${date}, before today (${deck.today})`,
      hint: "set date: to the day you present, or remove it to use the build date",
    },
  ];
}
