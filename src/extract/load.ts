/**
 * Reading a seeds folder: article files, their front matter and the source manifest.
 * File access is passed in, so tests run on an in-memory folder.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { isMap, isScalar, parseDocument, LineCounter } from 'yaml';
import { dateProblemEn, type DateProblem } from '../schema/dateProblem.ts';
import type { Encoding, Notice } from '../schema/metricsFile';
import type { ArticleDate } from './dates';
import { decodeText, SHOWN } from './decode.ts';
import { bodyOffset } from './normalize.ts';
import { NOT_CHARTED_KEY } from './readerChoices.ts';

export interface SeedIo {
  /** File names in the folder (not paths). Throws when the folder cannot be read. */
  list(dir: string): string[];
  read(dir: string, name: string): Uint8Array;
  /**
   * SHA-256 of a file's bytes as lowercase hex. The build passes Node's (native, faster); without it a
   * pure-JavaScript one is used, the same in the browser, with the same result.
   */
  sha256?(bytes: Uint8Array): string;
}

const sha256Hex = (bytes: Uint8Array): string => bytesToHex(sha256(bytes));

export interface LoadedArticle {
  id: string;
  file: string;
  /** Decoded text, front matter included: fact offsets point into it. */
  original: string;
  encoding: Encoding;
  sha256: string;
  title: string;
  outlet: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source knows. */
  published: string;
  url: string | null;
  date: ArticleDate;
  /** Figures (as written) the reader took off the charts when adding the article in the browser (`not_charted:`). */
  notCharted: string[];
}

export interface LoadResult {
  articles: LoadedArticle[];
  warnings: Notice[];
  errors: Notice[];
}

export const MANIFEST = 'sources.yaml';
const NOT_ARTICLES = new Set(['README.md', 'SOURCES.md']);

export const isArticleFile = (name: string): boolean => !name.startsWith('.') && !NOT_ARTICLES.has(name) && /\.(txt|md)$/i.test(name);

interface Meta {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  notCharted?: string[];
}

type YamlResult =
  | {
      ok: true;
      value: unknown;
      /** Line of the key at the end of a path of mapping keys, or null. */ lineOf: (path: ReadonlyArray<string>) => number | null;
    }
  | { ok: false; line: number | null; message: string };

function parseYaml(source: string, firstLine: number): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    return { ok: false, line: firstLine + line - 1, message: error.message.split('\n')[0]! };
  }
  const lineOf = (path: ReadonlyArray<string>): number | null => {
    let node: unknown = doc.contents;
    let line: number | null = null;
    for (const key of path) {
      if (!isMap(node)) return null;
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      const start = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      if (!pair || start === undefined) return null;
      line = firstLine + lineCounter.linePos(start).line - 1;
      node = pair.value;
    }
    return line;
  };
  return { ok: true, value: doc.toJS(), lineOf };
}

export type PublishedResult = { ok: true; value: string } | { ok: false; reason: string; problem: DateProblem };

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * 2025-02-08 10:17:10, 2025-02-08, 2025/2/8, 2025年2月8日, 2025-01, 2024 → YYYY[-MM[-DD]], or why not:
 * the value is no date at all, or names a day the calendar does not have (2024-02-31, 2024-13-45).
 */
