/**
 * English dates (As of Nov. 30, 2024; by the end of 2018; in the first three quarters of 2025; last year), as the
 * same `DateMention`s the Chinese scanner gives. One left-to-right pass with bounded look-around, on lower-cased text.
 */
import { lastMonthOf, parsePeriod } from '../schema/period';
import { datedKind, firstMonthsPeriod, nowPeriod, PART_OF_YEAR, type ArticleDate, type DateMention } from './dates';
import { isDigit, isLetter } from './chars';
import { pad, sentenceStart, wordAt, wordBefore } from './englishWords';

export const MONTHS: ReadonlyArray<readonly [string, number]> = [
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
export const PLAN_ENDS: ReadonlyArray<readonly [string, number]> = [
  ['14th five-year plan', 2025],
  ['15th five-year plan', 2030],
];
export const MONTH_COUNTS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
/** The first N months of a year (the first nine months of 2025): as the Chinese 1-9月 is read. */
export const FIRST_MONTHS: ReadonlyArray<readonly [string, (y: number) => string]> = MONTH_COUNTS.flatMap((word, k) =>
  [word, String(k + 2)].flatMap((n) => [
    [`the first ${n} months of`, (y: number) => firstMonthsPeriod(k + 2, y)] as const,
    [`first ${n} months of`, (y: number) => firstMonthsPeriod(k + 2, y)] as const,
  ]),
);
/** Parts of a year an article may name with no year at all (In the first three quarters, …). */
export const YEARLESS_PARTS: ReadonlyArray<readonly [string, (y: number) => string]> = [
  ['the end of the first quarter', (y) => `${y}-03`],
  ['the end of the second quarter', (y) => `${y}-06`],
  ['the end of the third quarter', (y) => `${y}-09`],
  ['the end of the first half', (y) => `${y}-06`],
  ['the first three quarters', (y) => `${y}-Q1-Q3`],
  ['the first half', (y) => `${y}-H1`],
  ['the second half', (y) => `${y}-H2`],
  ['the first quarter', (y) => `${y}-Q1`],
  ['the second quarter', (y) => `${y}-Q2`],
  ['the third quarter', (y) => `${y}-Q3`],
  ['the fourth quarter', (y) => `${y}-Q4`],
  // in Q3 and … in Q4, H1 sales: the abbreviations, with no year.
  ['q1', (y) => `${y}-Q1`],
  ['q2', (y) => `${y}-Q2`],
  ['q3', (y) => `${y}-Q3`],
  ['q4', (y) => `${y}-Q4`],
  ['h1', (y) => `${y}-H1`],
  ['h2', (y) => `${y}-H2`],
];
/** Parts of a year that end after its first half: with no year, whether they are over tells less. */
const LATER_PARTS: ReadonlySet<string> = new Set([
  'the second half',
  'the second quarter',
  'the third quarter',
  'the fourth quarter',
  'q2',
  'q3',
  'q4',
  'h2',
]);
/** Part-of-year phrases that may stand before "of 2025" / "of this year". */
export const PARTS: ReadonlyArray<readonly [string, (y: number) => string]> = [
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
  // H1 2025, Q3 2024: the abbreviations of a half and a quarter written before the year.
  ['h1', (y) => `${y}-H1`],
  ['h2', (y) => `${y}-H2`],
  ['q1', (y) => `${y}-Q1`],
  ['q2', (y) => `${y}-Q2`],
  ['q3', (y) => `${y}-Q3`],
  ['q4', (y) => `${y}-Q4`],
  ['the end of', (y) => `${y}-12`],
  ['end of', (y) => `${y}-12`],
  ['year-end', (y) => `${y}-12`],
  ['late', (y) => `${y}-12`],
];
export const RELATIVE: ReadonlyArray<readonly [string, number]> = [
  ['the year', 0],
  ['last year', -1],
  ['this year', 0],
  ['next year', 1],
  ['the previous year', -1],
];
/**
 * A part of the year named again by its kind alone (in the quarter, during the period): the sentence dates its figures by a
 * part named before, which is not read (taking the last part named cost a held-out set a wrong point), but is no month.
 */
export const BACK_PART_WORDS = /\b(?:in|during|over|for|through|throughout) the (?:quarter|half|period)\b/i;
/** during the year, over the year, throughout the year: the year named last. */
const DURING: ReadonlySet<string> = new Set(['during', 'over', 'throughout']);
/** The whole year of a date named before in the sentence (the full-year figure). */
export const FULL_YEAR_WORDS = ['full-year', 'full year', 'whole year', 'whole-year', 'entire year'];
export const NOW_WORDS = ['as of now', 'so far', 'to date', 'at present', 'currently', 'presently', 'today', 'now'];
/** Present perfect: the statement is about the present unless a date says otherwise. */
export const WEAK_NOW_WORDS = ['has', 'have'];

/** since 2019, since its launch in 2019, since June: a date that opens a total up to now. */
export const afterSince = (lower: string, i: number): boolean =>
  wordBefore(lower, i).word === 'since' || /\bsince\b[^,.;0-9]{0,40}$/.test(lower.slice(Math.max(0, i - 50), i));

/** Words that make a month's name a date: as of June, by the end of June, in June, since mid-June, at end-June (from June: only before a range). */
export const MONTH_LEAD =
  /(?:\b(?:as of|as at|by|in|since|from)\s+(?:the\s+)?(?:(?:end|beginning|start|middle) of\s+|end-)?|\bat\s+the\s+(?:end|beginning|start|middle) of\s+|\b(?:early|late|mid)[- ]?|\b(?:(?:by|in|since)\s+)?last\s+|\b(?:at\s+)?end-)$/;
/** What follows a month's name when the year is written after it (June 30, 2024; June 2024): the year reads it. */
export const YEAR_AFTER = /^\.?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*,?\s*)?(?:19|20)\d\d\b/;
/** Days of one month right after its name: Aug 29 to 31, July 4-6. */
export const DAY_RANGE_AFTER = /^\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d\d)/;
/** A day right after a month's name: April 28, April 28th. */
export const DAY_AFTER_EN = /^\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/;
/** Full month names (an abbreviation with no year after it is too often another word: Mar, Jun). */
export const FULL_MONTHS = MONTHS.slice(0, 12);

