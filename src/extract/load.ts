/**
 * Reading a seeds folder: article files, their front matter and the source manifest.
 * File access is passed in, so tests run on an in-memory folder.
 */
import { createHash } from 'node:crypto';
import { parseDocument, LineCounter } from 'yaml';
import type { Encoding, Notice } from '../schema/metricsFile';
import type { ArticleDate } from './dates';
import { decodeText, SHOWN } from './decode.ts';
import { bodyOffset } from './normalize.ts';

export interface SeedIo {
  /** File names in the folder (not paths). Throws when the folder cannot be read. */
  list(dir: string): string[];
  read(dir: string, name: string): Uint8Array;
}

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
}

export interface LoadResult {
  articles: LoadedArticle[];
  warnings: Notice[];
  errors: Notice[];
}

export const MANIFEST = 'sources.yaml';
const NOT_ARTICLES = new Set(['README.md', 'SOURCES.md']);

export const isArticleFile = (name: string): boolean =>
  !name.startsWith('.') && !NOT_ARTICLES.has(name) && /\.(txt|md)$/i.test(name);

interface Meta {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
}

type YamlResult = { ok: true; value: unknown } | { ok: false; line: number | null; message: string };

function parseYaml(source: string, firstLine: number): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    return { ok: false, line: firstLine + line - 1, message: error.message.split('\n')[0]! };
  }
  return { ok: true, value: doc.toJS() };
}

/** 2025-02-08 10:17:10, 2025-02-08, 2025/2/8, 2025年2月8日, 2025-01, 2024 → YYYY[-MM[-DD]]. */
export function parsePublished(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const m = /^\s*(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?/.exec(String(value));
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return null;
  if (d !== undefined && (Number(d) < 1 || Number(d) > 31)) return null;
  return [y, mo?.padStart(2, '0'), d?.padStart(2, '0')].filter((x) => x !== undefined).join('-');
}

function metaFrom(record: Record<string, unknown>): Meta {
  const str = (k: string): string | undefined => {
    const v = record[k];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  const meta: Meta = {};
  const title = str('title');
  if (title) meta.title = title;
  const source = str('source');
  const url = str('url') ?? (source && /^https?:\/\//.test(source) ? source : undefined);
  if (url) meta.url = url;
  const outlet = str('outlet') ?? (source && !/^https?:\/\//.test(source) ? source : undefined);
  if (outlet) meta.outlet = outlet;
  const published = parsePublished(record['published'] ?? record['date']);
  if (published) meta.published = published;
  return meta;
}

/** Decoded text of a file, or null with the reason among the warnings; replaced bytes are warned about. */
function decodeFile(file: string, bytes: Uint8Array, warnings: Notice[]): { text: string; encoding: Encoding } | null {
  const d = decodeText(bytes);
  if (!d.ok) {
    warnings.push({ file, line: null, message: `${d.reason}, skipped` });
    return null;
  }
  if (d.encoding === 'gb18030') {
    warnings.push({ file, line: null, message: `not UTF-8 (${d.invalidUtf8} invalid sequences in ${bytes.length} bytes); decoded as GB18030` });
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

function readManifest(dir: string, io: SeedIo, names: string[], warnings: Notice[], errors: Notice[]): Map<string, Meta> {
  const out = new Map<string, Meta>();
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
      errors.push({ file: MANIFEST, line: null, message: `entry for ${file} is not a mapping` });
      continue;
    }
    const record = entry as Record<string, unknown>;
    const meta = metaFrom(record);
    if (record['published'] !== undefined && !meta.published) {
      errors.push({ file: MANIFEST, line: null, message: `entry for ${file}: published ${JSON.stringify(record['published'])} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)` });
    }
    out.set(file, meta);
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
  for (const file of manifest.keys()) {
    if (!articleNames.includes(file)) warnings.push({ file: MANIFEST, line: null, message: `lists ${file}, which is not in the folder` });
  }
  if (articleNames.length === 0) warnings.push({ file: dir, line: null, message: 'no article files (*.txt, *.md) found' });

  const articles: LoadedArticle[] = [];
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
    const body = bodyOffset(text);
    const hasFence = /^\uFEFF?---[ \t]*\r?\n/.test(text);
    if (hasFence && body === (text.charCodeAt(0) === 0xfeff ? 1 : 0)) {
      errors.push({ file, line: 1, message: 'front matter opened with --- but never closed' });
      continue;
    }
    if (body > 0 && hasFence) {
      const yamlText = text.slice(text.indexOf('\n') + 1, text.lastIndexOf('---', body));
      const parsed = parseYaml(yamlText, 2);
      if (!parsed.ok) {
        errors.push({ file, line: parsed.line, message: `malformed front matter: ${parsed.message}` });
        continue;
      }
      if (parsed.value !== null && (typeof parsed.value !== 'object' || Array.isArray(parsed.value))) {
        errors.push({ file, line: 2, message: 'front matter must be a mapping of keys to values' });
        continue;
      }
      front = metaFrom((parsed.value ?? {}) as Record<string, unknown>);
    }
    if (text.slice(body).trim() === '') {
      warnings.push({ file, line: null, message: 'front matter but no article text, skipped' });
      continue;
    }
    const listed = manifest.get(file) ?? {};
    const published = front.published ?? listed.published;
    if (!published) {
      errors.push({ file, line: hasFence ? 1 : null, message: `no publication date: add date: to its front matter or an entry with published: to ${MANIFEST}` });
      continue;
    }
    const title = front.title ?? listed.title ?? firstLine(text, body);
    articles.push({
      id: file.replace(/\.[^.]+$/, ''),
      file,
      original: text,
      encoding,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      title: title ?? file,
      outlet: front.outlet ?? listed.outlet ?? null,
      published,
      url: front.url ?? listed.url ?? null,
      date: toArticleDate(published),
    });
  }
  return { articles, warnings, errors };
}
