/**
 * When a figure holds: its period and how the text gives it (`stated`, `context`, `publication`).
 */
import type { Fact, PeriodBasis, Status } from '../../schema/metricsFile';
import type { CatalogueEntry } from '../catalogue';
import { anyOf, type TextWindows } from '../match/words';
import { CN_MONTH, type ArticleDate, type DateMention } from '../dates';
import { BACK_PART_WORDS, FULL_MONTHS } from '../englishDates';
import type { Mention } from '../numbers';
import { inside, lastBefore, type Sentence, type Span } from '../segment';
import { parsePeriod } from '../../schema/period';
import { earlierLevelLead, ofWhichAfter } from './relations';
import { BUILDING_WORDS } from './status';

export const dated = (d: DateMention): boolean => d.kind !== 'weak-now';

/** What may stand between a clause's start and its date for the date to be the whole clause. */
export const DATE_CLAUSE_LEAD = /^[\s,;]*(?:(?:as of|as at|by|at|in|until|through|till|up to)\s+)?(?:(?:the\s+)?end of\s+)?$/i;
/** The punctuation that bounds a clause inside a sentence. */
export const CLAUSE_MARK = /[,;:，；：]/;
export const clauseStartOf = (text: string, at: number, sentence: Span): number => {
  let i = at;
  while (i > sentence.start && !CLAUSE_MARK.test(text[i - 1]!)) i--;
  return i;
};

/** Words that put what follows after the date before them: 而后, 此后, 随后 …, since then. */
export const LATER_WORDS = /而后|此后|随后|后来|since then|later on|thereafter/i;

/**
 * Verbs of a one-time event (揭牌, 成立, 举办, founded, launched …). A date in a clause that tells such an event
 * dates the event: 模速空间于2023年9月揭牌，已集聚企业100余家 counts the firms as of the article, not of 2023.
 */
export const EVENT_WORDS =
  /揭牌|成立|启动|发布|举办|举行|开园|开业|开幕|落户|设立|创建|建成|投用|挂牌|印发|出台|首届|founded|established|launched|opened|released|unveiled|set up|inaugurated|held|hosted/i;

/** A clause that says when the next one happened: "When the park opened in 2023, …". */
export const WHEN_LEAD = /^\s*when\b/i;

/** The clause a mention stands in (between the punctuation around it, inside its sentence). */
export function clauseTextOf(text: string, d: Span, sentence: Span): string {
  let end = d.end;
  while (end < sentence.end && !CLAUSE_MARK.test(text[end]!)) end++;
  return text.slice(clauseStartOf(text, d.start, sentence), end);
}

/**
 * A plan joined after an English figure (Lingang has 2.1 EFLOPS in operation and wants to more than double that next
 * year): a date after it is the plan's, not the figure's.
 */
export const PLAN_AFTER =
  /\band (?:it |then )?(?:wants|hopes|intends|expects|plans|aims|will|(?:is|are) (?:expected|set|projected|poised))\b/i;
/** How far after an English figure its date may stand ("… 100 billion yuan in 2018"). */
export const ENGLISH_DATE_GAP = 12;
/** An aside between dashes or brackets after a figure (26 billion yuan – a third of China's total – last year). */
export const ASIDE_AFTER = /^\s*(?:[-–—]\s*[^-–—()]{1,60}?\s*[-–—]|\([^()]{1,60}\))/;
/** The distance from a figure to a date after it, an aside between them not counted. */
export function datedGap(text: string, from: number, to: number): number {
  const aside = ASIDE_AFTER.exec(text.slice(from, to));
  return to - from - (aside ? aside[0].length : 0);
}

/** Between a change and its date, the level it reached: " to about 48 billion yuan ", " to 1,200 companies ". */
export const TO_LEVEL_BETWEEN =
  /^\s*to\s+(?:(?:about|around|nearly|almost|roughly|some|approximately|more than|over|just over|just under)\s+)?[$¥]?[0-9][0-9.,]*\s*(?:(?:billion|million|trillion|thousand)\s+)?(?:[a-z-]+\s+){0,2}$/i;
/** A period and how the text gives it (see `PeriodBasis`); both null when it gives none. */
export interface Dated {
  period: string | null;
  basis: PeriodBasis | null;
}

export const UNDATED: Dated = { period: null, basis: null };
/** The start of 从10万人增长到25万人 with no year: undated, and never taken as of the article's date. */
export const RANGE_START: Dated = { period: null, basis: null };
/** A figure for 2020年至2021年: a total over years, which no one period holds. */
export const SPAN: Dated = { period: null, basis: null };

/** 目前, 已, 2018年以来: the statement is about the present, i.e. as of the article's date. */
export const basisOf = (d: DateMention, scope: 'clause' | 'sentence'): PeriodBasis =>
  d.kind !== 'explicit' ? 'publication' : scope === 'clause' ? 'stated' : 'context';
