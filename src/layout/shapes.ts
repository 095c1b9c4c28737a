import type { ChartKind, ValueFormat } from "../schema/slide.js";

/** A rectangle in inches from the slide's top-left corner. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One paragraph of a text shape. */
export interface Paragraph {
  text: string;
  bullet?: boolean;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  /** Size relative to the shape's size (1 = same). */
  scale?: number;
  /** Space before the paragraph, as a fraction of the font size (0.5 = half a line of type). */
  spaceBefore?: number;
  /** A web address the paragraph links to (it opens when clicked in a slide show). */
  link?: string;
}

/** Everything the writer needs to draw one element; the layout stage decides all of it. */
export type Shape =
  | {
      kind: "text";
      box: Box;
      paragraphs: Paragraph[];
      font: string;
      /** Font size in points, already fitted to the box. */
      size: number;
      color: string;
      bold?: boolean;
      italic?: boolean;
      align?: "left" | "center" | "right";
      valign?: "top" | "middle" | "bottom";
      /** Inner margin in points. */
      inset?: number;
      fill?: string;
      /** The slide's title (becomes the title placeholder for screen readers). */
      role?: "title";
      /** Body text: PowerPoint shrinks it if an edit makes it overflow (<a:normAutofit/>). */
      shrinkOnOverflow?: boolean;
    }
  | { kind: "rect"; box: Box; fill: string; line?: string; rounded?: boolean; ellipse?: boolean }
  | {
      kind: "table";
      box: Box;
      columnWidths: number[];
      header: string[];
      rows: string[][];
      font: string;
      size: number;
      color: string;
      headerFill: string;
      headerColor: string;
      /** Fill of odd rows (the slide's background) and of even rows. */
      rowFill: string;
      stripeFill: string;
      lineColor: string;
      rowHeights: number[];
    }
  | {
      kind: "chart";
      box: Box;
      chartKind: ChartKind;
      categories: string[];
      /** Values per series; null where a series has no value for a category (a gap). */
      series: { name: string; values: (number | null)[] }[];
      format: ValueFormat;
      /** Excel number format code for the value axis, in the organization's locale. */
      formatCode: string;
      /** Format code for data labels: enough places for the smallest value. */
      labelFormatCode: string;
      /** Language of the chart's text (BCP 47), the organization's locale. */
      language: string;
      altText: string;
      /** One color per series (bar, line) or per slice (pie, doughnut). */
      colors: string[];
      font: string;
      size: number;
      color: string;
      gridColor: string;
      /** Color of data labels: on the slices of pie and doughnut charts, else beside bars. */
      labelColor: string;
    }
  | { kind: "image"; box: Box; data: Uint8Array; mime: string; altText: string };

/** One slide, laid out. */
export interface LaidOutSlide {
  /** Cover slides (title, section, closing) use the accent background and no footer; an untitled quote's title placeholder is the quote. */
  master: "cover" | "content" | "quote";
  /** Plain title, also used in messages and the outline. */
  title: string;
  shapes: Shape[];
  notes: string;
  /** Index of the slide in the deck definition it came from. */
  sourceIndex: number;
}
