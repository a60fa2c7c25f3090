/**
 * English articles: dates, quantities and sentences, producing the same `DateMention`s, `Mention`s
 * and `Sentence`s as the Chinese scanners, so that everything after them (periods, places, metric
 * matching, series) is shared. Each scanner is one left-to-right pass with bounded look-around.
 *
 * Words are matched on a lower-cased copy of the text (same length, same offsets).
 */
import type { BaseUnit, Qualifier } from '../schema/metricsFile';
import { UNREAD_REASONS } from '../schema/unreadReasons';
import { datedKind, firstMonthsPeriod, nowPeriod, PART_OF_YEAR, type ArticleDate, type DateMention } from './dates';
import { GLUED_CURRENCY, readEnglishNumber } from './englishNumbers';
import { blockedSkipper, type Mention, type ScanResult, type Skipped } from './numbers';
import { pushSentence, type Sentence } from './segment';
import { isDigit, isLetter } from './chars';

const pad = (m: number): string => String(m).padStart(2, '0');

/** `word` at `pos` in lower-cased text, as a whole word. */
function wordAt(lower: string, word: string, pos: number): boolean {
  return lower.startsWith(word, pos) && !isLetter(lower[pos - 1]) && !isLetter(lower[pos + word.length]);
}

/** The word (letters, hyphens, apostrophes) that ends right before `pos`, skipping spaces. */
function wordBefore(lower: string, pos: number): { word: string; start: number } {
  let e = pos;
  while (e > 0 && lower[e - 1] === ' ') e--;
  let s = e;
  while (s > 0 && (isLetter(lower[s - 1]) || lower[s - 1] === '-' || lower[s - 1] === '.')) s--;
  return { word: lower.slice(s, e), start: s };
}

// ---------------------------------------------------------------------------------------------
// Dates

/** A month's name right after a number: 26 July, 3 Sept. */
const DAY_MONTH = /^(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/;
/** A month's name, capitalised, right before a day (Aug. 6, July 26): the number is the day. */
const MONTH_DAY = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$/;

const MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
  ['jan.', 1],
  ['feb.', 2],
  ['mar.', 3],
  ['apr.', 4],
  ['jun.', 6],
  ['jul.', 7],
  ['aug.', 8],
  ['sept.', 9],
  ['sep.', 9],
  ['oct.', 10],
  ['nov.', 11],
  ['dec.', 12],
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sept', 9],
  ['sep', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
];
/** Five-year plans by their last year (十四五 in Chinese: see dates.ts). */
const PLAN_ENDS: ReadonlyArray<readonly [string, number]> = [
  ['14th five-year plan', 2025],
  ['15th five-year plan', 2030],
];
const MONTH_COUNTS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
/** The first N months of a year (the first nine months of 2025): as the Chinese 1-9月 is read. */
const FIRST_MONTHS: ReadonlyArray<readonly [string, (y: number) => string]> = MONTH_COUNTS.flatMap((word, k) =>
  [word, String(k + 2)].flatMap((n) => [
    [`the first ${n} months of`, (y: number) => firstMonthsPeriod(k + 2, y)] as const,
    [`first ${n} months of`, (y: number) => firstMonthsPeriod(k + 2, y)] as const,
  ]),
);
/** Parts of a year an article may name with no year at all (In the first three quarters, …). */
const YEARLESS_PARTS: ReadonlyArray<readonly [string, (y: number) => string]> = [
  ['the end of the first quarter', (y) => `${y}-03`],
  ['the end of the second quarter', (y) => `${y}-06`],
  ['the end of the third quarter', (y) => `${y}-09`],
  ['the first three quarters', (y) => `${y}-Q1-Q3`],
  ['the first half', (y) => `${y}-H1`],
  ['the first quarter', (y) => `${y}-Q1`],
];
/** Part-of-year phrases that may stand before "of 2025" / "of this year". */
const PARTS: ReadonlyArray<readonly [string, (y: number) => string]> = [
  ...FIRST_MONTHS,
  ['the first three quarters of', (y) => `${y}-Q1-Q3`],
  ['first three quarters of', (y) => `${y}-Q1-Q3`],
  ['the first half of', (y) => `${y}-H1`],
  ['first half of', (y) => `${y}-H1`],
  ['the second half of', (y) => `${y}-H2`],
  ['second half of', (y) => `${y}-H2`],
  // By the end of the third quarter of 2023: the quarter's last month (a count as of then), as the year's end is -12.
  ['the end of the first quarter of', (y) => `${y}-03`],
  ['the end of the second quarter of', (y) => `${y}-06`],
  ['the end of the third quarter of', (y) => `${y}-09`],
  ['the end of the fourth quarter of', (y) => `${y}-12`],
  ['the first quarter of', (y) => `${y}-Q1`],
  ['first quarter of', (y) => `${y}-Q1`],
  ['the second quarter of', (y) => `${y}-Q2`],
  ['second quarter of', (y) => `${y}-Q2`],
  ['the third quarter of', (y) => `${y}-Q3`],
  ['third quarter of', (y) => `${y}-Q3`],
  ['the fourth quarter of', (y) => `${y}-Q4`],
  ['fourth quarter of', (y) => `${y}-Q4`],
  ['the end of', (y) => `${y}-12`],
  ['end of', (y) => `${y}-12`],
  ['year-end', (y) => `${y}-12`],
  ['late', (y) => `${y}-12`],
];
const RELATIVE: ReadonlyArray<readonly [string, number]> = [
  ['the year', 0],
  ['last year', -1],
  ['this year', 0],
  ['next year', 1],
  ['the previous year', -1],
];
/** The whole year of a date named before in the sentence (the full-year figure). */
const FULL_YEAR_WORDS = ['full-year', 'full year', 'whole year', 'whole-year', 'entire year'];
const NOW_WORDS = ['as of now', 'so far', 'to date', 'at present', 'currently', 'presently', 'today', 'now'];
/** Present perfect: the statement is about the present unless a date says otherwise. */
const WEAK_NOW_WORDS = ['has', 'have'];

/** since 2019, since its launch in 2019, since June: a date that opens a total up to now. */
const afterSince = (lower: string, i: number): boolean =>
  wordBefore(lower, i).word === 'since' || /\bsince\b[^,.;0-9]{0,40}$/.test(lower.slice(Math.max(0, i - 50), i));

/** Words that make a month's name a date: as of June, by the end of June, in June, since mid-June (from June: only before a range). */
const MONTH_LEAD =
  /(?:\b(?:as of|as at|by|in|since|from)\s+(?:the\s+)?(?:(?:end|beginning|start|middle) of\s+)?|\bat\s+the\s+(?:end|beginning|start|middle) of\s+|\b(?:early|late|mid)[- ]?|\b(?:(?:by|in|since)\s+)?last\s+)$/;
/** What follows a month's name when the year is written after it (June 30, 2024; June 2024): the year reads it. */
const YEAR_AFTER = /^\.?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*,?\s*)?(?:19|20)\d\d\b/;
/** Days of one month right after its name: Aug 29 to 31, July 4-6. */
const DAY_RANGE_AFTER = /^\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d\d)/;
/** A day right after a month's name: April 28, April 28th. */
const DAY_AFTER_EN = /^\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/;
/** Full month names (an abbreviation with no year after it is too often another word: Mar, Jun). */
const FULL_MONTHS = MONTHS.slice(0, 12);

