import type { Source } from "../schema/common.js";
import type { AudienceDefinition, Executive } from "../schema/deck.js";
import type { MaturityStage, OrganizationFacts } from "../schema/organization.js";
import type { Persona } from "../schema/persona.js";
import type { SlideDefinition } from "../schema/slide.js";
import type { DeckEntity, Workspace } from "../model/workspace.js";
import { applyOverrides } from "./applyOverrides.js";
import { billingFigures, type BillingFigures } from "./billing/billingFigures.js";
import { billingSource } from "./billing/billingSource.js";
import { organizationFacts } from "./billing/organizationFacts.js";
import { computeFigures, type Figures } from "./figures.js";
import { MATURITY_SOURCE } from "./maturity.js";

/** One stage of the organization's roadmap with its status on the deck's date, by name (`roadmap.walk.from`). */
export type RoadmapStage = Figures["roadmap"][number];

/** A named executive's priority, with what FinOps does about it (a template until rendered). */
export type Priority = Executive["priorities"][number];

/** Everything a template can see when rendering one audience's copy of a deck. */
export interface BriefingContext {
  deck: { id: string; title: string; subtitle: string; date: string; language: string };
  audience: {
    id: string;
    /** The executive's name, or the persona's name. */
    name: string;
    /** The executive's first name, or the persona's name: how notes address them. */
    firstName: string;
    /** The executive's title, or the persona's first title. */
    title: string;
    /** The persona name, e.g. CFO. */
    role: string;
    /** How a sentence names them: the executive's name, or the persona's `addressedAs` ("the CFO"). */
    addressee: string;
    /** The executive's own priorities (empty without a named executive). */
    priorities: Priority[];
    /** True when the copy is for a named executive. */
    named: boolean;
  };
  persona: Persona & { id: string };
  executive: Executive | null;
  /** The organization file, with the figures its billing data measure filled in. */
  organization: OrganizationFacts;
  figures: Figures;
  /** Figures from the organization's own billing data (FOCUS); null when it names none. */
  billing: BillingFigures | null;
  /** Who is asked to sponsor the practice, by persona name, and this audience's part in it. */
  sponsors: {
    /** The sponsor's persona name, e.g. CFO. */
    sponsor: string;
    coSponsors: string[];
    /** "sponsor", "co-sponsor", or "" when this audience is neither. */
    audienceRole: "sponsor" | "co-sponsor" | "";
  };
  /** Roadmap stages by name, each with its status on the deck's date. */
  roadmap: Partial<Record<MaturityStage, RoadmapStage>>;
  /** Sources to credit, the persona's first. */
  sources: Source[];
}

/** One output to build: a deck for one audience, with the slides that apply to it. */
export interface BuildTarget {
  deck: DeckEntity;
  audience: AudienceDefinition;
  context: BriefingContext;
  /** Slides in order, with their index in the deck definition (for messages). */
  slides: { index: number; slide: SlideDefinition }[];
}

/** Options for {@link resolveTargets}. */
export interface ResolveOptions {
  /** Only these deck ids (all when empty). */
  decks?: readonly string[];
  /** Only these audience ids (all when empty). */
  audiences?: readonly string[];
  /** Date used when a deck sets none (YYYY-MM-DD). */
  today: string;
}

/** Merge persona, executive overrides and organization into one context per deck × audience. Pure. */
export function resolveTargets(workspace: Workspace, options: ResolveOptions): BuildTarget[] {
  const targets: BuildTarget[] = [];
  for (const deck of workspace.decks.values()) {
    if (options.decks?.length && !options.decks.includes(deck.id)) continue;
    for (const audience of deck.value.audiences) {
      if (options.audiences?.length && !options.audiences.includes(audience.id)) continue;
      targets.push(resolveAudience(workspace, deck, audience, options.today));
    }
  }
  return targets;
}

/** Build the template context and slide list for one audience of one deck. Pure. */
export function resolveAudience(
  workspace: Workspace,
  deck: DeckEntity,
  audience: AudienceDefinition,
  today: string,
): BuildTarget {
  const basePersona = workspace.personas.get(audience.persona);
  const organization = workspace.organizations.get(deck.organizationFile);
  if (!basePersona || !organization) {
    // validateWorkspace guarantees both exist; reaching here is a bug.
    throw new Error(`unresolved reference in deck ${deck.id}, audience ${audience.id}`);
  }
  const persona = { ...applyOverrides(basePersona.value, audience.overrides), id: audience.persona };
  const executive = audience.executive ?? null;
  const written = organization.value;
  const billing =
    organization.billing && written.billing
      ? billingFigures(organization.billing.summary, { ...written.billing, locale: written.locale })
      : null;
  // The figures the billing data measure take the place of typed ones: one way to compute figures.
  const org = organizationFacts(written, billing);
  const date = deck.value.date ?? today;
  const personaName = (id: string) => workspace.personas.get(id)?.value.name ?? id;
  const figures = computeFigures(org, persona, date);
  const roadmap: BriefingContext["roadmap"] = {};
  for (const stage of figures.roadmap) roadmap[stage.stage] ??= stage;
  const context: BriefingContext = {
    deck: {
      id: deck.id,
      title: deck.value.title,
      subtitle: deck.value.subtitle ?? "",
      date,
      language: deck.value.language,
    },
    audience: {
      id: audience.id,
      name: executive?.name ?? persona.name,
      firstName: executive?.name.split(/\s+/)[0] ?? persona.name,
      title: executive?.title ?? persona.titles[0] ?? persona.name,
      role: persona.name,
      addressee: executive?.name ?? persona.addressedAs ?? `the ${persona.name}`,
      priorities: executive?.priorities ?? [],
      named: executive !== null,
    },
    persona,
    executive,
    organization: org,
    figures,
    billing,
    sponsors: {
      sponsor: personaName(org.ask.sponsor),
      coSponsors: org.ask.coSponsors.map(personaName),
      audienceRole:
        org.ask.sponsor === audience.persona
          ? "sponsor"
          : org.ask.coSponsors.includes(audience.persona)
            ? "co-sponsor"
            : "",
    },
    roadmap,
    sources: billing
      ? [persona.source, MATURITY_SOURCE, billingSource(billing, org)]
      : [persona.source, MATURITY_SOURCE],
  };
  const slides = deck.value.slides
    .map((slide, index) => ({ index, slide }))
    .filter(({ slide }) => !slide.audiences || slide.audiences.includes(audience.id))
    .filter(({ slide }) => !slide.personas || slide.personas.includes(audience.persona))
    .filter(({ slide }) => !slide.exceptPersonas?.includes(audience.persona));
  return { deck, audience, context, slides };
}