/**
 * A month named without its year (as of June; by the end of June; in December): the latest such month up
 * to the article's own, so December in a February article is last year's. Only a capitalised name after a
 * date's lead word counts ("may" and "march" are also verbs). Since June: a total up to now.
 */
export function yearlessMonth(text: string, lower: string, i: number, article: ArticleDate): DateMention | null {
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
export const MONTH_RANGE_AFTER = new RegExp(
  `^\\s*(?:-|–|—|to|and|through|until|till)\\s*(${FULL_MONTHS.map(([name]) => name).join('|')})\\b`,
);

/** A capitalised document or event noun right after a year: the year is part of a name. */
export const YEAR_AS_NAME =
  /^ (?:Roadmap|Plan|Action|Vision|Agenda|Strategy|Report|White Paper|Edition|Index|Blueprint|Program|Programme)\b/;

/** Capitalised words of a document's name after a year, ending in the kind of document (… AI Industry Development Report). */
const TITLE_AFTER_YEAR =
  /^ (?:[A-Z][\w&'’-]*\s+){1,7}(?:Report|White Paper|Whitepaper|Yearbook|Bulletin|Blue Book|Index|Survey|Ranking|Outlook|Roadmap|Action Plan)\b/;

/** A part-of-year phrase that ends right before `pos` (after spaces), e.g. "the first half of ". */
export function partBefore(lower: string, pos: number): { start: number; make: (y: number) => string } | null {
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
export function pastStatement(lower: string, at: number): boolean {
  const lead = lower.slice(sentenceStart(lower, at), at);
  return PAST_VERB.test(lead) && !FUTURE_WORDS.test(lead);
}
/**
 * "By the end of the year, Shanghai had 34 registered large models": the sentence after the date states a past fact in its
 * own clause, with no word of the future anywhere in the sentence.
 */
export function pastAfter(lower: string, from: number): boolean {
  const stop = lower.slice(from).search(/\.\s|\n|$/);
  const rest = lower.slice(from, from + stop);
  return /^\s*,/.test(rest) && PAST_VERB.test(rest) && !FUTURE_WORDS.test(lower.slice(sentenceStart(lower, from), from + stop));
}

/**
 * 3,800 - AI enterprises in the city at the end of the year, in a January article: with no word of the future in its
 * sentence, a year-end in the year's first month is the one just passed (the callers say which leads allow it: "at", not
 * "by", a deadline).
 */
export const EARLY_MONTHS = 1;
export function yearEndJustPassed(lower: string, at: number, article: ArticleDate): boolean {
  if (article.month === null || article.month > EARLY_MONTHS) return false;
  const stop = lower.slice(at).search(/\.\s|\n|$/);
  return !FUTURE_WORDS.test(lower.slice(sentenceStart(lower, at), at + stop));
}
export const PAST_VERB = /\b(?:exceeded|reached|surpassed|topped|hit|had|stood|totaled|totalled|was|were|grew|rose|climbed|amounted)\b/;
/** 1H24, 3Q25, 9M24, FY24, FY24E, FY2025: an analyst's part of a year (or fiscal year) and its year. */
const ANALYST_PERIOD = /(?<![a-z0-9])(?:([1-9])(h|q|m)|(fy)\s?)((?:20)?[0-9]{2})e?(?![a-z0-9])/g;
/** The month a later part of the year begins in. */
const PART_START: Readonly<Record<string, number>> = { Q2: 4, Q3: 7, Q4: 10, H2: 7 };
/** Past verbs of a flow (money raised, deals signed, firms added). */
const PAST_FLOW_VERB = /\b(?:raised|secured|attracted|signed|added|recorded|posted|generated|drew|pulled in)\b/;
export const FUTURE_WORDS =
  /\b(?:will|aims?|aiming|expected|expects|plans?|planned|planning|targets?|goal|projected|forecast|seeks?|strives?|to reach|to exceed|to surpass|is set to|are set to|should|could|may|might|likely|on track|hopes?|wants?|to top|to hit)\b/;

/** Whether a part of a year (2026-H1, 2026-Q1-Q3; not its end) is still running or to come at the article's date. */
export function partNotOver(period: string, article: ArticleDate): boolean {
  const info = parsePeriod(period);
  if (info === null || info.kind === 'year' || info.kind === 'month' || article.month === null) return false;
  return info.year === article.year && article.month <= lastMonthOf(info);
}

/** A month (and day) right before a year: "Nov. 30, 2024", "November 2024", "30 November 2024". */
export function monthBefore(lower: string, pos: number): { start: number; month: number } | null {
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
export function lastExplicit(dates: ReadonlyArray<DateMention>): DateMention | undefined {
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
        !YEAR_AS_NAME.test(text.slice(j, j + 16)) &&
        // The 2024 Shanghai AI Industry Development Report shows …: the year of a document's name, its words capitalised.
        !(/\bthe $/i.test(text.slice(Math.max(0, i - 4), i)) && TITLE_AFTER_YEAR.test(text.slice(j, j + 90)));
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
      // between 2019 and 2024: a stretch of years, as 2019年至2024年 is; what changed over it is of no one year. So is "From 2018
      // to 2022, …" opening a sentence or a clause (not "up from 2018 to …", a change's base).
      const lead = /\bbetween $/.test(lower.slice(Math.max(0, i - 8), i))
        ? 8
        : /(?:^|[.;,:]\s*|\n\s*)from $/.test(lower.slice(Math.max(0, i - 8), i))
          ? 5
          : 0;
      const between =
        lead > 0
          ? (lead === 8 ? /^ and ((?:19|20)[0-9]{2})\b/ : /^ (?:to|through|until) ((?:19|20)[0-9]{2})\b/).exec(lower.slice(j, j + 14))
          : null;
      if (between) {
        const end = j + between[0].length;
        out.push({ start: i - lead, end, kind: 'span', period: between[1]! });
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
    // In 2025, Xuhui's AI industry reached …. The district added 210 AI companies during the year: the year named last.
    if (rel?.[0] === 'the year' && !part && DURING.has(wordBefore(lower, i).word)) {
      const before = lastExplicit(out);
      if (before && /^\d{4}$/.test(before.period)) out.push({ start: i, end: i + 8, kind: 'explicit', period: before.period });
      i += 8;
      continue;
    }
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
          pastAfter(lower, end) ||
          (!/\bby\s+$/.test(lower.slice(Math.max(0, part.start - 4), part.start)) && yearEndJustPassed(lower, part.start, article)))
      )
        year--;
      const period = part ? part.make(year) : String(year);
      out.push({ start: part?.start ?? i, end, kind: datedKind(period), period });
      i = end;
      continue;
    }
    // "In the first three quarters, …" with no year: this year's part when it has ended at the article's date, else last year's.
    const bare = YEARLESS_PARTS.find(
      ([w]) =>
        wordAt(lower, w, i) &&
        !/^\s+of\b/.test(lower.slice(i + w.length, i + w.length + 4)) &&
        // 1H24, 3Q25: an analyst's part of a year with its year (read below), not a bare H2 or Q2.
        !(w.length === 2 && (isDigit(lower[i - 1]) || isDigit(lower[i + 2]))),
    );
    if (bare) {
      const thisYears = bare[1](article.year);
      // The end of the first half in a January article: a month still to come is last year's, as a part not over is.
      const monthAhead = /^\d{4}-\d{2}$/.test(thisYears) && article.month !== null && Number(thisYears.slice(5)) > article.month;
      const notOver = partNotOver(thisYears, article) || monthAhead;
      // A later part of the year not over yet (in the fourth quarter, in October) is this year's in a forecast and last
      // year's only when the sentence says so; otherwise the text leaves it open.
      const later = LATER_PARTS.has(bare[0]);
      const sentence = lower.slice(sentenceStart(lower, i), i + 160);
      // Shanghai AI firms raised 9.8 billion yuan in Q3, in a January article: a part not begun yet, told in the past, is last
      // year's (in a September article, the third quarter may be this one so far).
      const started = Number(PART_START[thisYears.slice(5)] ?? 13) <= (article.month ?? 0);
      const lastYear =
        /\blast year\b/.test(sentence) || (later && notOver && !started && (pastStatement(lower, i) || PAST_FLOW_VERB.test(sentence)));
      const ahead = FUTURE_WORDS.test(sentence);
      if (!(later && notOver && !lastYear && !ahead)) {
        const year = notOver && !(later && ahead) ? article.year - 1 : article.year;
        const period = bare[1](year);
        out.push({ start: i, end: i + bare[0].length, kind: datedKind(period), period });
        i += bare[0].length;
        continue;
      }
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
  // 1H24, 2H25, 3Q24, 9M25, FY24 (FY24E): an analyst's part of a year and its two-digit year.
  for (const m of lower.matchAll(ANALYST_PERIOD)) {
    if (out.some((d) => d.start < m.index + m[0].length && m.index < d.end)) continue;
    const year = m[4]!.length === 4 ? Number(m[4]) : 2000 + Number(m[4]);
    const n = Number(m[1] ?? 0);
    const part = m[2];
    if (part !== undefined && n > (part === 'h' ? 2 : part === 'q' ? 4 : 12)) continue;
    const period =
      part === 'h' ? `${year}-H${n}` : part === 'q' ? `${year}-Q${n}` : part === 'm' ? firstMonthsPeriod(n, year) : String(year);
    out.push({ start: m.index, end: m.index + m[0].length, kind: datedKind(period), period });
  }
  for (const m of lower.matchAll(YEARS_AGO_EN)) {
    const n = WORD_NUMBERS[m[1]!] ?? Number(m[1]);
    if (!out.some((d) => d.start < m.index + m[0].length && m.index < d.end))
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'span', period: String(article.year - n) });
  }
  // As of last month, …: the month before the article's (December of last year in a January article).
  if (article.month !== null)
    for (const m of lower.matchAll(/\blast month\b/g)) {
      if (out.some((d) => d.start < m.index + m[0].length && m.index < d.end)) continue;
      const y = article.month === 1 ? article.year - 1 : article.year;
      const mo = article.month === 1 ? 12 : article.month - 1;
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'explicit', period: `${y}-${String(mo).padStart(2, '0')}` });
    }
  return out.filter((d) => !isEnglishBase(lower, d)).sort((a, b) => a.start - b.start);
}

