import Handlebars from "handlebars";
import { BriefingError, formatPath, type SourceLocation } from "../errors.js";
import { locate, type SourceFile } from "../source/sourceFile.js";
import type { BuildTarget } from "../resolve/resolveAudience.js";
import type { Source } from "../schema/common.js";
import type { Workspace, ThemeEntity, DeckEntity } from "../model/workspace.js";
import { closestName } from "../text/closestName.js";
import { lookupPath } from "./dataPath.js";
import { createFormatter } from "./format.js";
import { createHelpers } from "./helpers.js";
import { isTruthyText, type RenderedSlide } from "./rendered.js";
import { templateError } from "./templateError.js";

/** One audience's deck with every template filled in. */
export interface RenderedTarget {
  target: BuildTarget;
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
  hbs.registerHelper(createHelpers(createFormatter(organization.locale, organization.currency)));
  const errors: BriefingError[] = [];
  for (const partial of workspace.partials.values()) {
    try {
      hbs.parse(partial.text);
      // Editors end files with a newline; inside a sentence it would break the line.
      hbs.registerPartial(partial.name, partial.text.replace(/\r?\n$/, ""));
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
        const ctx = rendered.target.context;
        try {
          return { text: compile(template)({ ...ctx, slides: rendered.slides }, { data: { root: ctx } }), errors: [] };
        } catch (cause) {
          return { errors: [templateError(cause, template, where, what)] };
        }
      },
      render(target) {
        const errors: BriefingError[] = [];
        const ctx = target.context;
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
            errors.push(templateError(cause, template, locate(source, path), what, self));
            return "";
          }
        };

        const slides: RenderedSlide[] = [];
        for (const { index, slide } of target.slides) {
          const base = ["slides", index];
          const slideName = `slide ${index + 1}${slide.id ? ` (${slide.id})` : ""}`;
          const what = (path: PropertyKey[]) =>
            `deck "${deck.id}", ${slideName}, field ${formatPath(path)}, audience "${target.audience.id}"`;
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

          const { when: _when, audiences: _audiences, notes, ...fields } = slide;
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
          if (slide.layout === "sources")
            rendered.credits = credits(ctx.sources, slide.extra, ctx.organization.name, deck);
          slides.push(rendered as unknown as RenderedSlide);
        }
        const footer = run(
          theme.value.footer.text,
          theme.source,
          ["footer", "text"],
          `theme "${theme.id}", field footer.text`,
        );
        if (errors.length > 0) return { errors };
        return { rendered: { target, slides, footer }, errors };
      },
    },
  };
}

type Binding = { from: string; map?: string; field?: string; limit?: number; cells?: string[] };

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

function credits(personaSources: Source[], extra: Source[], organization: string, deck: DeckEntity): Source[] {
  const all: Source[] = [
    ...personaSources,
    {
      title: `${organization} figures`,
      publisher: organization,
      notes: `Spend, growth, waste and unit costs from the organization file ${deck.value.organization}.`,
    },
    ...extra,
  ];
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
