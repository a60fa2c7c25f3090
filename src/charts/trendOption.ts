/**
 * buildTrendOption: one metric's series inside the view → an ECharts option. Pure: data and choices
 * in, a plain object out, so it is unit-tested without a canvas.
 *
 * Encoding: exact values are filled circles; a lower bound (超, 余) an upward triangle, an upper bound
 * (近) a downward one, an approximation (约) a diamond; forecasts and targets are hollow and joined by
 * a dashed line; a part-year figure of an annual flow (一季度) is hollow and not joined to the years;
 * a figure that another article contradicts gets a red ring. A figure the text gives no date for,
 * taken as of the article's publication date (periodBasis `publication`), is hollow with a solid
 * border in its series' colour and stays on its line: it is a reported value, only its date is inferred.
 * A figure from an article the reader added in this browser has a dashed border.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { formatAxis, formatFact } from '../core/format';
import type { DatedPoint, ViewSeries } from '../core/select';
import { placeLabel } from '../core/names';
import { countSame, figureKey } from '../core/statEntries';
import { isPublicationDated, periodNote } from '../core/periodNote';
import { DISTRICTS, type GeoId } from '../schema/geo';
import type { DocumentRecord, Fact, MetricDef, Qualifier } from '../schema/metricsFile';
import type { Lang, Messages } from '../i18n/messages';
import { escapeHtml } from './escape';
import { CHART_COLORS, type ChartTheme } from './palette';
import { formatPeriod } from '../schema/period';

export interface TrendInput {
  metric: MetricDef;
  series: ViewSeries[];
  from: number;
  to: number;
  lang: Lang;
  t: Messages;
  facts: ReadonlyMap<string, Fact>;
  documents: ReadonlyMap<string, DocumentRecord>;
  placeNames: ReadonlyMap<string, { zh: string; en: string }>;
  conflicts: ReadonlySet<string>;
  selectedFact: string | null;
  /** The page's theme; exports leave it out and draw light. */
  theme?: ChartTheme;
  /** Documents the reader added in this browser: their points have a dashed ring and say so in the tooltip. */
  localDocs?: ReadonlySet<string>;
}

/** One colour per geo, stable across charts (Okabe–Ito, readable by colour-blind readers). */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7A6E00', '#000000'];
const GEO_ORDER: GeoId[] = ['shanghai', ...DISTRICTS.map((d) => d.id)];

export function geoColor(geo: GeoId, place: string | undefined, index = 0, theme: ChartTheme = 'light'): string {
  const base = GEO_ORDER.indexOf(geo);
  const color = PALETTE[(base + (place ? 3 + index : 0)) % PALETTE.length]!;
  return color === '#000000' ? CHART_COLORS[theme].ink : color;
}

export const SYMBOLS: Record<Qualifier, { symbol: string; rotate: number }> = {
  '=': { symbol: 'circle', rotate: 0 },
  '>': { symbol: 'triangle', rotate: 0 },
  '<': { symbol: 'triangle', rotate: 180 },
  '~': { symbol: 'diamond', rotate: 0 },
};

export function seriesName(v: ViewSeries, lang: Lang, placeNames: TrendInput['placeNames']): string {
  return placeLabel(v.series.geo, v.series.place, lang, placeNames);
}

interface PointDatum {
  value: [number, number];
  fact: string;
  /** How many articles give this same figure (drawn once). */
  sources: number;
  /** The facts of the other articles that give it, named in the tooltip. */
  also: string[];
  symbol: string;
  symbolRotate: number;
  symbolSize: number;
  itemStyle: { color: string; borderColor: string; borderWidth: number; borderType?: 'dotted' | 'dashed' };
}

/**
 * A figure of an annual flow that is not a whole year's: a quarter (今年一季度), or a statement dated
 * only by the article ("目前…已超3800亿元"). Drawn apart, hollow and dotted, never joined to the years.
 */
export const notAYearOfFlow = (metric: MetricDef, p: DatedPoint): boolean => metric.kind === 'flow' && p.info.kind !== 'year';

/**
 * Points that say the same thing (period, value, qualifier, status, how dated, from this browser or not) drawn once:
 * twenty articles that report 3800亿元 for 2024 are one mark, whose tooltip says how many give it. The mark
 * stands for the selected figure when that is one of them, else the first.
 */
interface SameFigure {
  p: DatedPoint;
  sources: number;
  /** The facts of the other articles that give the same figure. */
  also: string[];
}

function sameFigures(points: ReadonlyArray<DatedPoint>, input: TrendInput): SameFigure[] {
  return countSame(
    points,
    (p) => [figureKey(p), p.periodBasis, input.conflicts.has(p.fact), input.localDocs?.has(p.source.doc) ?? false].join('|'),
    (p) => p.fact === input.selectedFact,
  ).map(({ item, sources, members }) => ({ p: item, sources, also: members.filter((m) => m !== item).map((m) => m.fact) }));
}

function datum({ p, sources, also }: SameFigure, color: string, input: TrendInput): PointDatum {
  const s = SYMBOLS[p.qualifier];
  const notAnnual = notAYearOfFlow(input.metric, p);
  const hollow = p.status !== 'actual' || notAnnual || isPublicationDated(p);
  const conflicted = input.conflicts.has(p.fact);
  const colors = CHART_COLORS[input.theme ?? 'light'];
  const selected = input.selectedFact === p.fact;
  const local = input.localDocs?.has(p.source.doc) ?? false;
  return {
    value: [p.info.time, p.value],
    fact: p.fact,
    sources,
    also,
    symbol: s.symbol,
    symbolRotate: s.rotate,
    symbolSize: selected ? 18 : 11,
    itemStyle: {
      color: hollow ? colors.surface : color,
      borderColor: conflicted ? colors.conflict : color,
      borderWidth: conflicted || selected ? 3 : 2,
      ...(notAnnual && !conflicted ? { borderType: 'dotted' as const } : local && !conflicted ? { borderType: 'dashed' as const } : {}),
    },
  };
}

