/**
 * The built-in leave-behind brief: one page of Markdown per audience, rendered with the same
 * context, helpers and partials as the slides, so the brief and the deck state the same figures.
 * A deck replaces it with `brief: <partial>`, or a workspace with `decks/partials/brief.hbs`.
 */
export const DEFAULT_BRIEF_TEMPLATE = `# {{deck.title}}

{{#if deck.subtitle}}{{deck.subtitle}}. {{/if}}A one-page brief for {{#if audience.named}}{{audience.name}}, {{audience.title}}{{else}}{{audience.addressee}}{{/if}}, {{organization.name}}, {{date deck.date style="long"}}.

## Your goals, as we understand them

**{{persona.primaryGoal}}**

{{#each audience.priorities}}
- {{priority}}{{#if answer}}: {{answer}}{{/if}}
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
| Cloud spend, last 12 months | {{currency figures.spend.annual compact=true}} |
{{#if figures.budget}}
| Against this fiscal year's budget | {{percent (abs figures.budget.variance)}} {{bySign figures.budget.variance "over" "under" "on"}}: {{currency figures.budget.forecast compact=true}} forecast at today's run rate against a budget of {{currency figures.budget.amount compact=true}} |
{{/if}}
| Growth of monthly spend since {{month figures.spend.growthFrom}} | {{percent figures.spend.growth}} (next 12 months: {{currency figures.spend.projectedNextYear compact=true}} if the trend holds) |
| Spend with no owner | {{percent figures.allocation.unallocatedShare}}, {{currency figures.allocation.unallocatedAmount compact=true}} over the last 12 months |
| Estimated avoidable waste | {{currency figures.waste.atRunRate compact=true}} a year at today's run rate, {{percent figures.waste.share}} of spend |
| Cloud share of revenue | {{percent figures.revenue.share digits=1}} |
{{#if figures.earlyWins.count}}
| Early wins within reach | {{currency figures.earlyWins.total compact=true}} a year, from {{inWords figures.earlyWins.count}} {{plural figures.earlyWins.count "action"}} |
{{/if}}
| Year one, after the practice's cost | {{currency (abs figures.ask.netYearOne) compact=true}} {{bySign figures.ask.netYearOne "net saving" "net cost" "break-even"}}{{#if figures.ask.paybackMonths}}, paid back in month {{figures.ask.paybackMonths}}{{/if}} |

## What we ask of you

{{#each slides}}
{{#if (eq layout "call-to-action")}}
{{#each asks}}
- {{this}}
{{/each}}
{{/if}}
{{/each}}

## The practice

- A first-year budget of {{currency figures.ask.budget compact=true}}: {{currency figures.ask.people compact=true}} for {{#each organization.ask.team}}{{count}} {{uncapitalize role}}{{#unless @last}}, {{/unless}}{{/each}}{{#if organization.ask.tooling}}, and {{currency figures.ask.tooling compact=true}} for tooling ({{uncapitalize organization.ask.tooling.decision}}){{/if}}
- Sponsored by the {{sponsors.sponsor}}{{#if (count sponsors.coSponsors)}}, with the {{list sponsors.coSponsors}} as co-{{plural (count sponsors.coSponsors) "sponsor"}}{{/if}}
- {{organization.ask.timeline}}

## Next steps

1. Your decision{{#if organization.ask.decideBy}} by {{date organization.ask.decideBy style="long"}}{{/if}}.
{{#with (first figures.roadmap)}}
2. The {{stage}} stage, {{monthRange from to}}: {{list goals}}.
{{/with}}
3. A monthly review of cloud cost against the numbers you are judged on{{#if persona.keyMetrics.length}}: {{list persona.keyMetrics}}{{/if}}.
{{#if organization.presenter}}

Contact: {{organization.presenter.name}}, {{organization.presenter.title}}{{#if organization.presenter.email}} ({{organization.presenter.email}}){{/if}}
{{/if}}
`;
