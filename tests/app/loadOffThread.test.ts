/**
 * Loading off the main thread: the page asks a worker for the core file, then for the details; where no worker
 * starts, or it fails, the page loads them itself, with the same results.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadOffThread, type WorkerAnswer, type WorkerAsk } from '../../src/app/loadOffThread';
import { CORE_URL, DETAILS_URL, splitData } from '../../src/core/splitData';
import type { MetricsFile } from '../../src/schema/metricsFile';

const file = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'metrics.json'), 'utf8')) as MetricsFile;
const parts = splitData(file)!;
const served = (): typeof fetch => (url) =>
  Promise.resolve(
    new Response(JSON.stringify(url === CORE_URL ? parts.core : url === DETAILS_URL ? parts.details : null), {
      status: url === CORE_URL || url === DETAILS_URL ? 200 : 404,
    }),
  );

/** A worker that answers as the data worker does, with what `reply` gives, or fails to start when it throws. */
function fakeWorker(reply: (ask: WorkerAsk) => WorkerAnswer['answer'] | 'fail'): { asked: WorkerAsk[] } {
  const asked: WorkerAsk[] = [];
  class FakeWorker {
    onmessage: ((e: { data: WorkerAnswer }) => void) | null = null;
    onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
    postMessage(ask: WorkerAsk): void {
      asked.push(ask);
      const answer = reply(ask);
      setTimeout(() =>
        answer === 'fail'
          ? this.onerror?.({ message: 'worker script failed', preventDefault: () => undefined })
          : this.onmessage?.({ data: { id: ask.id, answer } }),
      );
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return { asked };
}

afterEach(() => vi.unstubAllGlobals());

describe('loading the data off the main thread', () => {
  it('asks the worker for the core file, then for the details', async () => {
    const core = parts.core as MetricsFile;
    const { asked } = fakeWorker((ask) => ({ status: 'ready', data: ask.op === 'core' ? core : file }));
    const state = await loadOffThread();
    expect(state.status === 'ready' && state.data).toBe(core);
    const details = state.status === 'ready' ? await state.more?.() : undefined;
    expect(details).toEqual({ status: 'ready', data: file });
    expect(asked.map((a) => a.op)).toEqual(['core', 'details']);
  });

  it('passes on the reason the worker gives for a bad file', async () => {
    fakeWorker(() => ({ status: 'error', file: CORE_URL, reason: 'is not valid JSON' }));
    expect(await loadOffThread()).toEqual({ status: 'error', file: CORE_URL, reason: 'is not valid JSON' });
  });

  it('loads in the page when the worker fails, and when there is no worker at all', async () => {
    vi.stubGlobal('fetch', served());
    fakeWorker(() => 'fail');
    const failed = await loadOffThread();
    expect(failed.status).toBe('ready');
    vi.stubGlobal('Worker', undefined);
    const none = await loadOffThread();
    expect(none.status === 'ready' && none.data.series.length).toBe(file.series.length);
    const details = none.status === 'ready' ? await none.more?.() : undefined;
    expect(details?.status === 'ready' && details.data.facts.length).toBe(file.facts.length);
  });
});
