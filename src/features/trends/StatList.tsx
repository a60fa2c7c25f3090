import { outletAndDate, statusSuffix } from '../../core/names';
import { memo, useId, useMemo } from 'react';
import { seriesName } from '../../charts/trendOption';
import { formatFact } from '../../core/format';
import { isPublicationDated } from '../../core/periodNote';
import type { ViewSeries } from '../../core/select';
import { statEntries } from '../../core/statEntries';
import type { MetricDef } from '../../schema/metricsFile';
import { formatPeriod } from '../../schema/period';
import { useData } from '../../store/dataContext';
import { useLang, useT } from '../../store/hooks';
import { useViewStore } from '../../store/viewStore';

/**
 * Metrics with only one or two dated points: a trend chart of them is an empty axis with a dot, so each
 * figure is listed with its value (qualifier in words), place, period and source, and opens its sentence.
 */
// Memoised: a section that keeps its filters re-renders on every change without new items.
export const StatList = memo(function StatList({ items }: { items: ReadonlyArray<{ metric: MetricDef; series: ViewSeries[] }> }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  if (items.length === 0) return null;
  return (
    // Not a landmark of its own: every themed section has one, under the same heading.
    <div className="stats" role="group" aria-labelledby={id}>
      <h4 id={id}>{t.fewPoints}</h4>
      <ul className="stat-grid">
        {items.map(({ metric, series }) => (
          <li key={metric.id} className="stat">
            <h5>{lang === 'zh' ? metric.label.zh : metric.label.en}</h5>
            <StatFigures series={series} />
          </li>
        ))}
      </ul>
    </div>
  );
});

/** Figures shown per metric; the rest are counted (they are all in the list of every number). */
const MAX_FIGURES = 4;

function StatFigures({ series }: { series: ViewSeries[] }) {
  const t = useT();
  const lang = useLang();
  const { facts, documents, placeNames, localDocs, conflicts } = useData();
  const selectFact = useViewStore((s) => s.selectFact);
  const { shown, more } = useMemo(() => statEntries(series, MAX_FIGURES), [series]);
  const base = useId();
  return (
    <ul>
      {shown.map(({ series: v, point: p, sources }, i) => {
        const f = facts.get(p.fact);
        const doc = f ? documents.get(f.doc) : undefined;
        // A value alone (14所) does not say what it is: the button is described by its place, period and source.
        const about = `${base}-${i}`;
        return (
          <li key={p.fact}>
            <button type="button" className="stat-value" aria-describedby={about} onClick={() => selectFact(p.fact)}>
              {f ? formatFact(f, lang) : p.value}
            </button>{' '}
            <span className="muted" id={about}>
              {seriesName(v, lang, placeNames)} ·{' '}
              {isPublicationDated(p) ? t.publicationShort(formatPeriod(p.period, lang)) : formatPeriod(p.period, lang)}
              {statusSuffix(p.status, t)}
              {sources > 1 ? ` · ${t.sameFigure(sources)}` : doc ? ` · ${outletAndDate(doc, localDocs.has(p.source.doc), t)}` : ''}
            </span>
            {/* Another source gives another value for the same metric, place and period, as the charts ring it. */}
            {conflicts.has(p.fact) && <span className="tag conflict">{t.conflict}</span>}
          </li>
        );
      })}
      {more > 0 && <li className="muted">{t.moreFigures(more)}</li>}
    </ul>
  );
}
