import { useDeferredValue, useMemo, useState } from 'react';
import { exportFileName, toCsv, toFactRows } from '../../core/exportRows';
import { formatQuantity } from '../../core/format';
import { downloadCsv } from '../../ui/download';
import { selectFacts } from '../../core/select';
import { placeLabel } from '../../core/names';
import { periodNote } from '../../core/periodNote';
import type { Fact } from '../../schema/metricsFile';
import { useData } from '../../store/dataContext';
import { useLang, useT, useView } from '../../store/hooks';
import { useViewStore } from '../../store/viewStore';
import { factRowId } from './SelectedFact';

type SortKey = 'value' | 'period' | 'place' | 'metric' | 'article';

export function FactsTable({ onRead }: { onRead: (fact: Fact) => void }) {
  const t = useT();
  const lang = useLang();
  const view = useView();
  const lookups = useData();
  const { data, metrics, documents, placeNames } = lookups;
  const selected = useViewStore((s) => s.fact);
  const selectFact = useViewStore((s) => s.selectFact);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'period', dir: 1 });
  const deferred = useDeferredValue(query);

  const placeOf = (f: Fact): string => placeLabel(f.geo, f.place, lang, placeNames);
  const metricOf = (f: Fact): string => {
    const m = f.metric ? metrics.get(f.metric) : undefined;
    return m ? (lang === 'zh' ? m.label.zh : m.label.en) : t.unmapped;
  };

  const noteOf = (f: Fact): string | null => periodNote(f, documents.get(f.doc), t);

  const rows = useMemo(() => {
    const needle = deferred.trim().toLowerCase();
    const keyOf: Record<SortKey, (f: Fact) => string | number> = {
      value: (f) => f.value,
      period: (f) => f.period ?? '9999',
      place: (f) => placeOf(f),
      metric: (f) => metricOf(f),
      article: (f) => f.doc,
    };
    const list = selectFacts(data, view).filter((f) => needle === '' ||
      [f.text, formatQuantity(f.value, f.unit, f.qualifier, lang, f.counter), f.source.quote, metricOf(f), placeOf(f), f.period ?? '', noteOf(f) ?? '', f.reason?.[lang] ?? '', documents.get(f.doc)?.title ?? '']
        .some((s) => s.toLowerCase().includes(needle)));
    const key = keyOf[sort.key];
    return list.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      return (x < y ? -1 : x > y ? 1 : a.start - b.start) * sort.dir;
    });
  }, [data, view, deferred, sort, lang, documents]); // placeOf/metricOf/noteOf depend only on lang and these lookups

  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button type="button" onClick={() => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : 1 }))}>
        {label}{sort.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );

  return (
    <section className="facts" aria-labelledby="facts-h">
      <div className="section-head">
        <h2 id="facts-h">{t.facts} <span className="muted">({t.factCount(rows.length)})</span></h2>
        <button type="button" className="export" aria-label={t.downloadFactsCsv}
          onClick={() => downloadCsv(toCsv(toFactRows(rows, lang, lookups)), exportFileName('facts', view.district, view.from, view.to, 'csv'))}>CSV</button>
      </div>
      <label className="search">
        {t.search}
        <input type="search" value={query} placeholder={t.searchPlaceholder} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {rows.length === 0 ? <p role="status">{t.emptyFilter}</p> : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t.facts}</caption>
            <thead>
              <tr>
                {header('value', t.value)}{header('period', t.period)}{header('place', t.place)}{header('metric', t.metric)}{header('article', t.article)}
                <th scope="col">{t.quote}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => (
                <tr key={f.id} id={factRowId(f.id)} className={f.id === selected ? 'selected' : undefined} aria-selected={f.id === selected}>
                  <td className="num">
                    <button type="button" className="link" onClick={() => selectFact(f.id)}>{formatQuantity(f.value, f.unit, f.qualifier, lang, f.counter)}</button>
                    {f.status !== 'actual' && <span className="tag">{t.status[f.status]}</span>}
                  </td>
                  <td>{f.period ?? <span className="muted">{t.notStated}</span>}<PeriodNote note={noteOf(f)} /></td>
                  <td>{placeOf(f)}</td>
                  <td>{metricOf(f)}</td>
                  <td>{documents.get(f.doc)?.title}</td>
                  <td>
                    <q>{f.source.quote}</q> <button type="button" className="link" onClick={() => onRead(f)}>{t.open}</button>
                    {f.reason !== null && <span className="reason">{t.notCharted}{f.reason[lang]}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Where the period came from, under it (only when the clause does not state it). */
function PeriodNote({ note }: { note: string | null }) {
  return note === null ? null : <span className="period-note">{note}</span>;
}
