import type { LaidOutDeck } from "../layout/layoutDeck.js";
import type { RenderedSlide } from "../render/rendered.js";
import type { RenderedTarget } from "../render/renderTarget.js";
import type { FindingSlide } from "./finding.js";

/** One slide of a deck definition as rendered for one audience: its text, notes and place in the built deck. */
export interface SlideView {
  /** Index in the deck definition (`slides.<index>` in the deck file). */
  index: number;
  slide: RenderedSlide;
  /** Number and title in the built deck; absent when layout left the slide out (an empty list). */
  shown?: FindingSlide;
  /** The rendered title ('' for an untitled quote). */
  title: string;
  /** Every text the audience reads on the slide (title included), with the field it came from. */
  texts: { path: (string | number)[]; text: string }[];
  /** Rendered speaker notes ('' when none). */
  notes: string;
  /** All of the visible text, a line per field. */
  visible: string;
}

// Rendered fields that are not text on the slide.
const NOT_TEXT = new Set([
  "layout",
  "kind",
  "format",
  "id",
  "index",
  "notes",
  "widths",
  "current",
  "altText",
  "values",
  "highlight",
  "agenda", // the slide's line on the agenda slide, not on this one
]);

/** The slides of a rendered deck with their text, numbered as in the laid-out (built) deck. */
export function slideViews(rendered: RenderedTarget, laidOut: LaidOutDeck): SlideView[] {
  const first = new Map<number, number>();
  laidOut.slides.forEach((s, i) => {
    if (!first.has(s.sourceIndex)) first.set(s.sourceIndex, i);
  });
  return rendered.slides.map((slide) => {
    const at = first.get(slide.index);
    const texts: SlideView["texts"] = [];
    collect(slide, [], texts);
    const title = "title" in slide && typeof slide.title === "string" ? slide.title : "";
    return {
      index: slide.index,
      slide,
      shown: at === undefined ? undefined : { number: at + 1, title: laidOut.slides[at]!.title },
      title,
      texts,
      notes: slide.notes,
      visible: texts.map((t) => t.text).join("\n"),
    };
  });
}

function collect(value: unknown, path: (string | number)[], out: SlideView["texts"]): void {
  if (typeof value === "string") {
    if (value.trim() !== "") out.push({ path, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      collect(v, [...path, i], out);
    });
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) if (!NOT_TEXT.has(k)) collect(v, [...path, k], out);
  }
}

/** All of a slide's visible text as one string, a line per field. */
export function visibleText(view: SlideView): string {
  return view.visible;
}
