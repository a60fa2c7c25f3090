/**
 * Headline cards: the latest value inside the view, and the change over the range.
 * For a flow (annual 产业规模), a quarter or half-year figure is not comparable with a year's and is
 * left out; the change is × between the first and the latest comparable points, and a CAGR only
 * when both are whole years.
 */
import type { GeoId } from '../schema/geo';
import type { MetricDef, MetricsFile, Qualifier } from '../schema/metricsFile';
import { selectMetricSeries, type DatedPoint, type View } from './select';

export interface Kpi {
  metric: MetricDef;
  /** The geo the figure is for: the selected district, or the one district that reports it. */
  geo: GeoId;
  latest: DatedPoint | null;
  first: DatedPoint | null;
  /** latest / first, with what the bounds allow us to say about it. */
  ratio: { value: number; qualifier: Qualifier } | null;
  cagr: { value: number; qualifier: Qualifier } | null;
}

/** What is known about a/b when a and b are bounds: >a / =b is a lower bound, and so on. */
export function ratioQualifier(top: Qualifier, bottom: Qualifier): Qualifier {
  const up = top === '>' || bottom === '<';
  const down = top === '<' || bottom === '>';
  if (up && down) return '~';
  if (up) return '>';
  if (down) return '<';
  return top === '~' || bottom === '~' ? '~' : '=';
}

/** Reported figures only (not forecasts or targets), and for a flow no part-year figures. */
const comparable = (metric: MetricDef) => (p: DatedPoint): boolean =>
  p.status === 'actual' && (metric.kind === 'stock' || !p.info.partial || p.info.kind === 'month');

export function selectKpi(data: MetricsFile, metric: MetricDef, view: View): Kpi {
  const candidates = selectMetricSeries(data, metric.id, view).filter((v) => v.series.place === undefined);
  // In the whole-city view, a metric only districts report is shown for the district with most points.
  const own = candidates.find((v) => v.series.geo === view.district) ??
    (view.district === 'shanghai' ? [...candidates].sort((a, b) => b.points.length - a.points.length)[0] : undefined);
  if (!own) return { metric, geo: view.district, latest: null, first: null, ratio: null, cagr: null };
  const points = own.points.filter(comparable(metric)).sort((a, b) => a.info.time - b.info.time);
  const latest = points[points.length - 1] ?? null;
  const first = points[0] ?? null;
  let ratio: Kpi['ratio'] = null;
  let cagr: Kpi['cagr'] = null;
  if (latest && first && latest !== first && first.value > 0) {
    const q = ratioQualifier(latest.qualifier, first.qualifier);
    ratio = { value: latest.value / first.value, qualifier: q };
    const annual = points.filter((p) => p.info.kind === 'year');
    const a0 = annual[0];
    const a1 = annual[annual.length - 1];
    if (a0 && a1 && a1.info.year > a0.info.year && a0.value > 0) {
      cagr = { value: (a1.value / a0.value) ** (1 / (a1.info.year - a0.info.year)) - 1, qualifier: ratioQualifier(a1.qualifier, a0.qualifier) };
    }
  }
  return { metric, geo: own.series.geo, latest, first, ratio, cagr };
}