/** "three years ago": N years before the article's year. */
export const YEARS_AGO_EN = /\b([1-9]|10|two|three|four|five|six|seven|eight|nine|ten) years ago\b/g;
export const WORD_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * up 24% from 2018, rose 15.4 percent over 2020, more than triple the number at the end of 2023: the year a change is measured
 * from is not when the figure is.
 */
export const BASE_LEAD =
  /\b(?:from|over|compared with|compared to|versus|vs\.?)\s+(?:the\s+)?$|\b(?:the number|the figure|the level|the total|the count)\s+(?:at|in|as of|by)\s+(?:the\s+)?$/;
export const CHANGE_BEFORE =
  /\b(?:up|down|rose|rise|rising|grew|grow|growing|growth|increased?|increasing|fell|jumped|climbed|higher|lower|more|less)\b/;
export function isEnglishBase(lower: string, d: DateMention): boolean {
  if (d.kind !== 'explicit' || !BASE_LEAD.test(lower.slice(Math.max(0, d.start - 20), d.start))) return false;
  // from 2018 to 2023: a span; the end of a change's range is the figure's date.
  if (/^\s*(?:to|through|until|till|-|–)(?:\b|\s)/.test(lower.slice(d.end, d.end + 10))) return false;
  const sentenceStart = Math.max(lower.lastIndexOf('. ', d.start) + 2, lower.lastIndexOf('\n', d.start) + 1, 0);
  return CHANGE_BEFORE.test(lower.slice(Math.max(sentenceStart, d.start - 60), d.start));
}

// ---------------------------------------------------------------------------------------------
// Quantities