export const datedBy = (d: DateMention, scope: 'clause' | 'sentence'): Dated =>
  d.kind === 'span' ? SPAN : { period: d.period, basis: basisOf(d, scope) };
/** From 2018 to 2022, the number … rose to 3,000; 2018年至2022年，…增至3000家: the level a stretch of years ends at is its last year's. */
const LEVEL_REACHED =
  /(?:\b(?:rose|grew|increased|climbed|jumped|expanded|risen|grown)\s+to\s*|增至|增长到|增长至|增加到|增加至|提升至|提升到|升至)$/i;
const datedOrReached = (d: DateMention, scope: 'clause' | 'sentence', before: string): Dated =>
  d.kind === 'span' && LEVEL_REACHED.test(before) ? { period: d.period, basis: 'context' } : datedBy(d, scope);

/**
 * Period of a quantity that is not part of a 从…到… range: the nearest date before it in its
 * clause (stated), else earlier in the sentence (context), else a present-tense word (publication),
 * else the heading the paragraph sits under (context). Null when none applies: the caller decides
 * whether an undated stock is as of the article's date.
 */
export function periodOf(
  text: string,
  m: Mention,
  clause: Span,
  sentence: Span,
  dates: ReadonlyArray<DateMention>,
  heading: DateMention | null,
  english: boolean,
  now: string,
  /** Whether `heading` is the date of the part of the sentence before a ；, not a heading's. */
  carried = false,
): Dated {
  // A date later in the clause: "reached 133.98 billion yuan in 2018", "突破3000亿元(2023年)". English
  // states it there ("more than 100 billion yuan by 2020"), so in English a near one comes first.
  const after = dates.find((d) => d.start >= m.end && d.end <= clause.end && d.kind === 'explicit');
  // …has expanded to 220,000 people from 150,000 in 2020: a date after the level it started from is that level's.
  const ofBase =
    english &&
    after !== undefined &&
    FROM_BASE_BETWEEN.test(text.slice(m.end, after.start)) &&
    PERFECT_TO.test(text.slice(clause.start, m.start));
  if (english && after && !ofBase && datedGap(text, m.end, after.start) <= ENGLISH_DATE_GAP) return datedBy(after, 'clause');
  // …grew nearly 20 percent to about 48 billion yuan last year: a change and the level it reached share the date after both.
  if (english && after && !ofBase && TO_LEVEL_BETWEEN.test(text.slice(m.end, after.start))) return datedBy(after, 'clause');
  // …doubled to 2,800 between 2019 and 2024: the level a change reached is of the stretch's last year; a total over it
  // (totaled 300 billion yuan between 2020 and 2024) is of no one year.
  const stretch = english ? dates.find((d) => d.start >= m.end && d.end <= clause.end && d.kind === 'span') : undefined;
  if (stretch && datedGap(text, m.end, stretch.start) <= ENGLISH_DATE_GAP)
    return /\bto\s*$/i.test(text.slice(clause.start, m.start)) ? { period: stretch.period, basis: 'stated' } : SPAN;
  // …, and that 620 AI enterprises were registered in the district as of Dec. 31: an as-of date in the figure's own clause.
  if (english && after && /^as (?:of|at)\b/i.test(text.slice(after.start, after.start + 6))) return datedBy(after, 'clause');
  // In 2024, …, with more than 1,000 AI companies now based in the district: "now" right after the figure is its time.
  const nowAfter = english ? dates.find((d) => d.start >= m.end && d.end <= clause.end && d.kind === 'now') : undefined;
  if (nowAfter && datedGap(text, m.end, nowAfter.start) <= ENGLISH_DATE_GAP) return datedBy(nowAfter, 'clause');
  const inClause = lastBefore(dates, clause.start, m.start, dated);
  if (inClause) return datedOrReached(inClause, 'clause', text.slice(clause.start, m.start));
  const inSentence = lastBefore(dates, sentence.start, m.start, dated);
  // 2023年9月底揭牌，而后不到半年，就有近60家企业入驻: the figure is later than the date before it.
  if (inSentence && !LATER_WORDS.test(text.slice(inSentence.end, m.start))) {
    // The date is of an event another clause tells, and the figure's own clause speaks of now (已, 现有, has).
    // English sets the event apart in a clause of its own (The initiative, launched in February 2025, marks …): the
    // figure in another clause is as of the article, with or without a "has".
    const present =
      lastBefore(dates, clause.start, m.start, (d) => d.kind === 'weak-now') !== undefined || (english && inSentence.end <= clause.start);
    // When Mosu Space opened in September 2023, it had 18 tenants: a clause led by "when" dates the clause it leads into.
    const eventClause = clauseTextOf(text, inSentence, sentence);
    if (present && EVENT_WORDS.test(eventClause) && !WHEN_LEAD.test(eventClause)) return { period: now, basis: 'publication' };
    // …in 2021, up about 28 percent from 2020, …, and the city of 25 million is home to roughly 1,100 core AI companies: an
    // English clause of its own that says "is home to", "hosts" or "now" speaks of the article's present ("has reached" is
    // anchored to the date before it).
    // …was worth 560 billion yuan last year, and the city counts some 6,000 AI companies; …, and about 6,800 people work in
    // the sector: the same holds for a present verb that counts, or one right after the figure.
    if (
      english &&
      inSentence.end <= clause.start &&
      // …had signed up 86 companies by year-end, 41 of which develop their own large models: a part is as of its whole's date.
      !ofWhichAfter(text, m) &&
      (PRESENT_EN.test(text.slice(clause.start, m.start)) ||
        // …counts 6,000 AI companies; about 6,800 people work in it: after a year's figure, not after a survey's or a report's
        // year, nor after an as-of date (By the end of 2020, Xuhui had 137 AI companies, and …).
        ((PRESENT_COUNTS_EN.test(text.slice(clause.start, m.start)) || PRESENT_AFTER_EN.test(text.slice(m.end, clause.end))) &&
          /^\d{4}$/.test(inSentence.period) &&
          !ATTRIBUTION_EN.test(text.slice(sentence.start, inSentence.end))))
    )
      return { period: now, basis: 'publication' };
    return datedOrReached(inSentence, 'sentence', text.slice(clause.start, m.start));
  }
  if (inSentence) return UNDATED;
  if (
    after &&
    !ofBase &&
    !(english && (PLAN_AFTER.test(text.slice(m.end, after.start)) || RELATIVE_FIGURE.test(text.slice(m.end, after.start))))
  )
    return datedBy(after, 'clause');
  // English often dates a whole sentence at its end: "… home to about 600 AI companies, …, by the end of 2020".
  // Only a clause that is nothing but the date ("…, by the end of 2020, according to …"): "double the
  // area in 2019" compares, and "with plans to reach 200 by 2025" dates its own figure.
  const later = english ? dates.find((d) => d.start >= clause.end && d.end <= sentence.end && d.kind === 'explicit') : undefined;
  if (later && DATE_CLAUSE_LEAD.test(text.slice(clauseStartOf(text, later.start, sentence), later.start)))
    return datedBy(later, 'sentence');
  const weak = lastBefore(dates, sentence.start, m.start);
  // 截至今年10月底，全区人工智能企业逾400家；西岸已集聚人工智能企业约150家: 已 after a ；is as of the date before it.
  // (A year before the ；is the year of a flow there: 2024年，…；已吸引…入驻 is still as of the article.)
  // (到2027年，…；累计备案大模型超过150款: a year still to come before the ；is the goal the part after it shares.)
  if (
    weak &&
    !(carried && heading !== null && (/^\d{4}-\d{2}$/.test(heading.period) || Number(heading.period.slice(0, 4)) > Number(now.slice(0, 4))))
  )
    return { period: weak.period, basis: 'publication' };
  if (heading) return { period: heading.period, basis: 'context' };
  return UNDATED;
}

