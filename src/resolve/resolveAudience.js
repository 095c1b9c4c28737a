import { applyOverrides } from "./applyOverrides.js";
import { computeFigures } from "./figures.js";
/** Merge persona, executive overrides and organization into one context per deck × audience. Pure. */
export function resolveTargets(workspace, options) {
    const targets = [];
    for (const deck of workspace.decks.values()) {
        if (options.decks?.length && !options.decks.includes(deck.id))
            continue;
        for (const audience of deck.value.audiences) {
            if (options.audiences?.length && !options.audiences.includes(audience.id))
                continue;
            targets.push(resolveAudience(workspace, deck, audience, options.today));
        }
    }
    return targets;
}
/** Build the template context and slide list for one audience of one deck. Pure. */
export function resolveAudience(workspace, deck, audience, today) {
    const basePersona = workspace.personas.get(audience.persona);
    const organization = workspace.organizations.get(deck.organizationFile);
    if (!basePersona || !organization) {
        // validateWorkspace guarantees both exist; reaching here is a bug.
        throw new Error(`unresolved reference in deck ${deck.id}, audience ${audience.id}`);
    }
    const persona = { ...applyOverrides(basePersona.value, audience.overrides), id: audience.persona };
    const executive = audience.executive ?? null;
    const org = organization.value;
    const roadmap = {};
    for (const stage of org.roadmap)
        roadmap[stage.stage] ??= stage;
    const context = {
        deck: { id: deck.id, title: deck.value.title, subtitle: deck.value.subtitle ?? "", date: deck.value.date ?? today },
        audience: {
            id: audience.id,
            name: executive?.name ?? persona.name,
            title: executive?.title ?? persona.titles[0] ?? persona.name,
            role: persona.name,
            priorities: executive?.priorities ?? [],
            named: executive !== null,
        },
        persona,
        executive,
        organization: org,
        figures: computeFigures(org),
        roadmap,
        sources: [persona.source],
    };
    const slides = deck.value.slides
        .map((slide, index) => ({ index, slide }))
        .filter(({ slide }) => !slide.audiences || slide.audiences.includes(audience.id));
    return { deck, audience, context, slides };
}
