import './localArticles.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { fileName } from '../../local/files';
import { useData } from '../../store/dataContext';
import { useLang, useT } from '../../store/hooks';
import { localMessages } from '../../i18n/localMessages';
import { useLocalStore } from '../../store/localStore';
import { downloadBlob } from '../../ui/download';

/** The articles added in this browser: listed, removable one by one or all, exportable as seeds/ files. */
export function LocalArticles() {
  const t = useT();
  const l = localMessages(useLang());
  const { articles, data, problem, storage, busy, remove, removeAll, undoRemove, justAdded, removed } = useLocalStore();
  const [confirming, setConfirming] = useState(false);
  const holder = useRef<HTMLElement>(null);
  // Removed: the button pressed is gone, so the keyboard goes on from the offer to put it back.
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (removed !== null) undo.current?.focus();
  }, [removed]);
  // Just added: the list comes into view and says what was added (the dialog that did it has closed).
  useEffect(() => {
    if (justAdded !== null) holder.current?.scrollIntoView?.({ block: 'start' });
  }, [justAdded]);
  // Counted on the dashboard's data: what is charted once the figures the reader took off are left out.
  const { data: shown, localDocs } = useData();
  const charted = useMemo(() => {
    const m = new Map<string, number>();
    for (const s of shown.series)
      for (const p of s.points) if (localDocs.has(p.source.doc)) m.set(p.source.doc, (m.get(p.source.doc) ?? 0) + 1);
    return m;
  }, [shown, localDocs]);
  if (articles.length === 0 && storage === null && problem === null && removed === null) return null;
  const exportAll = (): void => {
    void import('fflate').then(({ zipSync, strToU8 }) => {
      const files = Object.fromEntries(articles.map((a) => [`seeds/${fileName(a)}`, strToU8(a.original)]));
      downloadBlob(new Blob([zipSync(files)], { type: 'application/zip' }), 'added-articles-seeds.zip');
    });
  };
  return (
    <section ref={holder} className="local-articles" aria-labelledby="local-h" aria-busy={busy}>
      <h2 id="local-h">{l.yours}</h2>
      <p className="muted">{l.yoursIntro}</p>
      {justAdded !== null && !busy && (
        <p role="status" className="added-status">
          {l.justAdded(data?.documents.find((d) => d.id === justAdded)?.title ?? justAdded, charted.get(justAdded) ?? 0)}
        </p>
      )}
      {removed !== null && (
        <p role="status" className="added-status">
          {removed.titles.length === 1 ? l.removedOne(removed.titles[0]!) : l.removedMany(removed.articles.length)}{' '}
          <button ref={undo} type="button" onClick={() => void undoRemove()}>
            {l.undo}
          </button>
        </p>
      )}
      {storage && (
        <p role="alert" className="warning">
          {l.notKept(storage)}
        </p>
      )}
      {problem && (
        <div role="alert" className="error">
          <p>{l.failed}</p>
          {problem.map((n, i) => (
            <p key={i}>
              {n.file}
              {n.line !== null ? `:${n.line}` : ''}: {n.message}
            </p>
          ))}
        </div>
      )}
      {articles.length > 0 && (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.article}</th>
                  <th scope="col">{t.date}</th>
                  <th scope="col">{t.factsFrom}</th>
                  <th scope="col">{l.added}</th>
                  <th scope="col">
                    <span className="sr-only">{l.remove}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {articles.map((a) => {
                  const doc = data?.documents.find((d) => d.id === a.id);
                  const title = doc?.title ?? a.id;
                  return (
                    <tr key={a.id}>
                      <td>
                        {doc?.url ? (
                          <a href={doc.url} rel="noreferrer noopener" target="_blank">
                            {title}
                          </a>
                        ) : (
                          title
                        )}
                      </td>
                      <td>{doc?.published ?? '—'}</td>
                      <td className="num">{busy ? '…' : l.figures(charted.get(a.id) ?? 0)}</td>
                      {/* The day it was added, written as the dates beside it are (YYYY-MM-DD) in both languages. */}
                      <td>{a.added.slice(0, 10)}</td>
                      <td>
                        <button type="button" onClick={() => void remove(a.id, title)} aria-label={l.removeOne(title)}>
                          {l.remove}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="list-actions">
            <button type="button" onClick={exportAll}>
              {l.export}
            </button>
            {confirming ? (
              <>
                <button
                  type="button"
                  onClick={() => {
                    setConfirming(false);
                    void removeAll();
                  }}
                >
                  {l.confirmRemoveAll(articles.length)}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  {l.keepAll}
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirming(true)}>
                {l.removeAll}
              </button>
            )}
          </p>
        </>
      )}
    </section>
  );
}