/** has expanded to, have grown to: a present perfect, whose later date can only be of the level it started from. */
const PERFECT_TO = /\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:expanded|grown|risen|increased|climbed|jumped|doubled|surged|swelled)\s+to\s*$/i;
/** " from 150,000 " between a level and a date: the date is of the level the change started from. */
const FROM_BASE_BETWEEN = /\bfrom\s+(?:about |around |nearly |some |over |more than |less than |just )?[0-9]/i;

/** home to 1,100 AI companies that generated 372 billion yuan last year: a date in a relative clause after another figure is that figure's. */
export const RELATIVE_FIGURE = /\b(?:that|which|who)\b[^0-9]*[0-9]/;

export interface RangeYears {
  from: Dated;
  to: Dated;
}

/**
 * Periods for the quantities of one sentence. Handles "从2018年的183家增长到2023年的348家", the
 * parallel clause after it that inherits its years ("产业规模从1340亿元增长到超3800亿元"), and a
 * range with no year anywhere in the sentence, whose end is the figure as of the article date and
 * whose start is undated.
 */
export function sentencePeriods(
  text: string,
  sentence: Sentence,
  clauses: Span[],
  mentions: Mention[],
  dates: DateMention[],
  now: string,
  heading: DateMention | null,
  english: boolean,
  carried = false,
  /** The years of a change from … to … in the part of the sentence before a ；, which a change here with none takes up. */
  carriedRange: RangeYears | null = null,
): Map<Mention, Dated> & { lastRange?: RangeYears } {
  const out: Map<Mention, Dated> & { lastRange?: RangeYears } = new Map<Mention, Dated>();
  const sentenceHasDate = dates.some(dated);
  let inherited: RangeYears | null = carriedRange;
  for (const clause of clauses) {
    const ms = inside(mentions, clause);
    for (let k = 0; k < ms.length; k++) {
      const m1 = ms[k]!;
      if (out.has(m1)) continue;
      const m2 = ms[k + 1];
      const lead = text.slice(k === 0 ? clause.start : ms[k - 1]!.end, m1.start);
      const mid = m2 ? text.slice(m1.end, m2.start) : '';
      // 从183家增长到348家; English: increasing from less than 20,000 PetaFLOPS to 92,600 PetaFLOPS.
      // 从183家增长到348家, 由400家增至500家.
      const fromAt = english ? englishFrom(lead) : zhFrom(lead);
      const toMid = english ? / to /.test(mid) : mid.includes('到') || mid.includes('至');
      if (m2 && fromAt >= 0 && mid.length <= 30 && toMid) {
        const leadStart = m1.start - lead.length + fromAt;
        // English dates each value after it: grown from 41.7 billion yuan in 2018 to 70 billion yuan in 2020.
        const d1 = english
          ? dates.find((d) => d.start >= m1.end && d.end <= m2.start && dated(d))
          : lastBefore(dates, leadStart, m1.start, dated);
        const d2 = english
          ? dates.find((d) => d.start >= m2.end && d.end <= clause.end && datedGap(text, m2.end, d.start) <= ENGLISH_DATE_GAP && dated(d))
          : lastBefore(dates, m1.end, m2.start, dated);
        const span = d1 || d2 || inherited ? undefined : spanBefore(dates, sentence.start, leadStart);
        let years: RangeYears;
        if (d1 || d2) {
          years = {
            from: d1 ? datedBy(d1, 'clause') : RANGE_START,
            to: d2 ? datedBy(d2, 'clause') : UNDATED,
          };
        } else if (inherited) {
          years = { from: contextOf(inherited.from), to: contextOf(inherited.to) };
        } else if (span) {
          // 2018年至2023年，规上企业从183家增至348家: the span's first year and its last.
          years = {
            from: { period: text.slice(span.start, span.start + 4), basis: 'context' },
            to: { period: span.period, basis: 'context' },
          };
        } else {
          // 自2018年首届世界人工智能大会以来，…从1100家增加到2600家; since 2018, … grew from 1,100 to 2,600: the change starts
          // in the year it is counted since.
          const since = SINCE_YEAR.exec(text.slice(sentence.start, leadStart));
          const from: Dated = since ? { period: (since[1] ?? since[2])!, basis: 'context' } : RANGE_START;
          years = {
            from,
            to: sentenceHasDate
              ? periodOf(text, m2, clause, sentence, dates, heading, english, now, carried)
              : { period: now, basis: 'publication' },
          };
        }
        inherited = years;
        out.lastRange = years;
        out.set(m1, years.from);
        out.set(m2, years.to);
        continue;
      }
      out.set(m1, periodOf(text, m1, clause, sentence, dates, heading, english, now, carried));
    }
  }
  return out;
}

