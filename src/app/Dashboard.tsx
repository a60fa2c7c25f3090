import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { SelectedFact } from '../features/facts/SelectedFact';
import { Header } from '../features/header/Header';
import { Sources } from '../features/sources/Sources';
import type { Lang } from '../i18n/messages';
import type { Fact, MetricsFile } from '../schema/metricsFile';
import { DataContext, indexData } from '../store/dataContext';
import { useInitialUrlView, useUrlSync } from '../store/useUrlSync';
import { selectYearBounds } from '../core/select';
import { useViewStore } from '../store/viewStore';
import { useLocalStore } from '../store/localStore';
import { AddArticle } from '../features/local/AddArticle';

// Below the first screen or opened on demand: loaded after the first paint, off the page's initial JavaScript.
const FactsTable = lazy(() => import('../features/facts/FactsTable').then((m) => ({ default: m.FactsTable })));
const Reader = lazy(() => import('../features/reader/Reader').then((m) => ({ default: m.Reader })));
/** The reader's own articles, listed only once there are any (or storage has something to say). */
const LocalArticles = lazy(() => import('../features/local/LocalArticles').then((m) => ({ default: m.LocalArticles })));
import type { DetailsState } from './loadData';
import { Overview } from './Overview';
import { useAsync } from './useAsync';

export function Dashboard({
  data,
  more,
  defaultLang,
  currentYear,
}: {
  data: MetricsFile;
  /** Fetches every fact and unread token (absent when `data` has them all). */
  more?: () => Promise<DetailsState>;
  defaultLang: Lang;
  currentYear: number;
}) {
  useInitialUrlView(() => selectYearBounds(data, currentYear), defaultLang);
  const [wanted, setWanted] = useState(false);
  const details = useAsync(wanted && more ? more : null);
  const site = details?.status === 'ready' ? details.data : data;
  // The reader's own articles (kept in this browser) join the site's data; read again at every visit.
  const local = useLocalStore((s) => s.data);
  const merge = useLocalStore((s) => s.merge);
  const listLocal = useLocalStore((s) => s.articles.length > 0 || s.storage !== null || s.problem !== null || s.removed !== null);
  useEffect(() => {
    void useLocalStore.getState().start();
  }, []);
  const full = useMemo(() => (local && merge ? merge(site, local) : site), [site, local, merge]);
  const index = useMemo(
    () =>
      indexData(
        full,
        currentYear,
        {
          complete: !more || details?.status === 'ready',
          requestAll: () => setWanted(true),
          detailsError: details?.status === 'error' ? { file: details.file, reason: details.reason } : null,
        },
        new Set(local?.documents.map((d) => d.id) ?? []),
      ),
    [full, currentYear, more, details, local],
  );
  useUrlSync(index.bounds, defaultLang);
  const lang = useViewStore((s) => s.lang);
  const ready = useViewStore((s) => s.to !== 0);
  const [reading, setReading] = useState<Fact | null>(null);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  if (!ready) return null;
  return (
    <DataContext.Provider value={index}>
      <Header actions={<AddArticle />} />
      <main className="app">
        <Overview />
        <Suspense fallback={null}>
          <FactsTable onRead={setReading} />
        </Suspense>
        <Sources />
        {listLocal && (
          <Suspense fallback={null}>
            <LocalArticles />
          </Suspense>
        )}
      </main>
      <SelectedFact onRead={setReading} />
      {reading && (
        <Suspense fallback={null}>
          <Reader fact={reading} onClose={() => setReading(null)} />
        </Suspense>
      )}
    </DataContext.Provider>
  );
}
