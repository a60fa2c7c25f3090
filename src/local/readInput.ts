/**
 * What the reader pastes or drops → the article's text and what it says about itself (title, date, address,
 * outlet: from YAML front matter or an HTML page's meta tags), or why it cannot be read. Runs in the page:
 * HTML is parsed with DOMParser into an inert document (nothing in it runs or loads) and only its text is kept.
 */
import { decodeText } from '../extract/decode';
import { readFrontMatter, tryParsePublished, type FrontMatter } from '../extract/load';
import { bodyOffset } from '../extract/normalize';
import type { Bilingual } from '../schema/metricsFile';

/** The loader's own checks of a date and an address, for the fields the reader fills in. */
export { isWebUrl, tryParsePublished } from '../extract/load';

/** The largest file read: far above any article (a long report is a few hundred KB), far below what stalls a page. */
export const MAX_BYTES = 5 * 1024 * 1024;
export const ACCEPTED = ['.txt', '.md', '.html', '.htm'];

export interface Draft {
  /** The article's text (HTML already reduced to text), with any front matter it came with. */
  text: string;
  /** Where it came from: a file name, or null for pasted text. */
  file: string | null;
  title: string;
  published: string;
  url: string;
  outlet: string;
  /** How the file's bytes were read (GB18030, UTF-16 …), when not plain UTF-8. */
  encoding: string | null;
}

export type ReadResult = { ok: true; draft: Draft } | { ok: false; problem: Bilingual };

const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

export function tooLarge(bytes: number, text = false): Bilingual {
  return {
    zh: `${text ? '文字' : '文件'}太大：${sizeText(bytes)}，上限为 ${sizeText(MAX_BYTES)}`,
    en: `The ${text ? 'text' : 'file'} is too large: ${sizeText(bytes)}, the limit is ${sizeText(MAX_BYTES)}`,
  };
}

/** The UTF-8 size of a text, counted only when it may be over the limit (a character is at most 3 bytes, or 4 for a pair of 2). */
const utf8Bytes = (text: string): number => (text.length * 3 <= MAX_BYTES ? 0 : new TextEncoder().encode(text).length);

const EMPTY: Bilingual = { zh: '没有可读的文字：内容为空', en: 'Nothing to read: the text is empty' };

/** A page, or a piece of one pasted as markup (<p>…</p><p>…</p>, copied from a page's source): its tags are not the article's. */
const isHtml = (text: string, file: string | null): boolean =>
  /\.html?$/i.test(file ?? '') ||
  /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 200)) ||
  (/^\s*<(?:body|article|main|section|div|p|h[1-6]|span|table|ul|ol|br)[\s>/]/i.test(text.slice(0, 200)) &&
    (text.match(/<\/(?:p|div|h[1-6]|li|td|section|article|span)>/gi)?.length ?? 0) >= 2);

/** A date as the loader takes it (YYYY, YYYY-MM, YYYY-MM-DD) from the start of a meta tag's value, or ''. */
function dateOf(value: string | null | undefined): string {
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?/.exec(value?.trim() ?? '');
  if (!m) return '';
  const parts = [m[1]!, m[2]?.padStart(2, '0'), m[3]?.padStart(2, '0')].filter((x): x is string => x !== undefined);
  const date = parts.join('-');
  return tryParsePublished(date).ok ? date : '';
}

const BLOCKS = new Set([
  'P',
  'DIV',
  'BR',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'UL',
  'OL',
  'FIGCAPTION',
]);

/** An event-handler attribute inside a tag (`<img onerror="…">`). */
const HANDLER = /(<[a-z][^>]*?)\son[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

/** The page with its event-handler attributes taken out: the parser then has nothing to compile, let alone run. */
export function withoutHandlers(html: string): string {
  let out = html;
  for (let before = ''; before !== out;) {
    before = out;
    out = out.replace(HANDLER, '$1');
  }
  return out;
}

/**
 * The text of a page: the `<article>` if there is one, else the body; one line per block, scripts and styles left
 * out. DOMParser's document has no browsing context: nothing in it loads or runs (and handlers are taken out first,
 * which the browser would otherwise still check against the page's Content-Security-Policy).
 */
export function htmlToText(html: string): { text: string; title: string; published: string; url: string; outlet: string } {
  const doc = new DOMParser().parseFromString(withoutHandlers(html), 'text/html');
  const meta = (selector: string): string => doc.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
  for (const el of doc.querySelectorAll('script, style, noscript, template, svg, iframe, object, nav')) el.remove();
  const root = doc.querySelector('article') ?? doc.body;
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    const t = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (t !== '') lines.push(t);
    line = '';
  };
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) line += child.textContent ?? '';
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const block = BLOCKS.has((child as Element).tagName);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  if (root) walk(root);
  flush();
  const title = meta('meta[property="og:title"]') || doc.title.trim() || (doc.querySelector('h1')?.textContent?.trim() ?? '');
  const published = dateOf(
    meta('meta[property="article:published_time"]') ||
      meta('meta[name="pubdate"]') ||
      meta('meta[name="publishdate"]') ||
      meta('meta[name="publish-date"]') ||
      meta('meta[name="date"]') ||
      meta('meta[itemprop="datePublished"]') ||
      (doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? ''),
  );
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta('meta[property="og:url"]');
  return {
    text: lines.join('\n'),
    title,
    published,
    url: /^https?:\/\//i.test(url) ? url : '',
    outlet: meta('meta[property="og:site_name"]'),
  };
}

