import type { RenderedSlide } from "../../render/rendered.js";
import { fitText } from "../fitText.js";
import { fittedText, neededHeight, type Frame, pageSlide } from "../frame.js";
import { paginate } from "../paginate.js";
import type { LaidOutSlide, Shape } from "../shapes.js";

type CallToAction = Extract<RenderedSlide, { layout: "call-to-action" }>;

const ROW_GAP = 0.18;
const BADGE = 0.5;

/** The ask: numbered cards, one per request, and a closing line. */
export function layoutCallToAction(frame: Frame, slide: CallToAction): LaidOutSlide[] {
  const { theme, content } = frame;
  const asks = slide.asks.filter((a) => a.trim() !== "");
  const closingOptions = {
    maxSize: theme.sizes.body + 2,
    minSize: theme.sizes.minimum,
    bold: true,
    maxLines: 2,
    maxHeight: content.h / 3,
  };
  const closingH = slide.closing
    ? Math.max(0.7, neededHeight(frame, [{ text: slide.closing }], content.w, closingOptions) + 0.15)
    : 0;
  const areaH = content.h - closingH;
  const textW = content.w - BADGE - 0.6;
  const rowFits = (items: readonly string[], size: number) => {
    const rowH = (areaH - ROW_GAP * (items.length - 1)) / items.length;
    return (
      rowH >= BADGE + 0.1 &&
      items.every(
        (text) =>
          fitText({
            paragraphs: [{ text }],
            width: textW,
            height: rowH - 0.16,
            font: theme.fonts.body,
            maxSize: size,
            minSize: size,
          }).fits,
      )
    );
  };
  const pages = rowFits(asks, theme.sizes.minimum) ? [asks] : paginate(asks, (page) => rowFits(page, theme.sizes.body));
  let number = 0;
  return pages.map((items, p) => {
    const rowH = Math.min(1.15, (areaH - ROW_GAP * (items.length - 1)) / items.length);
    let size = theme.sizes.body + 2;
    while (size > theme.sizes.minimum && !rowFits(items, size)) size -= 0.5;
    const shapes: Shape[] = [];
    items.forEach((text, i) => {
      number++;
      const y = content.y + i * (rowH + ROW_GAP);
      shapes.push({
        kind: "rect",
        box: { x: content.x, y, w: content.w, h: rowH },
        fill: theme.colors.surface,
        name: `Ask ${number} card`,
        decorative: true,
      });
      shapes.push({
        kind: "rect",
        box: { x: content.x + 0.2, y: y + (rowH - BADGE) / 2, w: BADGE, h: BADGE },
        fill: theme.colors.accent,
        ellipse: true,
        name: `Ask ${number} badge`,
        decorative: true,
      });
      shapes.push({
        kind: "text",
        box: { x: content.x + 0.2, y: y + (rowH - BADGE) / 2, w: BADGE, h: BADGE },
        paragraphs: [{ text: String(number) }],
        font: theme.fonts.heading,
        size: 16,
        bold: true,
        color: theme.colors.accentText,
        align: "center",
        valign: "middle",
        inset: 0,
        name: `Ask ${number} number`,
      });
      shapes.push(
        fittedText(frame, { x: content.x + BADGE + 0.4, y: y + 0.08, w: textW, h: rowH - 0.16 }, [{ text }], {
          maxSize: size,
          minSize: theme.sizes.minimum,
          valign: "middle",
          name: `Ask ${number}`,
        }),
      );
    });
    if (slide.closing && p === pages.length - 1) {
      shapes.push(
        fittedText(
          frame,
          { x: content.x, y: content.y + content.h - closingH + 0.15, w: content.w, h: closingH - 0.15 },
          [{ text: slide.closing }],
          { ...closingOptions, color: theme.colors.accent, name: "Closing line" },
        ),
      );
    }
    return pageSlide(frame, slide, p, pages.length, shapes);
  });
}
