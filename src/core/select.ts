/**
 * Pure derivations from the data file and the reader's choices. Nothing here imports React or ECharts.
 */
import type { GeoId } from '../schema/geo';
import type { Fact, MetricDef, MetricsFile, Series, SeriesPoint } from '../schema/metricsFile';
import { parsePeriod, periodYear, stockPeriodInfo, type PeriodInfo } from '../schema/period';

export interface View {
  from: number;
  to: number;
  /** `shanghai` is the whole city: every series is shown, each in its own colour. */
  district: GeoId;
}

export interface YearBounds {
  min: number;
  max: number;
}

/** The years the series cover (dated points only); the current year when none is dated. */
export function selectYearBounds(data: MetricsFile, currentYear: number): YearBounds {
  let min = Infinity;
  let max = -Infinity;
  for (const s of data.series) {
    for (const p of s.points) {
      const y = periodYear(p.period);
      if (y === null) continue;
      if (y < min) min = y;
      if (y > max) max = y;
    }
  }
  if (!Number.isFinite(min)) return { min: currentYear, max: currentYear };
  return { min, max };
}

export const inYears = (period: string | null, view: Pick<View, 'from' | 'to'>): boolean => {
  const y = periodYear(period);
  return y !== null && y >= view.from && y <= view.to;
};

export const seriesInDistrict = (s: Series, district: GeoId): boolean => district === 'shanghai' || s.geo === district;

export interface DatedPoint extends SeriesPoint {
  period: string;
  info: PeriodInfo;
}

export interface ViewSeries {
  series: Series;
  points: DatedPoint[];
}

/** Each article's date, by id, once per data file. */
const publishedByDoc = new WeakMap<MetricsFile, Map<string, string>>();
function publishedOf(data: MetricsFile): Map<string, string> {
  let m = publishedByDoc.get(data);
  if (!m) publishedByDoc.set(data, (m = new Map(data.documents.map((d) => [d.id, d.published]))));
  return m;
}

/**
 * Series of one metric inside the view, with their dated points inside the year range. A count dated only by its year
 * sits where it stood (see `stockPeriodInfo`): at the year's end, or at its article's month within the year.
 */
export function selectMetricSeries(data: MetricsFile, metric: string, view: View): ViewSeries[] {
  const out: ViewSeries[] = [];
  const stock = data.metrics.find((m) => m.id === metric)?.kind === 'stock';
  for (const s of data.series) {
    if (s.metric !== metric || !seriesInDistrict(s, view.district)) continue;
    const points: DatedPoint[] = [];
    for (const p of s.points) {
      if (p.period === null || !inYears(p.period, view)) continue;
      const parsed = parsePeriod(p.period);
      const info = parsed && stock ? stockPeriodInfo(parsed, publishedOf(data).get(p.source.doc)) : parsed;
      if (info) points.push({ ...p, period: p.period, info });
    }
    if (points.length > 0) out.push({ series: s, points });
  }
  return out;
}

/** Fewer dated points (distinct periods) than this in every series of a metric make no trend chart. */
export const MIN_CHART_POINTS = 3;

/** Whether a metric's series in the view make a trend (one of them has three dated points), not a list of figures. */
export const isTrend = (series: ReadonlyArray<ViewSeries>): boolean =>
  series.some((v) => new Set(v.points.map((p) => p.period)).size >= MIN_CHART_POINTS);

/** Trends drawn at the top of the page beside the map (and in the overview figure): as many as fit there. */
export const HEADLINE_TRENDS = 2;

/** The first trends of the view (headline metrics come first): the page's overview and its exported figure draw these. */
export function selectHeadlineTrends(data: MetricsFile, view: View): Array<{ metric: MetricDef; series: ViewSeries[] }> {
  return selectMetricItems(data, view)
    .filter((c) => isTrend(c.series))
    .slice(0, HEADLINE_TRENDS);
}

/** Metrics with at least one dated point in the view: headline metrics first, then catalogue order. */
export function selectChartMetrics(data: MetricsFile, view: View): MetricDef[] {
  return selectMetricItems(data, view).map((i) => i.metric);
}

/**
 * The metrics with dated points in the view, each with its series (each series computed once), in the order of
 * `selectChartMetrics`; `keep` narrows the metrics first (a themed section's own).
 */
