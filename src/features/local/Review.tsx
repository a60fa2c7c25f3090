import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { formatFact, whyNotCharted } from '../../core/format';
import { placeLabel, statusSuffix } from '../../core/names';
import { bodyOffset } from '../../local/body';
import type { Lang, Messages } from '../../i18n/messages';
import { localMessages } from '../../i18n/localMessages';
import { unreadReasonLabel } from '../../i18n/unreadReasons';
import type { Fact, MetricsFile, Unread } from '../../schema/metricsFile';
import { formatPeriod } from '../../schema/period';

type Mark = { kind: 'charted' | 'read'; fact: Fact } | { kind: 'unread'; unread: Unread };

const isCharted = (f: Fact): boolean => f.metric !== null && f.period !== null;

/** The article's quantities in text order, one mark each; overlapping ones (none expected) keep the first. */
export function marksOf(data: MetricsFile): Mark[] {
  const all: Array<Mark & { start: number; end: number }> = [
    ...data.facts.map((fact) => ({
      kind: isCharted(fact) ? ('charted' as const) : ('read' as const),
      fact,
      start: fact.start,
      end: fact.end,
    })),
    ...data.unread.map((unread) => ({ kind: 'unread' as const, unread, start: unread.start, end: unread.end })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: typeof all = [];
  for (const m of all) if (out.length === 0 || m.start >= out[out.length - 1]!.end) out.push(m);
  return out;
}

/** Lines of the article drawn at once, then per step (a 1 MB article has about 10,000 lines and as many marks). */
const FIRST_LINES = 300;
const MORE_LINES = 300;
/** Figures to be charted listed at first; a button lists the rest. */
const FIRST_LISTED = 100;

const spanOf = (m: Mark): { start: number; end: number } => (m.kind === 'unread' ? m.unread : m.fact);

/**
 * The article with every quantity marked by colour: charted, read but not charted, not read as a number.
 * Each mark is a button: it shows what was read (metric, period, place, qualifier, reason), and a charted
 * figure can be taken off the charts there.
 */
export function Review({
  original,
  data,
  dropped,
  onToggle,
  lang,
  t,
}: {
  original: string;
  data: MetricsFile;
  dropped: ReadonlySet<string>;
  onToggle: (factId: string) => void;
  lang: Lang;
  t: Messages;
}) {
  const l = localMessages(lang);
  const marks = useMemo(() => marksOf(data), [data]);
  const [chosen, setChosen] = useState<number | null>(null);
  const metricNames = useMemo(() => new Map(data.metrics.map((m) => [m.id, m.label[lang]])), [data, lang]);
  const placeNames = useMemo(() => new Map(data.places.map((p) => [p.id, { zh: p.zh, en: p.en }])), [data]);
  // One block per line of the article, so that the browser lays out only the lines in view (a 1 MB article has
  // thousands of marks: drawn as one block it held the page for a second). Built once per change of the marks, not
  // at each step that draws more of them.
  const lines = useMemo(() => {
    const out: React.ReactNode[][] = [[]];
    const pushText = (piece: string): void =>
      piece.split('\n').forEach((part, k) => {
        if (k > 0) out.push([]);
        if (part !== '') out[out.length - 1]!.push(part);
      });
    let at = bodyOffset(original);
    marks.forEach((m, i) => {
      const span = spanOf(m);
      if (span.start < at) return;
      pushText(original.slice(at, span.start));
      const off = m.kind !== 'unread' && dropped.has(m.fact.id);
      const kind = off ? 'read' : m.kind;
      out[out.length - 1]!.push(
        <button
          key={i}
          id={`qty-${i}`}
          type="button"
          className={`qty qty-${kind}`}
          aria-pressed={chosen === i}
          aria-label={`${original.slice(span.start, span.end)} (${kind === 'charted' ? l.legendCharted : kind === 'read' ? l.legendRead : l.legendUnread})`}
          onClick={() => setChosen((c) => (c === i ? null : i))}
        >
          {original.slice(span.start, span.end)}
        </button>,
      );
      at = span.end;
    });
    pushText(original.slice(at));
    return out;
  }, [original, marks, dropped, chosen, l]);
  const charted = data.facts.filter((f) => isCharted(f) && !dropped.has(f.id)).length;
  const picked = chosen === null ? null : marks[chosen];
  const pickedValue = picked && picked.kind !== 'unread' ? formatFact(picked.fact, lang) : '';
  const pickedWhy = picked && picked.kind !== 'unread' ? whyNotCharted(picked.fact, lang, t) : null;
  // The figures to be charted, listed first with a box each: in a long article they may be far down the text, and a
  // keyboard reaches every box without going through every number of the text.
  const chartable = marks.flatMap((m, i) => (m.kind === 'charted' ? [{ fact: m.fact, i }] : []));
  // A long article's lines are drawn a few hundred at a time, each step a task of its own, so the page keeps answering.
  const [drawn, setDrawn] = useState(FIRST_LINES);
  useEffect(() => {
    if (drawn >= lines.length) return;
    const timer = setTimeout(() => startTransition(() => setDrawn((n) => n + MORE_LINES)), 0);
    return () => clearTimeout(timer);
  }, [drawn, lines.length]);
  // A figure further down than the lines drawn so far: draw them all, then scroll to it.
  const pending = useRef<number | null>(null);
  useEffect(() => {
    const el = pending.current === null ? null : document.getElementById(`qty-${pending.current}`);
    if (!el) return;
    el.scrollIntoView?.({ block: 'center' });
    pending.current = null;
  }, [drawn]);
  const show = (i: number): void => {
    setChosen(i);
    const el = document.getElementById(`qty-${i}`);
    if (el) el.scrollIntoView?.({ block: 'center' });
    else {
      pending.current = i;
      setDrawn(lines.length);
    }
  };
  // A long list of figures to be charted shows its first ones; the rest on demand (each has its box).
  const [listAll, setListAll] = useState(false);
  const listed = listAll ? chartable : chartable.slice(0, FIRST_LISTED);
  return (
    <div className="review">
      <p className="muted">{l.reviewIntro}</p>
      <p className="review-counts" role="status">
        <span className="qty-key qty-charted">{l.charted(charted)}</span> ·{' '}
        <span className="qty-key qty-read">{l.readNotCharted(data.facts.length - charted)}</span> ·{' '}
        <span className="qty-key qty-unread">{l.unreadCount(data.unread.length)}</span>
      </p>
      {chartable.length > 0 && (
        <ul className="review-list">
          {listed.map(({ fact, i }) => (
            <li key={i}>
              <input
                type="checkbox"
                aria-label={l.keepFigure(fact.text)}
                checked={!dropped.has(fact.id)}
                onChange={() => onToggle(fact.id)}
              />{' '}
              <button type="button" className="link" onClick={() => show(i)}>
                {formatFact(fact, lang)}
              </button>{' '}
              <span className={dropped.has(fact.id) ? 'muted dropped' : 'muted'}>
                {fact.metric ? (metricNames.get(fact.metric) ?? fact.metric) : ''} · {formatPeriod(fact.period, lang)}
                {/* A target or forecast says so here too, before it is added (超200 EFLOPS · 2027年 (预测)). */}
                {statusSuffix(fact.status, t)} · {placeLabel(fact.geo, fact.place, lang, placeNames)}
              </span>
            </li>
          ))}
          {listed.length < chartable.length && (
            <li>
              <button type="button" className="link" onClick={() => setListAll(true)}>
                {l.listAll(chartable.length)}
              </button>
            </li>
          )}
        </ul>
      )}
      <div className="review-layout">
        <div className="article-text review-text">
          {lines.slice(0, drawn).map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
        <aside className="review-detail" aria-live="polite">
          {picked && picked.kind === 'unread' && (
            <dl>
              <dt>{t.value}</dt>
              <dd>{picked.unread.text}</dd>
              <dt>{l.reason}</dt>
              <dd>{unreadReasonLabel(picked.unread.reason, lang)}</dd>
            </dl>
          )}
          {picked && picked.kind !== 'unread' && (
            <>
              <dl>
                <dt>{t.value}</dt>
                <dd>
                  {pickedValue}
                  {/* The words as written, when they differ from how the value reads (超1800家 beside over 1,800). */}
                  {pickedValue !== picked.fact.text && <span className="muted"> ({picked.fact.text})</span>}
                </dd>
                <dt>{t.metric}</dt>
                <dd>{picked.fact.metric ? (metricNames.get(picked.fact.metric) ?? picked.fact.metric) : '—'}</dd>
                <dt>{t.period}</dt>
                <dd>{formatPeriod(picked.fact.period, lang)}</dd>
                <dt>{t.place}</dt>
                <dd>{placeLabel(picked.fact.geo, picked.fact.place, lang, placeNames)}</dd>
                <dt>{l.statusLabel}</dt>
                <dd>{t.status[picked.fact.status]}</dd>
                {pickedWhy !== null && (
                  <>
                    <dt>{l.reason}</dt>
                    <dd>{pickedWhy}</dd>
                  </>
                )}
              </dl>
              {isCharted(picked.fact) && (
                <label className="keep">
                  <input type="checkbox" checked={!dropped.has(picked.fact.id)} onChange={() => onToggle(picked.fact.id)} /> {l.keep}
                </label>
              )}
            </>
          )}
        </aside>
      </div>
    </div>
  );
}