/**
 * A month named without its year (as of June; by the end of June; in December): the latest such month up
 * to the article's own, so December in a February article is last year's. Only a capitalised name after a
 * date's lead word counts ("may" and "march" are also verbs). Since June: a total up to now.
 */
function yearlessMonth(text: string, lower: string, i: number, article: ArticleDate): DateMention | null {
  // Dec. 31, Sept. 30: an abbreviation with its full stop is a month too.
  // Aug 29: an abbreviation with no stop is a month when a day follows it.
  const found =
    FULL_MONTHS.find(([name]) => wordAt(lower, name, i)) ??
    MONTHS.find(([name]) => name.endsWith('.') && wordAt(lower, name, i)) ??
    MONTHS.find(
      ([name]) => !name.endsWith('.') && wordAt(lower, name, i) && DAY_AFTER_EN.test(lower.slice(i + name.length, i + name.length + 6)),
    );
  if (!found || text[i] === lower[i]) return null;
  const [name, month] = found;
  const end = i + name.length;
  if (YEAR_AFTER.test(lower.slice(end, end + 12))) return null;
  const lead = MONTH_LEAD.exec(lower.slice(Math.max(0, i - 40), i));
  if (!lead) return null;
  const start = i - lead[0].length;
  if (afterSince(lower, i)) return { start, end, kind: 'now', period: nowPeriod(article) };
  // Last September, in an April article: the September before it (in a September article too, a year back).
  const lastOne = /last\s+$/.test(lead[0]);
  const latest = (m: number): number =>
    article.month !== null && (m > article.month || (lastOne && m === article.month)) ? article.year - 1 : article.year;
  // In March and April, January-April, from January to April: several months, not the first one.
  const range = MONTH_RANGE_AFTER.exec(lower.slice(end, end + 16));
  const last = range ? FULL_MONTHS.find(([n]) => n === range[1]) : undefined;
  if (last) {
    const period = month === 1 ? firstMonthsPeriod(last[1], latest(last[1])) : PART_OF_YEAR;
    return { start, end: end + range![0].length, kind: datedKind(period), period };
  }
  // From Aug 29 to 31: days of one month are that month; from June (to a later date) is no one month.
  if (lead[0].startsWith('from') && !DAY_RANGE_AFTER.test(lower.slice(end, end + 16))) return null;
  // Last February, in an April article: this year's or the year before's, the text does not say.
  if (lastOne && article.month !== null && month < article.month) return null;
  return { start, end, kind: 'explicit', period: `${latest(month)}-${pad(month)}` };
}

/** A second month's name after the first, making a range of months: "-April", " and April", " to April". */
const MONTH_RANGE_AFTER = new RegExp(`^\\s*(?:-|–|—|to|and|through|until|till)\\s*(${FULL_MONTHS.map(([name]) => name).join('|')})\\b`);

/** A capitalised document or event noun right after a year: the year is part of a name. */
const YEAR_AS_NAME = /^ (?:Roadmap|Plan|Action|Vision|Agenda|Strategy|Report|White Paper|Edition|Index|Blueprint|Program|Programme)\b/;

/** A part-of-year phrase that ends right before `pos` (after spaces), e.g. "the first half of ". */
function partBefore(lower: string, pos: number): { start: number; make: (y: number) => string } | null {
  let e = pos;
  while (e > 0 && lower[e - 1] === ' ') e--;
  for (const [phrase, make] of PARTS) {
    const s = e - phrase.length;
    if (s >= 0 && lower.startsWith(phrase, s) && !isLetter(lower[s - 1])) return { start: s, make };
  }
  return null;
}

/**
 * Whether the sentence up to `at` states a past fact: a verb in the past (exceeded, reached, had) and no word of the
 * future or of an aim (will, aims, expected, plans, to reach).
 */
function pastStatement(lower: string, at: number): boolean {
  const lead = lower.slice(sentenceStart(lower, at), at);
  return PAST_VERB.test(lead) && !FUTURE_WORDS.test(lead);
}
/** Where the sentence around `at` starts: after the last ". " or line break before it. */
const sentenceStart = (lower: string, at: number): number => Math.max(lower.lastIndexOf('. ', at) + 2, lower.lastIndexOf('\n', at) + 1, 0);
/**
 * 3,800 - AI enterprises in the city at the end of the year, in a January article: with no word of the future in its
 * sentence, a year-end in the year's first month is the one just passed (the callers say which leads allow it: "at", not
 * "by", a deadline).
 */
