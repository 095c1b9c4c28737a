import Handlebars from "handlebars";
import { BriefingError, formatPath, type SourceLocation } from "../errors.js";
import { locate, type SourceFile } from "../source/sourceFile.js";
import type { BriefingContext, BuildTarget } from "../resolve/resolveAudience.js";
import type { Source } from "../schema/common.js";
import type { Workspace, ThemeEntity, DeckEntity } from "../model/workspace.js";
import { closestName } from "../text/closestName.js";
import { lookupPath } from "./dataPath.js";
import { createFormatter, type Formatter } from "./format.js";
import { createHelpers } from "./helpers.js";
import { isTruthyText, type RenderedSlide } from "./rendered.js";
import { explainRecursion } from "./partialCycle.js";
import { ErrorInPartial, locatingHelpers, templateError } from "./templateError.js";

/** One audience's deck with every template filled in. */
export interface RenderedTarget {
  target: BuildTarget;
  /**
   * The context the slides were rendered with: the target's, with its own templates filled in (deck
   * title, priorities' answers).
   */
  context: BriefingContext;
  slides: RenderedSlide[];
  /** The theme footer, rendered. */
  footer: string;
}

/** Renders every audience of one deck; templates are compiled once per deck. */
export interface DeckRenderer {
  render(target: BuildTarget): { rendered?: RenderedTarget; errors: BriefingError[] };
  /**
   * Render a whole-document template (the leave-behind brief) for a rendered audience, with the
   * slides' context, helpers and partials, plus `slides` (the rendered slides).
   */
  renderDocument(
    template: string,
    rendered: RenderedTarget,
    where: SourceLocation,
    what: string,
  ): { text?: string; errors: BriefingError[] };
}

// Keys whose values are data, not templates.
const LITERAL_KEYS = new Set(["layout", "kind", "format", "id", "audiences", "when", "widths", "extra"]);

