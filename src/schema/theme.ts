import * as z from "zod";
import { Text } from "./common.js";

/** Slide sizes a theme can choose. */
export const SLIDE_SIZES = ["16:9", "4:3"] as const;
export type SlideSize = (typeof SLIDE_SIZES)[number];

/** A color as six hex digits, with or without a leading #. */
export const Color = z
  .string()
  .regex(/^#?[0-9a-fA-F]{6}$/, "write colors as six hex digits, e.g. '#1F6FEB'")
  .transform((c) => c.replace(/^#/, "").toUpperCase());

/** A theme file, `themes/<id>.yaml`. */
export const ThemeSchema = z
  .strictObject({
    name: Text.describe("Display name of the theme."),
    slideSize: z.enum(SLIDE_SIZES).default("16:9").describe("16:9 (widescreen) or 4:3."),
    colors: z
      .strictObject({
        background: Color.describe("Slide background."),
        text: Color.describe("Body text."),
        heading: Color.describe("Slide titles."),
        accent: Color.describe("Primary accent: title slides, highlights, card values."),
        accentText: Color.describe("Text drawn on the accent color."),
        muted: Color.describe("Secondary text: captions, footers."),
        surface: Color.describe("Card and table-row fill."),
        line: Color.describe("Rules and table borders."),
        alert: Color.optional().describe(
          "The problem in a chart (overspend, spend with no owner); default: a red that reads on the background.",
        ),
        chart: z.array(Color).min(3, "give at least three chart colors").describe("Series colors, in order."),
      })
      .describe("Color palette."),
    fonts: z
      .strictObject({
        heading: Text.default("Calibri").describe("Font for titles."),
        body: Text.default("Calibri").describe("Font for body text."),
      })
      .prefault({})
      .describe("Font families (use fonts your audience has, e.g. Calibri, Arial)."),
    sizes: z
      .strictObject({
        title: z.number().min(16).max(60).default(30).describe("Slide title size in points."),
        body: z.number().min(10).max(32).default(18).describe("Body text size in points."),
        minimum: z.number().min(8).max(24).default(12).describe("Smallest size text may shrink to."),
      })
      .prefault({})
      .describe("Type sizes in points."),
    logo: z
      .strictObject({
        path: Text.describe("Image file (PNG or JPEG), relative to this theme file."),
        altText: Text.describe("What the logo shows, for screen readers."),
        width: z.number().positive().max(4).default(1.2).describe("Width on the slide, in inches."),
      })
      .optional()
      .describe("A logo drawn on every content slide."),
    template: Text.optional().describe(
      "A company template (.potx or .pptx), relative to this theme file: decks keep its masters, layouts and theme.",
    ),
    layouts: z
      .strictObject({
        title: Text.optional().describe("The template layout for title slides, by its name."),
        section: Text.optional().describe("The template layout for section and closing slides, by its name."),
        content: Text.optional().describe("The template layout for content slides (title and one body), by its name."),
      })
      .optional()
      .describe("Template layouts to use where matching by placeholders is ambiguous."),
    footer: z
      .strictObject({
        text: z
          .string()
          .default("")
          .describe("Footer text (a Handlebars template), e.g. '{{organization.name}} · Confidential'."),
        slideNumbers: z.boolean().default(true).describe("Show slide numbers."),
      })
      .prefault({})
      .describe("Footer shown on content slides."),
  })
  .describe("A visual theme.");

/** What users write in a theme file. */
export type ThemeInput = z.input<typeof ThemeSchema>;
/** A theme with defaults applied. */
export type Theme = z.output<typeof ThemeSchema>;
