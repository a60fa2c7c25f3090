import { useMemo, useRef } from 'react';
import { isTrend, selectChartMetrics, selectHeadlineTrends, selectMetricItems, type View, type ViewSeries } from '../../core/select';
import type { MetricDef, MetricsFile } from '../../schema/metricsFile';
import { useHeldWhileAway, useOnScreen } from '../../ui/useNearScreen';
import { useData } from '../../store/dataContext';
import { exportFileName, toSeriesRows } from '../../core/exportRows';
import { useLang, useT, useView } from '../../store/hooks';
import { downloadCsvRows } from '../../ui/download';
import { legendItems } from '../../ui/exportFrame';
import { sectionAnchor, sectionOf, type SectionId } from '../../core/sections';
import { StatList } from './StatList';
import { usePresentSections } from './usePresentSections';
import { TrendChart } from './TrendChart';

/** The trends by theme, below the overview (whose headline trends each section points back to rather than draws again). */
export function Trends() {
  const t = useT();
  const lookups = useData();
  const { data } = lookups;
  const lang = useLang();
  const view = useView();
  const exportCsv = () =>
    downloadCsvRows(toSeriesRows(data, view, lang, lookups), exportFileName('series', view.district, view.from, view.to, 'csv'));
  const present = usePresentSections();
  const empty = useMemo(() => selectChartMetrics(data, view).length === 0, [data, view]);
  const headline = useMemo(() => selectHeadlineTrends(data, view).map((c) => c.metric), [data, view]);
  return (
    <section className="trends" aria-labelledby="trends-h">
      <div className="section-head">
        <h2 id="trends-h">{t.trends}</h2>
        <button type="button" className="export" aria-label={t.downloadCsv} onClick={exportCsv}>
          CSV
        </button>
      </div>
      <Legend />
      {/* Said once for the page: every section lists its sparse metrics the same way. */}
      <p className="muted few-note">{t.fewPointsNote}</p>
      {empty && <p role="status">{t.emptyFilter}</p>}
      {present.map((id) => (
        <ThemeSection key={id} id={id} headline={headline} />
      ))}
    </section>
  );
}

/** A metric's series in the view, split into those drawn as trends (3 dated points or more) and those listed as figures. */
function themeMetrics(data: MetricsFile, view: View, id: SectionId): { charts: ChartItem[]; stats: ChartItem[] } {
  const all = selectMetricItems(data, view, (m) => sectionOf(m.id) === id);
  return { charts: all.filter((c) => isTrend(c.series)), stats: all.filter((c) => !isTrend(c.series)) };
}

type ChartItem = { metric: MetricDef; series: ViewSeries[] };

/**
 * One themed section. Off the screen it keeps the filters it last showed, so a change at the top of the
 * page does not rebuild its charts and lists while nobody sees them; it catches up as it comes near.
 */
function ThemeSection({ id, headline }: { id: SectionId; headline: ReadonlyArray<MetricDef> }) {
  const t = useT();
  const lang = useLang();
  const { data } = useData();
  const holder = useRef<HTMLElement>(null);
  const view = useHeldWhileAway(useView(), useOnScreen(holder));
  const { charts, stats } = useMemo(() => themeMetrics(data, view, id), [data, view, id]);
  const own = charts.filter((c) => !headline.includes(c.metric));
  const above = headline.filter((m) => sectionOf(m.id) === id);
  return (
    <section ref={holder} id={sectionAnchor(id)} className="theme-section" aria-labelledby={`${sectionAnchor(id)}-h`}>
      <h3 id={`${sectionAnchor(id)}-h`}>{t.sections[id]}</h3>
      {above.length > 0 && (
        <p className="muted in-overview">
          {t.inOverview}
          <a href="#overview">{above.map((m) => m.label[lang]).join(lang === 'zh' ? '、' : ', ')}</a>
        </p>
      )}
      {own.length === 0 && stats.length === 0 ? (
        above.length === 0 && <p className="muted">{t.sectionEmpty}</p>
      ) : (
        <>
          {own.length > 0 && (
            <div className="chart-grid">
              {own.map((c) => (
                <TrendChart key={c.metric.id} metric={c.metric} series={c.series} view={view} />
              ))}
            </div>
          )}
          <StatList items={stats} />
        </>
      )}
    </section>
  );
}

/** The key to the trend charts' marks (exact, lower bound, forecast, dated by the article …). */
export function Legend() {
  const t = useT();
  return (
    <ul className="legend" aria-label={t.legend}>
      {legendItems(t).map(({ symbol, label, conflict }) => (
        <li key={symbol}>
          <span aria-hidden="true" className={conflict ? 'sym conflict' : 'sym'}>
            {symbol}
          </span>{' '}
          {label}
        </li>
      ))}
    </ul>
  );
}
