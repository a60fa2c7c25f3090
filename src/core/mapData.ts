/**
 * What the map shows inside the view: a measure per district (or "no report", which is not zero)
 * and the clusters with their facts.
 */
import type { DistrictId } from '../schema/geo';
import { DISTRICTS } from '../schema/geo';
import type { Fact, MetricsFile, Place } from '../schema/metricsFile';
import { comparePeriodsDesc } from '../schema/period';
import { inYears, selectFacts, type View } from './select';

export type MapMeasure = 'facts' | 'enterprises';
export const MAP_MEASURES: MapMeasure[] = ['facts', 'enterprises'];
/** Enterprise counts a district can report, most specific first. */
const ENTERPRISE_METRICS = ['large_model_enterprises', 'ai_enterprises', 'ai_enterprises_above_scale'];

export interface DistrictValue {
  district: DistrictId;
  /** null: the articles report nothing for this district in the view. */
  value: number | null;
  fact: Fact | null;
}

export interface ClusterPoint {
  place: Place;
  facts: Fact[];
  /** The latest count of firms at the cluster (of every kind, else its large-model firms), which sizes its point; null when none is given. */
  latest: Fact | null;
}

/** Facts grouped by a key, in their order, in one pass. */
function groupBy<K>(facts: ReadonlyArray<Fact>, keyOf: (f: Fact) => K): Map<K, Fact[]> {
  const groups = new Map<K, Fact[]>();
  for (const f of facts) {
    const k = keyOf(f);
    const group = groups.get(k);
    if (group) group.push(f);
    else groups.set(k, [f]);
  }
  return groups;
}

/**
 * The ids of the figures the charts draw for each district in the years of the view: the same whether or not
 * every other number the articles state has been loaded yet (the list of all numbers loads them later).
 */
function chartedByDistrict(data: MetricsFile, years: Pick<View, 'from' | 'to'>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of data.series) {
    if (s.geo === 'shanghai') continue;
    const ids = out.get(s.geo) ?? [];
    for (const p of s.points) if (p.period !== null && inYears(p.period, years)) ids.push(p.fact);
    out.set(s.geo, ids);
  }
  return out;
}

/** Every district's value in the years of the view: the district chosen does not change them. */
export function selectDistrictValues(data: MetricsFile, years: Pick<View, 'from' | 'to'>, measure: MapMeasure): DistrictValue[] {
  if (measure === 'facts') {
    const charted = chartedByDistrict(data, years);
    return DISTRICTS.map((d) => {
      const n = charted.get(d.id)?.length ?? 0;
      return { district: d.id, value: n > 0 ? n : null, fact: null };
    });
  }
  // Only the enterprise counts read the facts themselves: grouped by district once.
  const byGeo = groupBy(selectFacts(data, { ...years, district: 'shanghai' }), (f) => f.geo);
  return DISTRICTS.map((d) => {
    const own = byGeo.get(d.id) ?? [];
    for (const metric of ENTERPRISE_METRICS) {
      const latest = own
        .filter((f) => f.metric === metric && f.place === null && f.period !== null && f.status === 'actual')
        .sort((a, b) => comparePeriodsDesc(a.period, b.period))[0];
      if (latest) return { district: d.id, value: latest.value, fact: latest };
    }
    return { district: d.id, value: null, fact: null };
  });
}

/** The ids of the facts the charts cite, per data file. */
const citedIds = new WeakMap<MetricsFile, ReadonlySet<string>>();
function citedFacts(data: MetricsFile): ReadonlySet<string> {
  let ids = citedIds.get(data);
  if (!ids) citedIds.set(data, (ids = new Set(data.series.flatMap((s) => s.points.map((p) => p.fact)))));
  return ids;
}

/**
 * The clusters of the view with the charted figures placed at each, in the view's years: the same whether or not every
 * other number the articles state has been loaded (an unclassified or undated number at a park sizes nothing and is
 * not one of its figures).
 */
export function selectClusters(data: MetricsFile, view: View): ClusterPoint[] {
  const cited = citedFacts(data);
  const byPlace = groupBy(
    selectFacts(data, view).filter((f) => cited.has(f.id)),
    (f) => f.place,
  );
  return data.places
    .filter((p) => view.district === 'shanghai' || p.district === view.district)
    .map((place) => {
      const own = byPlace.get(place.id) ?? [];
      // The cluster's firms of every kind; where the text gives only its large-model firms, those.
      const latestOf = (metric: string): Fact | null =>
        own.filter((f) => f.metric === metric && f.status === 'actual').sort((a, b) => comparePeriodsDesc(a.period, b.period))[0] ?? null;
      const latest = latestOf('cluster_enterprises') ?? latestOf('large_model_enterprises');
      return { place, facts: own, latest };
    });
}

/** The facts behind what the map shows, for its export's source list: the shaded districts' figures and the clusters' facts. */
export function mapSourceFactIds(
  data: MetricsFile,
  view: View,
  measure: MapMeasure,
  districts: ReadonlyArray<DistrictValue>,
  clusters: ReadonlyArray<ClusterPoint>,
): string[] {
  const shaded =
    measure === 'facts'
      ? [...chartedByDistrict(data, view)].flatMap(([geo, ids]) => (view.district === 'shanghai' || geo === view.district ? ids : []))
      : districts.flatMap((d) => (d.fact ? [d.fact.id] : []));
  return [...shaded, ...clusters.flatMap((c) => c.facts.map((f) => f.id))];
}
