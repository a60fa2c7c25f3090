/**
 * The data files are fetched, parsed and checked in a worker: the schema check (zod, and its code) and the
 * JSON parsing of a large file stay off the main thread of the page the reader is already looking at. Where a
 * worker cannot start (no Worker, a policy that forbids it), they are loaded in the page as before.
 */
import type { DetailsState, LoadState } from './loadData';

export type WorkerAsk = { id: number; op: 'core' | 'details' };
/** What the worker answers: a load state without the function that fetches the details (it cannot be posted). */
export type WorkerAnswer = { id: number; answer: Exclude<LoadState, { status: 'loading' }> | DetailsState };

const inPage = (): Promise<LoadState> => import('./loadData').then((m) => m.loadMetrics());

export function loadOffThread(): Promise<LoadState> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./dataWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inPage();
  }
  let next = 0;
  const waiting = new Map<number, { resolve: (a: WorkerAnswer['answer']) => void; reject: (e: Error) => void }>();
  worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) => {
    waiting.get(data.id)?.resolve(data.answer);
    waiting.delete(data.id);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    for (const w of waiting.values()) w.reject(new Error(e.message || 'the data worker failed'));
    waiting.clear();
  };
  const ask = (op: WorkerAsk['op']): Promise<WorkerAnswer['answer']> =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, op } satisfies WorkerAsk);
    });
  return ask('core').then(
    (core) =>
      core.status === 'ready'
        ? {
            ...core,
            // The worker gone, the details are loaded in the page.
            more: () => ask('details').catch(() => import('./loadData').then((m) => m.loadDetails(core.data))),
          }
        : core,
    inPage,
  );
}