/** The year a change is counted since: 自2018年…以来, 2018年以来, since 2018. */
export const SINCE_YEAR = /(?:^|[^0-9])((?:19|20)\d{2})年[^，。；,;]{0,24}以来|\bsince (?:the (?:end|start) of )?((?:19|20)\d{2})\b/i;

/** Where 从 or 由 that opens a change stands in `lead` (not 由于, 由此, 由来), or -1. */
function zhFrom(lead: string): number {
  const at = lead.lastIndexOf('从');
  for (let k = lead.lastIndexOf('由'); k > at; k = lead.lastIndexOf('由', k - 1)) if (!/[于此来衷]/.test(lead[k + 1] ?? '')) return k;
  return at;
}

/** Where an English "from" that opens a change stands in `lead` (grew from, increasing from), or -1. */
export function englishFrom(lead: string): number {
  const m = /\bfrom\s+(?:(?:less|more|fewer) than |over |under |about |around |nearly |some )?$/i.exec(lead);
  return m ? m.index : -1;
}

export const spanBefore = (dates: ReadonlyArray<DateMention>, from: number, to: number): DateMention | undefined =>
  lastBefore(dates, from, to, (d) => d.kind === 'span' && parsePeriod(d.period)?.kind === 'year');

/** The words that make a date the as-of date of a count: 截至2018年8月, 截止到, as of. */
/** 截至, as of; Figures are for end-2024 unless otherwise noted, data as at: a date that says when what follows stands. */
export const AS_OF_LEAD = /(?:截至|截止|截止到|截至到|as of|as at|(?:figures|data|numbers) (?:are |is )?(?:for|as of|as at))\s*$/i;

