import type { RenderedSlide } from "../../render/rendered.js";
import { fitText, measureParagraphs } from "../fitText.js";
import { contentSlide, fittedText, neededHeight, type Frame, pageSlide } from "../frame.js";
import { paginate } from "../paginate.js";
import type { LaidOutSlide, Paragraph, Shape } from "../shapes.js";

type Bullets = Extract<RenderedSlide, { layout: "bullets" | "agenda" }>;

// Space between bullets, as a fraction of the type size: tight for long lists, open for short ones.
const SPACES = [1.1, 0.9, 0.7, 0.55] as const;
const SPACE = 0.55;

/** Bulleted (or, for agendas, numbered) list: shrink to fit, then continue on a follow-on slide. */
export function layoutBullets(frame: Frame, slide: Bullets): LaidOutSlide[] {
  const { theme, content } = frame;
  const items = (slide.layout === "agenda" ? (slide.items ?? []) : slide.bullets).filter((t) => t.trim() !== "");
  const numbered = slide.layout === "agenda";
  const intro = slide.layout === "bullets" ? slide.intro?.trim() : undefined;
  if (items.length === 0 && !intro) {
    frame.warnings.warn({ ...frame.where, message: `slide "${slide.title}" has no items and was left out` });
    return [];
  }
  let top = content.y;
  const introShapes: Shape[] = [];
  if (intro) {
    // The intro takes the lines it needs (up to half the area when bullets follow, all of it when none do).
    const options = { maxSize: theme.sizes.body + 2, minSize: theme.sizes.minimum, maxLines: 3 };
    const maxHeight = items.length > 0 ? content.h / 2 : content.h;
    const h = neededHeight(frame, [{ text: intro }], content.w, { ...options, maxHeight });
    const introShape = fittedText(frame, { x: content.x, y: top, w: content.w, h }, [{ text: intro }], {
      ...options,
      color: theme.colors.muted,
      name: "Introduction",
    });
    const used = measureParagraphs(introShape.paragraphs, content.w, introShape.size, introShape.font);
    introShape.box = { ...introShape.box, h: Math.min(h, used + 0.05) };
    introShapes.push(introShape);
    top += used + 0.25;
  }
  // A list that came out empty (a binding to an empty list) leaves its intro, which says what it would have held.
  if (items.length === 0) return [contentSlide(frame, slide.title, slide.index, slide.notes, introShapes)];
  const box = { x: content.x, y: top, w: content.w, h: content.y + content.h - top };
  // Follow-on slides have no intro: their list starts right under the title.
  const boxOf = (page: number) => (page === 0 ? box : content);
  const toParagraphs = (list: readonly string[], offset: number, space: number = SPACE): Paragraph[] =>
    list.map((text, i) =>
      numbered
        ? { text: `${String(offset + i + 1).padStart(2, "0")}   ${text}`, spaceBefore: space * 1.4 }
        : { text, bullet: true, spaceBefore: space },
    );
  const fitsAt = (list: readonly string[], size: number, page = 0) =>
    fitText({
      paragraphs: toParagraphs(list, 0),
      width: box.w,
      height: boxOf(page).h,
      font: theme.fonts.body,
      maxSize: size,
      minSize: size,
    }).fits;

  const body = theme.sizes.body + 4; // short lists read better large; long ones shrink from here
  const all = fitText({
    paragraphs: toParagraphs(items, 0),
    width: box.w,
    height: box.h,
    font: theme.fonts.body,
    maxSize: body,
    minSize: theme.sizes.minimum,
  });
  const pages = all.fits ? [items] : paginate(items, (page, index) => fitsAt(page, theme.sizes.body, index));
  // A list that fits whole gets the most open spacing that still fits at its size (and leaves a
  // quarter of the box free).

  const space = all.fits
    ? (SPACES.find(
        (sp) =>
          fitText({
            paragraphs: toParagraphs(items, 0, sp),
            width: box.w,
            height: box.h * 0.75,
            font: theme.fonts.body,
            maxSize: all.size,
            minSize: all.size,
          }).fits,
      ) ?? SPACE)
    : SPACE;
  let offset = 0;
  return pages.map((page, p) => {
    const paragraphs = toParagraphs(page, offset, space);
    offset += page.length;
    const text = fittedText(frame, boxOf(p), paragraphs, {
      maxSize: all.fits ? all.size : theme.sizes.body,
      minSize: theme.sizes.minimum,
      body: true,
      name: numbered ? "Agenda" : "Bullets",
    });
    return pageSlide(frame, slide, p, pages.length, [...(p === 0 ? introShapes : []), text]);
  });
}
