/**
 * The built-in leave-behind brief: one page of Markdown per audience, rendered with the same
 * context, helpers and partials as the slides, so the brief and the deck state the same figures.
 * A deck replaces it with `brief: <partial>`, or a workspace with `decks/partials/brief.hbs`.
 * A backslash at the end of a line continues it on the next (the text has no line break there).
 */
export const DEFAULT_BRIEF_TEMPLATE = `# {{deck.title}}

{{#if deck.subtitle}}{{deck.subtitle}}. {{/if}}A one-page brief for \
{{#if audience.named}}{{audience.name}}, {{audience.title}}{{else}}the {{persona.name}}{{/if}}, \
{{organization.name}}, {{date deck.date style="long"}}.

## Your goals, as we understand them

**{{persona.primaryGoal}}**

{{#each audience.priorities}}
- {{this}}
{{/each}}
{{#each persona.objectives}}
- {{this}}
{{/each}}

## What FinOps changes for you

{{#each persona.finopsBenefits}}
- {{this}}
{{/each}}

## {{organization.name}} in numbers

| Figure | Value |
| --- | --- |
| Annual cloud spend | {{currency organization.cloudSpend.annual compact=true}} |
{{#if organization.cloudSpend.budget}}
| Against this year's budget | \
{{#if (gt figures.budgetVariance 0)}}{{percent figures.budgetVariance}} over\
{{else}}{{percent (abs figures.budgetVariance)}} under{{/if}} \
a budget of {{currency organization.cloudSpend.budget compact=true}} |
{{/if}}
| Growth, year over year | {{percent organization.cloudSpend.growthRate}} \
(next year: {{currency figures.projectedSpend compact=true}} if nothing changes) |
| Spend with no owner | {{percent organization.unallocatedShare}}, \
{{currency figures.unallocatedAmount compact=true}} a year |
| Estimated avoidable waste | {{currency figures.wasteAmount compact=true}}, \
{{percent organization.estimatedWaste}} of spend |
| Cloud share of revenue | {{percent figures.cloudShareOfRevenue digits=1}} |
{{#if figures.earlyWinSavings}}
| Early wins within reach | {{currency figures.earlyWinSavings compact=true}} a year |
{{/if}}

## The ask

- Sponsorship: {{organization.ask.sponsor}}
- A first-year budget of {{currency organization.ask.budget}} for \
{{#each organization.ask.team}}{{count}} {{role}}{{#unless @last}}, {{/unless}}{{/each}}
{{#if organization.ask.tooling}}
- {{organization.ask.tooling}}
{{/if}}
- {{organization.ask.timeline}}

## Next steps

1. Your decision on sponsorship and the first-year budget.
{{#with (lookup roadmap organization.maturity)}}
2. {{period}}: {{list goals}}.
{{/with}}
3. A monthly review of cloud cost against the numbers you are judged on\
{{#if persona.keyMetrics.length}}: {{list persona.keyMetrics}}{{/if}}.
{{#if organization.presenter}}

Contact: {{organization.presenter.name}}, {{organization.presenter.title}}\
{{#if organization.presenter.email}} ({{organization.presenter.email}}){{/if}}
{{/if}}
`;
