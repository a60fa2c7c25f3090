import { useEffect, useMemo, useRef, useState } from 'react';
import type { Fact } from '../../schema/metricsFile';
import { useData } from '../../store/dataContext';
import { useT } from '../../store/hooks';
import { withHiddenMarks } from './markdownMarks';
import { useLocalStore } from '../../store/localStore';
import { bodyOffset } from '../../local/body';

export const articleUrl = (doc: string): string => `/articles/${encodeURIComponent(doc)}.txt`;

/** The article as published, with the quoted sentence highlighted in place (rendered as text). */
export function Reader({ fact, onClose }: { fact: Fact; onClose: () => void }) {
  const t = useT();
  const { documents } = useData();
  const [fetched, setText] = useState<{ ok: true; body: string } | { ok: false; reason: string } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const mark = useRef<HTMLElement>(null);
  // Focus goes back to what opened the reader (a 查看原文 button) when it closes, also by Escape.
  const opener = useRef<Element | null>(typeof document === 'undefined' ? null : document.activeElement);
  useEffect(
    () => () => {
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    },
    [],
  );
  const doc = documents.get(fact.doc);

  // An article the reader added is in this browser, not on the server (shown from after its front matter).
  const local = useLocalStore((s) => s.articles.find((a) => a.id === fact.doc)?.original);
  const text = useMemo(() => (local !== undefined ? { ok: true as const, body: local } : fetched), [local, fetched]);
  useEffect(() => {
    if (local !== undefined) return;
    let live = true;
    void fetch(articleUrl(fact.doc))
      .then(async (r) =>
        r.ok ? { ok: true as const, body: await r.text() } : { ok: false as const, reason: `${r.status} ${r.statusText}` },
      )
      .catch((e: Error) => ({ ok: false as const, reason: e.message }))
      .then((v) => {
        if (live) setText(v);
      });
    return () => {
      live = false;
    };
  }, [fact.doc, local]);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  useEffect(() => {
    mark.current?.scrollIntoView?.({ block: 'center' });
  }, [text]);

  const { start, end } = fact.source;
  // The number itself, inside the highlighted sentence (both are offsets into the same text).
  const numStart = Math.max(start, Math.min(fact.start, end));
  const numEnd = Math.max(numStart, Math.min(fact.end, end));
  return (
    <dialog ref={dialog} className="reader" aria-labelledby="reader-h" onClose={onClose} onCancel={onClose}>
      <header>
        <h2 id="reader-h">{doc?.title}</h2>
        <p className="muted">
          {doc?.outlet} {doc?.published}
        </p>
        <button type="button" onClick={onClose} autoFocus>
          {t.close}
        </button>
      </header>
      <div className="reader-body">
        {text === null && <p role="status">{t.loading}</p>}
        {text && !text.ok && (
          <p role="alert">
            {articleUrl(fact.doc)}: {text.reason}
          </p>
        )}
        {text && text.ok && (
          <p className="article-text">
            {withHiddenMarks(text.body, local !== undefined ? Math.min(bodyOffset(local), start) : 0, start)}
            <mark ref={mark}>
              {withHiddenMarks(text.body, start, numStart)}
              <strong>{text.body.slice(numStart, numEnd)}</strong>
              {withHiddenMarks(text.body, numEnd, end)}
            </mark>
            {withHiddenMarks(text.body, end, text.body.length)}
          </p>
        )}
      </div>
    </dialog>
  );
}
