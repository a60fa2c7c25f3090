/**
 * The figures of a metric too sparse to chart, as the list shows them: one entry per figure however many
 * articles repeat it (500 reprints of "近30万人" are one figure, with 500 sources), the latest first, and
 * at most `max` of them; the rest are counted, and all of them stay in the list of every number.
 */
import type { DatedPoint, ViewSeries } from './select';

export interface StatEntry {
  series: ViewSeries;
  /** The first point of the figure (its sentence opens on a click). */
  point: DatedPoint;
  /** How many points (articles) state this same figure. */
  sources: number;
}

export function statEntries(series: ReadonlyArray<ViewSeries>, max: number): { shown: StatEntry[]; more: number } {
  const entries = new Map<string, StatEntry>();
  for (const v of series) {
    for (const p of v.points) {
      const key = [v.series.geo, v.series.place ?? '', p.period, p.value, p.qualifier, p.status].join('|');
      const entry = entries.get(key);
      if (entry) entry.sources++;
      else entries.set(key, { series: v, point: p, sources: 1 });
    }
  }
  const all = [...entries.values()].sort((a, b) => b.point.info.time - a.point.info.time);
  return { shown: all.slice(0, max), more: Math.max(0, all.length - max) };
}