/** Each other article that gives the same figure: its title, outlet and date (the quote is the shown one's). */
function alsoIn(also: ReadonlyArray<string>, input: TrendInput): string[] {
  return also.flatMap((id) => {
    const doc = input.documents.get(input.facts.get(id)?.doc ?? '');
    return doc ? [`· ${escapeHtml(doc.title)} — ${escapeHtml([doc.outlet ?? '', doc.published].filter(Boolean).join(' '))}`] : [];
  });
}

export function tooltipHtml(factId: string, input: TrendInput, sources = 1, also: ReadonlyArray<string> = []): string {
  const f = input.facts.get(factId);
  if (!f) return '';
  const { t, lang } = input;
  const doc = input.documents.get(f.doc);
  const value = formatFact(f, lang);
  const note = periodNote(f, doc, t);
  // Whose figure it is: two places' points may sit on each other (the city's quarter and a district's target).
  const where = placeLabel(f.geo, f.place, lang, input.placeNames);
  const lines = [
    `${escapeHtml(where)} · <strong>${escapeHtml(value)}</strong> · ${escapeHtml(formatPeriod(f.period, lang))} · ${escapeHtml(t.status[f.status])}`,
    note ? `<em style="display:block;max-width:320px;white-space:normal">${escapeHtml(note)}</em>` : '',
    input.conflicts.has(f.id) ? `<span style="color:#C00000">${escapeHtml(t.conflict)}</span>` : '',
    input.localDocs?.has(f.doc) ? `<em>${escapeHtml(t.local.localNote)}</em>` : '',
    doc ? `${escapeHtml(doc.title)}<br>${escapeHtml(doc.outlet ?? '')} ${escapeHtml(doc.published)}` : '',
    `<q style="display:block;max-width:320px;white-space:normal">${escapeHtml(f.source.quote)}</q>`,
    sources > 1 ? `<em>${escapeHtml(t.sameFigure(sources))}</em>` : '',
    ...alsoIn(also, input),
  ];
  return lines.filter((l) => l !== '').join('<br>');
}

export function buildTrendOption(input: TrendInput): EChartsCoreOption {
  const { metric, lang } = input;
  const series: object[] = [];
  input.series.forEach((v, i) => {
    const color = geoColor(v.series.geo, v.series.place, i, input.theme);
    const name = seriesName(v, lang, input.placeNames);
    const sorted = sameFigures(
      [...v.points].sort((a, b) => a.info.time - b.info.time),
      input,
    );
    const partOfYear = ({ p }: { p: DatedPoint }) => notAYearOfFlow(metric, p);
    const actual = sorted.filter((g) => g.p.status === 'actual' && !partOfYear(g));
    const planned = sorted.filter((g) => g.p.status !== 'actual' && !partOfYear(g));
    const partial = sorted.filter(partOfYear);
    series.push({
      type: 'line',
      name,
      data: actual.map((p) => datum(p, color, input)),
      lineStyle: { color, width: 2 },
      itemStyle: { color },
      z: 3,
    });
    if (planned.length > 0) {
      const bridge = actual[actual.length - 1];
      const dashed = [...(bridge ? [datum(bridge, color, input)] : []), ...planned.map((p) => datum(p, color, input))];
      series.push({ type: 'line', name, data: dashed, lineStyle: { color, width: 2, type: 'dashed' }, itemStyle: { color }, z: 2 });
    }
    if (partial.length > 0) {
      series.push({ type: 'scatter', name, data: partial.map((p) => datum(p, color, input)), itemStyle: { color }, z: 4 });
    }
  });
  // The axis spans the years the points cover inside the filter, not every year the filter allows: two years of
  // filings drawn on 2018–2025 leave most of the chart empty.
  const years = input.series.flatMap((v) => v.points.map((p) => p.info.year));
  const span =
    years.length === 0
      ? { from: input.from, to: input.to }
      : { from: Math.max(input.from, Math.min(...years)), to: Math.min(input.to, Math.max(...years)) };
  return {
    animation: false,
    backgroundColor: 'transparent',
    aria: { enabled: true, label: { description: input.t.chartOf(lang === 'zh' ? metric.label.zh : metric.label.en) } },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    // A filled swatch, not ECharts' default hollow circle: hollow means "dated by the article" here.
    legend: {
      top: 0,
      type: 'scroll',
      icon: 'roundRect',
      itemWidth: 14,
      itemHeight: 8,
      data: [...new Set(input.series.map((v) => seriesName(v, lang, input.placeNames)))],
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      className: 'trend-tooltip',
      formatter: (params: { data?: { fact?: string; sources?: number; also?: string[] } }) =>
        params.data?.fact ? tooltipHtml(params.data.fact, input, params.data.sources, params.data.also) : '',
    },
    xAxis: {
      type: 'time',
      min: Date.UTC(span.from, 0, 1),
      max: Date.UTC(span.to, 11, 31),
      axisLabel: { hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      scale: false,
      axisLabel: { formatter: (v: number) => formatAxis(v, metric.unit, lang) },
    },
    series,
  };
}
