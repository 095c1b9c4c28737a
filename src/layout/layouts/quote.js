import { contentSlide, fittedText } from "../frame.js";
/** A callout: one statement in large type with its attribution. */
export function layoutQuote(frame, slide) {
    const { theme, content } = frame;
    const x = content.x + 0.9;
    const w = content.w - 1.8;
    const shapes = [
        { kind: "text", box: { x: content.x, y: content.y - 0.25, w: 0.9, h: 1.5 }, paragraphs: [{ text: "“" }], font: theme.fonts.heading, size: 88, color: theme.colors.accent, bold: true, inset: 0, valign: "top" },
    ];
    const attributionH = slide.attribution ? 0.6 : 0;
    shapes.push(fittedText(frame, { x, y: content.y + 0.2, w, h: content.h - attributionH - 0.4 }, [{ text: slide.quote }], { maxSize: 30, minSize: theme.sizes.body, font: theme.fonts.heading, color: theme.colors.heading, italic: true, valign: "middle" }));
    if (slide.attribution) {
        shapes.push(fittedText(frame, { x, y: content.y + content.h - attributionH, w, h: attributionH }, [{ text: `— ${slide.attribution}` }], { maxSize: theme.sizes.body, minSize: theme.sizes.minimum, color: theme.colors.muted, maxLines: 2 }));
    }
    if (slide.title)
        return [contentSlide(frame, slide.title, slide.index, slide.notes, shapes)];
    return [{ master: "content", title: slide.quote.slice(0, 80), shapes, notes: slide.notes, sourceIndex: slide.index }];
}
