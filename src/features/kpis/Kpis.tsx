import { useEffect, useMemo, useRef } from 'react';
import { formatPercent, formatFact, formatRatio, qualifierPrefix } from '../../core/format';
import { plannedFigure, selectKpi, type Kpi } from '../../core/kpi';
import { geoName, outletAndDate } from '../../core/names';
import { periodNote } from '../../core/periodNote';
import { LocalTag } from '../../ui/LocalTag';
import { useData } from '../../store/dataContext';
import { useLang, useT, useView } from '../../store/hooks';
import { useViewStore } from '../../store/viewStore';
import { formatPeriod } from '../../schema/period';

function KpiCard({ kpi }: { kpi: Kpi }) {
  const t = useT();
  const lang = useLang();
  const { facts, documents, localDocs, conflicts } = useData();
  const selectFact = useViewStore((s) => s.selectFact);
  const label = lang === 'zh' ? kpi.metric.label.zh : kpi.metric.label.en;
  const latest = kpi.latest;
  const fact = latest ? facts.get(latest.fact) : undefined;
  const doc = fact ? documents.get(fact.doc) : undefined;
  const note = fact ? periodNote(fact, doc, t) : null;
  const sourceId = latest ? `src-${latest.fact.replace(/[^a-zA-Z0-9_-]/g, '_')}` : undefined;
  return (
    <article className="kpi" aria-label={label}>
      <h3>
        {label} <span className="muted">· {geoName(kpi.geo, lang)}</span>
      </h3>
      {latest && fact ? (
        <>
          <button type="button" className="kpi-value" aria-describedby={sourceId} onClick={() => selectFact(latest.fact)}>
            {formatFact(fact, lang)}
          </button>
          <p className="muted">
            {t.latest}
            {t.colon}
            {formatPeriod(latest.period, lang)}
            {localDocs.has(fact.doc) && <LocalTag />}
            {/* Another article gives another value for the same place and period, as the charts ring it. */}
            {conflicts.has(latest.fact) && <span className="tag conflict">{t.conflict}</span>}
          </p>
          {kpi.ratio && (
            <p>
              {t.change} {formatPeriod(kpi.first?.period ?? null, lang)}→{formatPeriod(latest.period, lang)}
              {t.colon}
              {qualifierPrefix(kpi.ratio.qualifier, lang)}
              {formatRatio(kpi.ratio.value)}
              {kpi.cagr && (
                <>
                  {' '}
                  · {t.cagr} {qualifierPrefix(kpi.cagr.qualifier, lang)}
                  {formatPercent(kpi.cagr.value)}
                </>
              )}
            </p>
          )}
          <p role="tooltip" id={sourceId} className="kpi-source">
            {t.source}
            {t.colon}“{fact.source.quote}” — {doc?.title} ({outletAndDate(doc, localDocs.has(fact.doc), t)})
            {note !== null && <span className="period-note">{note}</span>}
          </p>
        </>
      ) : kpi.planned ? (
        <>
          <button type="button" className="kpi-value planned" onClick={() => selectFact(kpi.planned!.fact)}>
            {formatFact(plannedFigure(kpi, facts)!, lang)}
          </button>
          <p className="muted">
            {t.status[kpi.planned.status]} · {formatPeriod(kpi.planned.period, lang)} · {t.noActualYet}
          </p>
        </>
      ) : (
        <p className="muted kpi-none">{t.noKpiInView}</p>
      )}
    </article>
  );
}

export function Kpis() {
  const t = useT();
  const { data } = useData();
  const view = useView();
  const kpis = useMemo(() => data.metrics.filter((m) => m.headline).map((m) => selectKpi(data, m, view)), [data, view]);
  // Every headline number keeps its card, one with no figure in the view saying so in one line, and the row never
  // gets shorter at the same width: the map below does not move up under a reader clicking its districts.
  // Measured by a ResizeObserver, after layout: a filter change forces no layout of its own. The row's box never
  // reports less than its min-height, so only a taller row or a new width is seen; a new width starts afresh.
  const row = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = row.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let width = -1;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize[0];
      if (!box) return;
      if (box.inlineSize !== width) {
        width = box.inlineSize;
        el.style.minHeight = '';
        el.style.minHeight = `${el.getBoundingClientRect().height}px`;
      } else if (box.blockSize > parseFloat(el.style.minHeight || '0')) el.style.minHeight = `${box.blockSize}px`;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <section aria-labelledby="kpis-h">
      <h2 id="kpis-h" className="sr-only">
        {t.kpis}
      </h2>
      <div className="kpis" ref={row}>
        {kpis.map((k) => (
          <KpiCard key={k.metric.id} kpi={k} />
        ))}
      </div>
    </section>
  );
}
