import type { LaidOutDeck } from "./layoutDeck.js";
import type { LaidOutSlide, Shape } from "./shapes.js";

/**
 * Accessibility rules over a laid-out deck, the ones PowerPoint's Accessibility Checker applies to
 * what a user can write: pure functions, so `build`, `validate` and a future `check` command share
 * them. Rule ids are stable: tools and users may refer to them.
 */
export const A11Y_RULES = [
  "logo-alt-text",
  "picture-alt-text",
  "chart-alt-text",
  "shape-alt-text",
  "empty-title",
  "duplicate-title",
  "table-header",
] as const;

export type A11yRule = (typeof A11Y_RULES)[number];

/** One finding: which rule, on which slide (index in the laid-out deck; none for the deck's furniture). */
export interface A11yFinding {
  rule: A11yRule;
  message: string;
  /** Index of the slide in the laid-out deck. */
  slide?: number;
  /** Index of the slide in the deck definition (where to point the user). */
  sourceIndex?: number;
}

/** Alt text that says nothing: empty, a file name, or only a word such as "image" or "logo". */
export function isMeaninglessAltText(text: string | undefined): boolean {
  const t = (text ?? "").trim();
  if (t.length < 3) return true;
  if (/^[\w\- .]+\.(png|jpe?g|gif|svg|bmp|webp|emf|wmf)$/i.test(t)) return true;
  return /^(image|picture|photo|graphic|logo|chart|graph|diagram|icon|figure|untitled|alt text)\s*\d*$/i.test(t);
}

/** Every finding for the deck, slide by slide in order, the deck's logo first. */
export function checkAccessibility(deck: Pick<LaidOutDeck, "slides" | "logo">): A11yFinding[] {
  const findings: A11yFinding[] = [];
  if (deck.logo && isMeaninglessAltText(deck.logo.altText))
    findings.push({
      rule: "logo-alt-text",
      message: `the logo's alt text "${deck.logo.altText}" does not say what it shows`,
    });
  const seen = new Map<string, number>();
  deck.slides.forEach((slide, index) => {
    const at = { slide: index, sourceIndex: slide.sourceIndex };
    const title = slide.title.trim();
    if (title === "" || !hasTitleText(slide))
      findings.push({ ...at, rule: "empty-title", message: `slide ${index + 1} has no title` });
    else {
      const first = seen.get(title.toLowerCase());
      if (first !== undefined)
        findings.push({
          ...at,
          rule: "duplicate-title",
          message: `slide ${index + 1} has the same title as slide ${first + 1}: "${title}"`,
        });
      else seen.set(title.toLowerCase(), index);
    }
    for (const shape of slide.shapes) {
      const problem = shapeProblem(shape);
      if (problem) findings.push({ ...at, rule: problem.rule, message: `slide ${index + 1}: ${problem.message}` });
    }
  });
  return findings;
}

/** Whether the slide's title placeholder holds text. */
function hasTitleText(slide: LaidOutSlide): boolean {
  return slide.shapes.some(
    (s) => s.kind === "text" && s.placeholder === "title" && s.paragraphs.some((p) => p.text.trim() !== ""),
  );
}

function shapeProblem(shape: Shape): { rule: A11yRule; message: string } | undefined {
  if (shape.decorative) return undefined;
  switch (shape.kind) {
    case "image":
      return isMeaninglessAltText(shape.altText)
        ? { rule: "picture-alt-text", message: `a picture has no alt text that says what it shows` }
        : undefined;
    case "chart":
      return isMeaninglessAltText(shape.altText)
        ? { rule: "chart-alt-text", message: `the chart's alt text "${shape.altText}" does not describe it` }
        : undefined;
    case "rect":
      return shape.altText?.trim()
        ? undefined
        : { rule: "shape-alt-text", message: "a shape is neither decorative nor described" };
    case "table":
      return shape.header.length === 0 || shape.header.some((h) => h.trim() === "")
        ? { rule: "table-header", message: "a table has no header for every column" }
        : undefined;
    case "text":
      return undefined;
  }
}
