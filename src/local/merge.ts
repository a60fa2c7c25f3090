/**
 * The site's data with the reader's own articles added: their documents, facts and unread tokens joined,
 * their charted points put into the series (a new series where the site has none), and the conflicts and
 * place counts found again over the whole. A figure the reader dropped before accepting stays in the facts,
 * off the charts, with the reason.
 */
import { TAKEN_OFF } from '../extract/readerChoices';
import { findConflicts, toSeries } from '../extract/series';
import type { Bilingual, Fact, MetricsFile, Place, Series } from '../schema/metricsFile';
import { comparePeriods } from '../schema/period';

export const DROPPED: Bilingual = TAKEN_OFF;

const seriesKey = (s: Pick<Series, 'metric' | 'geo' | 'place'>): string => `${s.metric}\u0000${s.geo}\u0000${s.place ?? ''}`;

/** Facts with those the reader dropped kept, but unmapped, with the reason. */
export function withDropped(facts: ReadonlyArray<Fact>, dropped: ReadonlySet<string>): Fact[] {
  return facts.map((f) => (dropped.has(f.id) && f.metric !== null ? { ...f, metric: null, reason: DROPPED } : f));
}

export function mergeLocal(site: MetricsFile, local: MetricsFile, dropped: ReadonlySet<string> = new Set()): MetricsFile {
  const facts = withDropped(local.facts, dropped);
  const added = toSeries(facts);
  const series: Series[] = site.series.map((s) => ({ ...s, points: [...s.points] }));
  const index = new Map(series.map((s, i) => [seriesKey(s), i] as const));
  for (const s of added) {
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
  for (const f of facts) if (f.place) counts.set(f.place, (counts.get(f.place) ?? 0) + 1);
  const places: Place[] = site.places.map((p) => ({ ...p, facts: p.facts + (counts.get(p.id) ?? 0) }));
  for (const p of local.places) if (!places.some((q) => q.id === p.id)) places.push(p);
  return {
    ...site,
    documents: [...site.documents, ...local.documents],
    series,
    facts: [...site.facts, ...facts],
    places,
    conflicts: findConflicts(series),
    unread: [...site.unread, ...local.unread],
    warnings: [...site.warnings, ...local.warnings],
  };
}
