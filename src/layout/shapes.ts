import type { ChartKind, LayoutName, ValueFormat } from "../schema/slide.js";

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

/**
 * The PowerPoint placeholder a text shape fills. The writer turns `title` into the slide's title
 * placeholder (`<p:ph type="title"/>`, `ctrTitle` on title slides: index 0, what screen readers,
 * Outline view and python-pptx's `slide.shapes.title` look for), `subtitle` into the title slide's
 * subtitle (`subTitle`, else a body placeholder) and `body` into body placeholders numbered 1, 2, 3…
 * in shape order; each slide layout of the package gets matching placeholders (src/pptx/slideLayouts.ts).
 * A text shape without a placeholder stays a plain text box (a number in a badge, a decorative glyph).
 */
export type PlaceholderRole = "title" | "subtitle" | "body";

/** What every shape may carry for screen readers and the selection pane. */
interface Described {
  /** The name PowerPoint's selection pane shows ("Title", "Metric 2 value"); the writer numbers unnamed shapes. */
  name?: string;
  /** Only decorates (a bar, a card background): screen readers skip it (`adec:decorative`). */
  decorative?: boolean;
}

/** Everything the writer needs to draw one element; the layout stage decides all of it. */
export type Shape = (
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
      /** The placeholder this text fills; none for a plain text box. */
      placeholder?: PlaceholderRole;
      /** Body text: PowerPoint shrinks it if an edit makes it overflow (<a:normAutofit/>). */
      shrinkOnOverflow?: boolean;
    }
  | {
      kind: "rect";
      box: Box;
      fill: string;
      line?: string;
      rounded?: boolean;
      ellipse?: boolean;
      /** What a shape that is not decorative shows, for screen readers. */
      altText?: string;
    }
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
      /** Per column: numbers are set flush right, text flush left. */
      align: ("left" | "right")[];
      /** What the table holds, for screen readers (PowerPoint's alt text on the table frame). */
      altText: string;
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
      /**
       * Color of each data label: per slice on pie and doughnut charts (the label sits on it, so each
       * slice gets the ink that reads on it at WCAG AA), else per series (labels sit beside the bars).
       */
      labelColors: string[];
    }
  | { kind: "image"; box: Box; data: Uint8Array; mime: string; altText: string }
) &
  Described;

/** One slide, laid out. */
export interface LaidOutSlide {
  /** Cover slides (title, section, closing) use the accent background and no footer; an untitled quote's title placeholder is the quote. */
  master: "cover" | "content" | "quote";
  /** The deck layout the slide was drawn with (names the PowerPoint slide layout it is placed on). */
  layout?: LayoutName;
  /** Plain title, also used in messages and the outline. */
  title: string;
  shapes: Shape[];
  notes: string;
  /** Index of the slide in the deck definition it came from. */
  sourceIndex: number;
}