const EARLY_MONTHS = 1;
function yearEndJustPassed(lower: string, at: number, article: ArticleDate): boolean {
  if (article.month === null || article.month > EARLY_MONTHS) return false;
  const stop = lower.slice(at).search(/\.\s|\n|$/);
  return !FUTURE_WORDS.test(lower.slice(sentenceStart(lower, at), at + stop));
}
const PAST_VERB = /\b(?:exceeded|reached|surpassed|topped|hit|had|stood|totaled|totalled|was|were|grew|rose|climbed|amounted)\b/;
const FUTURE_WORDS =
  /\b(?:will|aims?|aiming|expected|expects|plans?|planned|planning|targets?|goal|projected|forecast|seeks?|strives?|to reach|to exceed|to surpass|is set to|are set to|should|could|may|might|likely|on track|hopes?|wants?|to top|to hit)\b/;

/** Whether a part of a year (2026-H1, 2026-Q1-Q3; not its end) is still running or to come at the article's date. */
function partNotOver(period: string, article: ArticleDate): boolean {
  const m = /^\d{4}-(Q([1-4])|H([12])|Q1-Q3)$/.exec(period);
  if (!m || article.month === null) return false;
  const lastMonth = m[1] === 'Q1-Q3' ? 9 : m[2] !== undefined ? Number(m[2]) * 3 : Number(m[3]) * 6;
  return Number(period.slice(0, 4)) === article.year && article.month <= lastMonth;
}

/** A month (and day) right before a year: "Nov. 30, 2024", "November 2024", "30 November 2024". */
function monthBefore(lower: string, pos: number): { start: number; month: number } | null {
  let e = pos;
  while (e > 0 && (lower[e - 1] === ' ' || lower[e - 1] === ',')) e--;
  let s = e;
  while (s > 0 && isDigit(lower[s - 1]) && e - s < 2) s--;
  const dayStart = s < e ? s : -1;
  let m = dayStart >= 0 ? s : e;
  while (m > 0 && lower[m - 1] === ' ') m--;
  for (const [name, month] of MONTHS) {
    const at = m - name.length;
    if (at >= 0 && lower.startsWith(name, at) && !isLetter(lower[at - 1])) return { start: at, month };
  }
  // "30 November 2024": the day comes first.
  const w = wordBefore(lower, e);
  const month = MONTHS.find((mm) => mm[0] === w.word)?.[1];
  if (month !== undefined) {
    let d = w.start;
    while (d > 0 && lower[d - 1] === ' ') d--;
    let ds = d;
    while (ds > 0 && isDigit(lower[ds - 1]) && d - ds < 2) ds--;
    return { start: ds < d ? ds : w.start, month };
  }
  return null;
}

/** The last date of `dates` that names its period itself (not "now", not a span). */
function lastExplicit(dates: ReadonlyArray<DateMention>): DateMention | undefined {
  for (let k = dates.length - 1; k >= 0; k--) if (dates[k]!.kind === 'explicit') return dates[k];
  return undefined;
}

