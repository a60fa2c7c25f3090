import type { EChartsType } from 'echarts/core';
import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import { buildTrendOption, seriesName } from '../../charts/trendOption';
import { formatFact } from '../../core/format';
import { statusSuffix } from '../../core/names';
import { periodNote } from '../../core/periodNote';
import type { View, ViewSeries } from '../../core/select';
import type { MetricDef } from '../../schema/metricsFile';
import { LocalTag } from '../../ui/LocalTag';
import { useData } from '../../store/dataContext';
import { useLang, useT } from '../../store/hooks';
import { useThemeStore } from '../../store/themeStore';
import { useViewStore } from '../../store/viewStore';
import { exportFileName } from '../../core/exportRows';
import { figureFrame } from '../../ui/exportFrame';
import { FigureExport } from '../../ui/FigureExport';
import { formatPeriod } from '../../schema/period';
import { SEEN, useNearScreen } from '../../ui/useNearScreen';

const TrendCanvas = lazy(() => import('./TrendCanvas'));

const CHART_HEIGHT = 280;

/**
 * `view`: the filters its section shows (a section off the screen keeps those it last showed); `height`: of the drawing;
 * `whenSeen`: set up once seen rather than when near (a chart at the top of the page).
 */
export function TrendChart({
  metric,
  series,
  view,
  height = CHART_HEIGHT,
  whenSeen = false,
}: {
  metric: MetricDef;
  series: ViewSeries[];
  view: View;
  height?: number;
  whenSeen?: boolean;
}) {
  const t = useT();
  const lang = useLang();
  const { facts, documents, placeNames, conflicts, localDocs } = useData();
  const selectedFact = useViewStore((s) => s.fact);
  const selectFact = useViewStore((s) => s.selectFact);
  const name = lang === 'zh' ? metric.label.zh : metric.label.en;
  const theme = useThemeStore((s) => s.theme);
  // The page's option in its theme; the export draws the same inputs light.
  const input = useMemo(
    () => ({ metric, series, from: view.from, to: view.to, lang, t, facts, documents, placeNames, conflicts, selectedFact, localDocs }),
    [metric, series, view.from, view.to, lang, t, facts, documents, placeNames, conflicts, selectedFact, localDocs],
  );
  const option = useMemo(() => buildTrendOption({ ...input, theme }), [input, theme]);
  // A stable object: an inline one makes echarts-for-react rebuild the chart on every render.
  const onEvents = useMemo(
    () => ({
      click: (p: { data?: { fact?: string } }) => {
        if (p.data?.fact) selectFact(p.data.fact);
      },
    }),
    [selectFact],
  );
  const rows = series.flatMap((v) => v.points.map((p) => ({ v, p })));
  const holder = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [tableOpen, setTableOpen] = useState(false);
  // A chart (and ECharts itself) is set up when it comes near the screen: twenty charts built at load block the main thread.
  const near = useNearScreen(holder, whenSeen ? SEEN : undefined);
  const figure = () => ({
    option: buildTrendOption(input),
    frame: figureFrame({
      title: name,
      unit: metric.unit,
      view,
      lang,
      t,
      factIds: rows.map((r) => r.p.fact),
      facts,
      documents,
      localDocs,
      credit: null,
    }),
  });
  // Where each point is drawn, so a browser test can click one as a reader would. The chart is ready
  // once; the handler reads the points of the latest render, not those of the first.
  const rowsNow = useRef(rows);
  useEffect(() => {
    rowsNow.current = rows;
  });
  const onReady = (chart: EChartsType) => {
    chart.on('finished', () => {
      const px: Record<string, number[]> = {};
      for (const r of rowsNow.current) px[r.p.fact] = chart.convertToPixel({ gridIndex: 0 }, [r.p.info.time, r.p.value]);
      holder.current?.setAttribute('data-point-px', JSON.stringify(px));
    });
  };
  return (
    // Named by its title alone: the caption also holds the export buttons, whose names are not the chart's.
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption>
        <h3 id={titleId}>{name}</h3>
        <FigureExport name={name} figure={figure} fileName={(ext) => exportFileName(metric.id, view.district, view.from, view.to, ext)} />
      </figcaption>
      <div ref={holder} role="img" aria-label={t.chartOf(name)} className="chart-canvas">
        {near ? (
          // The image is named once, here; ECharts' own label on its canvas would name it a second time.
          <div aria-hidden="true">
            <Suspense fallback={<div style={{ height }} />}>
              <TrendCanvas theme={theme} option={option} onEvents={onEvents} onReady={onReady} height={height} />
            </Suspense>
          </div>
        ) : (
          <div style={{ height }} />
        )}
      </div>
      {/* The table is built only when opened: 21 charts' rows would otherwise fill the page's DOM. */}
      <details onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>{t.showTable}</summary>
        {tableOpen && (
          <table>
            <caption className="sr-only">{t.tableOf(name)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.place}</th>
                <th scope="col">{t.period}</th>
                <th scope="col">{t.value}</th>
                <th scope="col">{t.source}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ v, p }) => {
                const f = facts.get(p.fact);
                return (
                  <tr key={p.fact} className={p.fact === selectedFact ? 'selected' : undefined}>
                    <td>{seriesName(v, lang, placeNames)}</td>
                    <td>
                      {formatPeriod(p.period, lang)}
                      {statusSuffix(p.status, t)}
                      {f && <PeriodNoteLine note={periodNote(f, documents.get(f.doc), t)} />}
                    </td>
                    <td>
                      {f ? formatFact(f, lang) : p.value}
                      {conflicts.has(p.fact) && <span className="tag conflict">{t.conflict}</span>}
                    </td>
                    <td>
                      <q>{p.source.quote}</q>
                      {localDocs.has(p.source.doc) && <LocalTag />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </details>
    </figure>
  );
}

function PeriodNoteLine({ note }: { note: string | null }) {
  return note === null ? null : <span className="period-note">{note}</span>;
}