/** The year under way named as such: 今年, 本年, this year (not 今年底, the end of it). */
export const THIS_YEAR =
  /(?:今年|本年)(?![底末初中上下前年季月以0-9一二三四五六七八九十])|(?<!(?:start|beginning|middle|end|half|quarter|months?|part) of |(?:earlier|early|later|late|by|mid-?) ?)\bthis year\b/i;

/** Words of a count so far, not of one event: 目前, 至今, 迄今, so far, to date. */
const SO_FAR_NOW = /目前|至今|迄今|\bso far\b|\bto date\b/i;
/** A signing told as an event: 集中签约, 签约仪式, 签约活动, 现场签约, a signing ceremony. */
const SIGNING_EVENT = /集中签约|签约仪式|签约活动|现场签约|签约大会|\bsigning ceremony\b/i;
/**
 * Whether `span` tells signings counted so far (`words`), with no event scope (本届大会), no event named (`event`) and no as-of
 * date (截至目前 says when the total stands).
 */
const signedSoFar = (span: string, words: RegExp, event?: RegExp): boolean =>
  words.test(span) && !EVENT_SCOPE.test(span) && !(event?.test(span) ?? false) && !/截至|截止|\bas of\b/i.test(span);

/** The whole of a year: 全年, 全年度, for the whole year, for the full year. */
export const WHOLE_YEAR = /全年|for the (?:whole|full|entire) year|over the (?:whole|full|entire) year/i;

/** From this month of an article on, "the whole year" with no year named is the article's own year. */
export const YEAR_ENDING_MONTH = 12;

/** A period carried from an earlier clause of the same sentence is context, not stated. */
export const contextOf = (d: Dated): Dated => (d.basis === 'stated' ? { period: d.period, basis: 'context' } : d);

/** A period that is a year's last month, as its year (2018-12 → 2018); any other as it is. */
/** The parts of a year a total so far is, by the month it runs to. */
const YEAR_SO_FAR: Record<number, string | undefined> = { 3: 'Q1', 6: 'H1', 9: 'Q1-Q3' };
const AS_OF_MONTH_ZH =
  /(?:截至|截止|截止到|截至到)((?:19|20)[0-9]{2}年|今年|去年|本年)?(1[01]|[1-9]|十一|十|[一二三四五六七八九])月(?:底|末|份)?/;
const AS_OF_MONTH_EN =
  /\b(?:through|as of|by the end of|at the end of)\s+(?:the end of\s+)?(january|february|march|april|may|june|july|august|september|october|november)\b(?:,?\s+((?:19|20)[0-9]{2})\b)?/i;
/** Words of a total of the year still under way: 今年以来, 年初以来, so far this year, year to date. */
const SO_FAR_THIS_YEAR =
  /今年以来|年初以来|今年累计|本年累计|年内累计|\bso far this year\b|\bthis year so far\b|\byear[- ]to[- ]date\b|\bsince the (?:start|beginning) of (?:the|this) year\b/i;
/** A total of this year so far, not one since a fund or a firm began (融资总额累计, total financing had exceeded). */
const THIS_YEAR_SO_FAR = /今年|本年|年内|\bthis year\b|\bso far this year\b|\byear[- ]to[- ]date\b/i;
/** The year under way, in any words (今年, 本年, 年内, this year), its parts included. */
const THIS_YEAR_WORDS = /今年|本年|年内|\bthis year\b/i;
/**
 * The month (1–11) a total of the year so far runs to (截至11月底，今年累计…; through November, … this year), when that year is
 * `year`; null otherwise.
 */
function yearSoFar(before: string, year: number, articleYear: number): number | null {
  const zh = AS_OF_MONTH_ZH.exec(before);
  const en = zh ? null : AS_OF_MONTH_EN.exec(before);
  if (!zh && !en) return null;
  if (!THIS_YEAR_SO_FAR.test(before)) return null;
  const said = zh ? zh[1] : en![2];
  const asOfYear =
    said === undefined || said === '今年' || said === '本年' ? articleYear : said === '去年' ? articleYear - 1 : Number(said.slice(0, 4));
  if (asOfYear !== year) return null;
  if (en) return FULL_MONTHS.find(([name]) => name === en[1]!.toLowerCase())![1];
  return /[0-9]/.test(zh![2]!) ? Number(zh![2]) : CN_MONTH[zh![2]!]!;
}

