/**
 * Sentences, clauses and list segments of clean text. A quote is a sentence; a metric phrase is
 * looked for in the segment (between 、), then the clause (between commas), then the sentence.
 */
import { isDigit } from './chars';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of the paragraph (clean-text line) the sentence is in. */
  paragraph: number;
}

const SENTENCE_END = new Set(['。', '!', '?', ';', '！', '？', '；']);
const CLOSERS = new Set(['”', '’', '」', '』', ')', '）', '"']);
/** A dash stands between clauses too (… employing nearly 300,000 people – The Lingang …); a hyphen only with spaces round it. */
const CLAUSE_END = new Set([',', '，', ':', '：', '—', '–', '-']);
/**
 * Text with no punctuation for this long is not prose (a table, a list of names); it is cut so that
 * a quote stays readable and every look-around stays bounded, keeping the pipeline linear.
 */
export const MAX_SENTENCE = 400;
const CLAUSE_CODES = new Uint8Array(0x10000);
for (const ch of CLAUSE_END) CLAUSE_CODES[ch.charCodeAt(0)] = 1;
const MAX_CLAUSE = 200;

const BREAKS = new Uint8Array(0x10000);
for (const ch of ['\n', '-', ...SENTENCE_END]) BREAKS[ch.charCodeAt(0)] = 1;

/**
 * " - " between words of Chinese text is a list bullet, as machine-written summaries put many points on one
 * line (…集聚近200家企业 - 浦东落地14个…): each point is a sentence of its own. Not between digits (2021 - 2025年).
 */
const isBullet = (text: string, i: number): boolean =>
  text[i - 1] === ' ' && text[i + 1] === ' ' && !isDigit(text[i - 2]) && !isDigit(text[i + 2]);

/** Adds `text[start, end)` to `out` as a sentence, spaces and line breaks at its edges trimmed; none if empty. */
export function pushSentence(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  let s = start;
  while (s < end && (text[s] === ' ' || text[s] === '\n')) s++;
  let e = end;
  while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\n')) e--;
  if (e > s) out.push({ start: s, end: e, paragraph });
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number): void => pushSentence(out, text, start, end, paragraph);
  for (let i = 0; i < text.length; i++) {
    if (BREAKS[text.charCodeAt(i)] !== 1 && i - start < MAX_SENTENCE) continue;
    const ch = text[i]!;
    if (ch === '-') {
      if (i - start < MAX_SENTENCE && isBullet(text, i)) {
        push(i);
        start = i + 1;
      } else if (i - start >= MAX_SENTENCE) {
        push(i);
        start = i;
      }
    } else if (ch === '\n') {
      push(i);
      start = i + 1;
      paragraph++;
    } else if (i - start >= MAX_SENTENCE) {
      push(i);
      start = i;
    } else if (SENTENCE_END.has(ch)) {
      let j = i + 1;
      while (j < text.length && CLOSERS.has(text[j]!)) j++;
      push(j);
      start = j;
      i = j - 1;
    }
  }
  push(text.length);
  return out;
}

/** The clause (between commas/colons) around `pos`, inside `within`. */
export function clauseAround(text: string, pos: number, within: Span): Span {
  return boundsAround(text, pos, within, CLAUSE_CODES);
}

const SEGMENT_CODES = new Uint8Array(0x10000);
for (const ch of [...CLAUSE_END, '、']) SEGMENT_CODES[ch.charCodeAt(0)] = 1;

/** The list segment (between 、 or commas) around `pos`, inside `within`. */
export function segmentAround(text: string, pos: number, within: Span): Span {
  return boundsAround(text, pos, within, SEGMENT_CODES);
}

/** How far back a comma looks for the "including" that opened its list. */
const LIST_REACH = 120;
const LIST_OPENERS = [' including ', ' such as '];

/**
 * "More than 150 firms, including Microsoft, Amazon and Huawei, will take part": the commas around a list of
 * examples do not end the clause of the noun the list illustrates, so its verb stays in the same clause.
 */
function inExampleList(text: string, i: number): boolean {
  // English only: its commas are followed by a space (Chinese text's are not, once cleaned).
  if (text[i + 1] !== ' ') return false;
  if (LIST_OPENERS.some((w) => text.startsWith(w, i + 1))) return true;
  for (let k = i - 1; k >= 0 && k >= i - LIST_REACH; k--) {
    const ch = text[k]!;
    if (ch === '.' || ch === ';' || ch === ':' || ch === '\n' || ch === '，' || ch === '。') return false;
    if (ch === ' ' && LIST_OPENERS.some((w) => text.startsWith(w, k))) return true;
  }
  return false;
}

