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

/** What makes two points of one place the same figure, whichever article states it: period, value, qualifier, status. */
export const figureKey = (p: DatedPoint): string => [p.period, p.value, p.qualifier, p.status].join('|');

/**
 * Items that state the same thing (same `keyOf`) counted once, in the order first seen: each group keeps its first
 * item, or the one `prefer` picks, and how many items it stands for.
 */
export function countSame<T>(
  items: Iterable<T>,
  keyOf: (item: T) => string,
  prefer: (item: T) => boolean = () => false,
): Array<{ item: T; sources: number; members: T[] }> {
  const groups = new Map<string, { item: T; members: T[] }>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (!group) groups.set(key, { item, members: [item] });
    else {
      group.members.push(item);
      if (prefer(item)) group.item = item;
    }
  }
  return [...groups.values()].map(({ item, members }) => ({ item, sources: members.length, members }));
}

export function statEntries(series: ReadonlyArray<ViewSeries>, max: number): { shown: StatEntry[]; more: number } {
  const points = series.flatMap((v) => v.points.map((point) => ({ series: v, point })));
  const all = countSame(points, ({ series: v, point }) => [v.series.geo, v.series.place ?? '', figureKey(point)].join('|'))
    .map(({ item, sources }): StatEntry => ({ ...item, sources }))
    .sort((a, b) => b.point.info.time - a.point.info.time);
  return { shown: all.slice(0, max), more: Math.max(0, all.length - max) };
}
