import { useMemo } from 'react';
import { selectHeadlineTrends } from '../../core/select';
import { useData } from '../../store/dataContext';
import { useT, useView } from '../../store/hooks';
import { TrendChart } from './TrendChart';
import { Legend } from './Trends';

/** Height of a headline trend's drawing: two of them stand beside the map. */
const HEADLINE_CHART_HEIGHT = 165;

/** The first trends of the view, beside the map at the top of the page; their sections point back here. */
export function HeadlineTrends() {
  const t = useT();
  const { data } = useData();
  const view = useView();
  const items = useMemo(() => selectHeadlineTrends(data, view), [data, view]);
  return (
    <section className="headline-trends" aria-labelledby="headline-h">
      <h2 id="headline-h">{t.headlineTrends}</h2>
      {items.length === 0 ? (
        <p className="muted">{t.noHeadlineTrend}</p>
      ) : (
        <>
          {items.map((c) => (
            <TrendChart key={c.metric.id} metric={c.metric} series={c.series} view={view} height={HEADLINE_CHART_HEIGHT} whenSeen />
          ))}
          {/* The key to the marks, under the charts (the themed sections below have theirs). */}
          <Legend />
        </>
      )}
    </section>
  );
}
