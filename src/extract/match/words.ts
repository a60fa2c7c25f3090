/**
 * Words in text: a window over the article that finds catalogue words fast (one scan per word set, cached),
 * with the word-boundary rules of Chinese and English.
 */
import type { Span } from '../segment';
import { escapeRegExp } from '../chars';

export const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isWordChar = (text: string, i: number): boolean => i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));
export const latin = (w: string): boolean => isWordCode(w.charCodeAt(0));

/**
 * The text being matched, with its windows (a segment, clause or sentence) sliced once: the same
 * window is searched for many words. One per article.
 */
export class TextWindows {
  private readonly cache = new Map<number, string>();
  private readonly answers = new Map<string, boolean>();
  constructor(readonly text: string) {}

  /** A yes/no question about this text, answered once (several numbers share a clause). */
  memo(key: string, ask: () => boolean): boolean {
    let answer = this.answers.get(key);
    if (answer === undefined) {
      if (this.answers.size >= 1024) this.answers.clear();
      this.answers.set(key, (answer = ask()));
    }
    return answer;
  }

  slice(from: number, to: number): string {
    const length = to - from;
    if (length >= 4096) return this.text.slice(from, to);
    const key = from * 4096 + length;
    let hay = this.cache.get(key);
    if (hay === undefined) {
      if (this.cache.size >= 512) this.cache.clear();
      hay = this.text.slice(from, to);
      this.cache.set(key, hay);
    }
    return hay;
  }
}

/**
 * Where `word` occurs in `text[from, to)` as a word (Latin words need word boundaries), last or
 * first. Searches only the window, so that the cost is bounded by its length, not the article's.
 */
export function findWord(win: TextWindows, word: string, from: number, to: number, last: boolean): number {
  if (to - from < word.length) return -1;
  const text = win.text;
  const hay = win.slice(from, to);
  const boundary = latin(word);
  let at = last ? hay.lastIndexOf(word) : hay.indexOf(word);
  while (at >= 0) {
    if (!boundary || (!isWordChar(text, from + at - 1) && !isWordChar(text, from + at + word.length))) return from + at;
    at = last ? (at === 0 ? -1 : hay.lastIndexOf(word, at - 1)) : hay.indexOf(word, at + 1);
  }
  return -1;
}

/**
 * A list of words compiled into one regular expression (longest first), so that a window is scanned
 * once for all of them instead of once per word. Latin words must stand as whole words.
 */
export class WordSet {
  private readonly re: RegExp;
  constructor(words: ReadonlyArray<string>) {
    const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
    const escaped = sorted.map(escapeRegExp);
    this.re = escaped.length > 0 ? new RegExp(escaped.join('|'), 'g') : /(?!)/g;
  }

  /**
   * The next whole-word match at or after `re.lastIndex` in `hay` (the window `from` of `win`), or
   * null. Plain loops, no callbacks: this runs for every quantity against every word list.
   */
  private next(win: TextWindows, hay: string, from: number): RegExpExecArray | null {
    for (let m = this.re.exec(hay); m !== null; m = this.re.exec(hay)) {
      const at = from + m.index;
      if (!latin(m[0]) || (!isWordChar(win.text, at - 1) && !isWordChar(win.text, at + m[0].length))) return m;
      this.re.lastIndex = m.index + 1;
    }
    return null;
  }

  first(win: TextWindows, from: number, to: number): { at: number; word: string } | null {
    if (to <= from) return null;
    this.re.lastIndex = 0;
    const m = this.next(win, win.slice(from, to), from);
    return m ? { at: from + m.index, word: m[0] } : null;
  }

  /** The match that ends last (a longer one when two end together). */
  last(win: TextWindows, from: number, to: number): { at: number; word: string } | null {
    if (to <= from) return null;
    const hay = win.slice(from, to);
    this.re.lastIndex = 0;
    let best: RegExpExecArray | null = null;
    for (let m = this.next(win, hay, from); m !== null; m = this.next(win, hay, from)) {
      const end = m.index + m[0].length;
      const bestEnd = best ? best.index + best[0].length : -1;
      if (!best || end > bestEnd || (end === bestEnd && m[0].length > best[0].length)) best = m;
    }
    return best ? { at: from + best.index, word: best[0] } : null;
  }

  /** The length of the longest match, 0 when none. */
  longest(win: TextWindows, from: number, to: number): number {
    if (to <= from) return 0;
    const hay = win.slice(from, to);
    this.re.lastIndex = 0;
    let length = 0;
    for (let m = this.next(win, hay, from); m !== null; m = this.next(win, hay, from)) length = Math.max(length, m[0].length);
    return length;
  }
}

export const wordSets = new WeakMap<ReadonlyArray<string>, WordSet>();
export function wordSet(words: ReadonlyArray<string>): WordSet {
  let set = wordSets.get(words);
  if (!set) wordSets.set(words, (set = new WordSet(words)));
  return set;
}

export const multiWords = new WeakMap<ReadonlyArray<string>, string[]>();
export function multiWord(phrases: ReadonlyArray<string>): string[] {
  let list = multiWords.get(phrases);
  if (!list) multiWords.set(phrases, (list = phrases.filter((p) => /[a-z][ -][a-z]/.test(p))));
  return list;
}

export const hasWord = (win: TextWindows, word: string, from: number, to: number): boolean => findWord(win, word, from, to, false) >= 0;
/** Whether any of `words` occurs as a word in `text[from, to)`; the list is compiled once. */
/** The last of `words` in `[from, to)`, where it starts and which it is; null when none. */
export const lastOf = (win: TextWindows, words: ReadonlyArray<string>, from: number, to: number): { at: number; word: string } | null =>
  words.length > 0 ? wordSet(words).last(win, from, to) : null;
export const anyOf = (win: TextWindows, words: ReadonlyArray<string>, from: number, to: number): boolean =>
  words.length > 0 && wordSet(words).first(win, from, to) !== null;
export const anyWord = (win: TextWindows, words: string[] | undefined, span: Span): boolean =>
  words !== undefined && words.length > 0 && wordSet(words).first(win, span.start, span.end) !== null;

/** Phrases of two characters or more (one character names nothing on its own). */
export const multiCharCache = new WeakMap<string[], string[]>();
export function multiChar(phrases: string[]): string[] {
  let out = multiCharCache.get(phrases);
  if (!out) multiCharCache.set(phrases, (out = phrases.filter((p) => p.length >= 2)));
  return out;
}

export const HAN = /[\u3400-\u9fff]/;
