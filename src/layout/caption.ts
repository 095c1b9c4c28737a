import { fittedText, neededHeight, type Frame } from "./frame.js";
import type { Shape } from "./shapes.js";

/** A caption under the content: muted, a little smaller than body text, at most two lines and a quarter of the area. */
function captionOptions(frame: Frame) {
  const { theme, content } = frame;
  return { maxSize: theme.sizes.body - 2, minSize: theme.sizes.minimum, maxLines: 2, maxHeight: content.h / 4 };
}

/** Height (inches) to keep free at the bottom of the content area for a caption; 0 without one. */
export function captionHeight(frame: Frame, caption: string | undefined, atLeast = 0): number {
  if (!caption) return 0;
  const needed = neededHeight(frame, [{ text: caption }], frame.content.w, captionOptions(frame)) + 0.1;
  return Math.max(atLeast, needed);
}

/** The caption, set in the bottom `height` inches of the content area (see {@link captionHeight}). */
export function captionShape(frame: Frame, caption: string, height: number): Shape {
  const { theme, content } = frame;
  return fittedText(
    frame,
    { x: content.x, y: content.y + content.h - height + 0.1, w: content.w, h: height - 0.1 },
    [{ text: caption }],
    { ...captionOptions(frame), color: theme.colors.muted, name: "Caption" },
  );
}
