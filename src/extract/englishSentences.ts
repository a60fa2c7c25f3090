/**
 * English sentences: split at full stops that end a sentence, not at abbreviations (Nov., Co., No. 5) or decimals.
 */
import { pushSentence, type Sentence } from './segment';
import { isDigit, isLetter } from './chars';
import { wordBefore } from './englishWords';

export const ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mr',
  'mrs',
  'ms',
  'dr',
  'no',
  'st',
  'co',
  'ltd',
  'inc',
  'corp',
  'vs',
  'approx',
  'u.s',
  'e.g',
  'i.e',
  'etc',
  'prof',
  'gov',
]);
export const MAX_SENTENCE = 600;

/** A sentence that is only a figure, with a qualifier and a unit at most: 394, Nearly 300,000, 32,000 petaflops. */
export const FIGURE_ONLY =
  /^\s*(?:\d{1,2}\.\s*)?(?:(?:more than|nearly|about|around|some|over|almost|roughly|just over|just under)\s+)?\d[\d.,]*(?:\s*(?:%|percent|per cent|billion|million|trillion|bn))?(?:\s+(?:yuan|rmb|dollars|petaflops|exaflops|eflops|pflops|square meters|square metres))?\s*$/i;

/** Sentences of English text: ". " ends one unless it follows an abbreviation or sits in a number. */
export function splitEnglishSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number): void => pushSentence(out, text, start, end, paragraph);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      paragraph++;
      continue;
    }
    if (i - start >= MAX_SENTENCE) {
      push(i);
      start = i;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== ';') continue;
    let j = i + 1;
    while (text[j] === '"' || text[j] === '”' || text[j] === "'" || text[j] === '’' || text[j] === ')') j++;
    // 1.2 and U.S. go on; "region.He" and "2018.“The" (pages that lost the space) end a sentence.
    const glued = j < text.length && text[j] !== ' ' && text[j] !== '\n';
    if (glued && !(/[A-Za-z0-9)]/.test(text[i - 1] ?? '') && /[A-Z“"‘]/.test(text[j] ?? '') && /[A-Za-z0-9]/.test(text[i - 2] ?? '')))
      continue;
    if (ch === '.') {
      const w = wordBefore(text.toLowerCase().slice(Math.max(0, i - 12), i), Math.min(i, 12)).word;
      // An initial (J. Smith), not a unit glued to its number (exceeds 5,000P. Last year …).
      if (ABBREVIATIONS.has(w) || (w.length === 1 && isLetter(w) && !isDigit(text[i - 2]))) continue;
      // "2. 394. The number of AI companies above designated size …": a figure standing alone (a list's number, an
      // explainer's headline figure) is read with the sentence that says what it is.
      if (i - start <= 40 && FIGURE_ONLY.test(text.slice(start, i))) continue;
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return out;
}
