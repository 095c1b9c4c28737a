import type { RenderedSlide } from "../../render/rendered.js";
import { fittedText, type Frame } from "../frame.js";
import type { LaidOutSlide, Shape } from "../shapes.js";

type Cover = Extract<RenderedSlide, { layout: "title" | "section" | "closing" }>;

/** Title, section and closing slides: large type on the accent background. */
export function layoutCover(frame: Frame, slide: Cover): LaidOutSlide[] {
  if (frame.template) return templateCover(frame, slide);
  const { theme, width, height, margin } = frame;
  const w = width - 2 * margin - 0.6;
  const big = slide.layout === "title" ? 44 : slide.layout === "section" ? 40 : 40;
  const titleTop = coverTitleBox(frame).y;
  const title = fittedText(frame, coverTitleBox(frame), [{ text: slide.title }], {
    maxSize: big,
    minSize: 24,
    font: theme.fonts.heading,
    bold: true,
    color: theme.colors.accentText,
    valign: "top",
    maxLines: 2,
    strict: true,
  });
  title.placeholder = "title";
  title.name = "Title";
  // The title first, so screen readers announce it before anything else; the bar above it only decorates.
  const shapes: Shape[] = [
    title,
    {
      kind: "rect",
      box: { x: margin, y: titleTop - 0.35, w: 1.2, h: 0.08 },
      fill: theme.colors.accentText,
      name: "Accent bar",
      decorative: true,
    },
  ];
  const second = slide.layout === "closing" ? slide.subtitle : slide.subtitle;
  if (second) {
    shapes.push(
      fittedText(frame, { x: margin, y: titleTop + 1.85, w, h: 0.95 }, [{ text: second }], {
        maxSize: 22,
        minSize: 14,
        color: theme.colors.accentText,
        maxLines: 2,
        placeholder: "subtitle",
        name: "Subtitle",
      }),
    );
  }
  const footerText = slide.layout === "title" ? slide.byline : slide.layout === "closing" ? slide.contact : undefined;
  if (footerText) {
    shapes.push(
      fittedText(
        frame,
        { x: margin, y: height - 1.55, w, h: 0.8 },
        footerText.split("\n").map((text) => ({ text })),
        {
          maxSize: 16,
          minSize: 11,
          color: theme.colors.accentText,
          name: slide.layout === "title" ? "Byline" : "Contact",
        },
      ),
    );
  }
  return [{ master: "cover", title: slide.title, shapes, notes: slide.notes, sourceIndex: slide.index }];
}

/**
 * Title, section and closing slides on a company template: the title in its layout's title
 * placeholder, the subtitle and byline (or contact) in its subtitle or body placeholder; the
 * template's background and styles draw them.
 */
function templateCover(frame: Frame, slide: Cover): LaidOutSlide[] {
  const { theme, height } = frame;
  const geometry = frame.template!.layouts[slide.layout === "title" ? "title" : "section"];
  const titleSize = frame.template!.sizes.title ?? 40;
  // Measured as the template's title style draws it, at its layout's size where it gives one.
  const style = geometry.titleStyle;
  const title = fittedText(frame, geometry.title, [{ text: slide.title }], {
    maxSize: style?.size ?? Math.max(titleSize, slide.layout === "title" ? 40 : 36),
    minSize: 20,
    font: style?.font ?? theme.fonts.heading,
    bold: style ? style.bold === true : true,
    caps: style?.caps,
    color: theme.colors.heading,
    valign: "middle",
    maxLines: 2,
    strict: true,
  });
  title.placeholder = "title";
  title.name = "Title";
  const shapes: Shape[] = [title];
  const extra = slide.layout === "title" ? slide.byline : slide.layout === "closing" ? slide.contact : undefined;
  const lines = [
    ...(slide.subtitle ? [{ text: slide.subtitle }] : []),
    ...(extra ?? "")
      .split("\n")
      .filter(Boolean)
      .map((text, i) => ({ text, scale: 0.8, spaceBefore: i === 0 ? 0.6 : 0 })),
  ];
  if (lines.length > 0) {
    const below = geometry.title.y + geometry.title.h + 0.1;
    const box = geometry.body ?? { ...geometry.title, y: below, h: Math.max(0.6, Math.min(1.8, height - below - 0.4)) };
    shapes.push(
      fittedText(frame, box, lines, {
        maxSize: frame.template!.sizes.body ?? 24,
        minSize: 11,
        color: theme.colors.text,
        placeholder: "subtitle",
        name: "Subtitle",
      }),
    );
  }
  return [{ master: "cover", title: slide.title, shapes, notes: slide.notes, sourceIndex: slide.index }];
}

/** Where cover titles go; the writer puts the cover master's title placeholder here too. */
export function coverTitleBox(frame: { width: number; height: number; margin: number }) {
  return { x: frame.margin, y: frame.height * 0.28, w: frame.width - 2 * frame.margin - 0.6, h: 1.75 };
}
