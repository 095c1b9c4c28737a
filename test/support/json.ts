import type { reportToJson } from "../../src/cli/commands/build.js";
import type { ProblemData } from "../../src/errors.js";
import type { PreviewedDeck } from "../../src/preview/previewDecks.js";

// The shapes of what the CLI prints with --json, for `JSON.parse(stdout) as BuildJson`.

/** What `build --json` prints. */
export type BuildJson = ReturnType<typeof reportToJson>;

/** What `validate --json` prints (and any command that failed before doing its work). */
export interface ProblemsJson {
  ok: boolean;
  errors: ProblemData[];
  warnings?: ProblemData[];
}

/** What `preview --json` prints. */
export interface PreviewJson extends ProblemsJson {
  built: string[];
  unchanged: string[];
  previews: PreviewedDeck[];
}

/** What `list --json` prints. */
export interface ListJson {
  ok: boolean;
  personas: { id: string; name: string; group: string }[];
  decks: { id: string; title: string; theme: string; audiences: { id: string; persona: string }[] }[];
  themes: { id: string; name: string; slideSize: string }[];
}
