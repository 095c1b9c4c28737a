import { locate } from "../source/sourceFile.js";
import type { DeckUnderCheck, RuleSet } from "./deckUnderCheck.js";
import type { RuleFinding } from "./finding.js";
import { visibleText } from "./slideText.js";
import { mentionsName } from "../text/mentionsName.js";

/** The ask: a deck asks for something, and says how much, by when and who. */
export const theAsk: RuleSet = (deck) => {
  const asks = deck.views.filter((v) => v.slide.layout === "call-to-action");
  if (asks.length === 0) {
    return [
      {
        rule: "ask-missing",
        ...locate(deck.target.deck.source, ["slides"], { key: true }),
        message: "the deck asks for nothing: it has no call-to-action slide",
        hint: "add a call-to-action slide with the amount, the date and who decides, e.g. from organization.ask",
      },
    ];
  }
  const findings: RuleFinding[] = [];
  for (const view of asks) {
    const text = visibleText(view);
    const missing = [
      hasAmount(text, deck) ? undefined : "an amount (money, people or time)",
      hasDate(text, deck) ? undefined : "a date",
      hasOwner(text, deck) ? undefined : "an owner",
    ].filter((m): m is string => m !== undefined);
    if (missing.length === 0) continue;
    findings.push({
      rule: "ask-incomplete",
      ...locate(deck.target.deck.source, ["slides", view.index, "asks"]),
      slide: view.shown,
      message: `the ask does not state ${listWords(missing)}`,
      hint: [
        missing.includes("an amount (money, people or time)")
          ? "how much: what it costs ({{currency figures.ask.budget}}), or the people or hours it takes"
          : undefined,
        missing.includes("a date")
          ? "by when ({{date organization.ask.decideBy}}, {{organization.ask.timeline}}, a date or a quarter)"
          : undefined,
        missing.includes("an owner") ? "who decides or owns it ({{sponsors.sponsor}} as sponsor)" : undefined,
      ]
        .filter(Boolean)
        .join("; "),
    });
  }
  return findings;
};

function listWords(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]!}`;
}

// Intl data per locale and currency, turned into one pattern each, once.
const amountPatterns = new Map<string, RegExp>();
const monthPatterns = new Map<string, RegExp>();

/** People or time asked for: a number of hours, people, engineers, teams… (up to two words between). */
const EFFORT = new RegExp(
  "\\d[\\d.,]*\\s*(?:[\\p{L}-]+\\s+){0,2}" +
    "(?:hours?|hrs?|person-days?|people|persons?|engineers?|analysts?|FTEs?|heads?|headcount|teams?)\\b",
  "iu",
);

/** How much is asked: a sum of money (the organization's currency next to digits), or people or time. */
function hasAmount(text: string, deck: DeckUnderCheck): boolean {
  if (EFFORT.test(text)) return true;
  const { locale, currency } = deck.target.context.organization;
  let pattern = amountPatterns.get(`${locale}|${currency}`);
  if (!pattern) {
    const symbols = new Set([currency, "$", "€", "£", "¥"]);
    for (const currencyDisplay of ["symbol", "narrowSymbol"] as const) {
      const format = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay });
      for (const p of format.formatToParts(1)) if (p.type === "currency") symbols.add(p.value);
    }
    const any = [...symbols].map(escapeRegExp).join("|");
    pattern = new RegExp(`(?:${any})\\s?\\d|\\d[\\d.,\\s\\p{L}]{0,6}(?:${any})`, "u");
    amountPatterns.set(`${locale}|${currency}`, pattern);
  }
  return pattern.test(text);
}

const PERIOD = "(?:week|month|quarter|year)";
const DATE_WORDS = new RegExp(
  [
    "(?:19|20)\\d{2}", // a year
    "Q[1-4]|H[12]|FY\\d{2,4}", // a quarter, a half, a fiscal year
    "\\d{4}-\\d{2}(?:-\\d{2})?", // an ISO date or month
    "today|tomorrow|tonight",
    `(?:next|this) ${PERIOD}`,
    `end of (?:the )?${PERIOD}`,
    "\\d+\\s*(?:days?|weeks?|months?)",
    "(?:mon|tues|wednes|thurs|fri|satur|sun)day",
  ]
    .map((p) => `\\b(?:${p})\\b`)
    .join("|"),
  "i",
);

/** A deadline or date: a year, a quarter, a month's name, a date, a number of days… */
function hasDate(text: string, deck: DeckUnderCheck): boolean {
  if (DATE_WORDS.test(text)) return true;
  const locale = deck.target.context.organization.locale;
  let pattern = monthPatterns.get(locale);
  if (!pattern) {
    const months = new Set<string>();
    for (const loc of [locale, "en-US"])
      for (const month of ["long", "short"] as const) {
        const format = new Intl.DateTimeFormat(loc, { month, timeZone: "UTC" });
        for (let m = 0; m < 12; m++) months.add(format.format(new Date(Date.UTC(2026, m, 1))).replace(/\.$/, ""));
      }
    pattern = new RegExp(`(?<![\\p{L}])(?:${[...months].map(escapeRegExp).join("|")})(?![\\p{L}])`, "iu");
    monthPatterns.set(locale, pattern);
  }
  return pattern.test(text);
}

/** Who decides or owns it: the sponsor, the audience, the presenter, a persona's name, or an owning word. */
function hasOwner(text: string, deck: DeckUnderCheck): boolean {
  const { context } = deck.target;
  const names = [
    context.sponsors.sponsor,
    ...context.sponsors.coSponsors,
    context.organization.presenter?.name,
    context.audience.name,
    context.audience.title,
    ...[...deck.workspace.personas.values()].flatMap((p) => p.value.name.split("/").map((n) => n.trim())),
  ].filter((n): n is string => Boolean(n));
  if (names.some((name) => mentionsName(text, name))) return true;
  return /\b(?:sponsor(?:ship)?|co-sponsor|owner|owns|owned by|accountable|decides|decision-maker)\b/i.test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