export function scanEnglishDates(text: string, article: ArticleDate): DateMention[] {
  const lower = text.toLowerCase();
  const out: DateMention[] = [];
  const now = nowPeriod(article);
  let i = 0;
  const n = lower.length;
  while (i < n) {
    const ch = lower[i]!;
    if (isDigit(ch)) {
      let j = i;
      while (isDigit(lower[j])) j++;
      const year = Number(lower.slice(i, j));
      const isYear =
        j - i === 4 &&
        !isDigit(lower[i - 1]) &&
        lower[i - 1] !== '.' &&
        lower[i - 1] !== ',' &&
        year >= 1990 &&
        year <= 2100 &&
        !isLetter(lower[j]) &&
        lower[j] !== '%' &&
        !(lower[j] === ',' && isDigit(lower[j + 1])) &&
        // 2027 Roadmap, 2025 Action Plan, the 2024 White Paper: a year that names a document or an event, not a date.
        !YEAR_AS_NAME.test(text.slice(j, j + 16));
      // By the end of the 14th Five-Year Plan (period): its last year.
      const plan = isYear ? undefined : PLAN_ENDS.find((p) => lower.startsWith(p[0], i));
      if (plan && /end of (?:the )?$/.test(lower.slice(Math.max(0, i - 12), i))) {
        const end = i + plan[0].length;
        out.push({ start: i, end, kind: 'explicit', period: String(plan[1]) });
        i = end;
        continue;
      }
      if (!isYear) {
        i = j;
        continue;
      }
      // between 2019 and 2024: a stretch of years, as 2019年至2024年 is; what changed over it is of no one year.
      const between = /\bbetween $/.test(lower.slice(Math.max(0, i - 8), i))
        ? /^ and ((?:19|20)[0-9]{2})\b/.exec(lower.slice(j, j + 10))
        : null;
      if (between) {
        const end = j + between[0].length;
        out.push({ start: i - 8, end, kind: 'span', period: between[1]! });
        i = end;
        continue;
      }
      const since = afterSince(lower, i);
      const part = partBefore(lower, i);
      const month = part ? null : monthBefore(lower, i);
      let end = j;
      let yearEnd = false;
      if (lower.startsWith("'s", end)) {
        end += 2;
        if (lower.startsWith(' end', end) && !isLetter(lower[end + 4])) {
          end += 4; // as of 2022's end
          yearEnd = true;
        }
      }
      // by end-2023, as of end-June 2024 is read by its month; end-2023 is the year's end.
      const endDash = !part && !month && lower.startsWith('end-', i - 4) && !isLetter(lower[i - 5]);
      if (endDash) yearEnd = true;
      const start = part?.start ?? month?.start ?? (endDash ? i - 4 : i);
      const period = since ? now : yearEnd ? `${year}-12` : part ? part.make(year) : month ? `${year}-${pad(month.month)}` : String(year);
      out.push({ start, end, kind: since ? 'now' : datedKind(period), period });
      i = end;
      continue;
    }
    if (!isLetter(ch) || isLetter(lower[i - 1])) {
      i++;
      continue;
    }
    const yearless = yearlessMonth(text, lower, i, article);
    if (yearless) {
      out.push(yearless);
      i = yearless.end;
      continue;
    }
    const rel = RELATIVE.find((r) => wordAt(lower, r[0], i));
    const part = rel ? partBefore(lower, i) : null;
    // "The year" is this year only after a part of it (in the first half of the year, at the end of the year).
    if (rel && (part || rel[0] !== 'the year')) {
      let year = article.year + rel[1];
      const end = i + rel[0].length;
      // "The first half of the year" in January is last year's: the part of "the year" that has ended (not its end, a target).
      if (part && rel[0] === 'the year' && partNotOver(part.make(year), article)) year--;
      // "…exceeded 2,600 by the end of the year" in a February article: a past fact cannot be of a year-end still to come.
      if (
        part &&
        rel[0] === 'the year' &&
        article.month !== null &&
        article.month < 12 &&
        part.make(year).endsWith('-12') &&
        (pastStatement(lower, part.start) ||
          (!/\bby\s+$/.test(lower.slice(Math.max(0, part.start - 4), part.start)) && yearEndJustPassed(lower, part.start, article)))
      )
        year--;
      const period = part ? part.make(year) : String(year);
      out.push({ start: part?.start ?? i, end, kind: datedKind(period), period });
      i = end;
      continue;
    }
    // "In the first three quarters, …" with no year: this year's part when it has ended at the article's date, else last year's.
    const bare = YEARLESS_PARTS.find(([w]) => wordAt(lower, w, i) && !/^\s+of\b/.test(lower.slice(i + w.length, i + w.length + 4)));
    if (bare) {
      const year = partNotOver(bare[1](article.year), article) ? article.year - 1 : article.year;
      const period = bare[1](year);
      out.push({ start: i, end: i + bare[0].length, kind: datedKind(period), period });
      i += bare[0].length;
      continue;
    }
    // In 2025, … Jing'an counted 150 AI firms at year-end: a bare year-end is the end of the year its paragraph named.
    if (wordAt(lower, 'year-end', i) && !/^\s*(?:19|20)\d\d/.test(lower.slice(i + 8, i + 14))) {
      const before = lastExplicit(out);
      if (before && !lower.slice(before.end, i).includes('\n'))
        out.push({ start: i, end: i + 8, kind: 'explicit', period: `${before.period.slice(0, 4)}-12` });
      // • 3,800 – AI enterprises at year-end, in a January article with no word of the future: the one just passed.
      else if (/\bat\s+$/.test(lower.slice(Math.max(0, i - 4), i)) && yearEndJustPassed(lower, i, article))
        out.push({ start: i, end: i + 8, kind: 'explicit', period: `${article.year - 1}-12` });
      i += 8;
      continue;
    }
    // "In the first three quarters of 2025, … and the full-year figure is expected to top …": the year the sentence named.
    const whole = FULL_YEAR_WORDS.find((w) => wordAt(lower, w, i));
    if (whole) {
      const before = lastExplicit(out);
      if (before && !/[.!?](?:\s|$)/.test(lower.slice(before.end, i)))
        out.push({ start: i, end: i + whole.length, kind: 'explicit', period: before.period.slice(0, 4) });
      i += whole.length;
      continue;
    }
    const nowWord = NOW_WORDS.find((w) => wordAt(lower, w, i));
    if (nowWord) {
      out.push({ start: i, end: i + nowWord.length, kind: 'now', period: now });
      i += nowWord.length;
      continue;
    }
    const weak = WEAK_NOW_WORDS.find((w) => wordAt(lower, w, i));
    if (weak) {
      out.push({ start: i, end: i + weak.length, kind: 'weak-now', period: now });
      i += weak.length;
      continue;
    }
    while (i < n && isLetter(lower[i])) i++;
  }
  for (const m of lower.matchAll(YEARS_AGO_EN)) {
    const n = WORD_NUMBERS[m[1]!] ?? Number(m[1]);
    if (!out.some((d) => d.start < m.index + m[0].length && m.index < d.end))
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'explicit', period: String(article.year - n) });
  }
  return out.filter((d) => !isEnglishBase(lower, d)).sort((a, b) => a.start - b.start);
}

/** "three years ago": N years before the article's year. */
const YEARS_AGO_EN = /\b([1-9]|10|two|three|four|five|six|seven|eight|nine|ten) years ago\b/g;
const WORD_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * up 24% from 2018, rose 15.4 percent over 2020, more than triple the number at the end of 2023: the year a change is measured
 * from is not when the figure is.
 */
const BASE_LEAD =
  /\b(?:from|over|compared with|compared to|versus|vs\.?)\s+(?:the\s+)?$|\b(?:the number|the figure|the level|the total|the count)\s+(?:at|in|as of|by)\s+(?:the\s+)?$/;
const CHANGE_BEFORE =
  /\b(?:up|down|rose|rise|rising|grew|grow|growing|growth|increased?|increasing|fell|jumped|climbed|higher|lower|more|less)\b/;
function isEnglishBase(lower: string, d: DateMention): boolean {
  if (d.kind !== 'explicit' || !BASE_LEAD.test(lower.slice(Math.max(0, d.start - 20), d.start))) return false;
  // from 2018 to 2023: a span; the end of a change's range is the figure's date.
  if (/^\s*(?:to|through|until|till|-|–)(?:\b|\s)/.test(lower.slice(d.end, d.end + 10))) return false;
  const sentenceStart = Math.max(lower.lastIndexOf('. ', d.start) + 2, lower.lastIndexOf('\n', d.start) + 1, 0);
  return CHANGE_BEFORE.test(lower.slice(Math.max(sentenceStart, d.start - 60), d.start));
}

// ---------------------------------------------------------------------------------------------
// Quantities

/** " mark" after a number: the 2,000 mark, the one-million mark. */
const MARK_AFTER = /^\s+mark(?![a-z])/;

