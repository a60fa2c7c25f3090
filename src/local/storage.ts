/**
 * The reader's articles kept in the browser (IndexedDB, through idb-keyval: a few hundred bytes, promise-based,
 * one object store of its own). Every call reports a failure instead of throwing: with storage full or
 * disabled (private windows, a policy), the articles still work for the session; they are just not kept.
 */
import { clear, createStore, del, set, values, type UseStore } from 'idb-keyval';
import type { LocalArticle } from './extractLocal';

export type Stored<T> = { ok: true; value: T } | { ok: false; reason: string };

let store: UseStore | null = null;
const db = (): UseStore => (store ??= createStore('shanghai-ai-dashboard', 'local-articles'));

const reasonOf = (e: unknown): string => {
  const name = (e as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return 'the browser’s storage is full';
  const message = (e as Error | null)?.message;
  return message ? message : 'the browser does not allow storage here';
};

async function attempt<T>(run: () => Promise<T>): Promise<Stored<T>> {
  try {
    if (typeof indexedDB === 'undefined') return { ok: false, reason: 'this browser has no IndexedDB' };
    return { ok: true, value: await run() };
  } catch (e) {
    return { ok: false, reason: reasonOf(e) };
  }
}

const isLocalArticle = (x: unknown): x is LocalArticle => {
  const a = x as Partial<LocalArticle> | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    typeof a.id === 'string' &&
    a.id.startsWith('local-') &&
    typeof a.original === 'string' &&
    typeof a.added === 'string'
  );
};

/** The stored articles, oldest first; records of another shape (an older version) are left out. */
export const listStored = (): Promise<Stored<LocalArticle[]>> =>
  attempt(async () =>
    (await values<unknown>(db())).filter(isLocalArticle).sort((a, b) => (a.added < b.added ? -1 : a.added > b.added ? 1 : 0)),
  );

export const saveStored = (a: LocalArticle): Promise<Stored<void>> => attempt(() => set(a.id, a, db()));

export const removeStored = (id: string): Promise<Stored<void>> => attempt(() => del(id, db()));

export const clearStored = (): Promise<Stored<void>> => attempt(() => clear(db()));
