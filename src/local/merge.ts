/**
 * The site's data with the reader's own articles added: their documents, facts and unread tokens joined,
 * their charted points put into the series (a new series where the site has none), and the conflicts and
 * place counts found again over the whole. A figure the reader took off the charts is already unmapped in
 * `local` (its article's front matter lists it: src/extract/readerChoices.ts).
 */
import { findConflicts } from '../extract/series';
import type { MetricsFile, Place, Series } from '../schema/metricsFile';
import { comparePeriods } from '../schema/period';

const seriesKey = (s: Pick<Series, 'metric' | 'geo' | 'place'>): string => `${s.metric}\u0000${s.geo}\u0000${s.place ?? ''}`;

export function mergeLocal(site: MetricsFile, local: MetricsFile): MetricsFile {
  const series: Series[] = site.series.map((s) => ({ ...s, points: [...s.points] }));
  const index = new Map(series.map((s, i) => [seriesKey(s), i] as const));
  for (const s of local.series) {
    const at = index.get(seriesKey(s));
    if (at === undefined) {
      index.set(seriesKey(s), series.length);
      series.push(s);
      continue;
    }
    const merged = series[at]!;
    // Stable: points of one period keep the site's order, then the reader's.
    merged.points = [...merged.points, ...s.points].sort((a, b) => comparePeriods(a.period, b.period));
  }
  const counts = new Map<string, number>();
  for (const f of local.facts) if (f.place) counts.set(f.place, (counts.get(f.place) ?? 0) + 1);
  const places: Place[] = site.places.map((p) => ({ ...p, facts: p.facts + (counts.get(p.id) ?? 0) }));
  for (const p of local.places) if (!places.some((q) => q.id === p.id)) places.push(p);
  return {
    ...site,
    documents: [...site.documents, ...local.documents],
    series,
    facts: [...site.facts, ...local.facts],
    places,
    conflicts: findConflicts(series),
    unread: [...site.unread, ...local.unread],
    warnings: [...site.warnings, ...local.warnings],
  };
}
