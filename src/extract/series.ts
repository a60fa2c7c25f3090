/** Mapped facts → time series per (metric, geo, place), and the conflicts between articles. */
import type { Conflict, Fact, Series, SeriesPoint } from '../schema/metricsFile';

/** Null periods sort last: they are facts the text did not date, kept but not placed in time. */
export function comparePeriods(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

const seriesKey = (f: Fact): string => `${f.metric}\u0000${f.geo}\u0000${f.place ?? ''}`;

function toPoint(f: Fact): SeriesPoint {
  return { period: f.period, value: f.value, qualifier: f.qualifier, status: f.status, fact: f.id, source: f.source };
}

export function toSeries(facts: ReadonlyArray<Fact>): Series[] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.metric === null) continue;
    const key = seriesKey(f);
    const list = groups.get(key) ?? [];
    // One article repeating a figure (a layout duplicate) is one point, not two.
    const repeat = list.some((g) => g.doc === f.doc && g.period === f.period && g.value === f.value && g.qualifier === f.qualifier);
    if (!repeat) list.push(f);
    groups.set(key, list);
  }
  const series: Series[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const points = list
      .sort((a, b) => comparePeriods(a.period, b.period) || a.doc.localeCompare(b.doc) || a.start - b.start)
      .map(toPoint);
    const s: Series = { metric: first.metric!, geo: first.geo, points };
    if (first.place !== null) s.place = first.place;
    series.push(s);
  }
  return series.sort((a, b) => a.metric.localeCompare(b.metric) || a.geo.localeCompare(b.geo) || (a.place ?? '').localeCompare(b.place ?? ''));
}

/** Same metric, place and period, different values (or bounds) from different articles. */
export function findConflicts(series: ReadonlyArray<Series>): Conflict[] {
  const out: Conflict[] = [];
  for (const s of series) {
    const byPeriod = new Map<string, SeriesPoint[]>();
    for (const p of s.points) {
      if (p.period === null) continue;
      byPeriod.set(p.period, [...(byPeriod.get(p.period) ?? []), p]);
    }
    for (const [period, points] of byPeriod) {
      const docs = new Set(points.map((p) => p.source.doc));
      const readings = new Set(points.map((p) => `${p.qualifier}${p.value}`));
      if (docs.size < 2 || readings.size < 2) continue;
      out.push({ metric: s.metric, geo: s.geo, place: s.place ?? null, period, facts: points.map((p) => p.fact), values: points.map((p) => p.value) });
    }
  }
  return out;
}