/** Prepare Handlebars (strict mode, helpers, partials) for one deck. Partial syntax errors are reported here. */
export function createDeckRenderer(
  workspace: Workspace,
  deck: DeckEntity,
  theme: ThemeEntity,
): { renderer?: DeckRenderer; errors: BriefingError[] } {
  const organization = workspace.organizations.get(deck.organizationFile)!.value;
  const hbs = Handlebars.create();
  const formatter = createFormatter(organization.locale, organization.currency, deck.value.language);
  hbs.registerHelper(locatingHelpers(createHelpers(formatter)));
  const errors: BriefingError[] = [];
  for (const partial of workspace.partials.values()) {
    try {
      hbs.parse(partial.text);
      // Editors end files with a newline; inside a sentence it would break the line.
      const template = hbs.compile(partial.text.replace(/\r?\n$/, ""), { strict: true, noEscape: true });
      // A problem inside a partial is reported at its place in the partial's file.
      const run: Handlebars.TemplateDelegate = (context: unknown, options?: Handlebars.RuntimeOptions) => {
        try {
          return template(context, options);
        } catch (cause) {
          if (cause instanceof ErrorInPartial || cause instanceof RangeError) throw cause;
          throw new ErrorInPartial(cause, partial.name, partial.file, partial.text);
        }
      };
      hbs.registerPartial(partial.name, run);
    } catch (cause) {
      errors.push(
        templateError(
          cause,
          partial.text,
          { file: partial.file, line: lineOf(cause), column: 1 },
          `partial "${partial.name}"`,
        ),
      );
    }
  }
  if (errors.length > 0) return { errors };
  const partialTexts = new Map([...workspace.partials.values()].map((p) => [p.name, p.text]));

  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const compile = (template: string) => {
    let fn = compiled.get(template);
    if (!fn) {
      fn = hbs.compile(template, { strict: true, noEscape: true });
      compiled.set(template, fn);
    }
    return fn;
  };

  return {
    errors: [],
    renderer: {
      renderDocument(template, rendered, where, what) {
        const ctx = rendered.context;
        try {
          return { text: compile(template)({ ...ctx, slides: rendered.slides }, { data: { root: ctx } }), errors: [] };
        } catch (cause) {
          return { errors: [templateError(explainRecursion(cause, template, partialTexts), template, where, what)] };
        }
      },
      render(target) {
        const errors: BriefingError[] = [];
        let ctx = target.context;
        const run = (
          template: string,
          source: SourceFile,
          path: PropertyKey[],
          what: string,
          self: unknown = ctx,
        ): string => {
          // Plain text needs no template engine.
          if (!template.includes("{{")) return template;
          try {
            return compile(template)(self, { data: { root: ctx } });
          } catch (cause) {
            const reason = explainRecursion(cause, template, partialTexts);
            errors.push(templateError(reason, template, locate(source, path), what, self));
            return "";
          }
        };

        // The deck's title and subtitle may be templates ("Why {{organization.name}} needs…").
        const title = run(deck.value.title, deck.source, ["title"], `deck "${deck.id}", field title`).trim();
        const subtitle = run(
          deck.value.subtitle ?? "",
          deck.source,
          ["subtitle"],
          `deck "${deck.id}", field subtitle`,
        ).trim();
        ctx = { ...ctx, deck: { ...ctx.deck, title, subtitle } };

        // A named executive's priorities carry templates of their own: what FinOps does about each.
        if (ctx.audience.priorities.some((p) => p.answer !== undefined)) {
          const at = deck.value.audiences.findIndex((a) => a.id === target.audience.id);
          const priorities = ctx.audience.priorities.map((p, i) => {
            const path = ["audiences", at, "executive", "priorities", i, "answer"];
            const what = `deck "${deck.id}", audience "${target.audience.id}", priority ${i + 1}'s answer`;
            return { ...p, answer: p.answer === undefined ? undefined : run(p.answer, deck.source, path, what).trim() };
          });
          ctx = { ...ctx, audience: { ...ctx.audience, priorities } };
        }

        const slides: RenderedSlide[] = [];
        const autoAgendas: RenderedSlide[] = [];
        for (const { index, slide } of target.slides) {
          const base = ["slides", index];
          const slideName = `slide ${index + 1}${slide.id ? ` (${slide.id})` : ""}`;
          // No audience in it: the same mistake in every audience's copy is reported once.
          const what = (path: PropertyKey[]) => `deck "${deck.id}", ${slideName}, field ${formatPath(path)}`;
          if (
            slide.when !== undefined &&
            !isTruthyText(run(slide.when, deck.source, [...base, "when"], what(["when"])))
          )
            continue;

          const walk = (value: unknown, path: PropertyKey[]): unknown => {
            if (typeof value === "string") return run(value, deck.source, [...base, ...path], what(path)).trim();
            if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
            if (value !== null && typeof value === "object") {
              if ("from" in value) return bind(value as Binding, path);
              const out: Record<string, unknown> = {};
              for (const [k, v] of Object.entries(value)) out[k] = LITERAL_KEYS.has(k) ? v : walk(v, [...path, k]);
              return out;
            }
            return value;
          };

          const bind = (binding: Binding, path: PropertyKey[]): unknown[] => {
            // Positions only for errors: finding one parses a plain file again.
            const where = () => locate(deck.source, [...base, ...path, "from"]);
            const found = lookupPath(ctx, binding.from);
            if (!found.found) {
              const last = found.at.split(".").pop() ?? "";
              const suggestion = closestName(last, found.available);
              errors.push(
                new BriefingError(`unknown data "${found.at}" in ${what([...path, "from"])}`, {
                  code: "unknown-data",
                  ...where(),
                  hint: suggestion
                    ? `did you mean "${suggestion}"?`
                    : `available here: ${found.available.join(", ") || "nothing"}`,
                }),
              );
              return [];
            }
            if (!Array.isArray(found.value)) {
              errors.push(
                new BriefingError(`"${binding.from}" is not a list, so it cannot fill ${what(path)}`, {
                  code: "binding-type",
                  ...where(),
                  hint: "bind to a list, e.g. persona.frustrations",
                }),
              );
              return [];
            }
            const items = binding.limit ? found.value.slice(0, binding.limit) : found.value;
            const { label } = binding;
            if (label !== undefined && binding.value !== undefined) {
              // KPI cards: a label, value and caption per item.
              const field = (name: "label" | "value" | "caption", item: unknown, i: number) => {
                const template = binding[name];
                if (template === undefined) return undefined;
                const at = [...base, ...path, name];
                return run(template, deck.source, at, `${what([...path, name])} (item ${i + 1})`, item).trim();
              };
              return items.map((item, i) => ({
                label: field("label", item, i) ?? "",
                value: field("value", item, i) ?? "",
                caption: field("caption", item, i),
              }));
            }
            if (label !== undefined) {
              // Timeline phases: a label, period and condition per item, and the item's own list.
              const field = (name: "label" | "period" | "current", item: unknown, i: number) => {
                const template = binding[name];
                if (template === undefined) return undefined;
                const at = [...base, ...path, name];
                return run(template, deck.source, at, `${what([...path, name])} (item ${i + 1})`, item).trim();
              };
              return items.map((item, i) => {
                const list =
                  item !== null && typeof item === "object"
                    ? (item as Record<string, unknown>)[binding.items ?? ""]
                    : undefined;
                if (!Array.isArray(list)) {
                  errors.push(
                    new BriefingError(`item ${i + 1} of "${binding.from}" has no list "${binding.items ?? ""}"`, {
                      code: "binding-type",
                      ...where(),
                      hint: "name the field of each item that holds the phase's list, e.g. items: goals",
                    }),
                  );
                }
                return {
                  label: field("label", item, i) ?? "",
                  period: field("period", item, i),
                  items: Array.isArray(list) ? list.map(String) : [],
                  current: field("current", item, i),
                };
              });
            }
            const cells = binding.cells;
            if (cells) {
              return items.map((item, i) =>
                cells.map((cell, c) =>
                  run(
                    cell,
                    deck.source,
                    [...base, ...path, "cells", c],
                    `${what([...path, "cells", c])} (item ${i + 1})`,
                    item,
                  ),
                ),
              );
            }
            if ("field" in binding || path[path.length - 1] === "values") {
              return items.map((item, i) => {
                const value: unknown =
                  binding.field !== undefined && item !== null && typeof item === "object"
                    ? (item as Record<string, unknown>)[binding.field]
                    : item;
                if (value === null) return null; // a gap: no value for this category (a forecast starts later)
                if (typeof value !== "number" || !Number.isFinite(value)) {
                  errors.push(
                    new BriefingError(
                      `item ${i + 1} of "${binding.from}" is not a number, so it cannot be a chart value`,
                      {
                        code: "binding-type",
                        ...where(),
                        hint:
                          binding.field === undefined
                            ? "name the numeric field with field: <name>"
                            : `check field "${binding.field}"`,
                      },
                    ),
                  );
                  return 0;
                }
                return value;
              });
            }
            return items.map((item, i) => {
              if (binding.map !== undefined)
                return run(
                  binding.map,
                  deck.source,
                  [...base, ...path, "map"],
                  `${what([...path, "map"])} (item ${i + 1})`,
                  item,
                );
              if (typeof item === "string" || typeof item === "number") return String(item);
              errors.push(
                new BriefingError(`items of "${binding.from}" are not text`, {
                  code: "binding-type",
                  ...where(),
                  hint: "add map: '{{name}}' to say which field to show",
                }),
              );
              return "";
            });
          };

          const {
            when: _when,
            audiences: _audiences,
            personas: _personas,
            exceptPersonas: _exceptPersonas,
            notes,
            ...fields
          } = slide;
          const rendered = walk(fields, []) as Record<string, unknown>;
          rendered.index = index;
          rendered.notes =
            notes === undefined ? "" : run(notes, deck.source, [...base, "notes"], what(["notes"])).trim();
          errors.push(
            ...checkShape(
              rendered as unknown as RenderedSlide,
              (path) => locate(deck.source, [...base, ...path]),
              what,
            ),
          );
          if (slide.layout === "sources") rendered.credits = credits(ctx.sources, slide.extra, ctx, formatter);
          slides.push(rendered as unknown as RenderedSlide);
          if (slide.layout === "agenda" && slide.items === undefined) autoAgendas.push(rendered as RenderedSlide);
        }
        // An agenda without items lists the agenda lines of the slides after it: only what this deck has.
        for (const agenda of autoAgendas) {
          const after = slides.slice(slides.indexOf(agenda) + 1);
          (agenda as Extract<RenderedSlide, { layout: "agenda" }>).items = after
            .map((s) => s.agenda ?? "")
            .filter((line) => line !== "");
        }
        const footer = run(
          theme.value.footer.text,
          theme.source,
          ["footer", "text"],
          `theme "${theme.id}", field footer.text`,
        );
        if (errors.length > 0) return { errors };
        return { rendered: { target, context: ctx, slides, footer }, errors };
      },
    },
  };
}