/** December named as a month of its own (去年12月, in December), not as a year's end. */
const DECEMBER_ITSELF = /(?<![0-9])12月(?!底|末|31日|[^，,。；;]{0,3}(?:发布|公布|出炉|印发))|十二月(?!底|末)|\b(?:in|during) December\b/i;
const YEAR_END_WORDS = /年底|年末|截至|截止|累计|全年|\bend of\b|\byear-end\b|\bas of\b|\bfull year\b|\bwhole year\b/i;

export function yearOfYearEnd(d: Dated): Dated {
  const p = d.period === null ? null : parsePeriod(d.period);
  return p?.kind === 'month' && p.part === 12 ? { period: String(p.year), basis: d.basis } : d;
}

/**
 * The period a fact is charted at. A stock the text does not date is as of the article's date
 * (publication basis); a flow is a total over a period, so the article's date never stands in for
 * one (目前产业规模超3800亿元 reports last year's total, not this month's). Unmapped facts keep the
 * article's date only where a present-tense word gives it.
 */
export function resolvePeriod(
  d: Dated,
  entry: CatalogueEntry | undefined,
  status: Status,
  now: string,
  before = '',
  near = '',
  sentence = before,
): Dated {
  if (d === RANGE_START || d === SPAN) return d;
  // 2018年至2022年年均增长29%: an average over years is never one year's figure.
  if (entry?.overYears) return SPAN;
  const kind = entry?.kind ?? null;
  // One edition of a yearly event (世界人工智能大会): an undated figure is the edition the article reports on.
  if (entry?.editionYear && kind === 'flow' && status !== 'target' && (d.period === null || d.basis === 'publication'))
    return { period: now.slice(0, 4), basis: 'context' };
  // 2018年9月17-19日，首届世界人工智能大会…。其中，…展览展示的企业超过150家: an edition's figure is of its year, not its month.
  if (entry?.editionYear && kind === 'flow' && d.period !== null && /^[0-9]{4}-[0-9]{2}$/.test(d.period))
    return { period: d.period.slice(0, 4), basis: d.basis };
  // 2022世界人工智能大会昨天闭幕，…签约…总投资近150亿元: a signing reported this month is of this month.
  // 全年新签约项目21个，总投资约86亿元: what the whole year signed is the year's, not this month's.
  if (
    entry?.eventMonth &&
    status === 'actual' &&
    now.length === 7 &&
    (d.period === null || d.basis === 'publication' || d.period === now.slice(0, 4)) &&
    !WHOLE_YEAR.test(near) &&
    // 揭牌以来，…累计签约项目总投资额约25亿元: what was signed since a start is no month's (本届大会累计签约… is the edition's).
    // 截至目前累计签约… says when it stands.
    !signedSoFar(near, SINCE_START) &&
    // Jing'an has signed 45 AI projects this year …; 今年以来/今年共签约…: the year's signings, not this month's.
    !(THIS_YEAR_WORDS.test(near) && !EVENT_SCOPE.test(near)) &&
    // 目前，试验区已引进人工智能企业68家，签约项目总投资约180亿元: what has been signed so far, told with no signing event, is no
    // month's either.
    !signedSoFar(before, SO_FAR_NOW, SIGNING_EVENT) &&
    // …520 new AI enterprises were set up during the period, while 26 AI projects … were signed; … worth CNY12.6 billion in
    // the quarter: the sentence's part of the year, not the month of the article.
    !BACK_PART_WORDS.test(sentence)
  )
    return { period: now, basis: d.period === null || d.basis === 'publication' ? 'publication' : 'context' };
  if (kind === 'flow') {
    // 全年新签约项目21个 in a December article: the whole of the year nearly over, this year.
    if (
      (d.period === null || d.basis === 'publication') &&
      status === 'actual' &&
      WHOLE_YEAR.test(near) &&
      Number(now.slice(5, 7)) >= YEAR_ENDING_MONTH
    )
      return { period: now.slice(0, 4), basis: 'context' };
    if (d.basis === 'publication') return UNDATED;
    // 截至11月底，今年累计融资450亿元; through November, … raised 45 billion yuan this year: a total for the year so far is no
    // year's and no month's; so far as the end of a quarter, it is that part of the year (截至9月底 → the first three quarters).
    const soFar =
      status === 'actual' && d.period !== null && !WHOLE_YEAR.test(near)
        ? yearSoFar(before, Number(d.period.slice(0, 4)), Number(now.slice(0, 4)))
        : null;
    // 截至今年9月底，…累计签约…: a total that may run from the start (累计, not 今年累计) is no part of the year either.
    const sinceStart = /累计/.test(near) && !/(?:今年|本年|年内)(?:以来)?累计/.test(near);
    if (soFar !== null && d.period !== null && (d.period.length === 4 || Number(d.period.slice(5, 7)) === soFar))
      return YEAR_SO_FAR[soFar] && !sinceStart ? { period: `${d.period.slice(0, 4)}-${YEAR_SO_FAR[soFar]}`, basis: d.basis } : UNDATED;
    // So far this year, … has added 200 AI companies; 今年以来新增…: a total of the year still under way, to no month the text
    // names, is no period a chart holds (not the whole year's).
    if (
      status === 'actual' &&
      d.period === now.slice(0, 4) &&
      (now.length < 7 || Number(now.slice(5, 7)) < 12) &&
      SO_FAR_THIS_YEAR.test(before) &&
      !WHOLE_YEAR.test(near)
    )
      return UNDATED;
    // 去年12月，融资额达到60亿元, in December 2024: the month's own total, not the year's.
    if (!entry?.noMonthly && DECEMBER_ITSELF.test(before) && !YEAR_END_WORDS.test(before)) return d;
    // A year's total "as of the end of 2018" (截至2018年底) is that year's: 2018, not December 2018.
    return yearOfYearEnd(d);
  }
  // A target or forecast with no year of its own is not a figure as of today.
  if (status !== 'actual' && d.basis === 'publication') return UNDATED;
  // 到2027年底，全市智能算力规模突破5000PFLOPS: a goal for a year's end is that year's goal, 2027, as goals by a year are.
  if (status === 'target') return yearOfYearEnd(d);
  if (status !== 'actual') return d;
  if (d.period === null && kind === 'stock') return { period: now, basis: 'publication' };
  // 今年全市共有27所高校开设人工智能专业 in a June article: a count this year, the year still under way, is as of the
  // article's month (a year the text names, 2020年已有215所, stays that year's count).
  if (THIS_YEAR.test(before) && kind === 'stock' && now.length === 7 && d.period === now.slice(0, 4))
    return { period: now, basis: d.basis };
  return d;
}

