import { sha256 } from "../load/hash.js";
import type { BuildTarget } from "../resolve/resolveAudience.js";
import type { Workspace } from "../validate/validateWorkspace.js";

/** Hash of everything one output is built from: its deck, persona, organization, theme, logo, partials, the generator, and the date when the deck sets none. */
export function targetHash(workspace: Workspace, target: BuildTarget, generator: string): string {
  const theme = workspace.themes.get(target.deck.value.theme)!;
  return sha256(
    JSON.stringify({
      generator,
      deck: target.deck.source.hash,
      persona: workspace.personas.get(target.audience.persona)!.source.hash,
      organization: workspace.organizations.get(target.deck.organizationFile)!.source.hash,
      theme: theme.source.hash,
      logo: theme.logo ? sha256(theme.logo.data) : null,
      partials: [...workspace.partials.values()].map((p) => `${p.name}:${p.hash}`).sort(),
      date: target.deck.value.date ?? target.context.deck.date,
    }),
  );
}
