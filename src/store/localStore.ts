/**
 * The reader's own articles: kept in the browser, read by the extractor in a worker, and joined to the site's
 * data by the dashboard (src/local/merge.ts). Storage that fails loses nothing for the session: the articles
 * stay in memory and `storage` says why they will not be kept.
 */
import { create } from 'zustand';
import type { LocalArticle } from '../local/extractLocal';
import type { mergeLocal } from '../local/merge';
import type { MetricsFile, Notice } from '../schema/metricsFile';

export interface LocalState {
  articles: LocalArticle[];
  /** The articles' data as the extractor read them; null before any is read. */
  data: MetricsFile | null;
  /** Joins `data` to the site's (src/local/merge.ts), loaded with it: pages with no added article never load it. */
  merge: typeof mergeLocal | null;
  /** Why the stored articles could not be read again (an error naming the file), or null. */
  problem: Notice[] | null;
  /** Why the articles are not kept in this browser (storage full or disabled), or null. */
  storage: string | null;
  /** Reading the stored articles at start, or after a change. */
  busy: boolean;
  /** The article the reader has just added (its id), for the page to say so; null otherwise. */
  justAdded: string | null;
  /** What the last removal took away, with the titles shown for it, for the page to offer it back; null otherwise. */
  removed: { articles: LocalArticle[]; titles: string[] } | null;
  /** Reads what the browser kept, once. */
  start: () => Promise<void>;
  /** Adds an article the reader accepted (figures taken off are listed in its front matter). */
  accept: (article: LocalArticle) => Promise<void>;
  /** Removes one article; `title` is how the page names it when it offers it back. */
  remove: (id: string, title?: string) => Promise<void>;
  removeAll: () => Promise<void>;
  /** Puts back what the last removal took away. */
  undoRemove: () => Promise<void>;
}

const storage = () => import('../local/storage');

async function read(articles: LocalArticle[]): Promise<Pick<LocalState, 'data' | 'problem' | 'merge'>> {
  if (articles.length === 0) return { data: null, problem: null, merge: null };
  const [{ readOffThread }, { mergeLocal }] = await Promise.all([import('../local/readOffThread'), import('../local/merge')]);
  const r = await readOffThread(articles);
  return r.ok ? { data: r.data, problem: null, merge: mergeLocal } : { data: null, problem: r.errors, merge: null };
}

let started = false;

export const useLocalStore = create<LocalState>()((set, get) => {
  const update = async (articles: LocalArticle[], stored: { ok: true } | { ok: false; reason: string }): Promise<void> => {
    set({ articles, busy: true, storage: stored.ok ? get().storage : stored.reason });
    set({ ...(await read(articles)), busy: false });
  };
  return {
    articles: [],
    data: null,
    merge: null,
    justAdded: null,
    removed: null,
    problem: null,
    storage: null,
    busy: false,
    start: async () => {
      if (started) return;
      started = true;
      const listed = await (await storage()).listStored();
      if (!listed.ok) {
        set({ storage: listed.reason });
        return;
      }
      if (listed.value.length > 0) await update(listed.value, { ok: true });
    },
    accept: async (article) => {
      const saved = await (await storage()).saveStored(article);
      await update([...get().articles.filter((a) => a.id !== article.id), article], saved);
      set({ justAdded: article.id, removed: null });
    },
    remove: async (id, title) => {
      const gone = get().articles.filter((a) => a.id === id);
      set({ justAdded: null, removed: { articles: gone, titles: [title ?? id] } });
      const removed = await (await storage()).removeStored(id);
      await update(
        get().articles.filter((a) => a.id !== id),
        removed,
      );
    },
    removeAll: async () => {
      set({ justAdded: null, removed: { articles: get().articles, titles: [] } });
      const cleared = await (await storage()).clearStored();
      await update([], cleared);
    },
    undoRemove: async () => {
      const back = get().removed?.articles ?? [];
      set({ removed: null });
      if (back.length === 0) return;
      const store = await storage();
      let stored: { ok: true } | { ok: false; reason: string } = { ok: true };
      for (const a of back) {
        const saved = await store.saveStored(a);
        if (!saved.ok) stored = saved;
      }
      const ids = new Set(back.map((a) => a.id));
      // Back in the order they were listed: the ones put back first, as they were, then any added since.
      await update([...back, ...get().articles.filter((a) => !ids.has(a.id))], stored);
    },
  };
});
