import type { LaidOutDeck } from "../layout/layoutDeck.js";
import type { Box, LaidOutSlide, PlaceholderRole, Shape } from "../layout/shapes.js";
import type { LayoutName } from "../schema/slide.js";

/**
 * How laid-out slides become PowerPoint slides on real slide layouts with placeholders.
 *
 * Each text shape's `placeholder` role maps to a PowerPoint placeholder type:
 * - `title` → `title` (index 0), or `ctrTitle` on the title slide;
 * - `subtitle` → `subTitle` (index 1) beside a `ctrTitle`, else a `body` placeholder;
 * - `body` → `body`, numbered 1, 2, 3… in the slide's shape order.
 * Slides whose placeholders match (same deck layout, same family of master, same placeholder
 * sequence) share one slide layout; the layout's placeholders stand where the first such slide has
 * them, styled like its text, so PowerPoint's "Reset slide" and new slides look like ours. A slide's
 * own placeholders keep their positions and formatting.
 */
export type PlaceholderType = "title" | "ctrTitle" | "subTitle" | "body";

/** One placeholder of a slide layout, and the text shape on the first slide that filled it. */
export interface LayoutPlaceholder {
  type: PlaceholderType;
  /** 0 for titles; 1, 2… for the rest. */
  idx: number;
  name: string;
  shape: Extract<Shape, { kind: "text" }>;
}

/** One PowerPoint slide layout of the package. */
export interface SlideLayoutPlan {
  /** The layout's name in PowerPoint (unique in the deck). */
  name: string;
  master: LaidOutSlide["master"];
  placeholders: LayoutPlaceholder[];
}

/** What the writer and the package step need to know about one shape of a slide, in drawing order. */
export interface ShapeTag {
  name: string;
  placeholder?: { type: PlaceholderType; idx: number };
  decorative: boolean;
  /** Alt text (pictures, charts, tables, shapes that are not decorative). */
  altText?: string;
}

export interface SlidePlan {
  /** Index into {@link PackagePlan.layouts}. */
  layout: number;
  shapes: ShapeTag[];
}

export interface PackagePlan {
  layouts: SlideLayoutPlan[];
  slides: SlidePlan[];
}

const LAYOUT_TITLES: Record<LayoutName, string> = {
  title: "Title Slide",
  section: "Section Header",
  closing: "Closing",
  agenda: "Agenda",
  bullets: "Title and Content",
  "two-column": "Two Content",
  metrics: "Metrics",
  chart: "Title and Chart",
  table: "Title and Table",
  timeline: "Timeline",
  quote: "Quote",
  "call-to-action": "Call to Action",
  sources: "Sources",
};

const KIND_NAMES: Record<Shape["kind"], string> = {
  text: "Text",
  rect: "Shape",
  table: "Table",
  chart: "Chart",
  image: "Picture",
};

/** Group slides onto slide layouts and tag every shape with its name, placeholder and alt text. */
export function planPackage(deck: Pick<LaidOutDeck, "slides">): PackagePlan {
  const layouts: SlideLayoutPlan[] = [];
  const byKey = new Map<string, number>();
  const slides = deck.slides.map((slide): SlidePlan => {
    const tags = tagShapes(slide);
    const key = `${slide.master}|${slide.layout ?? ""}|${tags.map((t) => t.placeholder?.type ?? "").join(",")}`;
    let index = byKey.get(key);
    if (index === undefined) {
      index = layouts.length;
      byKey.set(key, index);
      layouts.push({
        name: uniqueName(layoutTitle(slide), layouts),
        master: slide.master,
        placeholders: slide.shapes.flatMap((shape, i) => {
          const ph = tags[i]?.placeholder;
          return shape.kind === "text" && ph ? [{ ...ph, name: placeholderName(ph.type, ph.idx), shape }] : [];
        }),
      });
    }
    return { layout: index, shapes: tags };
  });
  return { layouts, slides };
}

function tagShapes(slide: LaidOutSlide): ShapeTag[] {
  const centered = slide.layout === "title";
  const counts = new Map<string, number>();
  let next = 1;
  return slide.shapes.map((shape) => {
    const base = KIND_NAMES[shape.kind];
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    const tag: ShapeTag = { name: shape.name ?? `${base} ${n}`, decorative: shape.decorative === true };
    const alt = altTextOf(shape);
    if (alt && !tag.decorative) tag.altText = alt;
    if (shape.kind === "text" && shape.placeholder && !tag.decorative) {
      const type = placeholderType(shape.placeholder, centered);
      tag.placeholder = { type, idx: type === "title" || type === "ctrTitle" ? 0 : next++ };
    }
    return tag;
  });
}

function placeholderType(role: PlaceholderRole, centered: boolean): PlaceholderType {
  switch (role) {
    case "title":
      return centered ? "ctrTitle" : "title";
    case "subtitle":
      return centered ? "subTitle" : "body";
    case "body":
      return "body";
  }
}

function altTextOf(shape: Shape): string | undefined {
  switch (shape.kind) {
    case "image":
    case "chart":
    case "table":
      return shape.altText;
    case "rect":
      return shape.altText;
    case "text":
      return undefined;
  }
}

function layoutTitle(slide: LaidOutSlide): string {
  if (slide.master === "quote") return "Quote as Title";
  return slide.layout ? LAYOUT_TITLES[slide.layout] : slide.master === "cover" ? "Title Slide" : "Title and Content";
}

function uniqueName(name: string, taken: readonly SlideLayoutPlan[]): string {
  let candidate = name;
  for (let n = 2; taken.some((l) => l.name === candidate); n++) candidate = `${name} ${n}`;
  return candidate;
}

function placeholderName(type: PlaceholderType, idx: number): string {
  switch (type) {
    case "title":
    case "ctrTitle":
      return "Title";
    case "subTitle":
      return "Subtitle";
    case "body":
      return `Text Placeholder ${idx}`;
  }
}

/** A box in EMU, as the package writes positions. */
export function emuBox(box: Box): { x: number; y: number; w: number; h: number } {
  const emu = (inches: number) => Math.round(inches * 914400);
  return { x: emu(box.x), y: emu(box.y), w: emu(box.w), h: emu(box.h) };
}
