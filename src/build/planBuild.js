import { BriefingError, BuildContext } from "../errors.js";
import { layoutDeck } from "../layout/layoutDeck.js";
import { createDeckRenderer } from "../render/renderTarget.js";
/**
 * A function that renders and lays out one target; templates are compiled once per deck and
 * reused. Problems not tied to one output go to `errors`, warnings to `context`. Pure.
 */
export function createPlanner(workspace, context, errors) {
    const renderers = new Map();
    return (target) => {
        const theme = workspace.themes.get(target.deck.value.theme);
        if (!renderers.has(target.deck.id)) {
            const created = createDeckRenderer(workspace, target.deck, theme);
            errors.push(...created.errors);
            renderers.set(target.deck.id, created.renderer);
        }
        const renderer = renderers.get(target.deck.id);
        const entry = { deck: target.deck.id, audience: target.audience.id, target, errors: [] };
        if (renderer) {
            const { rendered, errors: renderErrors } = renderer.render(target);
            entry.errors = renderErrors;
            if (rendered)
                entry.laidOut = layoutDeck(rendered, theme, context);
        }
        return entry;
    };
}
/** Render and lay out every target at once. Pure; `validate` uses it to check templates without writing. */
export function planBuild(workspace, targets) {
    const context = new BuildContext();
    const errors = [];
    const planned = targets.map(createPlanner(workspace, context, errors));
    return { planned, errors, context };
}
