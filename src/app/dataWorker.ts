/**
 * The worker behind loadOffThread: the same loading and checking as in the page (loadData.ts), one request
 * at a time. It keeps the core file it checked, to join the details to it.
 */
import { CORE_URL, DETAILS_URL } from '../core/splitData';
import type { MetricsFile } from '../schema/metricsFile';
import { loadDetails, loadMetrics } from './loadData';
import type { WorkerAnswer, WorkerAsk } from './loadOffThread';

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerAsk>) => void) | null; postMessage(m: WorkerAnswer): void };
let core: MetricsFile | null = null;

scope.onmessage = ({ data }) => {
  void answer(data.op).then((a) => scope.postMessage({ id: data.id, answer: a }));
};

async function answer(op: WorkerAsk['op']): Promise<WorkerAnswer['answer']> {
  if (op === 'details') {
    if (core === null) return { status: 'error', file: DETAILS_URL, reason: 'asked for before the core file was loaded' };
    return loadDetails(core);
  }
  const loaded = await loadMetrics();
  if (loaded.status !== 'ready') return loaded.status === 'loading' ? { status: 'error', file: CORE_URL, reason: 'not loaded' } : loaded;
  core = loaded.data;
  return { status: 'ready', data: loaded.data };
}
