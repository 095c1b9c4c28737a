import { describe, expect, it } from "vitest";
import { wordsToRead } from "../../src/check/delivery.js";
import type { SlideView } from "../../src/check/slideText.js";

/** A slide view with these texts, on a slide of this layout. */
function view(layout: "metrics" | "table", texts: SlideView["texts"]): SlideView {
  return {
    index: 0,
    slide: { layout } as SlideView["slide"],
    title: "",
    texts,
    notes: "",
    visible: texts.map((t) => t.text).join("\n"),
  };
}

describe("the words too-many-words counts", () => {
  it("counts words with a letter, not figures", () => {
    const cards = view("metrics", [
      { path: ["title"], text: "Approve $780K by January 15, 2027" },
      { path: ["cards", 0, "value"], text: "21%" },
      { path: ["cards", 0, "caption"], text: "Forecast $18.4M against $15.2M" },
    ]);
    // Approve, by, January; Forecast, against.
    expect(wordsToRead(cards)).toBe(5);
  });

  it("counts a table's title and headings, not its rows", () => {
    const table = view("table", [
      { path: ["title"], text: "Engineering does the work" },
      { path: ["columns", 0], text: "Activity" },
      { path: ["columns", 1], text: "FinOps team" },
      { path: ["rows", 0, 0], text: "Tagging standard and allocation rules" },
      { path: ["rows", 0, 1], text: "Accountable" },
    ]);
    expect(wordsToRead(table)).toBe(7);
  });
});
