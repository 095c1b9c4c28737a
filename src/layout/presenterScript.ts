import type { LaidOutDeck } from "./layoutDeck.js";

/**
 * The speaker notes as a presenter script in Markdown: one section per slide, numbered as in the
 * built deck (follow-on slides included), so rehearsing from paper matches the slides.
 */
export function presenterScript(deck: LaidOutDeck, audience: string): string {
  const lines = [`# Presenter script: ${deck.title}`, "", `For ${audience}. ${deck.slides.length} slides.`, ""];
  deck.slides.forEach((slide, i) => {
    lines.push(`## ${i + 1}. ${slide.title.replace(/\s+/g, " ").trim() || "(untitled)"}`, "");
    lines.push(slide.notes.trim() ? slide.notes.trim() : "_No notes._", "");
  });
  return lines.join("\n").trimEnd() + "\n";
}