/** Words of a total since some start: 累计, 以来, to date. */
const SINCE_START = /累计|以来|迄今|至今|\bto date\b|\bso far\b|\bcumulative/i;
/** Words that keep such a total within one event: 大会期间累计签约, during the conference. */
const EVENT_SCOPE = /期间|本届|大会|会上|现场|\bduring\b|\bat the (?:conference|event|ceremony)\b/i;

/** An English clause in the present: is home to, has, hosts, houses, now, today, currently. */
export const PRESENT_EN = /\b(?:(?:is|are) (?:now )?home to|hosts|houses|now|today|currently)\b/i;
/** Present verbs that count: counts, boasts, employs. */
export const PRESENT_COUNTS_EN = /\b(?:counts|boasts|employs)\b/i;
/** A date that is a source's: according to a 2021 survey, the 2024 white paper, data from a 2023 report. */
export const ATTRIBUTION_EN = /\b(?:according to|survey|report|white paper|study|census|data)\b/i;
/** About 6,800 people work in the sector: a present verb right after the figure's noun. */
export const PRESENT_AFTER_EN = /^[\w -]{0,40}?\b(?:work|are (?:employed|based))\b/i;

export const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A source released on a day: released by the commission on November 29; 11月29日发布的《白皮书》. */
export const RELEASED_EN =
  /\b(?:released|published|issued|unveiled)\b[^.;!?]{0,60}?\bon\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*((?:19|20)\d{2}))?/i;
