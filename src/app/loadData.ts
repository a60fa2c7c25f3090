import { CORE_URL, DETAILS_URL, joinData, type DataDetails } from '../core/splitData';
import { parseMetricsFileInSlices, type MetricsFile } from '../schema/metricsFile';

type LoadError = { status: 'error'; file: string; reason: string };
/** The complete data file, from the core file and the details (all facts and unread tokens) joined. */
export type DetailsState = { status: 'ready'; data: MetricsFile } | LoadError;

export type LoadState =
  | { status: 'loading' }
  /** `more` fetches the details when a view that lists every fact opens; absent when `data` is already complete. */
  | { status: 'ready'; data: MetricsFile; more?: () => Promise<DetailsState> }
  | LoadError;

async function fetchJson(url: string, fetchImpl: typeof fetch): Promise<{ json: unknown } | LoadError> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (e) {
    return { status: 'error', file: url, reason: `could not be fetched: ${(e as Error).message}` };
  }
  if (!response.ok) return { status: 'error', file: url, reason: `the server answered ${response.status} ${response.statusText}` };
  try {
    return { json: await response.json() };
  } catch (e) {
    return { status: 'error', file: url, reason: `is not valid JSON: ${(e as Error).message}` };
  }
}

/**
 * Fetches and validates the core data file once, at the edge; the rest of the app trusts the types. The
 * details are fetched later, on demand, and the joined file is validated whole again.
 */
export async function loadMetrics(fetchImpl: typeof fetch = fetch): Promise<LoadState> {
  const got = await fetchJson(CORE_URL, fetchImpl);
  if ('status' in got) return got;
  // Checked a slice at a time: the page (already painted) stays responsive while a large file is checked.
  const parsed = await parseMetricsFileInSlices(got.json);
  if (!parsed.ok) return { status: 'error', file: CORE_URL, reason: parsed.reason };
  return { status: 'ready', data: parsed.data, more: () => loadDetails(parsed.data, fetchImpl) };
}

export async function loadDetails(core: MetricsFile, fetchImpl: typeof fetch = fetch): Promise<DetailsState> {
  const got = await fetchJson(DETAILS_URL, fetchImpl);
  if ('status' in got) return got;
  const details = got.json as Partial<DataDetails> | null;
  if (typeof details !== 'object' || details === null || !Array.isArray(details.facts) || !Array.isArray(details.unread))
    return { status: 'error', file: DETAILS_URL, reason: 'is not a list of facts and unread tokens' };
  if (details.schemaVersion !== core.schemaVersion)
    return {
      status: 'error',
      file: DETAILS_URL,
      reason: `is of schema version ${String(details.schemaVersion)}, the core file of ${core.schemaVersion}`,
    };
  const parsed = await parseMetricsFileInSlices(joinData(core, details as DataDetails));
  return parsed.ok ? { status: 'ready', data: parsed.data } : { status: 'error', file: DETAILS_URL, reason: parsed.reason };
}
