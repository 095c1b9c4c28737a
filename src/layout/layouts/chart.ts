import type { Formatter } from "../../render/format.js";
import type { RenderedSlide } from "../../render/rendered.js";
import type { ValueFormat } from "../../schema/slide.js";
import { contrastRatio, mix } from "../../color/contrast.js";
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
    series: chart.series,
    format: chart.format,
    formatCode: chartFormatCode(chart.format, all, format.locale, format.currency),
    altText: chart.altText?.trim() || describeChart(slide, format),
    colors,
    font: theme.fonts.body,
    size: Math.max(theme.sizes.minimum, theme.sizes.body - 5),
    color: theme.colors.text,
    gridColor: theme.colors.line,
    labelColor: round ? labelColorOn(colors) : theme.colors.text,
  });
  if (slide.caption) {
    shapes.push(
      fittedText(
        frame,
        { x: content.x, y: content.y + content.h - captionH + 0.1, w: content.w, h: captionH - 0.1 },
        [{ text: slide.caption }],
        { maxSize: theme.sizes.body - 2, minSize: theme.sizes.minimum, color: theme.colors.muted, maxLines: 2 },
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

/** White or near-black, whichever keeps the higher worst-case contrast on every slice color. */
function labelColorOn(fills: string[]): string {
  const worst = (ink: string) => Math.min(...fills.map((f) => contrastRatio(ink, f)));
  return worst("FFFFFF") >= worst("111111") ? "FFFFFF" : "111111";
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
    const value = (v: number) => formatValue(v, chart.format, format);
    if (chart.kind === "pie" || chart.kind === "doughnut") {
      const total = s.values.reduce((a, b) => a + b, 0);
      const slices = s.values.map((v, i) => `${cats[i] ?? i + 1} ${total ? format.percent(v / total) : value(v)}`);
      return `${s.name}: ${slices.join(", ")}`;
    }
    return `${s.name} from ${value(first)} (${cats[0] ?? ""}) to ${value(last)} (${cats[cats.length - 1] ?? ""})`;
  });
  const kind = chart.kind === "doughnut" ? "Doughnut" : chart.kind[0]!.toUpperCase() + chart.kind.slice(1);
  return `${kind} chart, ${slide.title}: ${parts.join("; ")}.`;
}
