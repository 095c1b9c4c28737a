import { sha256 } from "../source/hash.js";
import type { AudienceDefinition } from "../schema/deck.js";
import type { BuildTarget } from "../resolve/resolveAudience.js";
import type { DeckEntity, Workspace } from "../model/workspace.js";

/**
 * Hash of everything one output is built from: the deck's slides and settings (not the other
 * audiences, so editing one executive's overrides rebuilds only that executive's deck), this
 * audience with its executive and overrides, the persona, organization, theme, logo, partials,
 * the generator, the summary of the organization's billing data (so a new month's export rebuilds
 * exactly the decks whose organization it belongs to), and the date when the deck sets none.
 */
export function targetHash(workspace: Workspace, target: BuildTarget, generator: string): string {
  return outputHash(workspace, target.deck, target.audience, target.context.deck.date, generator);
}

/** {@link targetHash} of one deck × audience, without resolving it; `today` is the date for decks that set none. */
export function outputHash(
  workspace: Workspace,
  deckEntity: DeckEntity,
  audience: AudienceDefinition,
  today: string,
  generator: string,
): string {
  const theme = workspace.themes.get(deckEntity.value.theme)!;
  // Not the other audiences: JSON leaves out a field set to undefined.
  const deck = { ...deckEntity.value, audiences: undefined };
  const organization = workspace.organizations.get(deckEntity.organizationFile)!;
  return sha256(
    JSON.stringify({
      generator,
      deck,
      audience,
      persona: workspace.personas.get(audience.persona)!.source.hash,
      organization: organization.source.hash,
      billing: organization.billing?.summary.hash ?? null,
      theme: theme.source.hash,
      logo: theme.logo ? sha256(theme.logo.data) : null,
      template: theme.template?.template.hash ?? null,
      partials: [...workspace.partials.values()].map((p) => `${p.name}:${p.hash}`).sort(),
      date: deckEntity.value.date ?? today,
    }),
  );
}
