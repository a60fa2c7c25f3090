import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { exportFileName, toFactRows } from '../../core/exportRows';
import { factLabels, searchFacts, sortFacts, type FactSortKey } from '../../core/factsQuery';
import { formatFact } from '../../core/format';
import { downloadCsvRows } from '../../ui/download';
import { Pager } from '../../ui/Pager';
import { selectFacts } from '../../core/select';
import type { Fact } from '../../schema/metricsFile';
import { formatPeriod } from '../../schema/period';
import { LocalTag } from '../../ui/LocalTag';
import { useData } from '../../store/dataContext';
import { useLang, useT, useView } from '../../store/hooks';
import { useViewStore } from '../../store/viewStore';
import { factRowId } from './SelectedFact';
import { useAllFacts } from '../../store/useAllFacts';
import { useHeldWhileAway, useOnScreen } from '../../ui/useNearScreen';

/** Rows of the facts table in the DOM at once. */
const PAGE_SIZE = 100;

export function FactsTable({ onRead }: { onRead: (fact: Fact) => void }) {
  const t = useT();
  const lang = useLang();
  const liveView = useView();
  const lookups = useData();
  const { data, documents } = lookups;
  const selected = useViewStore((s) => s.fact);
  const selectFact = useViewStore((s) => s.selectFact);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: FactSortKey; dir: 1 | -1 }>({ key: 'period', dir: 1 });
  const deferred = useDeferredValue(query);
  // Until every fact is in (the details file, fetched when the table comes near), it lists the charted ones.
  const holder = useRef<HTMLElement>(null);
  const pending = useAllFacts(holder);
  // Off the screen the list keeps the filters it last showed (a district change at the top of the page
  // does not re-render and lay out a page of rows nobody sees); it catches up as it comes near, and at
  // once when a figure is selected (its row must be there to be shown).
  const view = useHeldWhileAway(liveView, useOnScreen(holder) || selected !== null);

  const labels = useMemo(() => factLabels(lookups, lang, t), [lookups, lang, t]);
  const rows = useMemo(
    () => sortFacts(searchFacts(selectFacts(data, view), deferred, labels, lookups, lang), sort.key, sort.dir, labels),
    [data, view, deferred, sort, labels, lookups, lang],
  );
  // Rows with no date are listed whatever the years chosen: the heading says how many.
  const undated = useMemo(() => rows.reduce((n, f) => (f.period === null ? n + 1 : n), 0), [rows]);
  // One page of rows in the DOM at a time (16,000 facts at 500 articles); the CSV still holds them all.
  // A new list starts at its first page; a selected fact brings its page into view.
  const pageOf = (id: string | null): number => {
    const at = id === null ? -1 : rows.findIndex((f) => f.id === id);
    return at >= 0 ? Math.floor(at / PAGE_SIZE) : -1;
  };
  const [page, setPage] = useState(() => Math.max(0, pageOf(selected)));
  const [shown, setShown] = useState({ rows, selected });
  if (shown.rows !== rows || shown.selected !== selected) {
    setShown({ rows, selected });
    const at = pageOf(selected);
    setPage(at >= 0 ? at : shown.rows !== rows ? 0 : page);
  }
  // The page's rows, built again only when they or what they show change (not on every filter change at the top of the
  // page while the table keeps its filters off the screen).
  const body = useMemo(() => {
    const visible = rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    return visible.map((f) => {
      const reason = labels.reason(f);
      return (
        <tr
          key={f.id}
          id={factRowId(f.id)}
          role="row"
          className={f.id === selected ? 'selected' : undefined}
          aria-selected={f.id === selected}
        >
          <td role="cell" className="num">
            <button type="button" className="link" onClick={() => selectFact(f.id)}>
              {formatFact(f, lang)}
            </button>
            {f.status !== 'actual' && <span className="tag">{t.status[f.status]}</span>}
          </td>
          <td role="cell">
            {f.period === null ? <span className="muted">{t.notStated}</span> : formatPeriod(f.period, lang)}
            <PeriodNote note={labels.note(f)} />
          </td>
          <td role="cell">{labels.place(f)}</td>
          <td role="cell">{labels.metric(f)}</td>
          <td role="cell">
            {documents.get(f.doc)?.title}
            {lookups.localDocs.has(f.doc) && <LocalTag />}
          </td>
          <td role="cell">
            <q>{f.source.quote}</q>{' '}
            <button type="button" className="link" onClick={() => onRead(f)}>
              {t.open}
            </button>
            {reason !== '' && <span className="reason">{reason}</span>}
          </td>
        </tr>
      );
    });
  }, [rows, page, selected, lang, t, labels, documents, lookups.localDocs, selectFact, onRead]);

  const header = (key: FactSortKey, label: string) => (
    <th scope="col" role="columnheader" aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button type="button" onClick={() => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : 1 }))}>
        {label}
        {sort.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );

  return (
    <section ref={holder} className="facts" aria-labelledby="facts-h">
      <div className="section-head">
        <h2 id="facts-h">
          {t.facts}{' '}
          <span className="muted">
            ({t.factCount(rows.length)}
            {undated > 0 && t.undatedRows(undated)})
          </span>
        </h2>
        <button
          type="button"
          className="export"
          aria-label={t.downloadFactsCsv}
          onClick={() =>
            downloadCsvRows(toFactRows(rows, lang, lookups), exportFileName('facts', view.district, view.from, view.to, 'csv'))
          }
        >
          CSV
        </button>
      </div>
      {pending !== null && (
        <p role="status" className="muted pending">
          {pending}
        </p>
      )}
      <label className="search">
        {t.search}
        <input type="search" value={query} placeholder={t.searchPlaceholder} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {rows.length === 0 ? (
        <p role="status">{t.emptyFilter}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table role="table">
              <caption className="sr-only">{t.facts}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  {header('value', t.value)}
                  {header('period', t.period)}
                  {header('place', t.place)}
                  {header('metric', t.metric)}
                  {header('article', t.article)}
                  <th scope="col" role="columnheader">
                    {t.quote}
                  </th>
                </tr>
              </thead>
              <tbody role="rowgroup">{body}</tbody>
            </table>
          </div>
          {/* Outside the table's own scroll box, so the way to the next page is always in view. */}
          <Pager page={page} size={PAGE_SIZE} total={rows.length} onPage={setPage} t={t} />
        </>
      )}
    </section>
  );
}

/** Where the period came from, under it (only when the clause does not state it). */
function PeriodNote({ note }: { note: string | null }) {
  return note === null ? null : <span className="period-note">{note}</span>;
}
