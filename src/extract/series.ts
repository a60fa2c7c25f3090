/** Mapped facts → time series per (metric, geo, place), and the conflicts between articles. */
import type { Conflict, Fact, Series, SeriesPoint } from '../schema/metricsFile';
import { comparePeriods } from '../schema/period';

/** Code-unit order: the same on every machine and locale, so the output is byte-identical. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const seriesKey = (f: Fact): string => `${f.metric}\u0000${f.geo}\u0000${f.place ?? ''}`;

/** A charted fact as a series point (the point keeps what a chart and its tooltip need). */
export function toPoint(f: Fact): SeriesPoint {
  return {
    period: f.period,
    periodBasis: f.periodBasis,
    value: f.value,
    qualifier: f.qualifier,
    status: f.status,
    fact: f.id,
    source: f.source,
  };
}

export function toSeries(facts: ReadonlyArray<Fact>): Series[] {
  const groups = new Map<string, Fact[]>();
  const seen = new Set<string>();
  for (const f of facts) {
    // Only what is placed in time is charted; an undated fact stays in the facts table.
    if (f.metric === null || f.period === null) continue;
    const key = seriesKey(f);
    // One article repeating a figure (a layout duplicate) is one point, not two.
    const point = `${key}\u0000${f.doc}\u0000${f.period}\u0000${f.qualifier}${f.value}`;
    if (seen.has(point)) continue;
    seen.add(point);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const series: Series[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const points = list.sort((a, b) => comparePeriods(a.period, b.period) || byCodeUnit(a.doc, b.doc) || a.start - b.start).map(toPoint);
    const s: Series = { metric: first.metric!, geo: first.geo, points };
    if (first.place !== null) s.place = first.place;
    series.push(s);
  }
  return series.sort((a, b) => byCodeUnit(a.metric, b.metric) || byCodeUnit(a.geo, b.geo) || byCodeUnit(a.place ?? '', b.place ?? ''));
}

/** How far "about" reaches on either side of its figure (约30万: 27万 to 33万). */
const ABOUT = 0.1;
/**
 * How far a bound reaches past its figure: a round figure that a value is "over" or "nearly" is close to it (超3800亿 is
 * not 9999亿, more than 200 firms are not 1,000).
 */
const BOUND = 0.2;

/** The values a reading allows: 超3800亿 up to a fifth above it, 近30万 up to a fifth below, 约30万 a tenth either side. */
function range(p: SeriesPoint): [number, number] {
  switch (p.qualifier) {
    case '>':
      return [p.value, p.value * (1 + BOUND)];
    case '<':
      return [p.value * (1 - BOUND), p.value];
    case '~':
      return [p.value * (1 - ABOUT), p.value * (1 + ABOUT)];
    default:
      return [p.value, p.value];
  }
}

/** Whether two readings can both be true: 约30万 and 近30万 can, 超3800亿 and 4000亿 can; 1340亿 and 1300亿 cannot. */
function compatible(a: SeriesPoint, b: SeriesPoint): boolean {
  const [lo1, hi1] = range(a);
  const [lo2, hi2] = range(b);
  return lo1 <= hi2 && lo2 <= hi1;
}

/**
 * Same metric, place and period, from different articles, with readings that cannot both be true (different exact
 * values, or bounds that leave no value in common). Readings that agree within their bounds are no conflict.
 */
export function findConflicts(series: ReadonlyArray<Series>): Conflict[] {
  const out: Conflict[] = [];
  for (const s of series) {
    const byPeriod = new Map<string, SeriesPoint[]>();
    for (const p of s.points) {
      if (p.period === null) continue;
      const list = byPeriod.get(p.period);
      if (list) list.push(p);
      else byPeriod.set(p.period, [p]);
    }
    for (const [period, points] of byPeriod) {
      const docs = new Set(points.map((p) => p.source.doc));
      const readings = new Set(points.map((p) => `${p.qualifier}${p.value}`));
      if (docs.size < 2 || readings.size < 2) continue;
      if (points.every((p, i) => points.every((q, j) => j <= i || p.source.doc === q.source.doc || compatible(p, q)))) continue;
      out.push({
        metric: s.metric,
        geo: s.geo,
        place: s.place ?? null,
        period,
        facts: points.map((p) => p.fact),
        values: points.map((p) => p.value),
      });
    }
  }
  return out;
}
