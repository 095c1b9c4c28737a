// The floor a build is compared against: the same slides drawn straight with pptxgenjs, no
// templates, no layout, no normalizing. Usage: node barePptxgenjs.js decks.json outDir
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import pptxgenModule from "pptxgenjs";
import type PptxTypes from "pptxgenjs";
import type { LaidOutDeck } from "../../src/layout/layoutDeck.js";

const PptxGenJS = ((pptxgenModule as unknown as { default?: unknown }).default ??
  pptxgenModule) as typeof PptxTypes.default;
type Deck = Omit<LaidOutDeck, "logo"> & { name: string };

const [input = "", outDir = "."] = process.argv.slice(2);
const decks = JSON.parse(await readFile(input, "utf8")) as Deck[];
for (const deck of decks) {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: "DECK", width: deck.width, height: deck.height });
  pptx.layout = "DECK";
  for (const laid of deck.slides) {
    const slide = pptx.addSlide();
    for (const shape of laid.shapes) {
      if (shape.kind === "text") {
        slide.addText(
          shape.paragraphs.map((p, i) => ({
            text: p.text,
            options: {
              breakLine: i < shape.paragraphs.length - 1,
              bullet: p.bullet ?? false,
              bold: p.bold ?? shape.bold,
            },
          })),
          {
            ...shape.box,
            fontFace: shape.font,
            fontSize: shape.size,
            color: shape.color,
            valign: shape.valign ?? "top",
          },
        );
      } else if (shape.kind === "rect") {
        slide.addShape(shape.ellipse ? pptx.ShapeType.ellipse : pptx.ShapeType.rect, {
          ...shape.box,
          fill: { color: shape.fill },
        });
      } else if (shape.kind === "table") {
        slide.addTable(
          [shape.header, ...shape.rows].map((row) => row.map((text) => ({ text }))),
          { x: shape.box.x, y: shape.box.y, w: shape.box.w, colW: shape.columnWidths, fontSize: shape.size },
        );
      } else if (shape.kind === "chart") {
        slide.addChart(
          shape.chartKind,
          shape.series.map((s) => ({ name: s.name, labels: shape.categories, values: s.values })),
          { ...shape.box, chartColors: shape.colors },
        );
      }
    }
    if (laid.notes) slide.addNotes(laid.notes);
  }
  await pptx.writeFile({ fileName: join(outDir, `${deck.name}.pptx`) });
}
