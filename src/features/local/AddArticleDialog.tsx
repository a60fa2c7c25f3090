/**
 * Add an article: paste it or drop/choose a file, say what the text does not (date, title, address), read its
 * numbers with the build step's extractor (in a worker), check them in the text, accept. Loaded on first use.
 */
import './addArticle.css';
import { startTransition, useEffect, useRef, useState } from 'react';
import type { LocalArticle } from '../../local/extractLocal';
import { withFrontMatter, type ArticleMeta } from '../../local/frontMatter';
import { isWebUrl, readFile, readText, tryParsePublished, type Draft, type ReadResult } from '../../local/readInput';
import { readTimed, warmUp } from '../../local/readOffThread';
import type { Bilingual, MetricsFile, Notice } from '../../schema/metricsFile';
import { useData } from '../../store/dataContext';
import { useLang, useT } from '../../store/hooks';
import { localMessages } from '../../i18n/localMessages';
import { useLocalStore } from '../../store/localStore';
import { Review } from './Review';

interface Fields {
  title: string;
  published: string;
  url: string;
  outlet: string;
}

const EMPTY_FIELDS: Fields = { title: '', published: '', url: '', outlet: '' };

/** More characters than this arriving at once is a paste. */
const PASTE = 20;

/** An id no seed file has, for the article and its file name in an export. */
const newId = (): string => `local-${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;

type Source = { file: string | null; encoding: string | null };

/** What the reader pasted or chose and has not added: kept when the dialog closes, until the page is left. */
let kept: { text: string; source: Source; fields: Fields } | null = null;

type Problem = { kind: 'text'; text: Bilingual } | { kind: 'notices'; file: string; notices: Notice[] };

export default function AddArticleDialog({ file, onClose }: { file: File | null; onClose: () => void }) {
  const t = useT();
  const l = localMessages(useLang());
  const lang = useLang();
  const { data: site } = useData();
  const accept = useLocalStore((s) => s.accept);
  const dialog = useRef<HTMLDialogElement>(null);
  // A file dropped on the page replaces what was kept; otherwise the dialog opens with it.
  const [restored] = useState(() => (file ? null : kept));
  const [text, setText] = useState(restored?.text ?? '');
  const [source, setSource] = useState<Source>(restored?.source ?? { file: null, encoding: null });
  const [fields, setFields] = useState<Fields>(restored?.fields ?? EMPTY_FIELDS);
  const added = useRef(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [review, setReview] = useState<{ article: LocalArticle; meta: ArticleMeta; body: string; data: MetricsFile; ms: number } | null>(
    null,
  );
  const [dropped, setDropped] = useState<ReadonlySet<string>>(new Set());
  const [dragging, setDragging] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // The review replaces the form: focus goes to its heading, not to the page behind.
  useEffect(() => {
    if (review) heading.current?.focus();
  }, [review]);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
    warmUp();
  }, []);

  /** What the text says about itself fills the fields the reader has left empty. */
  const prefill = (draft: Draft): void =>
    setFields((f) => ({
      title: f.title || draft.title,
      published: f.published || draft.published,
      url: f.url || draft.url,
      outlet: f.outlet || draft.outlet,
    }));

  const applyRead = (r: ReadResult): void => {
    setReview(null);
    setProblem(null);
    if (!r.ok) {
      setProblem({ kind: 'text', text: r.problem });
      return;
    }
    setText(r.draft.text);
    setSource({ file: r.draft.file, encoding: r.draft.encoding });
    setFields(EMPTY_FIELDS);
    prefill(r.draft);
  };
  const takeFile = async (f: File): Promise<void> => applyRead(await readFile(f));

  // The file the dialog was opened with (dropped on the page).
  useEffect(() => {
    if (!file) return;
    let live = true;
    void readFile(file).then((r) => {
      if (live) applyRead(r);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file]);

  const readNumbers = async (): Promise<void> => {
    setProblem(null);
    // A chosen .html file is already text in the box (its markup taken out): read it as text, so that markup the
    // page showed as text (&lt;b&gt;) stays as written.
    const r = readText(text, source.file !== null && /\.html?$/i.test(source.file) ? null : source.file, source.encoding);
    if (!r.ok) {
      setProblem({ kind: 'text', text: r.problem });
      return;
    }
    prefill(r.draft);
    const meta = {
      title: fields.title.trim() || r.draft.title,
      published: fields.published.trim() || r.draft.published,
      url: fields.url.trim() || r.draft.url,
      outlet: fields.outlet.trim() || r.draft.outlet,
    };
    if (meta.title === '') return setProblem({ kind: 'text', text: { zh: l.needTitle, en: l.needTitle } });
    if (meta.published === '') return setProblem({ kind: 'text', text: { zh: l.needDate, en: l.needDate } });
    const date = tryParsePublished(meta.published);
    if (!date.ok) return setProblem({ kind: 'text', text: { zh: l.badDate(date.problem), en: l.badDate(date.problem) } });
    // Published after today (2099-01-01) is a typing slip: the article's undated stocks would be charted in the future.
    if (date.value > new Date().toISOString().slice(0, date.value.length))
      return setProblem({ kind: 'text', text: { zh: l.futureDate(date.value), en: l.futureDate(date.value) } });
    if (meta.url !== '' && !isWebUrl(meta.url)) return setProblem({ kind: 'text', text: { zh: l.badUrl, en: l.badUrl } });
    const same = site.documents.find((d) => d.title === meta.title && d.published === date.value);
    if (same) return setProblem({ kind: 'text', text: { zh: l.alreadyIn(same.title), en: l.alreadyIn(same.title) } });
    const articleMeta: ArticleMeta = { title: meta.title, published: date.value, url: meta.url || null, outlet: meta.outlet || null };
    const article: LocalArticle = {
      id: newId(),
      original: withFrontMatter(r.draft.text, articleMeta),
      added: new Date().toISOString(),
    };
    setBusy(true);
    const { result: read, ms } = await readTimed([article]);
    setBusy(false);
    if (!read.ok) return setProblem({ kind: 'notices', file: source.file ?? l.paste, notices: read.errors });
    const mine = read.data;
    if (mine.facts.length === 0 && mine.unread.length === 0)
      return setProblem({ kind: 'text', text: { zh: l.noNumbers, en: l.noNumbers } });
    setDropped(new Set());
    // Drawn as a transition: a long article's review renders in slices and the page keeps answering meanwhile.
    startTransition(() => setReview({ article, meta: articleMeta, body: r.draft.text, data: mine, ms }));
  };

  const onAccept = async (): Promise<void> => {
    if (!review) return;
    setBusy(true);
    // The figures taken off go into the file's front matter (not_charted), so the build step leaves them off too.
    const notCharted = review.data.facts.filter((f) => dropped.has(f.id)).map((f) => f.text);
    await accept(
      notCharted.length === 0
        ? review.article
        : { ...review.article, original: withFrontMatter(review.body, { ...review.meta, notCharted }) },
    );
    setBusy(false);
    added.current = true;
    dialog.current?.close();
  };

  // Closing without adding keeps the text and the fields for the next opening; adding or emptying the text clears them.
  const close = (): void => {
    kept = added.current || text.trim() === '' ? null : { text, source, fields };
    onClose();
  };
  const clear = (): void => {
    kept = null;
    setText('');
    setSource({ file: null, encoding: null });
    setFields(EMPTY_FIELDS);
    setProblem(null);
  };

  const toggle = (id: string): void =>
    setDropped((d) => {
      const next = new Set(d);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const field = (key: keyof Fields, label: string, type = 'text') => (
    <label className="field">
      <span>{label}</span>
      <input
        type={type}
        value={fields[key]}
        onChange={(e) => setFields((f) => ({ ...f, [key]: e.target.value }))}
        {...(key === 'published' ? { inputMode: 'numeric' as const, placeholder: '2025-07-26' } : {})}
      />
    </label>
  );

  return (
    <dialog
      ref={dialog}
      className="add-article"
      aria-labelledby="add-h"
      // Escape closes the dialog first (the browser's cancel), then this runs: focus can go back to the page only once
      // the modal dialog is closed.
      onClose={close}
      // A file dropped anywhere on the dialog is taken (the browser would otherwise open it in place of the page).
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const f = e.dataTransfer.files[0];
        if (f && !review) void takeFile(f);
      }}
    >
      <div className="dialog-head">
        <h2 id="add-h" ref={heading} tabIndex={-1}>
          {review ? l.review : l.title}
        </h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t.close}
        </button>
      </div>
      {!review && (
        <form
          className="add-body"
          onSubmit={(e) => {
            e.preventDefault();
            void readNumbers();
          }}
        >
          <p className="muted">{l.intro}</p>
          {restored && text !== '' && (
            <p className="muted">
              {l.kept}{' '}
              <button type="button" className="link" onClick={clear}>
                {l.clear}
              </button>
            </p>
          )}
          <div
            className={`drop-zone${dragging ? ' dragging' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
          >
            <label className="field">
              <span>{l.paste}</span>
              <textarea
                value={text}
                rows={10}
                onChange={(e) => {
                  const next = e.target.value;
                  // A paste (or the first text): what it says about itself fills the empty fields at once, before
                  // the reader moves to them; typing afterwards leaves the fields alone.
                  if (next.length - text.length > PASTE || text.trim() === '') {
                    const r = readText(next, null);
                    if (r.ok) prefill(r.draft);
                  }
                  setText(next);
                  setSource({ file: null, encoding: null });
                }}
              />
            </label>
            <p>
              <label className="file-button">
                {l.chooseFile}
                <input
                  type="file"
                  accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
                  onChange={(e) => {
                    const f = e.target.files?.[0];
                    if (f) void takeFile(f);
                    e.target.value = '';
                  }}
                />
              </label>{' '}
              <span className="muted">{l.dropHere}</span>
              {source.file && (
                <span className="muted">
                  {' '}
                  · {source.file}
                  {source.encoding ? ` (${l.decodedAs(source.encoding)})` : ''}
                </span>
              )}
            </p>
          </div>
          <div className="add-fields">
            {field('title', l.articleTitle)}
            {field('published', l.published)}
            {field('url', l.url, 'url')}
            {field('outlet', l.outletLabel)}
          </div>
          {problem && <ProblemLine problem={problem} lang={lang} />}
          <p className="add-actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? l.reading : l.read}
            </button>
            <button type="button" onClick={() => dialog.current?.close()}>
              {l.cancel}
            </button>
          </p>
        </form>
      )}
      {review && (
        <div className="add-body">
          <Review original={review.article.original} data={review.data} dropped={dropped} onToggle={toggle} lang={lang} t={t} />
          <p className="add-actions">
            <span className="muted">{l.readTime(review.ms)}</span>
            <button type="button" className="primary" disabled={busy} onClick={() => void onAccept()}>
              {l.accept}
            </button>
            <button type="button" onClick={() => setReview(null)}>
              {l.back}
            </button>
          </p>
        </div>
      )}
    </dialog>
  );
}

function ProblemLine({ problem, lang }: { problem: Problem; lang: 'zh' | 'en' }) {
  if (problem.kind === 'text')
    return (
      <p role="alert" className="error">
        {problem.text[lang]}
      </p>
    );
  return (
    <div role="alert" className="error">
      {problem.notices.map((n, i) => (
        <p key={i}>
          {problem.file}
          {n.line !== null ? `:${n.line}` : ''}: {n.message}
        </p>
      ))}
    </div>
  );
}
