/** The loaded data file and lookups derived from it once, shared by every feature. */
import { createContext, useContext } from 'react';
import { conflictFactIds, indexFacts, selectDistrictsWithData, selectYearBounds, type YearBounds } from '../core/select';
import type { GeoId } from '../schema/geo';
import type { DocumentRecord, Fact, MetricDef, MetricsFile } from '../schema/metricsFile';

export interface DataIndex {
  data: MetricsFile;
  bounds: YearBounds;
  facts: ReadonlyMap<string, Fact>;
  documents: ReadonlyMap<string, DocumentRecord>;
  metrics: ReadonlyMap<string, MetricDef>;
  placeNames: ReadonlyMap<string, { zh: string; en: string }>;
  conflicts: ReadonlySet<string>;
  districtsWithData: ReadonlySet<GeoId>;
  /**
   * Whether `data` holds every fact and unread token. The app starts from the core file (the facts charts
   * cite); a list of all facts asks for the rest with `requestAll` and says so until it is in, or why it failed.
   */
  complete: boolean;
  requestAll: () => void;
  detailsError: { file: string; reason: string } | null;
  /** Documents the reader added in this browser: their points are marked as such everywhere they show. */
  localDocs: ReadonlySet<string>;
}

const NO_LOCAL_DOCS: ReadonlySet<string> = new Set();

/** `currentYear` (the clock, passed in) bounds the year filter when nothing is dated. */
export function indexData(
  data: MetricsFile,
  currentYear: number,
  details: Pick<DataIndex, 'complete' | 'requestAll' | 'detailsError'> = {
    complete: true,
    requestAll: () => undefined,
    detailsError: null,
  },
  localDocs: ReadonlySet<string> = NO_LOCAL_DOCS,
): DataIndex {
  return {
    ...details,
    localDocs,
    data,
    bounds: selectYearBounds(data, currentYear),
    facts: indexFacts(data),
    documents: new Map(data.documents.map((d) => [d.id, d])),
    metrics: new Map(data.metrics.map((m) => [m.id, m])),
    placeNames: new Map(data.places.map((p) => [p.id, { zh: p.zh, en: p.en }])),
    conflicts: conflictFactIds(data),
    districtsWithData: selectDistrictsWithData(data),
  };
}

export const DataContext = createContext<DataIndex | null>(null);

export function useData(): DataIndex {
  const d = useContext(DataContext);
  if (!d) throw new Error('useData outside DataContext');
  return d;
}
