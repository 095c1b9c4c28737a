import type { CardBinding, NumberBinding, PhaseBinding, RowBinding, TextBinding } from "../schema/binding.js";
import type { Source } from "../schema/common.js";
import type { SlideDefinition } from "../schema/slide.js";

/** A slide definition's type after rendering: templates become text, bindings become lists. */
export type Rendered<T> = T extends TextBinding
  ? string[]
  : T extends NumberBinding
    ? (number | null)[]
    : T extends RowBinding
      ? string[][]
      : T extends PhaseBinding
        ? RenderedPhase[]
        : T extends CardBinding
          ? RenderedCard[]
          : T extends string
            ? string extends T
              ? string
              : T
            : T extends readonly (infer U)[]
              ? Rendered<U>[]
              : T extends object
                ? { [K in keyof T]: Rendered<T[K]> }
                : T;

/** A timeline phase once rendered. */
export interface RenderedPhase {
  label: string;
  period?: string;
  items: string[];
  current?: string;
}

/** A KPI card once rendered. */
export interface RenderedCard {
  label: string;
  value: string;
  caption?: string;
}

type Distribute<T> = T extends unknown ? Rendered<T> : never;

/** A rendered slide, tagged with its place in the deck definition. */
export type RenderedSlide = Distribute<SlideDefinition> & {
  /** Index of the slide in the deck definition. */
  index: number;
  /** Rendered speaker notes ('' when none). */
  notes: string;
};

/** The rendered sources slide also lists every source to credit. */
export type RenderedSources = Extract<RenderedSlide, { layout: "sources" }> & { credits: Source[] };

/** Whether a rendered condition counts as true. */
export function isTruthyText(text: string): boolean {
  const t = text.trim().toLowerCase();
  return !["", "false", "0", "no", "null", "undefined"].includes(t);
}
