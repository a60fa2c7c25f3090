import { messages } from '../i18n/messages';
import { browserLang, parseUrlView } from '../store/url';
import { Dashboard } from './Dashboard';
import type { LoadState } from './loadData';
import { loadOffThread } from './loadOffThread';
import { useAsync } from './useAsync';

/** `currentYear` is the clock, passed in: it bounds the year filter when no figure is dated. */
export function App({
  load = loadOffThread,
  loaded,
  currentYear,
}: {
  load?: () => Promise<LoadState>;
  /** The data, when the caller has already loaded it (over the page rendered at build time). */
  loaded?: LoadState;
  currentYear: number;
}) {
  const state: LoadState = useAsync(loaded ? null : load) ?? loaded ?? { status: 'loading' };
  const defaultLang = browserLang(typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));
  // Before the data arrives the URL's lang (if any) still decides the language of the messages.
  const lang = parseUrlView(window.location.search, { min: 0, max: 0 }, defaultLang).lang;
  const t = messages(lang);
  if (state.status === 'loading')
    return (
      <main className="app">
        <p role="status" className="loading">
          {t.loading}
        </p>
      </main>
    );
  if (state.status === 'error') {
    return (
      <main className="app">
        <div role="alert" className="error">
          <h1>{t.appName}</h1>
          <p>
            {t.loadError}: <code>{state.file}</code>
          </p>
          <p>{state.reason}</p>
        </div>
      </main>
    );
  }
  return <Dashboard data={state.data} {...(state.more ? { more: state.more } : {})} defaultLang={defaultLang} currentYear={currentYear} />;
}
