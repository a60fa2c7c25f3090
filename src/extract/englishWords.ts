/**
 * English words around an offset, shared by the English scanners: the word at or before a position, the start
 * of its sentence, and the day-and-month patterns dates and quantities both step over.
 */
import { isLetter } from './chars';

export const pad = (m: number): string => String(m).padStart(2, '0');

/** `word` at `pos` in lower-cased text, as a whole word. */
export function wordAt(lower: string, word: string, pos: number): boolean {
  return lower.startsWith(word, pos) && !isLetter(lower[pos - 1]) && !isLetter(lower[pos + word.length]);
}

/** The word (letters, hyphens, apostrophes) that ends right before `pos`, skipping spaces. */
export function wordBefore(lower: string, pos: number): { word: string; start: number } {
  let e = pos;
  while (e > 0 && lower[e - 1] === ' ') e--;
  let s = e;
  while (s > 0 && (isLetter(lower[s - 1]) || lower[s - 1] === '-' || lower[s - 1] === '.')) s--;
  return { word: lower.slice(s, e), start: s };
}

// ---------------------------------------------------------------------------------------------
// Dates

/** A month's name right after a number: 26 July, 3 Sept. */
export const DAY_MONTH = /^(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/;
/** A month's name, capitalised, right before a day (Aug. 6, July 26): the number is the day. */
export const MONTH_DAY = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$/;

/**
 * The English sentence before `at` in its paragraph: from the last end of a sentence (a stop, then a capital) before it;
 * empty at a paragraph's start.
 */
export function sentenceBefore(text: string, at: number): string {
  const paragraph = text.slice(text.lastIndexOf('\n', at - 1) + 1, at).trimEnd();
  const ends = [...paragraph.slice(0, -1).matchAll(/[.!?]["”’)]?\s+(?=[A-Z"“])/g)].at(-1);
  return paragraph.slice(ends ? ends.index + ends[0].length : 0);
}

/** Where the sentence around `at` starts: after the last ". " or line break before it. */
export const sentenceStart = (lower: string, at: number): number =>
  Math.max(lower.lastIndexOf('. ', at) + 2, lower.lastIndexOf('\n', at) + 1, 0);
