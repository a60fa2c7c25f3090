import { useMemo } from 'react';
import { selectChartMetrics, selectMetricSeries } from '../../core/select';
import { useData } from '../../store/dataContext';
import { exportFileName, toSeriesRows } from '../../core/exportRows';
import { useLang, useT, useView } from '../../store/hooks';
import { downloadCsvRows } from '../../ui/download';
import { legendItems } from '../../ui/exportFrame';
import { sectionAnchor, sectionOf, type SectionId } from '../../core/sections';
import { StatList } from './StatList';
import { usePresentSections } from './usePresentSections';
import { TrendChart } from './TrendChart';

/** Fewer dated points (distinct periods) than this in every series of a metric make no trend chart. */
const MIN_CHART_POINTS = 3;

/** `firstCharts`: only the first few chart cards (the page rendered at build time holds just the first screen). */
export function Trends({ firstCharts }: { firstCharts?: number | undefined }) {
  const t = useT();
  const lookups = useData();
  const { data } = lookups;
  const lang = useLang();
  const view = useView();
  const exportCsv = () =>
    downloadCsvRows(toSeriesRows(data, view, lang, lookups), exportFileName('series', view.district, view.from, view.to, 'csv'));
  // A trend needs three points: a metric whose every series has fewer is listed as figures instead.
  const { charts, stats } = useMemo(() => {
    const all = selectChartMetrics(data, view).map((m) => ({ metric: m, series: selectMetricSeries(data, m.id, view) }));
    const drawn = (c: (typeof all)[number]): boolean =>
      c.series.some((v) => new Set(v.points.map((p) => p.period)).size >= MIN_CHART_POINTS);
    return { charts: all.filter(drawn), stats: all.filter((c) => !drawn(c)) };
  }, [data, view]);
  const present = usePresentSections();
  // The page rendered at build time holds only the first few chart cards: the sections stop there.
  const blocks: Array<{ id: SectionId; own: typeof charts; few: typeof stats }> = [];
  let budget = firstCharts ?? Number.POSITIVE_INFINITY;
  for (const id of present) {
    if (budget <= 0) break;
    const own = charts.filter((c) => sectionOf(c.metric.id) === id).slice(0, budget);
    budget -= own.length;
    blocks.push({ id, own, few: stats.filter((c) => sectionOf(c.metric.id) === id) });
  }
  return (
    <section className="trends" aria-labelledby="trends-h">
      <div className="section-head">
        <h2 id="trends-h">{t.trends}</h2>
        <button type="button" className="export" aria-label={t.downloadCsv} onClick={exportCsv}>
          CSV
        </button>
      </div>
      <Legend />
      {charts.length === 0 && stats.length === 0 && <p role="status">{t.emptyFilter}</p>}
      {blocks.map(({ id, own, few }) => (
        <section key={id} id={sectionAnchor(id)} className="theme-section" aria-labelledby={`${sectionAnchor(id)}-h`}>
          <h3 id={`${sectionAnchor(id)}-h`}>{t.sections[id]}</h3>
          {own.length === 0 && few.length === 0 ? (
            <p className="muted">{t.sectionEmpty}</p>
          ) : (
            <>
              {own.length > 0 && (
                <div className="chart-grid">
                  {own.map((c) => (
                    <TrendChart key={c.metric.id} metric={c.metric} series={c.series} />
                  ))}
                </div>
              )}
              {firstCharts === undefined && <StatList items={few} />}
            </>
          )}
        </section>
      ))}
    </section>
  );
}

function Legend() {
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
