import type { RenderedSources } from "../../render/rendered.js";
import { fitText } from "../fitText.js";
import { fittedText, type Frame, pageSlide } from "../frame.js";
import { paginate } from "../paginate.js";
import type { LaidOutSlide, Paragraph } from "../shapes.js";
import type { Source } from "../../schema/common.js";

/** Credits: every source with its publisher, license, address and how we adapted it. */
export function layoutSources(frame: Frame, slide: RenderedSources): LaidOutSlide[] {
  const { theme, content } = frame;
  const paras = (sources: readonly Source[]): Paragraph[] =>
    sources.flatMap((s, i) => {
      const out: Paragraph[] = [{ text: `${s.title} — ${s.publisher}`, bold: true, spaceBefore: i === 0 ? 0 : 1 }];
      if (s.license)
        out.push({ text: `Licensed ${s.license}`, color: theme.colors.muted, scale: 0.9, spaceBefore: 0.2 });
      // The address on a line of its own, as a live link.
      if (s.url) out.push({ text: s.url, color: theme.colors.text, scale: 0.9, spaceBefore: 0.1, link: s.url });
      if (s.notes) out.push({ text: s.notes, color: theme.colors.muted, scale: 0.9, spaceBefore: 0.2 });
      return out;
    });
  const fits = (sources: readonly Source[], size: number) =>
    fitText({
      paragraphs: paras(sources),
      width: content.w,
      height: content.h,
      font: theme.fonts.body,
      maxSize: size,
      minSize: size,
    }).fits;
  const pages = fits(slide.credits, theme.sizes.minimum)
    ? [slide.credits]
    : paginate(slide.credits, (page) => fits(page, theme.sizes.body - 2));
  return pages.map((sources, p) =>
    pageSlide(frame, slide, p, pages.length, [
      fittedText(frame, content, paras(sources), {
        maxSize: theme.sizes.body,
        minSize: theme.sizes.minimum,
        body: true,
        name: "Sources",
      }),
    ]),
  );
}
