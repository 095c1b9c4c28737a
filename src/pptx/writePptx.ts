import pptxgenModule from "pptxgenjs";
import type PptxTypes from "pptxgenjs";
import { coverTitleBox } from "../layout/layouts/cover.js";
import { quoteBox } from "../layout/layouts/quote.js";
import type { LaidOutDeck } from "../layout/layoutDeck.js";
import { BULLET_INDENT } from "../layout/fitText.js";
import { localePrefix } from "../layout/chartFormat.js";
import { createFrame, footerBox, slideNumberBox } from "../layout/frame.js";
import { BuildContext } from "../errors.js";
import { normalizePptx } from "./normalizePptx.js";
import type { Shape } from "../layout/shapes.js";

// pptxgenjs ships CommonJS-style typings for an ES module: at run time the default import is the class.
type PptxGenJS = PptxTypes.default;
const PptxGenJS = ((pptxgenModule as unknown as { default?: unknown }).default ??
  pptxgenModule) as typeof PptxTypes.default;
type Slide = ReturnType<PptxGenJS["addSlide"]>;
type MasterObjects = NonNullable<Parameters<PptxGenJS["defineSlideMaster"]>[0]["objects"]>;

const MASTER = { cover: "BRIEFING_COVER", content: "BRIEFING_CONTENT", quote: "BRIEFING_QUOTE" } as const;

/** Turn a laid-out deck into .pptx bytes with pptxgenjs: native text, shapes, tables and charts. */
export async function renderPptx(deck: LaidOutDeck): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  const { theme } = deck;
  pptx.defineLayout({ name: "BRIEFING", width: deck.width, height: deck.height });
  pptx.layout = "BRIEFING";
  pptx.title = deck.title;
  pptx.subject = deck.subject;
  pptx.author = deck.author;
  // pptxgenjs escapes title, subject and author, but writes the company into docProps/app.xml as is.
  pptx.company = deck.company.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  pptx.theme = { headFontFace: theme.fonts.heading, bodyFontFace: theme.fonts.body };
  defineMasters(pptx, deck);

  for (const laid of deck.slides) {
    const slide = pptx.addSlide({ masterName: MASTER[laid.master] });
    for (const shape of laid.shapes) drawShape(pptx, slide, shape);
    if (laid.notes) slide.addNotes(laid.notes);
  }
  const raw = (await pptx.write({ outputType: "nodebuffer" })) as Uint8Array;
  return normalizePptx(raw, deck.date, { notesFooter: deck.fullFooter });
}

function defineMasters(pptx: PptxGenJS, deck: LaidOutDeck): void {
  const { theme, width, height } = deck;
  const frame = createFrame(theme, new BuildContext(), { file: "", path: "" });
  // pptxgenjs gives a slide's title the position and style of its layout's placeholder, so each
  // place a title can stand (content, cover, untitled quote) has a layout of its own.
  const titlePlaceholder = (
    box: { x: number; y: number; w: number; h: number },
    color: string,
    size: number,
    valign: "top" | "middle" | "bottom",
    italic = false,
  ) => ({
    placeholder: {
      options: {
        name: "title",
        type: "title" as const,
        ...box,
        fontFace: theme.fonts.heading,
        fontSize: size,
        color,
        bold: !italic,
        italic,
        valign,
        margin: 0,
      },
      text: "",
    },
  });
  pptx.defineSlideMaster({
    title: MASTER.cover,
    background: { color: theme.colors.accent },
    objects: [titlePlaceholder(coverTitleBox(frame), theme.colors.accentText, 40, "top")],
  });
  const objects: MasterObjects = [
    titlePlaceholder(frame.titleBox, theme.colors.heading, theme.sizes.title, "bottom"),
    {
      rect: {
        x: frame.margin,
        y: height - 0.72,
        w: width - 2 * frame.margin,
        h: 0.012,
        fill: { color: theme.colors.line },
      },
    },
  ];
  if (deck.footer) {
    objects.push({
      text: {
        text: deck.footer,
        options: {
          ...footerBox(frame),
          fontFace: theme.fonts.body,
          fontSize: deck.footerSize,
          color: theme.colors.muted,
          valign: "middle",
          margin: 0,
        },
      },
    });
  }
  if (deck.logo) {
    const { box, data, mime, altText } = deck.logo;
    objects.push({ image: { ...box, data: `${mime};base64,${Buffer.from(data).toString("base64")}`, altText } });
  }
  const slideNumber = theme.footer.slideNumbers
    ? {
        ...slideNumberBox(frame),
        fontFace: theme.fonts.body,
        fontSize: 10,
        color: theme.colors.muted,
        align: "right" as const,
        valign: "middle" as const,
        margin: 0,
      }
    : undefined;
  pptx.defineSlideMaster({
    title: MASTER.content,
    background: { color: theme.colors.background },
    objects,
    slideNumber,
  });
  // Only decks with an untitled quote get its layout, so other decks keep their parts.
  if (deck.slides.some((s) => s.master === "quote")) {
    const quoteTitle = titlePlaceholder(quoteBox(frame), theme.colors.heading, 30, "middle", true);
    pptx.defineSlideMaster({
      title: MASTER.quote,
      background: { color: theme.colors.background },
      objects: [quoteTitle, ...objects.slice(1)],
      slideNumber,
    });
  }
}

