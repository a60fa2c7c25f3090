/**
 * The data file split by use, as the build serves it: a core file for the first screen (every series,
 * with only the facts their points cite, no unread tokens) and the details (every fact and every unread
 * token), fetched when a view that lists them opens. data/metrics.json stays the complete contract file;
 * both parts are derived from it, and joining them gives it back.
 */
import type { MetricsFile } from '../schema/metricsFile';

export interface DataDetails {
  schemaVersion: number;
  facts: MetricsFile['facts'];
  unread: MetricsFile['unread'];
}

export const CORE_URL = '/data/core.json';
export const DETAILS_URL = '/data/details.json';

/** Works on the file as read (not yet validated): anything not shaped like one is left for the app to report. */
export function splitData(file: unknown): { core: unknown; details: unknown } | null {
  if (typeof file !== 'object' || file === null) return null;
  const f = file as Partial<Record<keyof MetricsFile, unknown>>;
  if (!Array.isArray(f.series) || !Array.isArray(f.facts)) return null;
  const cited = new Set<unknown>();
  for (const s of f.series as Array<{ points?: unknown }>)
    if (Array.isArray(s?.points)) for (const p of s.points as Array<{ fact?: unknown }>) cited.add(p?.fact);
  const facts = (f.facts as Array<{ id?: unknown }>).filter((x) => cited.has(x?.id));
  return {
    core: { ...f, facts, unread: [] },
    details: { schemaVersion: f.schemaVersion, facts: f.facts, unread: f.unread ?? [] },
  };
}

/** The complete file again: the core's records with all the facts and unread tokens. */
export const joinData = (core: MetricsFile, details: DataDetails): unknown => ({ ...core, facts: details.facts, unread: details.unread });
