import { parseMetricsFileInSlices, type MetricsFile } from '../schema/metricsFile';

export const DATA_URL = '/data/metrics.json';

export type LoadState = { status: 'loading' } | { status: 'ready'; data: MetricsFile } | { status: 'error'; file: string; reason: string };

/** Fetches and validates the data file once, at the edge; the rest of the app trusts the types. */
export async function loadMetrics(fetchImpl: typeof fetch = fetch): Promise<LoadState> {
  let response: Response;
  try {
    response = await fetchImpl(DATA_URL);
  } catch (e) {
    return { status: 'error', file: DATA_URL, reason: `could not be fetched: ${(e as Error).message}` };
  }
  if (!response.ok) return { status: 'error', file: DATA_URL, reason: `the server answered ${response.status} ${response.statusText}` };
  let json: unknown;
  try {
    json = await response.json();
  } catch (e) {
    return { status: 'error', file: DATA_URL, reason: `is not valid JSON: ${(e as Error).message}` };
  }
  // Checked a slice at a time: the page (already painted) stays responsive while a large file is checked.
  const parsed = await parseMetricsFileInSlices(json);
  return parsed.ok ? { status: 'ready', data: parsed.data } : { status: 'error', file: DATA_URL, reason: parsed.reason };
}