const PREFIXES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['no less than', '>'],
  ['not less than', '>'],
  ['no fewer than', '>'],
  ['not fewer than', '>'],
  ['no more than', '<'],
  ['not more than', '<'],
  ['more than', '>'],
  ['north of', '>'],
  ['shy of', '<'],
  ['in excess of', '>'],
  ['exceeds', '>'],
  ['exceed', '>'],
  ['surpasses', '>'],
  ['surpass', '>'],
  ['tops', '>'],
  // lift the industry's output past 400 billion yuan
  ['past', '>'],
  ['passed', '>'],
  ['crossed', '>'],
  ['crossing', '>'],
  // The verb (to pass 100 billion yuan by 2027), not "pass" alone (a pass of 100).
  ['to pass', '>'],
  ['will pass', '>'],
  ['passing', '>'],
  // The verb, not "the top 100": expected to top 450 billion yuan.
  ['to top', '>'],
  ['will top', '>'],
  ['could top', '>'],
  ['upwards of', '>'],
  ['at least', '>'],
  ['exceeding', '>'],
  ['exceeded', '>'],
  ['surpassing', '>'],
  ['surpassed', '>'],
  ['topping', '>'],
  ['topped', '>'],
  ['just over', '>'],
  ['well over', '>'],
  ['well above', '>'],
  ['over', '>'],
  ['above', '>'],
  ['beyond', '>'],
  // A verb between the bound and its figure: nearly reached 85 billion yuan.
  ['nearly reached', '<'],
  ['nearly reaching', '<'],
  ['almost reached', '<'],
  ['almost reaching', '<'],
  ['nearly hit', '<'],
  ['nearly', '<'],
  ['almost', '<'],
  ['close to', '<'],
  ['nearing', '<'],
  ['just under', '<'],
  ['up to', '<'],
  ['less than', '<'],
  ['fewer than', '<'],
  ['under', '<'],
  ['approximately', '~'],
  ['roughly', '~'],
  ['around', '~'],
  ['about', '~'],
  ['an estimated', '~'],
  ['some', '~'],
];

interface EnglishUnit {
  words: string[];
  unit: BaseUnit;
  factor: number;
  /** Keep the word as the fact's counter (what is counted). */
  counter: boolean;
}

const UNITS: EnglishUnit[] = [
  { words: ['yuan', 'rmb', 'renminbi'], unit: 'CNY', factor: 1, counter: false },
  { words: ['percentage points', 'percentage point', 'percent', 'per cent', '%'], unit: 'percent', factor: 1, counter: false },
  {
    words: ['square meters', 'square metres', 'square meter', 'square metre', 'square-meter', 'square-metre', 'sq m', 'sqm', 'm2', 'm²'],
    unit: 'm2',
    factor: 1,
    counter: false,
  },
  {
    words: ['square kilometers', 'square kilometres', 'square-kilometer', 'square-kilometre', 'sq km', 'km2'],
    unit: 'km2',
    factor: 1,
    counter: false,
  },
  { words: ['eflops', 'exaflops', 'eflop'], unit: 'FLOPS', factor: 1e18, counter: false },
  // 400P, 3000P: Chinese sources' shorthand for PFLOPS, glued to the digits (not "10 p.m.").
  { words: ['pflops', 'petaflops', 'pflop', 'p'], unit: 'FLOPS', factor: 1e15, counter: false },
  { words: ['tflops', 'teraflops'], unit: 'FLOPS', factor: 1e12, counter: false },
  { words: ['pb', 'petabytes'], unit: 'bytes', factor: 1e15, counter: false },
  { words: ['tb', 'terabytes'], unit: 'bytes', factor: 1e12, counter: false },
  { words: ['gb', 'gigabytes'], unit: 'bytes', factor: 1e9, counter: false },
  { words: ['tokens'], unit: 'tokens', factor: 1, counter: false },
  { words: ['times'], unit: 'times', factor: 1, counter: false },
  { words: ['years', 'year'], unit: 'years', factor: 1, counter: false },
  { words: ['months', 'month'], unit: 'months', factor: 1, counter: false },
  { words: ['days', 'day'], unit: 'days', factor: 1, counter: false },
  { words: ['person-times', 'visits', 'visitors', 'attendees', 'views', 'viewers'], unit: 'person_visits', factor: 1, counter: true },
  {
    words: [
      'people',
      'persons',
      'talents',
      'talent',
      'professionals',
      'practitioners',
      'employees',
      'workers',
      'researchers',
      'experts',
      'guests',
      'specialists',
      'engineers',
      'graduates',
      'students',
      'speakers',
      'delegates',
      'participants',
      'staff',
      'personnel',
      'scientists',
      'academicians',
      'officials',
      'executives',
      'entrepreneurs',
    ],
    unit: 'persons',
    factor: 1,
    counter: true,
  },
  {
    words: [
      'firms',
      'companies',
      'enterprises',
      'businesses',
      'startups',
      'start-ups',
      // 18 large-model developers: firms (a metric that counts people names them otherwise).
      'developers',
      'exhibitors',
      'models',
      'llms',
      'universities',
      'colleges',
      'institutes',
      'institutions',
      'forums',
      'events',
      'exhibits',
      'products',
      'projects',
      'parks',
      'centers',
      'centres',
      'investors',
      'applications',
      'scenarios',
      'datasets',
      'patents',
      'services',
      'tenants',
    ],
    unit: 'items',
    factor: 1,
    counter: true,
  },
];
/**
 * The Chinese classifier of each counted noun: a fact's `counter` is the same whichever language the
 * article is in (200 firms and 200家 are both 家), so the catalogue and the app need one set.
 */