export function tryParsePublished(value: unknown): PublishedResult {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return { ok: true, value: value.toISOString().slice(0, 10) };
  const shown = JSON.stringify(value) ?? String(value);
  const failed = (problem: DateProblem): PublishedResult => ({ ok: false, reason: dateProblemEn(problem), problem });
  const notDate = failed({ kind: 'notDate', shown });
  if (typeof value !== 'string' && typeof value !== 'number') return notDate;
  const m = /^\s*(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?/.exec(String(value));
  if (!m) return notDate;
  const [, y, mo, d] = m;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  if (mo !== undefined && (month < 1 || month > 12)) return failed({ kind: 'noMonth', shown, month });
  if (d !== undefined && (day < 1 || day > daysIn(year, month)))
    return failed({ kind: 'noDay', shown, year, month, days: daysIn(year, month) });
  return { ok: true, value: [y, mo?.padStart(2, '0'), d?.padStart(2, '0')].filter((x) => x !== undefined).join('-') };
}

/** `tryParsePublished` without the reason. */
export function parsePublished(value: unknown): string | null {
  const r = tryParsePublished(value);
  return r.ok ? r.value : null;
}

/** A link the data may carry: http or https, nothing else (javascript:, data:, file: …). */
export function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** `javascript:alert(1)`, `mailto:x@y`: a scheme and no space after it (`Xinhua: report` is a name). */
const hasScheme = (value: string): boolean => /^[a-z][a-z0-9+.-]*:\S/i.test(value);

/** Something wrong with one key of a metadata record; the caller knows the file and finds the line. */
interface Problem {
  key: string;
  severity: 'error' | 'warning';
  message: string;
}

function metaFrom(record: Record<string, unknown>): { meta: Meta; problems: Problem[] } {
  const str = (k: string): string | undefined => {
    const v = record[k];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  const meta: Meta = {};
  const problems: Problem[] = [];
  const title = str('title');
  if (title) meta.title = title;
  const dropped = (key: string, value: string): void => {
    const short = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    problems.push({ key, severity: 'warning', message: `${key} ${JSON.stringify(short)} is not an http(s) address; dropped` });
  };
  let source = str('source');
  if (source && hasScheme(source) && !isWebUrl(source)) {
    dropped('source', source);
    source = undefined;
  }
  let url = str('url');
  if (url && !isWebUrl(url)) {
    dropped('url', url);
    url = undefined;
  }
  url ??= source && isWebUrl(source) ? source : undefined;
  if (url) meta.url = url;
  const outlet = str('outlet') ?? (source && !isWebUrl(source) ? source : undefined);
  if (outlet) meta.outlet = outlet;
  const notCharted = record[NOT_CHARTED_KEY];
  if (notCharted !== undefined && notCharted !== null) {
    if (Array.isArray(notCharted) && notCharted.every((x) => typeof x === 'string')) meta.notCharted = notCharted;
    else
      problems.push({
        key: NOT_CHARTED_KEY,
        severity: 'warning',
        message: `${NOT_CHARTED_KEY} is not a list of figures as written; ignored`,
      });
  }
  const dateKey = record['published'] !== undefined && record['published'] !== null ? 'published' : 'date';
  const date = record[dateKey];
  if (date !== undefined && date !== null) {
    const published = tryParsePublished(date);
    if (published.ok) meta.published = published.value;
    else problems.push({ key: dateKey, severity: 'error', message: `${dateKey} ${published.reason}` });
  }
  return { meta, problems };
}

/** Problems of one record as notices of `file`, each at the line of its key when the YAML gives one. */
function report(
  problems: ReadonlyArray<Problem>,
  file: string,
  lineOf: (key: string) => number | null,
  warnings: Notice[],
  errors: Notice[],
  prefix = '',
): void {
  const located = problems.map((p) => ({ ...p, line: lineOf(p.key) })).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  for (const p of located) (p.severity === 'error' ? errors : warnings).push({ file, line: p.line, message: `${prefix}${p.message}` });
}

/** Decoded text of a file, or null with the reason among the warnings; replaced bytes are warned about. */
function decodeFile(file: string, bytes: Uint8Array, warnings: Notice[]): { text: string; encoding: Encoding } | null {
  const d = decodeText(bytes);
  if (!d.ok) {
    warnings.push({ file, line: null, message: `${d.reason}, skipped` });
    return null;
  }
  if (d.encoding === 'gb18030') {
    warnings.push({
      file,
      line: null,
      message: `not UTF-8 (${d.invalidUtf8} invalid sequences in ${bytes.length} bytes); decoded as GB18030`,
    });
  }
  const first = d.replaced[0];
  if (first) {
    const where = d.replaced.map((r) => `${r.byte} (line ${r.line})`).join(', ');
    const more = d.replacedCount > SHOWN ? ` and ${d.replacedCount - SHOWN} more` : '';
    const unit = d.encoding === 'utf-8' ? 'byte sequence' : 'code unit';
    warnings.push({
      file,
      line: first.line,
      message: `${d.replacedCount} invalid ${d.encoding.toUpperCase()} ${unit}${d.replacedCount === 1 ? '' : 's'} replaced with U+FFFD, at byte ${where}${more}; the rest is read as ${d.encoding.toUpperCase()}`,
    });
  }
  return { text: d.text, encoding: d.encoding };
}

interface Manifest {
  entries: Map<string, Meta>;
  /** Files whose entry has a date that is wrong (already reported against the manifest). */
  badDates: Set<string>;
}

function readManifest(dir: string, io: SeedIo, names: string[], warnings: Notice[], errors: Notice[]): Manifest {
  const out: Manifest = { entries: new Map(), badDates: new Set() };
  if (!names.includes(MANIFEST)) return out;
  let bytes: Uint8Array;
  try {
    bytes = io.read(dir, MANIFEST);
  } catch (e) {
    errors.push({ file: MANIFEST, line: null, message: `cannot read: ${(e as Error).message}` });
    return out;
  }
  const decoded = decodeFile(MANIFEST, bytes, warnings);
  if (!decoded) return out;
  const parsed = parseYaml(decoded.text, 1);
  if (!parsed.ok) {
    errors.push({ file: MANIFEST, line: parsed.line, message: `malformed manifest: ${parsed.message}` });
    return out;
  }
  if (parsed.value === null || parsed.value === undefined) return out;
  if (typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    errors.push({ file: MANIFEST, line: 1, message: 'manifest must map file names to {title, outlet, published, url}' });
    return out;
  }
  for (const [file, entry] of Object.entries(parsed.value as Record<string, unknown>)) {
    if (typeof entry !== 'object' || entry === null) {
      errors.push({ file: MANIFEST, line: parsed.lineOf([file]), message: `entry for ${file} is not a mapping` });
      continue;
    }
    const { meta, problems } = metaFrom(entry as Record<string, unknown>);
    if (problems.some((p) => p.severity === 'error')) out.badDates.add(file);
    report(problems, MANIFEST, (key) => parsed.lineOf([file, key]), warnings, errors, `entry for ${file}: `);
    out.entries.set(file, meta);
  }
  return out;
}

function firstLine(text: string, from: number): string | undefined {
  for (const line of text.slice(from).split('\n')) {
    const t = line.replace(/^[#\s*]+|[*\s]+$/g, '');
    if (t !== '') return t.length > 80 ? `${t.slice(0, 80)}…` : t;
  }
  return undefined;
}

function toArticleDate(published: string): ArticleDate {
  const [y, m] = published.split('-');
  return { year: Number(y), month: m === undefined ? null : Number(m) };
}

/** Key of "the same article": same title and date, whatever the bytes. */
const titleDateKey = (a: LoadedArticle): string => `${a.title}\u0000${a.published}`;

/**
 * The articles in file-name order with copies left out: the same bytes, or the same title and date,
 * are one article read once (the first by file name), with a warning naming the copy and the kept file.
 */
export function dropDuplicates(articles: ReadonlyArray<LoadedArticle>): { kept: LoadedArticle[]; warnings: Notice[] } {
  const bySha = new Map<string, string>();
  const byTitleDate = new Map<string, string>();
  const kept: LoadedArticle[] = [];
  const warnings: Notice[] = [];
  for (const a of articles) {
    const sameBytes = bySha.get(a.sha256);
    const sameTitle = byTitleDate.get(titleDateKey(a));
    if (sameBytes !== undefined || sameTitle !== undefined) {
      const why = sameBytes !== undefined ? `the same bytes as ${sameBytes}` : `the same title and date as ${sameTitle} (${a.published})`;
      warnings.push({ file: a.file, line: null, message: `duplicate article: ${why}; read once, as ${sameBytes ?? sameTitle}` });
      continue;
    }
    bySha.set(a.sha256, a.file);
    byTitleDate.set(titleDateKey(a), a.file);
    kept.push(a);
  }
  return { kept, warnings };
}

export type FrontMatter =
  | { ok: true; value: Record<string, unknown> | null; lineOf: (key: string) => number | null }
  | { ok: false; line: number | null; message: string; problem: 'unclosed' | 'malformed' | 'notMapping'; detail?: string };

/**
 * An article's YAML front matter as keys and values (null when it has none), or what is wrong with it and on which line:
 * opened with --- and never closed, YAML that does not parse, or not a mapping. The build and the browser read it alike.
 */
export function readFrontMatter(text: string): FrontMatter {
  const body = bodyOffset(text);
  const hasFence = /^\uFEFF?---[ \t]*\r?\n/.test(text);
  if (hasFence && body === (text.charCodeAt(0) === 0xfeff ? 1 : 0))
    return { ok: false, line: 1, message: 'front matter opened with --- but never closed', problem: 'unclosed' };
  if (!(body > 0 && hasFence)) return { ok: true, value: null, lineOf: () => null };
  const parsed = parseYaml(text.slice(text.indexOf('\n') + 1, text.lastIndexOf('---', body)), 2);
  if (!parsed.ok)
    return {
      ok: false,
      line: parsed.line,
      message: `malformed front matter: ${parsed.message}`,
      problem: 'malformed',
      detail: parsed.message,
    };
  if (parsed.value !== null && (typeof parsed.value !== 'object' || Array.isArray(parsed.value)))
    return { ok: false, line: 2, message: 'front matter must be a mapping of keys to values', problem: 'notMapping' };
  return { ok: true, value: (parsed.value ?? {}) as Record<string, unknown>, lineOf: (key) => parsed.lineOf([key]) };
}

export function loadSeeds(dir: string, io: SeedIo): LoadResult {
  const warnings: Notice[] = [];
  const errors: Notice[] = [];
  let names: string[];
  try {
    names = io.list(dir).sort();
  } catch (e) {
    errors.push({ file: dir, line: null, message: `cannot read the seeds folder: ${(e as Error).message}` });
    return { articles: [], warnings, errors };
  }
  const manifest = readManifest(dir, io, names, warnings, errors);
  const articleNames = names.filter(isArticleFile);
  for (const file of manifest.entries.keys()) {
    if (!articleNames.includes(file)) warnings.push({ file: MANIFEST, line: null, message: `lists ${file}, which is not in the folder` });
  }
  if (articleNames.length === 0) warnings.push({ file: dir, line: null, message: 'no article files (*.txt, *.md) found' });

  const articles: LoadedArticle[] = [];
  const ids = new Map<string, string>();
  for (const file of articleNames) {
    let bytes: Uint8Array;
    try {
      bytes = io.read(dir, file);
    } catch (e) {
      errors.push({ file, line: null, message: `cannot read: ${(e as Error).message}` });
      continue;
    }
    const decoded = decodeFile(file, bytes, warnings);
    if (!decoded) continue;
    const { text, encoding } = decoded;
    if (text.trim() === '') {
      warnings.push({ file, line: null, message: 'empty file, skipped' });
      continue;
    }
    let front: Meta = {};
    let frontDateWrong = false;
    const body = bodyOffset(text);
    const fm = readFrontMatter(text);
    if (!fm.ok) {
      errors.push({ file, line: fm.line, message: fm.message });
      continue;
    }
    if (fm.value !== null) {
      const read = metaFrom(fm.value);
      report(read.problems, file, fm.lineOf, warnings, errors);
      frontDateWrong = read.problems.some((p) => p.severity === 'error');
      front = read.meta;
    }
    if (text.slice(body).trim() === '') {
      warnings.push({ file, line: null, message: 'front matter but no article text, skipped' });
      continue;
    }
    // A wrong date is reported where it is written, and is not also "no publication date".
    if (frontDateWrong || (!front.published && manifest.badDates.has(file))) continue;
    const listed = manifest.entries.get(file) ?? {};
    const published = front.published ?? listed.published;
    if (!published) {
      errors.push({
        file,
        line: fm.value !== null ? 1 : null,
        message: `no publication date: add date: to its front matter or an entry with published: to ${MANIFEST}`,
      });
      continue;
    }
    const id = file.replace(/\.[^.]+$/, '');
    const sameId = ids.get(id);
    if (sameId !== undefined) {
      errors.push({ file, line: null, message: `${sameId} and ${file} would both be article ${id}; rename one` });
      continue;
    }
    ids.set(id, file);
    const title = front.title ?? listed.title ?? firstLine(text, body);
    articles.push({
      id,
      file,
      original: text,
      encoding,
      sha256: (io.sha256 ?? sha256Hex)(bytes),
      title: title ?? file,
      outlet: front.outlet ?? listed.outlet ?? null,
      published,
      url: front.url ?? listed.url ?? null,
      date: toArticleDate(published),
      notCharted: front.notCharted ?? [],
    });
  }
  const unique = dropDuplicates(articles);
  for (const w of unique.warnings) warnings.push(w);
  return { articles: unique.kept, warnings, errors };
}
