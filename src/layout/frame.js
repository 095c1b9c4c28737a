import { fitText, measureParagraphs } from "./fitText.js";
/** Slide sizes in inches. */
export const SLIDE_DIMENSIONS = { "16:9": { width: 13.333, height: 7.5 }, "4:3": { width: 10, height: 7.5 } };
export function createFrame(theme, warnings, where) {
    const { width, height } = SLIDE_DIMENSIONS[theme.slideSize];
    const margin = 0.6;
    const titleBox = { x: margin, y: 0.35, w: width - 2 * margin, h: 1.05 };
    const content = { x: margin, y: 1.75, w: width - 2 * margin, h: height - 1.75 - 0.95 };
    return { width, height, theme, margin, titleBox, content, warnings, where };
}
/** A content slide's title: one line at the theme size, else shrink, else two lines. */
export function titleShapes(frame, title) {
    const { theme, titleBox } = frame;
    const paragraphs = [{ text: title }];
    // One line at the theme size, shrinking a little; else two lines.
    const oneLine = fitText({ paragraphs, width: titleBox.w, height: (theme.sizes.title * 1.22) / 72 + 0.01, font: theme.fonts.heading, bold: true, maxSize: theme.sizes.title, minSize: Math.max(theme.sizes.minimum, theme.sizes.title * 0.8) });
    const shape = oneLine.fits
        ? { kind: "text", box: titleBox, paragraphs, font: theme.fonts.heading, size: oneLine.size, color: theme.colors.heading, bold: true }
        : fittedText(frame, titleBox, paragraphs, { maxSize: theme.sizes.title * 0.85, font: theme.fonts.heading, color: theme.colors.heading, bold: true, maxLines: 2 });
    return [
        { ...shape, role: "title", valign: "bottom", inset: 0 },
        { kind: "rect", box: { x: titleBox.x, y: titleBox.y + titleBox.h + 0.12, w: 0.9, h: 0.06 }, fill: theme.colors.accent },
    ];
}
/** Build a content slide with its title; `body` adds the shapes below it. */
export function contentSlide(frame, title, sourceIndex, notes, body) {
    return { master: "content", title, shapes: [...titleShapes(frame, title), ...body], notes, sourceIndex };
}
/**
 * A text shape whose size is fitted to its box. If it cannot fit within the limits, the line
 * limit is lifted and the theme minimum allowed; as a last resort the text is shortened with
 * an ellipsis (and a warning), so nothing ever overflows.
 */
export function fittedText(frame, box, paragraphs, options) {
    const inset = options.inset ?? 0;
    const font = options.font ?? frame.theme.fonts.body;
    const width = box.w - (2 * inset) / 72;
    const height = box.h - (2 * inset) / 72;
    const minimum = frame.theme.sizes.minimum;
    const request = { width, height, font, bold: options.bold, maxSize: options.maxSize, minSize: Math.max(minimum, Math.min(options.minSize ?? minimum, options.maxSize)) };
    let fit = fitText({ ...request, paragraphs, maxLinesPerParagraph: options.maxLines });
    if (!fit.fits)
        fit = fitText({ ...request, paragraphs, minSize: Math.min(minimum, request.minSize) });
    let fitted = paragraphs;
    if (!fit.fits) {
        fitted = shorten(paragraphs, (candidate) => measureParagraphs(candidate, width, fit.size, font, options.bold) <= height);
        frame.warnings.warn({ ...frame.where, message: `text shortened to fit its box: "${paragraphs[0]?.text.slice(0, 40) ?? ""}…"` });
    }
    return {
        kind: "text",
        box,
        paragraphs: fitted,
        font,
        size: fit.size,
        color: options.color ?? frame.theme.colors.text,
        bold: options.bold,
        italic: options.italic,
        align: options.align,
        valign: options.valign ?? "top",
        inset,
        fill: options.fill,
    };
}
/** Drop trailing paragraphs, then trailing words, until `fits`; marks the cut with an ellipsis. */
function shorten(paragraphs, fits) {
    let out = paragraphs.map((p) => ({ ...p }));
    while (out.length > 1 && !fits(out))
        out = out.slice(0, -1);
    const last = out[out.length - 1];
    if (!last)
        return out;
    let words = last.text.split(" ");
    while (words.length > 0 && !fits(out)) {
        words = words.slice(0, -1);
        // A single long word: cut characters instead.
        const text = words.length > 0 ? words.join(" ") : [...last.text].slice(0, Math.max(0, [...last.text].length - 1)).join("");
        last.text = `${text}…`;
        if (words.length === 0)
            words = [text];
    }
    return out;
}
/** Title with "(continued)" on follow-on slides. */
export function continuedTitle(title, page) {
    return page === 0 ? title : `${title} (continued)`;
}