const CLASSIFIERS: Record<string, string> = {
  people: '人',
  persons: '人',
  talents: '人',
  talent: '人',
  professionals: '人',
  practitioners: '人',
  employees: '人',
  workers: '人',
  researchers: '人',
  experts: '人',
  guests: '人',
  specialists: '人',
  engineers: '人',
  graduates: '人',
  students: '人',
  speakers: '人',
  delegates: '人',
  participants: '人',
  staff: '人',
  personnel: '人',
  scientists: '人',
  academicians: '人',
  officials: '人',
  executives: '人',
  entrepreneurs: '人',
  'person-times': '人次',
  visits: '人次',
  visitors: '人次',
  attendees: '人次',
  views: '人次',
  viewers: '人次',
  firms: '家',
  companies: '家',
  enterprises: '家',
  businesses: '家',
  startups: '家',
  'start-ups': '家',
  developers: '家',
  exhibitors: '家',
  investors: '家',
  institutions: '家',
  models: '款',
  llms: '款',
  universities: '所',
  colleges: '所',
  institutes: '个',
  forums: '场',
  events: '场',
  exhibits: '件',
  products: '件',
  projects: '个',
  parks: '个',
  centers: '个',
  centres: '个',
  applications: '个',
  scenarios: '个',
  datasets: '个',
  patents: '项',
  services: '项',
  tenants: '家',
};

/** Words that may stand between a number and the noun it counts ("82 generative AI models"). */
const MAX_MODIFIERS = 3;
const STOP_WORDS = new Set([
  'of',
  'in',
  'to',
  'and',
  'or',
  'for',
  'with',
  'by',
  'from',
  'that',
  'which',
  'were',
  'was',
  'is',
  'are',
  'have',
  'has',
  'had',
  'the',
  'a',
  'an',
  'on',
  'at',
  'as',
  'than',
  'per',
  'each',
  'this',
  'last',
  'next',
  'its',
  'their',
]);
const OTHER_CURRENCIES = ['us$', 'usd', '$', 'hk$', 'hkd', 'eur', '€', '£'];
/** A currency named after an amount, other than yuan: (about) 62 billion U.S. dollars, HK dollars, euros, pounds, yen. */
const OTHER_CURRENCY_AFTER =
  /^\s+(?:(?:u\.s\.|us|american|hong kong|hk|singapore|new taiwan|nt)\s+)?(?:dollars?|euros?|pounds?(?: sterling)?|yen|usd|hkd)\b/;
const YUAN_PREFIXES = ['rmb', 'cny', '¥', '￥'];

const AREA_UNITS: ReadonlySet<string> = new Set(['m2', 'km2', 'ha']);

function unitAt(lower: string, pos: number): { entry: EnglishUnit; word: string; end: number } | null {
  let p = pos;
  // A figure used as an adjective is hyphenated to its unit: a 52,000-square-meter hall.
  if (lower[p] === '-' && isLetter(lower[p + 1])) p++;
  else while (lower[p] === ' ') p++;
  for (const entry of UNITS) {
    for (const w of entry.words) {
      if (!lower.startsWith(w, p)) continue;
      if (/[a-z]$/.test(w) && isLetter(lower[p + w.length])) continue;
      if (w === '%' && p !== pos) continue;
      // 5,000P, and "20,000 P by 2027" when a lone P stands after the number (not "P." of a name or p.m.).
      if (w === 'p' && p !== pos && (p !== pos + 1 || !/^p(?:[\s,;:)]|$)/.test(lower.slice(p, p + 2)))) continue;
      if (w === 'p' && lower.startsWith('p.m', p)) continue;
      return { entry, word: w, end: p + w.length };
    }
  }
  return null;
}

/**
 * Fixed pairs of modifiers that say where a thing comes from, not what it is, each read as one modifier: more than 800
 * domestic and foreign exhibitors. (A pair of industries, "300 AI and big data companies", is a wider group; "upstream and
 * downstream companies" are the chain's, wider than the industry; "small and medium-sized enterprises" are a part by size:
 * all stay unread.)
 */
const MODIFIER_PAIR =
  /^(?:domestic and (?:foreign|international|overseas)|chinese and foreign|local and (?:foreign|international|overseas)|home and abroad)(?=\s)/;

/** (AI), (LLM), (GenAI): an acronym in brackets that spells out the words before it. */
const BRACKETED_ACRONYM = /^\([a-z][a-z0-9&-]{0,9}\)/;

/** The counted noun after up to three modifiers: "82 generative AI models" → models. */
function headNoun(lower: string, pos: number): { entry: EnglishUnit; word: string; end: number } | null {
  let p = pos;
  for (let k = 0; k <= MAX_MODIFIERS; k++) {
    const hit = unitAt(lower, p);
    if (hit) return hit.entry.counter || k === 0 ? hit : null;
    while (lower[p] === ' ') p++;
    // 2,400 artificial intelligence (AI) companies: an acronym in brackets after a modifier is part of it.
    const acronym = k > 0 ? BRACKETED_ACRONYM.exec(lower.slice(p, p + 14)) : null;
    if (acronym) {
      p += acronym[0].length;
      k--;
      continue;
    }
    const pair = MODIFIER_PAIR.exec(lower.slice(p, p + 32));
    if (pair) {
      p += pair[0].length;
      continue;
    }
    const s = p;
    // R&D staff: an ampersand inside a modifier.
    while (isLetter(lower[p]) || lower[p] === '-' || isDigit(lower[p]) || (lower[p] === '&' && isLetter(lower[p + 1]))) p++;
    if (p === s || STOP_WORDS.has(lower.slice(s, p))) return null;
  }
  return null;
}

function prefixAt(lower: string, numberStart: number): { start: number; qualifier: Qualifier } | null {
  let e = numberStart;
  while (e > 0 && lower[e - 1] === ' ') e--;
  for (const [phrase, q] of PREFIXES) {
    const s = e - phrase.length;
    if (s >= 0 && lower.startsWith(phrase, s) && !isLetter(lower[s - 1])) return { start: s, qualifier: q };
  }
  // "exceeding a scale of 1 trillion yuan", "surpass an output value of …": the verb qualifies the figure it names (not
  // "up to", which after a verb of growth means reaching).
  const measure = MEASURE_OF.exec(lower.slice(Math.max(0, e - 24), e));
  if (measure) {
    const found = prefixAt(lower, e - measure[0].length);
    if (found?.qualifier === '>') return found;
  }
  return null;
}

