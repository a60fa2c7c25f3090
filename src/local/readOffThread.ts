/**
 * Reads the reader's articles in a worker (localWorker.ts), started on first use: its code (the extractor,
 * the catalogue and gazetteer) loads only then, never with the page.
 */
import type { LocalArticle, LocalExtract } from './extractLocal';

/** `file` and `manifest` (a sources.yaml): to read files as a seeds/ folder names and dates them. */
export type LocalAsk = { id: number; articles: Array<Pick<LocalArticle, 'id' | 'original'> & { file?: string }>; manifest?: string };
export type LocalAnswer = { id: number; result: LocalExtract };

let worker: Worker | null = null;
let next = 0;
const waiting = new Map<number, (r: LocalExtract) => void>();

const failed = (message: string): LocalExtract => ({ ok: false, errors: [{ file: 'local', line: null, message }] });

function start(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./localWorker.ts', import.meta.url), { type: 'module' });
  w.onmessage = ({ data }: MessageEvent<LocalAnswer>) => {
    waiting.get(data.id)?.(data.result);
    waiting.delete(data.id);
  };
  w.onerror = (e) => {
    e.preventDefault();
    for (const resolve of waiting.values()) resolve(failed(`the extractor could not run: ${e.message || 'the worker failed'}`));
    waiting.clear();
    worker = null;
  };
  return (worker = w);
}

export function readOffThread(articles: ReadonlyArray<Pick<LocalArticle, 'id' | 'original'>>): Promise<LocalExtract> {
  return new Promise((resolve) => {
    let w: Worker;
    try {
      w = start();
    } catch (e) {
      resolve(failed(`the extractor could not start: ${(e as Error).message}`));
      return;
    }
    const id = next++;
    waiting.set(id, resolve);
    w.postMessage({ id, articles: articles.map(({ id: a, original }) => ({ id: a, original })) } satisfies LocalAsk);
  });
}

/** The same, with how long the reading took (worker start-up included the first time), for the reader to see. */
export async function readTimed(
  articles: ReadonlyArray<Pick<LocalArticle, 'id' | 'original'>>,
): Promise<{ result: LocalExtract; ms: number }> {
  const began = performance.now();
  const result = await readOffThread(articles);
  return { result, ms: Math.round(performance.now() - began) };
}

/**
 * Starts the worker and has it load the extractor and check the catalogue now, while the reader is still pasting
 * or filling in the date: the first reading then costs only the reading. Nothing is waited for.
 */
export function warmUp(): void {
  try {
    start().postMessage({ id: -1, articles: [] } satisfies LocalAsk);
  } catch {
    // No worker here: the first reading will say so.
  }
}