export function selectMetricItems(
  data: MetricsFile,
  view: View,
  keep?: (m: MetricDef) => boolean,
): Array<{ metric: MetricDef; series: ViewSeries[] }> {
  // Every metric's items for a view are asked for several times per filter change (the overview's headline trends,
  // the trends' "nothing to chart" line): the last few answers per data file are kept (read-only).
  if (keep === undefined) {
    const key = `${view.district} ${view.from} ${view.to}`;
    let answers = itemsInView.get(data);
    if (!answers) itemsInView.set(data, (answers = new Map<string, Array<{ metric: MetricDef; series: ViewSeries[] }>>()));
    const known = answers.get(key);
    if (known) return known;
    const items = metricItems(data, view, () => true);
    if (answers.size >= KEPT_VIEWS) answers.delete(answers.keys().next().value!);
    answers.set(key, items);
    return items;
  }
  return metricItems(data, view, keep);
}

/** How many views' answers are kept per data file. */
const KEPT_VIEWS = 8;
const itemsInView = new WeakMap<MetricsFile, Map<string, Array<{ metric: MetricDef; series: ViewSeries[] }>>>();

function metricItems(data: MetricsFile, view: View, keep: (m: MetricDef) => boolean): Array<{ metric: MetricDef; series: ViewSeries[] }> {
  const items = data.metrics
    .filter(keep)
    .map((metric) => ({ metric, series: selectMetricSeries(data, metric.id, view) }))
    .filter((i) => i.series.length > 0);
  return [...items.filter((i) => i.metric.headline), ...items.filter((i) => !i.metric.headline)];
}

/**
 * Every fact inside the view, mapped or not. A fact whose period is not stated stays visible; so does one
 * beyond the charted years while the range reaches that end.
 * The facts table and the map ask for the same views: the last few answers per data file are kept
 * (read-only: callers copy before they sort).
 */
export function selectFacts(data: MetricsFile, view: View): ReadonlyArray<Fact> {
  const key = `${view.district} ${view.from} ${view.to}`;
  let answers = factsInView.get(data);
  if (!answers) factsInView.set(data, (answers = new Map<string, ReadonlyArray<Fact>>()));
  const known = answers.get(key);
  if (known) return known;
  const years = openAtEdges(data, view);
  const facts = data.facts.filter(
    (f) => (view.district === 'shanghai' || f.geo === view.district) && (f.period === null || inYears(f.period, years)),
  );
  if (answers.size >= VIEWS_KEPT) answers.delete(answers.keys().next().value!);
  answers.set(key, facts);
  return facts;
}

const VIEWS_KEPT = 8;

/** The years the charts cover, per data file (null when nothing is charted). */
const chartedYears = new WeakMap<MetricsFile, YearBounds | null>();

/**
 * A year range at the edge of the charted years takes in what lies beyond that edge: a target for 2035 or a
 * figure of 2016 that no chart draws is still in the list of all numbers while the range reaches its end.
 */
function openAtEdges(data: MetricsFile, view: Pick<View, 'from' | 'to'>): Pick<View, 'from' | 'to'> {
  let bounds = chartedYears.get(data);
  if (bounds === undefined) {
    const b = selectYearBounds(data, Number.NaN);
    chartedYears.set(data, (bounds = Number.isNaN(b.min) ? null : b));
  }
  if (bounds === null) return view;
  return { from: view.from <= bounds.min ? -Infinity : view.from, to: view.to >= bounds.max ? Infinity : view.to };
}
const factsInView = new WeakMap<MetricsFile, Map<string, ReadonlyArray<Fact>>>();

/** Which districts have any fact at all (for "no data" in the district picker). */
export function selectDistrictsWithData(data: MetricsFile): Set<GeoId> {
  return new Set(data.facts.map((f) => f.geo));
}

export function indexFacts(data: MetricsFile): Map<string, Fact> {
  return new Map(data.facts.map((f) => [f.id, f]));
}

/** Fact ids that take part in a conflict. */
export function conflictFactIds(data: MetricsFile): Set<string> {
  return new Set(data.conflicts.flatMap((c) => c.facts));
}
