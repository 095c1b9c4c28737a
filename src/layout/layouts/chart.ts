import type { Formatter } from "../../render/format.js";
import type { RenderedSlide } from "../../render/rendered.js";
import type { ValueFormat } from "../../schema/slide.js";
import { contrastRatio, mix } from "../../color/contrast.js";
import { chartFormatCode } from "../chartFormat.js";
import { contentSlide, fittedText, type Frame } from "../frame.js";
import { captionHeight, captionShape } from "../caption.js";
import type { LaidOutSlide, Shape } from "../shapes.js";

type Chart = Extract<RenderedSlide, { layout: "chart" }>;

/** A native, editable chart (bar, line, pie, doughnut) with generated alt text. */
export function layoutChart(frame: Frame, slide: Chart, format: Formatter): LaidOutSlide[] {
  const { theme, content } = frame;
  const { chart } = slide;
  const captionH = captionHeight(frame, slide.caption, 0.65);
  const shapes: Shape[] = [];
  const round = chart.kind === "pie" || chart.kind === "doughnut";
  // Pie and doughnut charts color slices; a bar chart of one series can color bars (pptxgenjs then
  // colors each bar), so its highlight names a category too.
  const byCategory = round || (chart.kind === "bar" && chart.series.length === 1 && chart.highlight !== undefined);
  const names = byCategory ? chart.categories : chart.series.map((s) => s.name);
  const highlighted = chart.highlight?.trim() ? names.indexOf(chart.highlight.trim()) : -1;
  if (chart.highlight?.trim() && highlighted < 0) {
    frame.warnings.warn({
      ...frame.where,
      message:
        `chart highlight "${chart.highlight}" names no ${byCategory ? "category" : "series"} ` +
        `of the chart (${names.join(", ")})`,
    });
  }
  const alert = alertColor(theme);
  // The problem is drawn in the alert color; the others keep the palette, skipping colors too close to it.
  const palette = theme.colors.chart.filter((c) => highlighted < 0 || colorDistance(c, alert) > 60);
  const others = paletteFor(
    palette.length > 0 ? palette : theme.colors.chart,
    byCategory && !round ? 1 : names.length - (highlighted >= 0 ? 1 : 0),
    round,
    theme.colors.background,
  );
  const colors =
    byCategory && !round
      ? names.map((_, i) => (i === highlighted ? alert : others[0]!))
      : highlighted < 0
        ? others
        : [...others.slice(0, highlighted), alert, ...others.slice(highlighted)];
  // A pie or doughnut with a caption stands beside it: the legend (drawn at the chart's right edge)
  // stays next to the slices, and the point is read at eye level rather than below the chart.
  const beside = round && slide.caption !== undefined && slide.caption !== "";
  const chartBox = beside
    ? { x: content.x, y: content.y, w: Math.min(content.w * 0.6, content.h * 1.6), h: content.h }
    : { x: content.x, y: content.y, w: content.w, h: content.h - captionH };
  const chartShape = (box: typeof chartBox, series: Chart["chart"]["series"], seriesColors: string[]): Shape => {
    const values = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
    const part = { ...slide, chart: { ...chart, series } };
    return {
      kind: "chart",
      box,
      chartKind: chart.kind,
      categories: chart.categories,
      // Sums and products of money carry binary noise (12833999.999999998): the chart holds the figure.
      series: series.map((s) => ({ ...s, values: s.values.map((v) => (v === null ? null : withoutFloatNoise(v))) })),
      format: chart.format,
      formatCode: chartFormatCode(chart.format, values, format.locale, format.currency),
      labelFormatCode: chartFormatCode(chart.format, values, format.locale, format.currency, "labels"),
      language: format.locale,
      altText: chart.altText?.trim() || describeChart(part, format),
      colors: seriesColors,
      font: theme.fonts.body,
      size: Math.max(theme.sizes.minimum, theme.sizes.body - 5),
      color: theme.colors.text,
      gridColor: theme.colors.line,
      labelColors: round ? seriesColors.map(labelColorOn) : seriesColors.map(() => theme.colors.text),
      name: "Chart",
    };
  };
  const groups = round ? [chart.series.map((_, i) => i)] : scaleGroups(chart.series);
  if (groups.length === 1) {
    shapes.push(chartShape(chartBox, chart.series, colors));
  } else {
    // Series of very different size on one axis: the small ones would lie flat on zero. Each group
    // of similar size gets a chart of its own, side by side, headed by its series' names.
    const gap = 0.4;
    const w = (chartBox.w - gap * (groups.length - 1)) / groups.length;
    const headH = 0.45;
    groups.forEach((group, g) => {
      const x = chartBox.x + g * (w + gap);
      const series = group.map((i) => chart.series[i]!);
      shapes.push(
        fittedText(frame, { x, y: chartBox.y, w, h: headH }, [{ text: series.map((s) => s.name).join(", ") }], {
          maxSize: theme.sizes.body - 2,
          minSize: theme.sizes.minimum,
          bold: true,
          color: theme.colors.text,
          maxLines: 1,
          name: `Chart ${g + 1} heading`,
        }),
      );
      const box = { x, y: chartBox.y + headH, w, h: chartBox.h - headH };
      shapes.push(
        chartShape(
          box,
          series,
          group.map((i) => colors[i]!),
        ),
      );
    });
  }
  if (slide.caption && beside) {
    const x = chartBox.x + chartBox.w + 0.4;
    shapes.push(
      fittedText(frame, { x, y: content.y, w: content.x + content.w - x, h: content.h }, [{ text: slide.caption }], {
        maxSize: theme.sizes.body + 2,
        minSize: theme.sizes.minimum,
        color: theme.colors.text,
        valign: "middle",
        name: "Caption",
      }),
    );
  } else if (slide.caption) {
    shapes.push(captionShape(frame, slide.caption, captionH));
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

/**
 * Series grouped by size: a series whose largest value is under a tenth of the largest series'
 * starts a group of its own (one group when all are of a size).
 */
export function scaleGroups(series: readonly { values: readonly (number | null)[] }[]): number[][] {
  const peak = (i: number) => Math.max(0, ...series[i]!.values.map((v) => Math.abs(v ?? 0)));
  const order = series.map((_, i) => i).sort((a, b) => peak(b) - peak(a));
  const groups: number[][] = [];
  for (const i of order) {
    const group = groups.at(-1);
    if (group && peak(i) * 10 >= peak(group[0]!)) group.push(i);
    else groups.push([i]);
  }
  // Keep the order the user wrote within and across groups.
  return groups.map((g) => g.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

/** The theme's alert color, or a red that reads on the slide background (3:1, as graphics need). */
export function alertColor(theme: Frame["theme"]): string {
  if (theme.colors.alert) return theme.colors.alert;
  const reds = ["D93025", "B3261E", "8C1D18", "FF6B6B", "FF8A80"];
  return reds.find((red) => contrastRatio(red, theme.colors.background) >= 3) ?? "D93025";
}

/** Distance between two colors in RGB space (0 to 441). */
function colorDistance(a: string, b: string): number {
  const rgb = (c: string) => [0, 2, 4].map((i) => parseInt(c.slice(i, i + 2), 16));
  const [x, y] = [rgb(a), rgb(b)];
  return Math.hypot(...x.map((v, i) => v - y[i]!));
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
      return format.number(value);
  }
}

/** Alt text from the data: what the chart shows and its range, for screen readers. */
export function describeChart(slide: Chart, format: Formatter): string {
  const { chart } = slide;
  const cats = chart.categories;
  const parts = chart.series.map((s) => {
    const present = s.values.flatMap((v, i) => (v === null ? [] : [{ v, i }]));
    if (present.length === 0) return `${s.name}: no values`;
    const first = present[0]!;
    const last = present[present.length - 1]!;
    if (chart.kind === "pie" || chart.kind === "doughnut") {
      const total = present.reduce((a, b) => a + b.v, 0);
      const slice = ({ v, i }: { v: number; i: number }) =>
        `${cats[i] ?? i + 1} ${total ? format.percent(v / total) : formatValue(v, chart.format, format)}`;
      return `${s.name}: ${present.map(slice).join(", ")}`;
    }
    const value = (p: { v: number; i: number }) => `${formatValue(p.v, chart.format, format)} (${cats[p.i] ?? ""})`;
    return `${s.name} from ${value(first)} to ${value(last)}`;
  });
  const kind = chart.kind === "doughnut" ? "Doughnut" : chart.kind[0]!.toUpperCase() + chart.kind.slice(1);
  return `${kind} chart, ${slide.title}: ${parts.join("; ")}.`;
}
