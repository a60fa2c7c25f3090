/**
 * Reading many articles on worker threads: the articles are cut into runs of about equal size, in file order; each
 * worker reads one run with the same catalogue and gazetteer, this thread reads the first, and the results come back in
 * order, so the data file is byte for byte the one a single thread writes. Node only (the CLI's).
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Catalogue, Gazetteer } from './curated';
import { extractArticleFacts, type ArticleFacts } from './facts';
import type { LoadedArticle } from './load';
import { extractContext } from './pipeline';

/** Below this many articles, starting a worker costs more than it saves. */
export const PARALLEL_FROM = 64;
/** At most this many threads read at once, this one included. */
export const MAX_THREADS = 8;

interface Job {
  role: 'extract-worker';
  catalogue: Catalogue;
  gazetteer: Gazetteer;
  articles: LoadedArticle[];
}

/**
 * Cores one reading thread keeps busy: V8 compiles and collects garbage on threads of its own, so one thread reading the
 * 500-article corpus used 1.4 to 1.5 cores of two (CPU 1.6–1.7 s in 1.16–1.19 s; 1.77 s with V8 held to one thread), and
 * two reading threads on two cores were slower (1.41–1.50 s).
 */
export const CORES_PER_THREAD = 2;

/**
 * How many threads to read `count` articles with: one below `PARALLEL_FROM`; else one per `CORES_PER_THREAD` cores, at
 * most `MAX_THREADS` (one on a two-core machine). `asked` (EXTRACT_THREADS) overrides the cores.
 */
export function threadsFor(count: number, cores = availableParallelism(), asked?: number): number {
  if (asked !== undefined) return Math.max(1, Math.min(asked, MAX_THREADS, count));
  return count < PARALLEL_FROM ? 1 : Math.max(1, Math.min(Math.floor(cores / CORES_PER_THREAD), MAX_THREADS));
}

/** `articles` cut into `n` runs in order, each of about the same number of characters. */
export function runsOf<T extends { original: string }>(articles: ReadonlyArray<T>, n: number): T[][] {
  const total = articles.reduce((sum, a) => sum + a.original.length, 0);
  const runs: T[][] = [[]];
  let size = 0;
  for (const a of articles) {
    if (size >= (total * runs.length) / n && runs.length < n) runs.push([]);
    runs.at(-1)!.push(a);
    size += a.original.length;
  }
  return runs.filter((r) => r.length > 0);
}

const readRun = (job: Omit<Job, 'role'>): ArticleFacts[] => {
  const ctx = extractContext(job.catalogue, job.gazetteer);
  return job.articles.map((a) => extractArticleFacts(a, ctx));
};

/**
 * Each article's facts, in the order given, read on `threads` threads started from `entry` (a module that calls
 * `serveIfWorker` first). Rejects when a worker fails; the caller may then read them on this thread.
 */
export async function extractOnThreads(
  articles: ReadonlyArray<LoadedArticle>,
  catalogue: Catalogue,
  gazetteer: Gazetteer,
  threads: number,
  entry: URL,
): Promise<ArticleFacts[]> {
  const [own = [], ...others] = runsOf(articles, threads);
  const pending = others.map(
    (run) =>
      new Promise<ArticleFacts[]>((resolve, reject) => {
        const job: Job = { role: 'extract-worker', catalogue, gazetteer, articles: run };
        const worker = new Worker(entry, { workerData: job });
        worker.once('message', (facts: ArticleFacts[]) => {
          resolve(facts);
          void worker.terminate();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`a reading thread stopped (exit code ${code})`)));
      }),
  );
  // This thread reads its own run while the workers read theirs.
  const mine = readRun({ catalogue, gazetteer, articles: own });
  return [mine, ...(await Promise.all(pending))].flat();
}

/** In a worker started by `extractOnThreads`: reads its run, sends the facts back, and returns true. */
export function serveIfWorker(): boolean {
  const job = workerData as Job | undefined;
  if (isMainThread || job?.role !== 'extract-worker' || parentPort === null) return false;
  parentPort.postMessage(readRun(job));
  return true;
}
