import pptxgenModule from "pptxgenjs";
import type PptxTypes from "pptxgenjs";
import type { LaidOutDeck } from "../layout/layoutDeck.js";
import { BULLET_INDENT } from "../layout/fitText.js";
import { localePrefix, percentFormatCode } from "../layout/chartFormat.js";
import { TABLE_CELL_PAD } from "../layout/layouts/table.js";
import { createFrame, footerBox, slideNumberBox } from "../layout/frame.js";
import { BuildContext } from "../errors.js";
import { normalizePptx, type PackageFacts } from "./normalizePptx.js";
import { zipPackage, type PptxParts } from "./pptxParts.js";
import { PARTS_OUTPUT } from "./pptxZip.js";
import type { Shape } from "../layout/shapes.js";
import { mergeIntoTemplate } from "./mergeIntoTemplate.js";
import { planPackage, type PackagePlan, type ShapeTag } from "./slideLayouts.js";

// pptxgenjs ships CommonJS-style typings for an ES module: at run time the default import is the class.
type PptxGenJS = PptxTypes.default;
const PptxGenJS = ((pptxgenModule as unknown as { default?: unknown }).default ??
  pptxgenModule) as typeof PptxTypes.default;
type Slide = ReturnType<PptxGenJS["addSlide"]>;
type MasterObjects = NonNullable<Parameters<PptxGenJS["defineSlideMaster"]>[0]["objects"]>;

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
  const plan = planPackage(deck);
  defineLayouts(pptx, deck, plan);

  deck.slides.forEach((laid, s) => {
    const slidePlan = plan.slides[s]!;
    const slide = pptx.addSlide({ masterName: plan.layouts[slidePlan.layout]!.name });
    laid.shapes.forEach((shape, i) => {
      drawShape(pptx, slide, shape, slidePlan.shapes[i]!);
    });
    if (laid.notes) slide.addNotes(laid.notes);
  });
  // Our JSZip stand-in returns the parts themselves for this output type (see pptxZip.ts).
  const parts = (await pptx.write({ outputType: PARTS_OUTPUT as "nodebuffer" })) as unknown as PptxParts;
  const normalized = normalizePptx(parts, packageFacts(deck, plan));
  if (!deck.template) return zipPackage(normalized, deck.date);
  const merged = mergeIntoTemplate(normalized, {
    template: deck.template.template,
    layouts: deck.template.layouts,
    roles: deck.slides.map((s) =>
      s.master !== "cover" ? "content" : s.layout === "title" || s.layout === undefined ? "title" : "section",
    ),
    footer: deck.footer,
    footerSize: deck.footerSize,
    footerFont: deck.theme.fonts.body,
    slideNumbers: deck.theme.footer.slideNumbers,
  });
  return zipPackage(merged, deck.date);
}

/** What the package step needs beyond pptxgenjs's output: placeholders, titles, fonts, chart label colors. */
function packageFacts(deck: LaidOutDeck, plan: PackagePlan): PackageFacts {
  const shapes = deck.slides.flatMap((s) => s.shapes);
  const fonts = new Set([deck.theme.fonts.heading, deck.theme.fonts.body]);
  for (const shape of shapes) if ("font" in shape) fonts.add(shape.font);
  return {
    date: deck.date,
    slideSize: deck.theme.slideSize,
    titles: deck.slides.map((s) => s.title),
    fonts: [...fonts].sort(),
    plan,
    chartLabelColors: shapes.flatMap((s) => (s.kind === "chart" ? [s.labelColors] : [])),
    chartFormats: shapes.flatMap((s) => (s.kind === "chart" ? [s.formatCode] : [])),
    theme: deck.theme,
    frame: createFrame(deck.theme, new BuildContext(), { file: "", path: "" }),
    notesFooter: deck.fullFooter,
  };
}

/**
 * One pptxgenjs "master" (a slide layout in the package) per planned layout, with the background
 * and the furniture of its family (rule, footer, logo, slide number). Placeholders are not made with
 * pptxgenjs's own: it moves every slide's placeholder to where the layout has it and numbers them
 * from 100; the package step adds them to layouts and slides instead (see slideLayouts.ts).
 */
function defineLayouts(pptx: PptxGenJS, deck: LaidOutDeck, plan: PackagePlan): void {
  const { theme, width, height } = deck;
  const frame = createFrame(theme, new BuildContext(), { file: "", path: "" });
  const objects: MasterObjects = [
    {
      rect: {
        x: frame.margin,
        y: height - 0.72,
        w: width - 2 * frame.margin,
        h: 0.012,
        fill: { color: theme.colors.line },
        objectName: "Footer rule",
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
          objectName: "Footer",
        },
      },
    });
  }
  if (deck.logo) {
    const { box, data, mime, altText } = deck.logo;
    const image = { ...box, data: `${mime};base64,${Buffer.from(data).toString("base64")}`, altText };
    // pptxgenjs names master images from objectName, which its typings leave out.
    objects.push({ image: Object.assign(image, { objectName: "Logo" }) });
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
  for (const layout of plan.layouts) {
    if (layout.master === "cover")
      pptx.defineSlideMaster({ title: layout.name, background: { color: theme.colors.accent }, objects: [] });
    else
      pptx.defineSlideMaster({
        title: layout.name,
        background: { color: theme.colors.background },
        objects,
        slideNumber,
      });
  }
}

function drawShape(pptx: PptxGenJS, slide: Slide, shape: Shape, tag: ShapeTag): void {
  const objectName = tag.name;
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
        objectName,
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
        objectName,
        fill: { color: shape.fill },
        line: shape.line ? { color: shape.line, width: 1.5 } : { type: "none" },
      });
      return;
    case "table": {
      const cell = (text: string, options: Record<string, unknown>) => ({ text, options });
      const align = (c: number) => shape.align[c] ?? "left";
      const header = shape.header.map((h, c) =>
        cell(h, { bold: true, color: shape.headerColor, fill: { color: shape.headerFill }, align: align(c) }),
      );
      const rows = shape.rows.map((row, r) =>
        row.map((text, c) =>
          cell(text, { fill: { color: r % 2 === 1 ? shape.stripeFill : shape.rowFill }, align: align(c) }),
        ),
      );
      slide.addTable([header, ...rows], {
        objectName,
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
        margin: [TABLE_CELL_PAD.y, TABLE_CELL_PAD.x, TABLE_CELL_PAD.y, TABLE_CELL_PAD.x],
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
        objectName,
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
        dataLabelFormatCode: round
          ? `${localePrefix(shape.language)}${percentFormatCode(shape.language, "0")}`
          : shape.labelFormatCode,
        lang: shape.language,
        showPercent: round,
        showValue: !round && shape.chartKind === "bar" && shape.categories.length * shape.series.length <= 8,
        // One color here; the package step gives each slice of a pie its own (chartLabels.ts).
        dataLabelColor: shape.labelColors[0] ?? shape.color,
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
        objectName,
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
