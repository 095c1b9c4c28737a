import type { RenderedSlide } from "../../render/rendered.js";
import { fitText } from "../fitText.js";
import { fittedText, neededHeight, type Frame, pageSlide } from "../frame.js";
import type { LaidOutSlide, Paragraph, Shape } from "../shapes.js";

type TwoColumn = Extract<RenderedSlide, { layout: "two-column" }>;

const GAP = 0.4;
const PAD = 0.25;
const HEADING_H = 0.55;

/** Two cards side by side, each a heading and bullets; both columns share one type size. */
export function layoutTwoColumn(frame: Frame, slide: TwoColumn): LaidOutSlide[] {
  const { theme, content } = frame;
  const colW = (content.w - GAP) / 2;
  // Both headings take the lines the longer one needs, so the lists below them start level.
  const headingOptions = {
    maxSize: theme.sizes.body + 4,
    minSize: theme.sizes.minimum,
    bold: true,
    font: theme.fonts.heading,
    maxLines: 1,
    maxHeight: content.h / 3,
  };
  const headingH = Math.max(
    HEADING_H,
    ...[slide.left, slide.right].map((c) => neededHeight(frame, [{ text: c.heading }], colW - 2 * PAD, headingOptions)),
  );
  const textBox = { w: colW - 2 * PAD, h: content.h - headingH - 2 * PAD };
  const cols = [slide.left, slide.right].map((c) => ({
    heading: c.heading,
    items: c.bullets.filter((b) => b.trim() !== ""),
  }));
  const paras = (items: string[]): Paragraph[] => items.map((text) => ({ text, bullet: true, spaceBefore: 0.5 }));
  const fitsAt = (size: number, lists: string[][]) =>
    lists.every(
      (items) =>
        fitText({
          paragraphs: paras(items),
          width: textBox.w,
          height: textBox.h,
          font: theme.fonts.body,
          maxSize: size,
          minSize: size,
        }).fits,
    );

  // Split both columns into pages of items that fit at body size when the whole does not fit at the minimum.
  const pages: string[][][] = [];
  const remaining = cols.map((c) => [...c.items]);
  while (remaining.some((r) => r.length > 0)) {
    if (fitsAt(theme.sizes.minimum, remaining)) {
      pages.push(remaining.map((r) => r.splice(0)));
      break;
    }
    pages.push(
      remaining.map((r) => {
        let n = r.length;
        while (n > 1 && !fitsAt(theme.sizes.body, [r.slice(0, n)])) n--;
        return r.splice(0, n);
      }),
    );
  }
  return pages.map((lists, p) => {
    let size = theme.sizes.body + 2;
    while (size > theme.sizes.minimum && !fitsAt(size, lists)) size -= 0.5;
    const shapes: Shape[] = [];
    cols.forEach((col, i) => {
      const x = content.x + i * (colW + GAP);
      const side = i === 0 ? "Left" : "Right";
      shapes.push({
        kind: "rect",
        box: { x, y: content.y, w: colW, h: content.h },
        fill: theme.colors.surface,
        rounded: false,
        name: `${side} card`,
        decorative: true,
      });
      shapes.push({
        kind: "rect",
        box: { x, y: content.y, w: colW, h: 0.07 },
        fill: i === 0 ? theme.colors.accent : (theme.colors.chart[1] ?? theme.colors.accent),
        name: `${side} accent`,
        decorative: true,
      });
      shapes.push(
        fittedText(frame, { x: x + PAD, y: content.y + PAD, w: colW - 2 * PAD, h: headingH }, [{ text: col.heading }], {
          ...headingOptions,
          color: theme.colors.heading,
          name: `${side} heading`,
        }),
      );
      const items = lists[i] ?? [];
      if (items.length > 0) {
        shapes.push(
          fittedText(frame, { x: x + PAD, y: content.y + PAD + headingH, w: textBox.w, h: textBox.h }, paras(items), {
            maxSize: size,
            minSize: theme.sizes.minimum,
            body: true,
            name: `${side} bullets`,
          }),
        );
      }
    });
    return pageSlide(frame, slide, p, pages.length, shapes);
  });
}