type Binding = {
  from: string;
  map?: string;
  field?: string;
  limit?: number;
  cells?: string[];
  /** Phase and card bindings: templates over each item (and a phase's field holding its list). */
  label?: string;
  value?: string;
  caption?: string;
  period?: string;
  items?: string;
  current?: string;
};

/** Problems only visible once bindings are filled: chart series and table rows that do not line up. */
function checkShape(
  slide: RenderedSlide,
  at: (path: PropertyKey[]) => ReturnType<typeof locate>,
  what: (path: PropertyKey[]) => string,
): BriefingError[] {
  const errors: BriefingError[] = [];
  if (slide.layout === "chart") {
    const n = slide.chart.categories.length;
    if (n === 0)
      errors.push(
        new BriefingError(`chart has no categories in ${what(["chart", "categories"])}`, {
          code: "shape-mismatch",
          ...at(["chart", "categories"]),
          hint: "give at least one category",
        }),
      );
    slide.chart.series.forEach((series, i) => {
      if (series.values.length !== n) {
        errors.push(
          new BriefingError(
            `series "${series.name}" has ${series.values.length} values but the chart has ${n} categories ` +
              `in ${what(["chart", "series", i, "values"])}`,
            { code: "shape-mismatch", ...at(["chart", "series", i, "values"]), hint: "give one value per category" },
          ),
        );
      }
    });
  }
  if (slide.layout === "table") {
    slide.rows.forEach((row, i) => {
      if (row.length !== slide.columns.length) {
        errors.push(
          new BriefingError(
            `row ${i + 1} has ${row.length} cell${row.length === 1 ? "" : "s"} ` +
              `but the table has ${slide.columns.length} columns in ${what(["rows"])}`,
            { code: "shape-mismatch", ...at(["rows", i]), hint: "give one cell per column" },
          ),
        );
      }
    });
  }
  return errors;
}

function credits(personaSources: Source[], extra: Source[], ctx: BriefingContext, format: Formatter): Source[] {
  const org = ctx.organization;
  const { first, latest } = ctx.figures.spend;
  // The organization's own sources when it names them; else what the figures are, in words a reader follows.
  const own: Source[] =
    org.sources.length > 0
      ? org.sources
      : [
          {
            // With billing data the spend is credited to the export (its own entry); the rest was typed.
            title: ctx.billing
              ? `${org.name}: ${org.cloudSpend.budget ? "budget and " : ""}business figures`
              : `${org.name}: cloud spend ${format.monthRange(first.month, latest.month)} ` +
                `(${format.list(org.cloudProviders)}), ${org.cloudSpend.budget ? "budget and " : ""}business figures`,
            publisher: org.name,
            notes: `Figures supplied by ${org.name} for this briefing.`,
          },
        ];
  const all: Source[] = [...personaSources, ...own, ...extra];
  const seen = new Set<string>();
  return all.filter((s) => {
    const key = `${s.title}|${s.publisher}|${s.url ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function lineOf(cause: unknown): number {
  const m = /line (\d+)/.exec(cause instanceof Error ? cause.message : "");
  return m ? Number(m[1]) : 1;
}
