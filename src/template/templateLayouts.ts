import type {
  Template,
  TemplateBox,
  TemplateLayout,
  TemplatePlaceholder,
  TemplateTextStyle,
} from "../template/parseTemplate.js";

import { contrastRatio } from "../color/contrast.js";

/** The kinds of slide we put on a template's layouts. */
export const TEMPLATE_ROLES = ["title", "section", "content"] as const;
export type TemplateRole = (typeof TEMPLATE_ROLES)[number];

/** Which of our layouts each role serves, for messages and `template check`. */
export const ROLE_SLIDES: Record<TemplateRole, string> = {
  title: "title",
  section: "section, closing",
  content: "agenda, bullets, two-column, metrics, chart, table, timeline, quote, call-to-action, sources",
};

/** The boxes of a chosen layout that our slides use (inches). */
export interface LayoutGeometry {
  layout: TemplateLayout;
  title: TemplateBox;
  /** How the template draws the title there (font, size, weight, capitals), where its master has text styles. */
  titleStyle?: TemplateTextStyle;
  /** The subtitle (title slides) or the body placeholder (content): where text and content go. */
  body?: TemplateBox;
  /** How the template draws text in that placeholder, where its master has text styles. */
  bodyStyle?: TemplateTextStyle;
  /** Placeholder index our body text gets on this layout. */
  bodyIdx?: number;
  /** The layout's footer and slide-number placeholders, if it has them (the template's own). */
  footer?: TemplatePlaceholder;
  slideNumber?: TemplatePlaceholder;
}

/** The layout chosen for each role, and how sure the choice is. */
export type LayoutAssignment = Record<TemplateRole, LayoutGeometry> & {
  /** Roles where two layouts scored the same: a `layouts:` entry in the theme file settles them. */
  ambiguous: TemplateRole[];
};

const isTitle = (p: TemplatePlaceholder) => p.type === "title" || p.type === "ctrTitle";
const isBody = (p: TemplatePlaceholder) =>
  p.type === "body" || p.type === "obj" || p.type === "chart" || p.type === "tbl";
const area = (b?: TemplateBox) => (b ? b.w * b.h : 0);

/**
 * How well a layout suits a role, from its placeholders first and its `type` second (types are
 * often missing, lost in editing, or wrong: LibreOffice writes `tx` for title slides).
 * Undefined: the layout cannot serve the role (no positioned title).
 */
export function layoutScore(layout: TemplateLayout, role: TemplateRole, slide: TemplateBox): number | undefined {
  const phs = layout.placeholders;
  const title = phs.find((p) => isTitle(p) && p.box);
  if (!title) return undefined;
  const bodies = phs.filter((p) => isBody(p) && p.box);
  const subtitle = phs.some((p) => p.type === "subTitle" && p.box);
  const centred = phs.some((p) => p.type === "ctrTitle");
  const name = layout.name.toLowerCase();
  let score = 0;
  switch (role) {
    case "title":
      if (centred) score += 10;
      if (subtitle) score += 8;
      if (layout.type === "title") score += 4;
      if (layout.type === "tx" && subtitle) score += 2;
      if (/title slide|^title$|cover/.test(name)) score += 3;
      score -= 4 * bodies.length;
      break;
    case "section":
      if (layout.type === "secHead") score += 12;
      if (/section|divider|header/.test(name)) score += 6;
      if (centred || subtitle) score += 3; // a title slide serves when there is no section layout
      score -= 3 * Math.max(0, bodies.length - 1);
      break;
    case "content": {
      if (bodies.length === 1) score += 10;
      else if (bodies.length > 1) score += 4 - bodies.length;
      if (layout.type === "obj" || layout.type === "tx") score += bodies.length > 0 ? 3 : 0;
      if (layout.type === "titleOnly") score += 2;
      if (/content|text|bullet/.test(name)) score += 1;
      if (centred || subtitle) score -= 8;
      // Room to work with: the larger the body relative to the slide, the better (up to 2 points).
      score += (2 * area(bodies[0]?.box)) / Math.max(1e-9, area(slide));
      break;
    }
  }
  return score;
}