/** A mark at `i` that separates clauses: not the comma of 120,000 or of "Nov. 30, 2024". */
function breaksAt(text: string, i: number, marks: Uint8Array): boolean {
  if (marks[text.charCodeAt(i)] !== 1) return false;
  if (text[i] === '-' || ((text[i] === '–' || text[i] === '—') && text[i - 1] === ' ' && text[i + 1] === ' '))
    return text[i - 1] === ' ' && text[i + 1] === ' ' && !figureHeadsLine(text, i);
  // 2021—2025年, 10–20: a dash between figures joins a range.
  if (text[i] === '—' || text[i] === '–') return !(isDigit(text[i - 1]) || isDigit(text[i + 1]));
  // 智算（主要用于人工智能的训练、推理）1,200P: a 、 inside brackets lists within an aside, not the figures' list;
  // 50P（Peta，每秒一千兆次运算）、智算…: a comma inside them does not end the clause the aside sits in.
  if (text[i] === '、' || text[i] === '，') return !insideBrackets(text, i);
  // 规上人工智能企业：412家, New AI firms in the first half: 212: a label and its value are one clause.
  if (text[i] === '：' || text[i] === ':') return !VALUE_ONLY.test(text.slice(i + 1, valueEnd(text, i + 1)));
  if (text[i] !== ',') return true;
  if (isDigit(text[i - 1]) && isDigit(text[i + 1])) return false;
  if (insideBrackets(text, i)) return false;
  if (inExampleList(text, i)) return false;
  return !(isDigit(text[i - 1]) && text[i + 1] === ' ' && isDigit(text[i + 2]) && isDigit(text[i + 5]) && !isDigit(text[i + 6]));
}

/** What follows a label's colon when it is only the label's value: a figure, a bound and a unit (约1.2万人, 412家, 365). */
const VALUE_ONLY =
  /^\s*(?:约|超过|超|近|逾|达|共|about|over|more than|nearly)?\s*[0-9][0-9.,]*\s*(?:[万亿千百]+)?\s*[^\s，,；;。.！!？?\n0-9]{0,8}\s*$/i;
/** Where the text after a colon ends: the next mark that ends a clause, a line or a sentence. */
function valueEnd(text: string, from: number): number {
  let j = from;
  // A full stop ends it unless it is a decimal point (1.5万).
  while (j < text.length && j - from < VALUE_REACH && !/[，,；;。！!？?\n]/.test(text[j]!) && !(text[j] === '.' && !isDigit(text[j + 1])))
    j++;
  return j;
}
const VALUE_REACH = 24;

/** How far back a line's figure may start before the dash that follows it. */
const LINE_HEAD_REACH = 40;
/** 1. 450 billion yuan - The output of …; 2. 84 - Large models …: a figure that opens its line, then what it is. */
const LINE_HEAD = /^\s*(?:\d{1,2}[.)]\s+|[•·*▪-]\s*)?[0-9][0-9.,]*(?:\s*[A-Za-z%]+){0,2}\s*$/;
function figureHeadsLine(text: string, i: number): boolean {
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  return i - lineStart <= LINE_HEAD_REACH && LINE_HEAD.test(text.slice(lineStart, i));
}

/** How far back an open bracket may stand for a mark to be inside it. */
const BRACKET_REACH = 40;
function insideBrackets(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - BRACKET_REACH; k--) {
    const ch = text[k]!;
    if (ch === ')' || ch === '）' || ch === '。' || ch === '\n') return false;
    if (ch === '(' || ch === '（') return true;
  }
  return false;
}

function boundsAround(text: string, pos: number, within: Span, marks: Uint8Array): Span {
  const floor = Math.max(within.start, pos - MAX_CLAUSE);
  const ceiling = Math.min(within.end, pos + MAX_CLAUSE);
  let s = pos;
  while (s > floor && !breaksAt(text, s - 1, marks)) s--;
  let e = pos;
  while (e < ceiling && !breaksAt(text, e, marks)) e++;
  return { start: s, end: e };
}

/** Clause spans of a sentence, in order. */
export function splitClauses(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let s = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (breaksAt(text, i, CLAUSE_CODES)) {
      out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  out.push({ start: s, end: sentence.end });
  return withoutDashAsides(text, out);
}

/** Longest aside between spaced dashes that is passed over: the GPU and AI-chip kind used to train and run large models. */
const DASH_ASIDE_MAX = 100;
/**
 * …intelligent computing capacity - the GPU and AI-chip kind used to train and run large models - stood at 6.8 EFLOPS: an
 * aside between two spaced dashes, with no figure of its own, does not cut the clause it sits in (the clauses on both sides
 * and the aside are one).
 */
function withoutDashAsides(text: string, clauses: Span[]): Span[] {
  if (clauses.length < 3) return clauses;
  const out: Span[] = [];
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k]!;
    const next = clauses[k + 1];
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      next !== undefined &&
      text[c.start - 1] === '-' &&
      text[c.end] === '-' &&
      c.end - c.start <= DASH_ASIDE_MAX &&
      !/[0-9]/.test(text.slice(c.start, c.end))
    ) {
      out[out.length - 1] = { start: prev.start, end: next.end };
      k++;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Items of a sorted list that fall inside [start, end). Linear when called with increasing spans. */
export function inside<T extends Span>(items: ReadonlyArray<T>, span: Span): T[] {
  return items.filter((x) => x.start >= span.start && x.end <= span.end);
}

/** The last item inside [from, to) that `keep` accepts: the nearest before a position. */
export function lastBefore<T extends Span>(
  items: ReadonlyArray<T>,
  from: number,
  to: number,
  keep: (x: T) => boolean = () => true,
): T | undefined {
  for (let k = items.length - 1; k >= 0; k--) {
    const x = items[k]!;
    if (x.end <= to && x.start >= from && keep(x)) return x;
  }
  return undefined;
}
