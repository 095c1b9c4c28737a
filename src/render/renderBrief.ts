import { BriefingError } from "../errors.js";
import { locate } from "../source/sourceFile.js";
import type { Workspace } from "../model/workspace.js";
import { INPUT_FOLDERS } from "../model/workspaceLayout.js";
import { closestName } from "../text/closestName.js";
import { DEFAULT_BRIEF_TEMPLATE } from "./briefTemplate.js";
import type { DeckRenderer, RenderedTarget } from "./renderTarget.js";

/** The partial a workspace may add to replace the built-in brief for every deck. */
export const BRIEF_PARTIAL = "brief";

/**
 * The one-page leave-behind brief for one audience, in Markdown: the deck's `brief` partial, else
 * the workspace's `brief` partial, else the built-in template; rendered like the slides.
 */
export function renderBrief(
  workspace: Workspace,
  renderer: DeckRenderer,
  rendered: RenderedTarget,
): { text?: string; errors: BriefingError[] } {
  const deck = rendered.target.deck;
  const what = `the brief of deck "${deck.id}", audience "${rendered.target.audience.id}"`;
  const named = deck.value.brief;
  if (named !== undefined && !workspace.partials.has(named)) {
    const suggestion = closestName(named, [...workspace.partials.keys()]);
    return {
      errors: [
        new BriefingError(`unknown partial "${named}" for the brief of deck "${deck.id}"`, {
          code: "unknown-partial",
          ...locate(deck.source, ["brief"]),
          hint: suggestion
            ? `did you mean "${suggestion}"?`
            : `add ${INPUT_FOLDERS.partial.folder}/${named}.hbs or remove brief:`,
        }),
      ],
    };
  }
  const partial = workspace.partials.get(named ?? BRIEF_PARTIAL);
  const result = partial
    ? renderer.renderDocument(partial.text, rendered, { file: partial.file, line: 1, column: 1 }, what)
    : renderer.renderDocument(DEFAULT_BRIEF_TEMPLATE, rendered, {}, `${what} (built-in template)`);
  return result.text === undefined ? result : { ...result, text: tidyMarkdown(result.text) };
}

/** Collapse the blank lines template blocks leave behind; end with one newline. */
export function tidyMarkdown(text: string): string {
  return text.replace(/\n{3,}/g, "\n\n").trim() + "\n";
}