/**
 * Choose a layout for each role: the one named in the theme file's `layouts:`, else the best score
 * (the first in the template's order on a tie, which is then reported as ambiguous). Unknown names
 * are returned as errors for validation to position.
 */
export function assignLayouts(
  template: Template,
  named: Partial<Record<TemplateRole, string>> = {},
): { assignment?: LayoutAssignment; unknown: { role: TemplateRole; name: string }[] } {
  const slide = { x: 0, y: 0, w: template.width, h: template.height };
  const unknown: { role: TemplateRole; name: string }[] = [];
  const ambiguous: TemplateRole[] = [];
  const chosen = {} as Record<TemplateRole, LayoutGeometry>;
  const shown = (l: TemplateLayout) => template.exampleLayouts.includes(l.part);
  for (const role of TEMPLATE_ROLES) {
    const wanted = named[role];
    let layout: TemplateLayout | undefined;
    if (wanted !== undefined) {
      layout = template.layouts.find((l) => l.name === wanted && l.placeholders.some((p) => isTitle(p) && p.box));
      if (!layout) unknown.push({ role, name: wanted });
    }
    if (!layout) {
      // A layout the template's own example slides use is what its authors meant, ahead of others
      // of the same kind (LibreOffice writes the same layouts for every master; each example slide
      // picks its master): worth more than the room a body placeholder gives (at most 2 points).
      const scored = template.layouts
        .map((l) => {
          const score = layoutScore(l, role, slide);
          return { l, score: score === undefined ? undefined : score + (shown(l) ? EXAMPLE_BONUS : 0) };
        })
        .filter((s): s is { l: TemplateLayout; score: number } => s.score !== undefined);
      const best = Math.max(...scored.map((s) => s.score));
      const top = scored.filter((s) => Math.abs(s.score - best) < 1e-6);
      const exemplary = top.filter((s) => shown(s.l));
      layout = (exemplary[0] ?? top[0])?.l;
      if (top.length > 1 && exemplary.length !== 1 && wanted === undefined) ambiguous.push(role);
    }
    if (!layout) return { unknown };
    chosen[role] = geometry(layout);
  }
  return { assignment: { ...chosen, ambiguous }, unknown };
}

const EXAMPLE_BONUS = 3;

function geometry(layout: TemplateLayout): LayoutGeometry {
  const phs = layout.placeholders;
  const title = phs.find((p) => p.type === "ctrTitle" && p.box) ?? phs.find((p) => isTitle(p) && p.box)!;
  const body =
    phs.find((p) => p.type === "subTitle" && p.box) ??
    phs.filter((p) => isBody(p) && p.box).sort((a, b) => area(b.box) - area(a.box))[0];
  return {
    layout,
    title: title.box!,
    ...(title.style ? { titleStyle: title.style } : {}),
    body: body?.box,
    ...(body?.style ? { bodyStyle: body.style } : {}),
    bodyIdx: body?.idx,
    footer: phs.find((p) => p.type === "ftr"),
    slideNumber: phs.find((p) => p.type === "sldNum"),
  };
}

/**
 * Whether the template's own text colour draws the subtitle of title and section slides on this
 * layout: where its master styles text and that colour reads on the layout's background (4.5:1, or
 * the background cannot be told). A title slide is often dark where content slides are light, so one
 * theme text colour cannot suit both; elsewhere the theme's text colour draws it (and is checked).
 */
export function subtitleInTemplateColor(geometry: LayoutGeometry): boolean {
  const color = geometry.bodyStyle?.color;
  const background = geometry.layout.background;
  if (!geometry.layout.styled || !color) return false;
  return background === undefined || contrastRatio(color, background) >= 4.5;
}
