import { sha256 } from "../load/hash.js";
import type { BuildTarget } from "../resolve/resolveAudience.js";
import type { Workspace } from "../validate/validateWorkspace.js";

/**
 * Hash of everything one output is built from: the deck's slides and settings (not the other
 * audiences, so editing one executive's overrides rebuilds only that executive's deck), this
 * audience with its executive and overrides, the persona, organization, theme, logo, partials,
 * the generator, and the date when the deck sets none.
 */
export function targetHash(workspace: Workspace, target: BuildTarget, generator: string): string {
  const theme = workspace.themes.get(target.deck.value.theme)!;
  const { audiences: _others, ...deck } = target.deck.value;
  return sha256(
    JSON.stringify({
      generator,
      deck,
      audience: target.audience,
      persona: workspace.personas.get(target.audience.persona)!.source.hash,
      organization: workspace.organizations.get(target.deck.organizationFile)!.source.hash,
      theme: theme.source.hash,
      logo: theme.logo ? sha256(theme.logo.data) : null,
      template: theme.template?.template.hash ?? null,
      partials: [...workspace.partials.values()].map((p) => `${p.name}:${p.hash}`).sort(),
      date: target.deck.value.date ?? target.context.deck.date,
    }),
  );
}