function drawShape(pptx: PptxGenJS, slide: Slide, shape: Shape): void {
  switch (shape.kind) {
    case "text": {
      const runs = shape.paragraphs.map((p, i) => {
        const size = round(shape.size * (p.scale ?? 1));
        // A Hebrew or Arabic paragraph reads right to left: bullet on the right, text flush right.
        const rtl = isRightToLeft(p.text)
          ? { rtlMode: true, align: shape.align === "center" ? ("center" as const) : ("right" as const) }
          : {};
        return {
          text: p.text,
          options: {
            ...rtl,
            breakLine: i < shape.paragraphs.length - 1,
            bullet: p.bullet ? { indent: round(BULLET_INDENT * size) } : false,
            bold: p.bold ?? shape.bold ?? false,
            italic: p.italic ?? shape.italic ?? false,
            color: p.color ?? shape.color,
            fontSize: size,
            paraSpaceBefore: i > 0 && p.spaceBefore ? round(p.spaceBefore * shape.size) : 0,
            ...(p.link ? { hyperlink: { url: p.link, tooltip: p.link } } : {}),
          },
        };
      });
      slide.addText(runs, {
        ...shape.box,
        ...(shape.role === "title" ? { placeholder: "title" } : {}),
        fontFace: shape.font,
        fontSize: round(shape.size),
        color: shape.color,
        bold: shape.bold ?? false,
        align: shape.align ?? "left",
        valign: shape.valign ?? "top",
        margin: shape.inset ?? 0,
        fill: shape.fill ? { color: shape.fill } : undefined,
        // The layout already fitted the text; <a:normAutofit/> makes PowerPoint shrink body text if
        // someone later types more than the box holds. Only body text: LibreOffice also tightens the
        // line spacing of autofit boxes, which would cramp titles and short captions.
        ...(shape.shrinkOnOverflow ? { fit: "shrink" as const } : {}),
      });
      return;
    }
    case "rect":
      slide.addShape(shape.ellipse ? pptx.ShapeType.ellipse : pptx.ShapeType.rect, {
        ...shape.box,
        fill: { color: shape.fill },
        line: shape.line ? { color: shape.line, width: 1.5 } : { type: "none" },
      });
      return;
    case "table": {
      const cell = (text: string, options: Record<string, unknown>) => ({ text, options });
      const header = shape.header.map((h) =>
        cell(h, { bold: true, color: shape.headerColor, fill: { color: shape.headerFill } }),
      );
      const rows = shape.rows.map((row, r) =>
        row.map((c) => cell(c, { fill: { color: r % 2 === 1 ? shape.stripeFill : shape.rowFill } })),
      );
      slide.addTable([header, ...rows], {
        x: shape.box.x,
        y: shape.box.y,
        w: shape.box.w,
        h: round3(shape.box.h), // else the frame says 1 inch, whatever the rows add up to
        colW: shape.columnWidths.map(round3),
        rowH: shape.rowHeights.map(round3),
        fontFace: shape.font,
        fontSize: round(shape.size),
        color: shape.color,
        border: { type: "solid", pt: 0.75, color: shape.lineColor },
        margin: [4, 6, 4, 6],
        valign: "middle",
        autoPage: false,
      });
      return;
    }
    case "chart": {
      const type = shape.chartKind; // our chart kinds are pptxgenjs chart names
      const round = shape.chartKind === "pie" || shape.chartKind === "doughnut";
      const data = shape.series.map((s) => ({ name: s.name, labels: shape.categories, values: s.values }));
      const text = { fontFace: shape.font, fontSize: shape.size, color: shape.color };
      slide.addChart(type, data, {
        ...shape.box,
        altText: shape.altText,
        chartColors: shape.colors,
        showTitle: false,
        showLegend: round || shape.series.length > 1,
        // A line chart's legend stands at the right, where the lines end; a bar chart's below its bars.
        legendPos: round || shape.chartKind === "line" ? "r" : "b",
        legendFontFace: text.fontFace,
        legendFontSize: text.fontSize,
        legendColor: text.color,
        catAxisLabelFontFace: text.fontFace,
        catAxisLabelFontSize: text.fontSize,
        catAxisLabelColor: text.color,
        valAxisLabelFontFace: text.fontFace,
        valAxisLabelFontSize: text.fontSize,
        valAxisLabelColor: text.color,
        valAxisLabelFormatCode: shape.formatCode,
        // Bars are read by their length: an axis that does not start at zero exaggerates differences.
        ...(shape.chartKind === "bar" && Math.min(...shape.series.flatMap((s) => s.values.map((v) => v ?? 0))) >= 0
          ? { valAxisMinVal: 0 }
          : {}),
        // Axis lines and gridlines in the theme's rule color, so dark themes get no stray bright lines.
        catAxisLineColor: shape.gridColor,
        valAxisLineColor: shape.gridColor,
        valGridLine: { color: shape.gridColor, size: 0.75 },
        catGridLine: { style: "none" },
        dataLabelFormatCode: round ? `${localePrefix(shape.language)}0%` : shape.labelFormatCode,
        lang: shape.language,
        showPercent: round,
        showValue: !round && shape.chartKind === "bar" && shape.categories.length * shape.series.length <= 8,
        dataLabelColor: shape.labelColor,
        dataLabelFontFace: text.fontFace,
        dataLabelFontSize: text.fontSize,
        dataLabelPosition: round ? "ctr" : "outEnd",
        barGapWidthPct: 60,
        lineSize: 3,
        lineDataSymbol: "circle",
        lineDataSymbolSize: 7,
        holeSize: 55,
      });
      return;
    }
    case "image":
      slide.addImage({
        ...shape.box,
        data: `${shape.mime};base64,${Buffer.from(shape.data).toString("base64")}`,
        altText: shape.altText,
      });
      return;
  }
}

/** Whether a paragraph's first letter is from a right-to-left script. */
function isRightToLeft(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0];
  return first !== undefined && /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]/u.test(first);
}

function round(n: number): number {
  return Math.round(n * 2) / 2;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