/** What a text's YAML front matter says about it (read as the build reads it); nothing when it has none. */
function frontMatter(r: Record<string, unknown> | null): Pick<Draft, 'title' | 'published' | 'url' | 'outlet'> {
  if (r === null) return { title: '', published: '', url: '', outlet: '' };
  const str = (k: string): string => (typeof r[k] === 'string' ? r[k].trim() : typeof r[k] === 'number' ? String(r[k]) : '');
  const source = str('source');
  return {
    title: str('title'),
    published: dateOf(str('date') || str('published')),
    url: str('url') || (/^https?:\/\//.test(source) ? source : ''),
    outlet: str('outlet') || (source && !/^https?:\/\//.test(source) ? source : ''),
  };
}

/** Pasted text, or a file's text once decoded. */
export function readText(text: string, file: string | null, encoding: string | null = null): ReadResult {
  if (text.trim() === '') return { ok: false, problem: EMPTY };
  // Text in the box (pasted, or a page's text) has the same limit as a file: ten megabytes would keep the page reading for minutes.
  if (file === null) {
    const bytes = utf8Bytes(text);
    if (bytes > MAX_BYTES) return { ok: false, problem: tooLarge(bytes, true) };
  }
  if (isHtml(text, file)) {
    const page = htmlToText(text);
    if (page.text.trim() === '') return { ok: false, problem: { zh: '网页里没有正文文字', en: 'The page has no text in it' } };
    return { ok: true, draft: { ...page, file, encoding } };
  }
  // Front matter the build would refuse is refused here too, with its line, rather than read as the article's text.
  const fm = readFrontMatter(text);
  if (!fm.ok) return { ok: false, problem: frontMatterProblem(fm) };
  const lines = text.slice(bodyOffset(text)).split('\n');
  const firstLine = lines.find((l) => l.trim() !== '')?.replace(/^[#\s*]+|[*\s]+$/g, '') ?? '';
  const front = frontMatter(fm.value);
  return { ok: true, draft: { text, file, encoding, ...front, title: front.title || headline(firstLine) } };
}

/** The loader's message about broken front matter, in both languages, with its line. */
function frontMatterProblem(fm: Extract<FrontMatter, { ok: false }>): Bilingual {
  const where = { zh: fm.line === null ? '' : `第 ${fm.line} 行：`, en: fm.line === null ? '' : `Line ${fm.line}: ` };
  const zh =
    fm.problem === 'unclosed'
      ? '以 --- 开头的前置信息（front matter）没有用 --- 结束'
      : fm.problem === 'malformed'
        ? `前置信息（front matter）的 YAML 无法解析（${fm.detail ?? ''}）`
        : '前置信息（front matter）必须是“键: 值”的列表';
  return { zh: `${where.zh}${zh}`, en: `${where.en}${fm.message}` };
}

/** The first line as a title: whole up to 120 characters, else cut at the last word or clause break before, with "…". */
export function headline(line: string): string {
  if (line.length <= TITLE_MAX) return line;
  const cut = line.slice(0, TITLE_MAX);
  const at = Math.max(cut.lastIndexOf(' '), ...['，', '。', '、', ',', '；', '：'].map((c) => cut.lastIndexOf(c)));
  return `${(at > TITLE_MAX / 2 ? cut.slice(0, at) : cut).replace(/[\s,，、；：]+$/, '')}…`;
}
const TITLE_MAX = 120;

export async function readFile(file: File): Promise<ReadResult> {
  if (file.size > MAX_BYTES) return { ok: false, problem: tooLarge(file.size) };
  if (!ACCEPTED.some((ext) => file.name.toLowerCase().endsWith(ext)))
    return {
      ok: false,
      problem: {
        zh: `无法读取 ${file.name}：只接受 ${ACCEPTED.join('、')} 文件`,
        en: `Cannot read ${file.name}: only ${ACCEPTED.join(', ')} files are accepted`,
      },
    };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return {
      ok: false,
      problem: { zh: `无法读取 ${file.name}：不是文本文件（${decoded.reason}）`, en: `Cannot read ${file.name}: ${decoded.reason}` },
    };
  return readText(decoded.text, file.name, decoded.encoding === 'utf-8' ? null : decoded.encoding.toUpperCase());
}
