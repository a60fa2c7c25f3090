/**
 * Headline cards: the latest value inside the view, and the change over the range.
 * For a flow (annual 产业规模), a quarter or half-year figure is not comparable with a year's and is
 * left out; the change is × between the first and the latest comparable points, and a CAGR only
 * when both are whole years.
 */
import type { GeoId } from '../schema/geo';
import type { Fact, MetricDef, MetricsFile, Qualifier } from '../schema/metricsFile';
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
  /** When nothing is reported yet: the latest forecast or target, shown as such. */
  planned: DatedPoint | null;
}

/**
 * The planned figure as it is written: the point's value and bound, with its fact's unit and counter (the
 * metric's unit when the fact is not at hand). The card and the overview export show it alike.
 */
export function plannedFigure(kpi: Kpi, facts: ReadonlyMap<string, Fact>): Pick<Fact, 'value' | 'unit' | 'qualifier' | 'counter'> | null {
  if (!kpi.planned) return null;
  const f = facts.get(kpi.planned.fact);
  return { unit: f?.unit ?? kpi.metric.unit, counter: f?.counter ?? null, value: kpi.planned.value, qualifier: kpi.planned.qualifier };
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

/**
 * Reported figures only (not forecasts or targets). For an annual flow only whole years: a quarter,
 * or "目前已超3800亿元" dated by the article's month, is not a year's value.
 */
const comparable =
  (metric: MetricDef) =>
  (p: DatedPoint): boolean =>
    p.status === 'actual' && (metric.kind === 'stock' || p.info.kind === 'year');

export function selectKpi(data: MetricsFile, metric: MetricDef, view: View): Kpi {
  const candidates = selectMetricSeries(data, metric.id, view).filter((v) => v.series.place === undefined);
  // In the whole-city view, a metric only districts report is shown for the district with most points.
  const own =
    candidates.find((v) => v.series.geo === view.district) ??
    (view.district === 'shanghai' ? [...candidates].sort((a, b) => b.points.length - a.points.length)[0] : undefined);
  if (!own) return { metric, geo: view.district, latest: null, first: null, ratio: null, cagr: null, planned: null };
  const byTime = (a: DatedPoint, b: DatedPoint) => a.info.time - b.info.time;
  const points = own.points.filter(comparable(metric)).sort(byTime);
  const latest = points[points.length - 1] ?? null;
  const first = points[0] ?? null;
  const planned = latest
    ? null
    : (own.points
        .filter((p) => p.status !== 'actual')
        .sort(byTime)
        .pop() ?? null);
  let ratio: Kpi['ratio'] = null;
  let cagr: Kpi['cagr'] = null;
  // A change needs two different times: two articles' figures for 2024 are no change from 2024 to 2024.
  if (latest && first && latest.info.time > first.info.time && first.value > 0) {
    const q = ratioQualifier(latest.qualifier, first.qualifier);
    ratio = { value: latest.value / first.value, qualifier: q };
    // A CAGR over the same span as the ×, and only between whole years.
    if (first.info.kind === 'year' && latest.info.kind === 'year' && latest.info.year > first.info.year) {
      cagr = { value: ratio.value ** (1 / (latest.info.year - first.info.year)) - 1, qualifier: q };
    }
  }
  return { metric, geo: own.series.geo, latest, first, ratio, cagr, planned };
}