/** A measure named between a qualifying verb and its figure: a scale of, an output value of, a total of. */
const MEASURE_OF = /\b(?:a|an|the)\s+(?:total\s+)?(?:scale|output value|output|value|total|size)\s+of\s*$/;

const round = (v: number): number => Math.round(v * 1e6) / 1e6;

/** Shares written as words: nearly one-third of China's AI talent. */
const FRACTIONS: ReadonlyArray<readonly [string, number]> = [
  ['one-third', 100 / 3],
  ['one third', 100 / 3],
  ['a third', 100 / 3],
  ['two-thirds', 200 / 3],
  ['two thirds', 200 / 3],
  ['one-quarter', 25],
  ['one quarter', 25],
  ['three-quarters', 75],
  ['one-fifth', 20],
  ['one fifth', 20],
  ['a fifth', 20],
  ['two-fifths', 40],
  ['two fifths', 40],
  ['three-fifths', 60],
  ['one-tenth', 10],
  ['one tenth', 10],
  ['a tenth', 10],
  ['one in three', 100 / 3],
  ['one in four', 25],
  ['one in five', 20],
  ['one in ten', 10],
  ['one in two', 50],
  ['two in five', 40],
  ['three in five', 60],
  ['four in five', 80],
  ['three in four', 75],
  ['nine in ten', 90],
  // "a quarter of the country's AI talent" (with "of": "in a quarter" is a time).
  ['a quarter of', 25],
  ['three quarters of', 75],
  // "half of the country's" (the figure is "half"), not a date's half (the first half of 2024 is a date, read before this).
  ['half of', 50],
];

/** 5EFLOPS, 100PB: digits run straight into a unit, which the number reader leaves alone. */
function digitsBeforeUnit(text: string, lower: string, i: number): { end: number; value: number } | null {
  // Not from inside a number: 5,000P is read from its 5, never from its 000.
  if (isDigit(lower[i - 1]) || (lower[i - 1] === ',' && isDigit(lower[i - 2]))) return null;
  let j = i;
  while (
    isDigit(lower[j]) ||
    (lower[j] === '.' && isDigit(lower[j + 1])) ||
    (lower[j] === ',' && /^\d{3}(?!\d)/.test(lower.slice(j + 1, j + 5)))
  )
    j++;
  if (j === i || !isLetter(lower[j]) || !unitAt(lower, j)) return null;
  return { end: j, value: Number(text.slice(i, j).replaceAll(',', '')) };
}

/** dozens of, hundreds of, tens of thousands of, billions of: an amount of unknown size, and its least. */
export const VAGUE_AMOUNT = /^(?:(tens|hundreds) of )?(dozens|hundreds|thousands|millions|billions) of /;
const VAGUE_LEAST: Readonly<Record<string, number>> = { tens: 10, hundreds: 100, dozens: 12, thousands: 1e3, millions: 1e6, billions: 1e9 };

/**
 * "hundreds of AI companies", "billions of yuan": a count or sum whose size the text does not give. It is read as a
 * mention (at least its least value) so the facts table can say why it is not a figure, as for 数百家; with no unit
 * the catalogue counts after it (thousands of years), it is nothing.
 */
function vagueAmountAt(text: string, lower: string, i: number): Mention | null {
  const m = VAGUE_AMOUNT.exec(lower.slice(i, i + 36));
  if (m === null) return null;
  const after = i + m[0].length;
  const yuan = lower.startsWith('yuan', after) && !isLetter(lower[after + 4]);
  const unit = yuan ? null : headNoun(lower, after);
  if (!yuan && (unit === null || !unit.entry.counter)) return null;
  const least = (m[1] === undefined ? 1 : VAGUE_LEAST[m[1]]!) * VAGUE_LEAST[m[2]!]!;
  const end = yuan ? after + 4 : unit!.end;
  return {
    start: i,
    end,
    numberStart: i,
    text: text.slice(i, end),
    value: least * (unit?.entry.factor ?? 1),
    unit: unit?.entry.unit ?? 'CNY',
    counter: unit ? (CLASSIFIERS[unit.word] ?? null) : null,
    qualifier: '>',
  };
}

