import { sha256 } from "../load/hash.js";
import type { BuildTarget } from "../resolve/resolveAudience.js";
import type { Workspace } from "../validate/validateWorkspace.js";

/**
 * Hash of everything one output is built from: the deck's slides and settings (not the other
 * audiences, so editing one executive's overrides rebuilds only that executive's deck), this
 * audience with its executive and overrides, the persona, organization, theme, logo, partials,
 * the generator, the summary of the organization's billing data (so a new month's export rebuilds
 * exactly the decks whose organization it belongs to), and the date when the deck sets none.
 */
export function targetHash(workspace: Workspace, target: BuildTarget, generator: string): string {
  const theme = workspace.themes.get(target.deck.value.theme)!;
  const { audiences: _others, ...deck } = target.deck.value;
  const organization = workspace.organizations.get(target.deck.organizationFile)!;
  return sha256(
    JSON.stringify({
      generator,
      deck,
      audience: target.audience,
      persona: workspace.personas.get(target.audience.persona)!.source.hash,
      organization: organization.source.hash,
      billing: organization.billing?.summary.hash ?? null,
      theme: theme.source.hash,
      logo: theme.logo ? sha256(theme.logo.data) : null,
      partials: [...workspace.partials.values()].map((p) => `${p.name}:${p.hash}`).sort(),
      date: target.deck.value.date ?? target.context.deck.date,
    }),
  );
}
