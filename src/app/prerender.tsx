/**
 * The first screen as HTML, rendered at build time from the data file (vite.config.ts puts it in index.html),
 * so the header, the KPI values and the section titles paint before any JavaScript has run. When the app has
 * loaded its data it renders over it. Both languages are rendered; index.html shows the reader's one.
 */
import { renderToString } from 'react-dom/server';
import { Header } from '../features/header/Header';
import type { Lang } from '../i18n/messages';
import { parseMetricsFile, type MetricsFile } from '../schema/metricsFile';
import { DataContext, indexData } from '../store/dataContext';
import { useViewStore } from '../store/viewStore';
import { Overview } from './Overview';

/** The dashboard's first screen for the default view (all years, all of Shanghai) in `lang`. */
export function prerenderFirstScreen(data: MetricsFile, lang: Lang, currentYear: number): string {
  const index = indexData(data, currentYear);
  // A server render reads the store's initial state (useSyncExternalStore's server snapshot): make it this view.
  // This runs only in the build process, never in a browser.
  Object.assign(useViewStore.getInitialState(), { from: index.bounds.min, to: index.bounds.max, district: 'shanghai', lang, fact: null });
  const page = (
    <DataContext.Provider value={index}>
      <Header />
      <main className="app">
        <Overview firstScreenOnly />
      </main>
    </DataContext.Provider>
  );
  // Chart cards render their placeholder: the drawing (ECharts) is set up in the browser, near the screen.
  return renderToString(page);
}

/** Both languages' first screens from the data file's JSON, or null when it is not a valid data file (the app shows the error). */
export function prerenderBoth(json: unknown, currentYear: number): { zh: string; en: string } | null {
  const parsed = parseMetricsFile(json);
  if (!parsed.ok) return null;
  return { zh: prerenderFirstScreen(parsed.data, 'zh', currentYear), en: prerenderFirstScreen(parsed.data, 'en', currentYear) };
}