/** Quantities in English text; spans in `blocked` (sorted dates) are passed over. */
export function scanEnglishQuantities(
  text: string,
  from = 0,
  to = text.length,
  blocked: ReadonlyArray<{ start: number; end: number }> = [],
): ScanResult {
  const lower = text.toLowerCase();
  const mentions: Mention[] = [];
  const skipped: Skipped[] = [];
  const bare: Mention[] = [];
  const skip = blockedSkipper(blocked);
  let i = from;
  while (i < to) {
    const ch = lower[i]!;
    const startsNumber = isDigit(ch) || (isLetter(ch) && !isLetter(lower[i - 1]));
    if (!startsNumber) {
      i++;
      continue;
    }
    const past = skip(i);
    if (past > i) {
      i = past;
      continue;
    }
    const fraction = isLetter(ch) ? FRACTIONS.find(([w]) => wordAt(lower, w, i)) : undefined;
    if (fraction) {
      const prefix = prefixAt(lower, i);
      const end = i + fraction[0].replace(/ of$/, '').length;
      const start = prefix?.start ?? i;
      mentions.push({
        start,
        end,
        numberStart: i,
        text: text.slice(start, end),
        value: round(fraction[1]),
        unit: 'percent',
        counter: null,
        qualifier: prefix?.qualifier ?? '=',
      });
      i = end;
      continue;
    }
    const vague = isLetter(ch) ? vagueAmountAt(text, lower, i) : null;
    if (vague) {
      mentions.push(vague);
      i = vague.end;
      continue;
    }
    const core = readEnglishNumber(text, i) ?? digitsBeforeUnit(text, lower, i);
    if (!core || core.end <= i) {
      if (isLetter(ch)) while (i < to && isLetter(lower[i])) i++;
      else i++;
      continue;
    }
    let numberStart = i;
    let end = core.end;
    let value = core.value;
    // A day of a month (On 26 July officials …) is part of a date, not a quantity.
    // …or after it (Aug. 6 -- Artificial intelligence companies …, on July 26).
    if (
      isDigit(ch) &&
      core.value >= 1 &&
      core.value <= 31 &&
      (DAY_MONTH.test(lower.slice(end, end + 12)) || MONTH_DAY.test(text.slice(Math.max(0, i - 12), i)))
    ) {
      i = end;
      continue;
    }
    const before = lower[i - 1];
    // Labels: GPT-4, A100, 5G, No. 1.
    const gluedCurrency = isLetter(before) && GLUED_CURRENCY.test(lower.slice(Math.max(0, i - 4), i));
    if (
      isDigit(ch) &&
      ((isLetter(before) && !gluedCurrency) || (before === '-' && isLetter(lower[i - 2])) || (isLetter(lower[end]) && !unitAt(lower, end)))
    ) {
      skipped.push({ start: i, end, text: text.slice(i, end), reason: UNREAD_REASONS.nameLabel });
      i = end;
      continue;
    }
    // A compound modifier: a three-day conference, a 10-year plan, a five-star hotel (but 120,000-plus, and
    // an area, which is the size of what it names: the 52,000-square-meter exhibition halls).
    if (
      lower[end] === '-' &&
      isLetter(lower[end + 1]) &&
      !lower.startsWith('-plus', end) &&
      !AREA_UNITS.has(unitAt(lower, end)?.entry.unit ?? '')
    ) {
      skipped.push({ start: i, end, text: text.slice(i, end), reason: UNREAD_REASONS.compoundModifier });
      i = end;
      continue;
    }
    // Currency before the number: RMB 65 billion, ¥1.2 trillion, US$9 billion.
    let currency: 'CNY' | 'other' | null = null;
    const lead = wordBefore(lower, i);
    let symbolStart = i;
    while (symbolStart > 0 && lower[symbolStart - 1] === ' ') symbolStart--;
    if (
      YUAN_PREFIXES.some((p) => lower.startsWith(p, symbolStart - p.length)) &&
      (lower[symbolStart - 1] === '¥' || lower[symbolStart - 1] === '￥' || YUAN_PREFIXES.includes(lead.word))
    ) {
      currency = 'CNY';
      numberStart = YUAN_PREFIXES.includes(lead.word) ? lead.start : symbolStart - 1;
    } else if (OTHER_CURRENCIES.some((p) => lower.startsWith(p, symbolStart - p.length))) {
      currency = 'other';
    }
    // Currency after the number: 41 billion U.S. dollars, 10 billion dollars, 5 million euros.
    if (currency === null && OTHER_CURRENCY_AFTER.test(lower.slice(end, end + 24))) currency = 'other';
    let qualifier: Qualifier = '=';
    if (lower[end] === '+' || lower.startsWith('-plus', end)) {
      qualifier = '>';
      end += lower[end] === '+' ? 1 : 5;
    }
    const unit = currency === 'CNY' ? null : headNoun(lower, end);
    const mark = MARK_AFTER.test(lower.slice(end, end + 12));
    if (currency === null && unit === null && (isDigit(ch) || mark)) {
      // No unit written ("surpassed 120 billion"): the caller may take the unit of a phrase just before. "Passed the
      // 2,000 mark": the bound stands before "the".
      const prefix =
        prefixAt(lower, numberStart) ?? (mark && lower.endsWith('the ', numberStart) ? prefixAt(lower, numberStart - 4) : null);
      const start = prefix?.start ?? i;
      bare.push({
        start,
        end,
        numberStart: i,
        text: text.slice(start, end),
        value: round(value),
        unit: 'items',
        counter: null,
        qualifier: qualifier === '=' && prefix ? prefix.qualifier : qualifier,
        unitless: true,
      });
      i = end;
      continue;
    }
    if (currency === 'other' || (unit === null && currency === null)) {
      skipped.push({
        start: i,
        end,
        text: text.slice(i, end),
        reason: currency === 'other' ? UNREAD_REASONS.otherCurrency : isDigit(ch) ? UNREAD_REASONS.bareNumber : UNREAD_REASONS.numberWord,
      });
      i = end;
      continue;
    }
    let baseUnit: BaseUnit = 'CNY';
    let counter: string | null = null;
    if (unit) {
      baseUnit = unit.entry.unit;
      value *= unit.entry.factor;
      if (unit.entry.counter) counter = CLASSIFIERS[unit.word] ?? null;
      end = unit.end;
    } else if (lower.startsWith(' yuan', end)) {
      end += 5;
    }
    if (lower.startsWith(' or more', end)) {
      qualifier = '>';
      end += 8;
    }
    const prefix = prefixAt(lower, numberStart);
    let start = numberStart;
    if (prefix) {
      if (qualifier === '=') qualifier = prefix.qualifier;
      start = prefix.start;
    }
    mentions.push({
      start,
      end,
      numberStart: i,
      text: text.slice(start, end),
      value: round(value),
      unit: baseUnit,
      counter,
      qualifier,
    });
    i = end;
  }
  return { mentions, skipped, bare };
}

// ---------------------------------------------------------------------------------------------
// Sentences

const ABBREVIATIONS = new Set([
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
const MAX_SENTENCE = 600;

/** Sentences of English text: ". " ends one unless it follows an abbreviation or sits in a number. */
/** A sentence that is only a figure, with a qualifier and a unit at most: 394, Nearly 300,000, 32,000 petaflops. */
const FIGURE_ONLY =
  /^\s*(?:\d{1,2}\.\s*)?(?:(?:more than|nearly|about|around|some|over|almost|roughly|just over|just under)\s+)?\d[\d.,]*(?:\s*(?:%|percent|per cent|billion|million|trillion|bn))?(?:\s+(?:yuan|rmb|dollars|petaflops|exaflops|eflops|pflops|square meters|square metres))?\s*$/i;

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