export const RELEASED_ZH = /(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日(?:[^，,。；;]{0,12}?)(?:发布|公布|发表|印发)/;

/**
 * The month of a source the sentence cites as released on a day, when it is before the article's month: the as-of time
 * of the counts the sentence takes from it. A day with no year is the last such day on or before the article's date.
 */
export function releasedIn(text: string, sentence: Span, figureStart: number, published: ArticleDate, now: string): Dated | null {
  // The source is cited before the figure, as released (not "will be released on", 将于…发布).
  const s = text.slice(sentence.start, figureStart);
  const en = RELEASED_EN.exec(s);
  const zh = en ? null : RELEASED_ZH.exec(s);
  const future = en
    ? /\b(?:will|to) be\s*$/i.test(s.slice(Math.max(0, en.index - 12), en.index))
    : zh !== null && (/将|拟|即将/.test(zh[0]) || /(?:将|拟|即将)于?\s*$/.test(s.slice(0, zh.index)));
  if (future) return null;
  const month = en ? MONTHS_EN.indexOf(en[1]!.toLowerCase()) + 1 : zh ? Number(zh[2]) : 0;
  if (month < 1 || month > 12) return null;
  const statedYear = en ? en[3] : zh?.[1];
  const year =
    statedYear !== undefined
      ? Number(statedYear)
      : published.month !== null && month > published.month
        ? published.year - 1
        : published.year;
  const period = `${year}-${String(month).padStart(2, '0')}`;
  return period < now ? { period, basis: 'context' } : null;
}

/** "By" a date: 到, 至, 预计到, by. */
export const BY_DATE = /(?:到|(?<!截)至|by\s*)$/i;

/**
 * A building that has just broken ground (项目开工，总建筑面积22万平方米): its figures are what it will
 * have when done. The date of the ceremony is not theirs; a later date in the sentence (预计2024年底交付)
 * is. Null when the sentence is not about a building; UNDATED when it gives no completion date.
 */
export function completionPeriod(text: TextWindows, upTo: Span, dates: ReadonlyArray<DateMention>, now: string): Dated | null {
  if (!anyOf(text, BUILDING_WORDS, upTo.start, upTo.end)) return null;
  // Later by its text: 2024-12 after 2024-01; the year 2024 itself (the ceremony's) is not later than 2024-01.
  // A month that is the article's own is still to come when the text says "by" it (预计到2025年底, written in December
  // 2025); a ceremony's month (2024年1月，…项目开工) is not the completion.
  const done = dates.find(
    (d) =>
      d.kind === 'explicit' &&
      (d.period > now || (d.period === now && d.period.length > 4 && BY_DATE.test(text.slice(Math.max(0, d.start - 4), d.start)))),
  );
  return done ? { period: done.period, basis: 'context' } : UNDATED;
}

/** …600 AI firms at the end of 2024, against 552 a year earlier: the period of the figure it is set against, a year back. */
export function yearBefore(text: string, m: Mention, earlier: ReadonlyArray<Fact>): Dated | null {
  if (!A_YEAR_EARLIER.test(text.slice(m.end, m.end + 24)) || earlierLevelLead(text, m) === null) return null;
  const before = earlier.filter((f) => f.unit === m.unit && f.period !== null).at(-1);
  const p = before?.period;
  if (p === undefined || p === null) return null;
  return { period: `${Number(p.slice(0, 4)) - 1}${p.slice(4)}`, basis: 'context' };
}
export const A_YEAR_EARLIER = /^\s*(?:a year (?:earlier|before)|the year before|the previous year)/;

/** What may stand before a date that opens a sentence as its own clause: In 2020, …; 截至2023年底，… */
export const OPENING_LEAD =
  /^\s*(?:(?:according to [^,.]{0,120}|据[^，,。]{0,30}|数据显示|统计显示)[,，]\s*)?(?:in|for|during|as of|at the end of|by the end of|at the|by the|at|截至|截止到?)?\s*$/i;

/** The date a sentence opens with as a clause of its own (In 2020, …; 2020年，…), or null. */
export function openingDate(text: string, sentence: Span, ds: ReadonlyArray<DateMention>): string | null {
  // The first date the lead allows: a year in a source's name before it (According to the 2021 … White Paper, in 2020, …) is not one.
  const d = ds.find((x) => x.kind === 'explicit' && OPENING_LEAD.test(text.slice(sentence.start, x.start)));
  if (d === undefined) return null;
  return text[d.end] === ',' || text[d.end] === '，' ? d.period : null;
}

/** 到2027年, 力争到2025年底, by 2030: a year a target is set for. */
export const TARGET_DATE_LEAD = /(?:到|至|力争到|争取到|\bby|\buntil)\s*$/i;

/** Whether the sentence sets something for this period (到2025年底, by the end of 2025). */
export function setsGoalFor(text: string, ds: ReadonlyArray<DateMention>, period: string): boolean {
  return ds.some(
    (d) => d.kind === 'explicit' && d.period === period && TARGET_DATE_LEAD.test(text.slice(Math.max(0, d.start - 6), d.start)),
  );
}

/** The last year a sentence sets a target for (到2027年), or null. */
export function targetYear(text: string, ds: ReadonlyArray<DateMention>): string | null {
  for (let k = ds.length - 1; k >= 0; k--) {
    const d = ds[k]!;
    const kind = parsePeriod(d.period)?.kind;
    if (
      d.kind === 'explicit' &&
      (kind === 'year' || kind === 'month') &&
      TARGET_DATE_LEAD.test(text.slice(Math.max(0, d.start - 6), d.start))
    )
      return d.period;
  }
  return null;
}

/** A number of years from an unstated start: in two to three years, within five years, 未来三年, 三到五年内. */
export const OPEN_YEARS =
  /\b(?:in|within|over) (?:the )?(?:next |coming )?(?:a few|several|two|three|four|five|ten|\d+)(?:(?: to | or |-)(?:three|four|five|\d+))? years\b|(?:未来|今后)[一二三四五六七八九十两\d]+(?:到|至)?[一二三四五六七八九十两\d]*年|[一二三四五六七八九十两\d]+(?:到|至)[一二三四五六七八九十两\d]+年内?|(?<![0-9])(?:[一二三四五六七八九十两]+|[1-9]\d?)年内/;
