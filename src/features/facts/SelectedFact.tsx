import { useEffect, useRef } from 'react';
import { formatFact, whyNotCharted } from '../../core/format';
import { placeLabel, outletAndDate } from '../../core/names';
import { periodNote } from '../../core/periodNote';
import type { Fact } from '../../schema/metricsFile';
import { useData } from '../../store/dataContext';
import { useLang, useT } from '../../store/hooks';
import { useViewStore } from '../../store/viewStore';
import { formatPeriod } from '../../schema/period';

export const factRowId = (id: string): string => `fact-${id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;

/**
 * The fact a reader picked (a chart point, a KPI, a table row), kept in view at the bottom of the
 * screen wherever they are, with its sentence and the way to the table row and the article.
 */
export function SelectedFact({ onRead }: { onRead: (fact: Fact) => void }) {
  const t = useT();
  const lang = useLang();
  const { facts, metrics, documents, placeNames, complete, requestAll, localDocs } = useData();
  const id = useViewStore((s) => s.fact);
  const selectFact = useViewStore((s) => s.selectFact);
  const fact = id ? facts.get(id) : undefined;
  // A figure that is not charted (a link to it, or a row of the full list) is in the details file.
  useEffect(() => {
    if (id && !fact && !complete) requestAll();
  }, [id, fact, complete, requestAll]);
  // The list of all numbers fills in when every fact is in (the details file): scrolling to the row before that
  // ends where the row was before the list grew. So the details are asked for first, and the scroll waits for them.
  const showing = useRef(false);
  const scrollToRow = (factId: string): void => {
    // After the list has rendered with every fact; at once, not smoothly: a smooth scroll of the page and of the
    // table's own scroll box together stopped well short of the row.
    requestAnimationFrame(() => document.getElementById(factRowId(factId))?.scrollIntoView({ block: 'center' }));
  };
  useEffect(() => {
    if (!showing.current || !complete || !id) return;
    showing.current = false;
    scrollToRow(id);
  }, [complete, id]);
  // Escape puts the panel away, as the × does, unless a dialog (the article reader, adding an article) has the key.
  const shown = fact !== undefined;
  useEffect(() => {
    if (!shown) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape' && !e.defaultPrevented && document.querySelector('dialog[open]') === null) selectFact(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shown, selectFact]);
  if (!fact) return null;
  const metric = fact.metric ? metrics.get(fact.metric) : undefined;
  const doc = documents.get(fact.doc);
  const note = periodNote(fact, doc, t);
  const why = whyNotCharted(fact, lang, t);
  const showRow = () => {
    if (complete) return scrollToRow(fact.id);
    showing.current = true;
    requestAll();
  };
  return (
    <aside className="selected-fact" aria-label={t.selectedFact} aria-live="polite">
      <p>
        <strong>{formatFact(fact, lang)}</strong>
        {' · '}
        {metric ? (lang === 'zh' ? metric.label.zh : metric.label.en) : t.unmapped}
        {' · '}
        {formatPeriod(fact.period, lang)}
        {' · '}
        {placeLabel(fact.geo, fact.place, lang, placeNames)}
        {fact.status !== 'actual' && <span className="tag">{t.status[fact.status]}</span>}
      </p>
      {note !== null && <p className="period-note">{note}</p>}
      {why !== null && (
        <p className="reason">
          {t.notCharted}
          {why}
        </p>
      )}
      <p className="quote">
        <q>{fact.source.quote}</q> — {doc?.title} ({outletAndDate(doc, localDocs.has(fact.doc), t)})
      </p>
      <div className="actions">
        <button type="button" onClick={showRow}>
          {t.showInTable}
        </button>
        <button type="button" onClick={() => onRead(fact)}>
          {t.open}
        </button>
        <button type="button" onClick={() => selectFact(null)} aria-label={t.close}>
          ×
        </button>
      </div>
    </aside>
  );
}
