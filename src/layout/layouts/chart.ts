import type { Formatter } from "../../render/format.js";
import type { RenderedSlide } from "../../render/rendered.js";
import type { ValueFormat } from "../../schema/slide.js";
import { contrastRatio, mix } from "../../validate/contrast.js";
import { chartFormatCode } from "../chartFormat.js";
import { contentSlide, fittedText, type Frame } from "../frame.js";
import type { LaidOutSlide, Shape } from "../shapes.js";

type Chart = Extract<RenderedSlide, { layout: "chart" }>;

/** A native, editable chart (bar, line, pie, doughnut) with generated alt text. */
export function layoutChart(frame: Frame, slide: Chart, format: Formatter): LaidOutSlide[] {
  const { theme, content } = frame;
  const { chart } = slide;
  const captionH = slide.caption ? 0.65 : 0;
  const shapes: Shape[] = [];
  const all = chart.series.flatMap((s) => s.values);
  const round = chart.kind === "pie" || chart.kind === "doughnut";
  const colors = paletteFor(
    theme.colors.chart,
    round ? chart.categories.length : chart.series.length,
    round,
    theme.colors.background,
  );
  shapes.push({
    kind: "chart",
    box: { x: content.x, y: content.y, w: content.w, h: content.h - captionH },
    chartKind: chart.kind,
    categories: chart.categories,
    // Sums and products of money carry binary noise (12833999.999999998): the chart holds the figure.
    series: chart.series.map((s) => ({ ...s, values: s.values.map(withoutFloatNoise) })),
    format: chart.format,
    formatCode: chartFormatCode(chart.format, all, format.locale, format.currency),
    altText: chart.altText?.trim() || describeChart(slide, format),
    colors,
    font: theme.fonts.body,
    size: Math.max(theme.sizes.minimum, theme.sizes.body - 5),
    color: theme.colors.text,
    gridColor: theme.colors.line,
    labelColors: round ? colors.map(labelColorOn) : colors.map(() => theme.colors.text),
    name: "Chart",
  });
  if (slide.caption) {
    shapes.push(
      fittedText(
        frame,
        { x: content.x, y: content.y + content.h - captionH + 0.1, w: content.w, h: captionH - 0.1 },
        [{ text: slide.caption }],
        {
          maxSize: theme.sizes.body - 2,
          minSize: theme.sizes.minimum,
          color: theme.colors.muted,
          maxLines: 2,
          name: "Caption",
        },
      ),
    );
  }
  return [contentSlide(frame, slide.title, slide.index, slide.notes, shapes)];
}

/**
 * Exactly one color per series (bar, line) or per slice (pie, doughnut): given too few, pptxgenjs
 * picks the rest with Math.random, and the deck's bytes change from build to build. When the
 * theme's palette runs out it comes round again in tints toward the background, so no two slices
 * (or legend keys) share a color. Around a circle the last slice touches the first, so it never
 * takes the first slice's hue when another is free.
 */
export function paletteFor(palette: readonly string[], count: number, round: boolean, background: string): string[] {
  const n = palette.length;
  const hues = Array.from({ length: Math.max(1, count) }, (_, i) => i % n);
  const last = hues.length - 1;
  if (round && last > 1 && hues[last] === hues[0]) {
    const free = palette.findIndex((_, h) => h !== hues[0] && h !== hues[last - 1]);
    if (free >= 0) hues[last] = free;
  }
  return hues.map((hue, i) => {
    const cycle = Math.floor(i / n);
    return cycle === 0 ? palette[hue]! : mix(palette[hue]!, background, Math.min(0.8, 1 - 0.55 ** cycle));
  });
}

/** Label ink for one slice: white or near-black, whichever reads better; black where neither reaches WCAG AA. */
export function labelColorOn(fill: string): string {
  const best = contrastRatio("FFFFFF", fill) >= contrastRatio("111111", fill) ? "FFFFFF" : "111111";
  return contrastRatio(best, fill) >= 4.5 ? best : "000000";
}

/** The number a person wrote, without the binary rounding error of the arithmetic that made it. */
export function withoutFloatNoise(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}

function formatValue(value: number, kind: ValueFormat, format: Formatter): string {
  switch (kind) {
    case "currency":
      return format.money(value);
    case "compact-currency":
      return format.money(value, { compact: true });
    case "percent":
      return format.percent(value);
    case "compact":
      return format.compact(value);
    case "number":
      return format.number(value, Number.isInteger(value) ? 0 : 2);
  }
}

/** Alt text from the data: what the chart shows and its range, for screen readers. */
export function describeChart(slide: Chart, format: Formatter): string {
  const { chart } = slide;
  const cats = chart.categories;
  const parts = chart.series.map((s) => {
    if (s.values.length === 0) return `${s.name}: no values`;
    const first = s.values[0]!;
    const last = s.values[s.values.length - 1]!;
    if (chart.kind === "pie" || chart.kind === "doughnut") {
      const total = s.values.reduce((a, b) => a + b, 0);
      return `${s.name}: ${s.values.map((v, i) => `${cats[i] ?? i + 1} ${total ? format.percent(v / total) : formatValue(v, chart.format, format)}`).join(", ")}`;
    }
    return `${s.name} from ${formatValue(first, chart.format, format)} (${cats[0] ?? ""}) to ${formatValue(last, chart.format, format)} (${cats[cats.length - 1] ?? ""})`;
  });
  return `${chart.kind === "doughnut" ? "Doughnut" : chart.kind[0]!.toUpperCase() + chart.kind.slice(1)} chart, ${slide.title}: ${parts.join("; ")}.`;
}
