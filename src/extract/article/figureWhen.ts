/**
 * When one figure is: its period and the basis of that period (stated, context, publication), its status, and the
 * editions, wholes and earlier dates that give a period to a figure that states none.
 */
import type { Fact } from '../../schema/metricsFile';
import { lastMonthOf, parsePeriod } from '../../schema/period';
import { FIRST_EDITION_YEAR } from '../dates';
import { toOriginalSpan } from '../normalize';
import { parseChineseNumeral, type Mention } from '../numbers';
import { PLAN_SAYS } from './document';
import {
  OPEN_YEARS,
  RANGE_START,
  SPAN,
  UNDATED,
  completionPeriod,
  datedBy,
  releasedIn,
  resolvePeriod,
  setsGoalFor,
  targetYear,
  yearBefore,
  type Dated,
} from './period';
import { REASONS } from './reasons';
import { CHANGE_BASE_BEFORE, GROWTH_YOY, baseLevel, baseYearOf, ofWhichAfter } from './relations';
import { futureOfSubject, statusOf } from './status';
import type { Article } from './article';
import { shareOfEarlier, type Reading } from './reading';
import type { FigureMetric, FigureUnit, SentenceScope } from './figureFact';

/** A base a change started from that is today's: up from 58 EFLOPS at present. */
const NOW_AFTER = /^\s*(?:at present|now|today|currently)\b/i;

/**
 * …had signed up 86 companies by year-end, 41 of which develop their own large models: an English part of the count just
 * before it in its sentence is as of that count's date, and as undated as it is.
 */
function wholesDate(text: string, m: Mention, earlier: ReadonlyArray<Fact>, english: boolean): Dated | null {
  if (!english || !ofWhichAfter(text, m)) return null;
  const whole = earlier.filter((f) => f.unit === m.unit && f.counter === m.counter).at(-1);
  if (whole === undefined) return null;
  // A whole refused a metric was never dated: its own words date the part then.
  if (whole.period === null) return whole.metric !== null ? UNDATED : null;
  return { period: whole.period, basis: 'context' };
}

/**
 * Of the wholes a breakdown may be of, the latest (截至8月底…42款；而截至6月底为40款。从区域分布看，徐汇16款: the figure now, not
 * the one it was compared with); the last named of those as late.
 */
function latestOf(wholes: ReadonlyArray<Fact>): Fact | undefined {
  let best: Fact | undefined;
  for (const f of wholes) if (best === undefined || (f.period ?? '') >= (best.period ?? '')) best = f;
  return best;
}

/**
 * The wholes a breakdown's figure may be a part of: those at least the sum of the sentence's figures in its unit (分区域看，
 * 徐汇区以41款居首，浦东新区28款次之 breaks down the 98 filed, not the 62 registered), else at least its largest one (By
 * district, Pudong-based firms took 17.1 billion yuan … is not of the 15.3 billion of a quarter).
 */
export function wholesFor<T>(wholes: ReadonlyArray<T>, valueOf: (w: T) => number, ms: ReadonlyArray<Mention>, m: Mention): T[] {
  const parts = [m.value, ...ms.filter((x) => x !== m && x.unit === m.unit && !x.unitless).map((x) => x.value)];
  const sum = parts.reduce((a, b) => a + b, 0);
  const bySum = wholes.filter((w) => valueOf(w) >= sum);
  return bySum.length > 0 ? bySum : wholes.filter((w) => valueOf(w) >= Math.max(...parts));
}

/** The words before a level compared with: 比前年的, 较上年的, 与2019年的…相比. */
const COMPARED_WITH = /(?:比|较|与)[^，,。；;]{0,8}的$/;

/** An English sentence in the present (the city is home to, has, hosts, now): its count is as of the article. */
const PRESENT_VERB_EN = /\b(?:has|have|is|are|hosts|houses|counts|boasts|employs|now|currently|today)\b/i;

/** Whether a period ended before the article's date: a year before its year, or a quarter, half or month already over. */
function pastPeriod(period: string, now: string): boolean {
  const info = parsePeriod(period);
  const year = Number(now.slice(0, 4));
  if (info === null || info.year > year) return false;
  if (info.year < year) return true;
  // The article's own year: a part of it already over by the article's month.
  const month = Number(now.slice(5, 7));
  return month > 0 && lastMonthOf(info) < month;
}

/** A count of a period is at its end: 2024 → 2024-12, 2024-H1 → 2024-06, as the contract writes a count's date. */
function yearEndOf(period: string): string {
  const info = parsePeriod(period);
  if (info === null || info.kind === 'month') return period;
  return `${info.year}-${String(lastMonthOf(info)).padStart(2, '0')}`;
}

/** Words of a plan, an aim or a forecast in a figure's own clause. */
const AHEAD_IN_CLAUSE =
  /目标|力争|争取|计划|规划|预计|预期|有望|将|要|\b(?:target|targets|aim|aims|goal|plan|plans|planned|expected|expects|forecast|projected|will|would|could|should|may|might|to reach|to exceed)\b/i;

/** A change in the simple past to a level, then the level it started from: rose to 450 billion yuan from … */
const PAST_TO_THEN_FROM =
  /\b(?:rose|grew|increased|jumped|climbed|expanded|surged|fell|dropped|declined)\s+(?:by\s+[0-9.]+\s*(?:%|percent)\s+)?to\s+[^,;]{1,40}?\s+from\s+(?:about |around |nearly |some |over |more than |less than |just )?$/i;

/** Up from the current 60 EFLOPS; from 60 EFLOPS now: the level a change or a plan starts from, today. */
const CURRENT_BEFORE = /\bfrom\s+(?:the|its)\s+(?:current|present|existing|today's)\s+$/i;

/** The city's AI workforce of 200,000 is expected to reach …: a level "of" a measure, then what it is expected to become. */
const OF_THEN_EXPECTED =
  /^\s*(?:is|are)\s+(?:now\s+)?(?:expected|projected|forecast|set|poised|likely|slated|estimated)\s+to\s+(?:reach|exceed|surpass|top|hit|double|triple|grow|rise|increase|climb|expand)\b/i;

/** …'s AI workforce of, its compute capacity of: a measure someone has, named right before "of" and the figure. */
const HELD_MEASURE_OF = /(?:'s|\bits|\btheir)\s+(?:[a-z-]+\s+){0,4}of\s+$/i;

function currentLevel(words: string, m: Mention): boolean {
  const before = words.slice(Math.max(0, m.start - 48), m.start);
  return CURRENT_BEFORE.test(before) || (HELD_MEASURE_OF.test(before) && OF_THEN_EXPECTED.test(words.slice(m.end, m.end + 48)));
}

/** Words for the edition of a yearly event before the one an article is about, and for that one. */
const EDITION_WORD =
  /(上届|上一届|\b(?:last year's|the previous|the last|the preceding) (?:edition|event|conference|show|expo)\b)|(本届|今年|今届|this year's|this edition)|(下一届|下届|\b(?:next year's|the next) (?:edition|event|conference|show|expo)\b)/gi;

/**
 * The number of the edition a lead names last (首届 → 1, 第三届 → 3, the inaugural edition → 1), or 0: none, one it is compared
 * with (较首届扩大近一倍, than the first edition), or one followed by this edition's word (与首届相比，本届…).
 */
function numberedEdition(lead: string): number {
  let n = 0;
  let at = -1;
  for (const w of lead.matchAll(NUMBERED_EDITION)) {
    if (COMPARED_BEFORE.test(lead.slice(Math.max(0, w.index - 8), w.index))) continue;
    n = w[1] === undefined ? 1 : /^[0-9]+$/.test(w[1]) ? Number(w[1]) : (parseChineseNumeral(w[1]) ?? 0);
    at = w.index + w[0].length;
  }
  if (n === 0 || /本届|今届|this year's|this edition/i.test(lead.slice(at))) return 0;
  return n;
}

const NUMBERED_EDITION =
  /第([一二三四五六七八九十]{1,3}|[0-9]{1,2})届|首届|\b(?:the|its) (?:first|inaugural) (?:edition|conference|event)\b/gi;

const COMPARED_BEFORE = /(?:较|比|相比|与|同|than|compared with|compared to|since)\s*(?:the\s+|its\s+)?$/i;

/** 与上届相比本届大会…: the last of the two kinds of edition word before the figure decides. */
function lastEditionWord(lead: string): 'previous' | 'this' | 'next' | null {
  let last: 'previous' | 'this' | 'next' | null = null;
  for (const w of lead.matchAll(EDITION_WORD)) last = w[1] !== undefined ? 'previous' : w[3] !== undefined ? 'next' : 'this';
  return last;
}

/**
 * The figure's status (actual, forecast, target), its period and the basis of that period.
 */
export function dateFigure(a: Article, r: Reading, s: SentenceScope, raw: Mention, unit: FigureUnit, judged: FigureMetric) {
  const { input, clean, text, english, windows, words, reportYear, now, reportPeriod, documentTarget } = a;
  const { sentence, ds, ms, sentenceEdition, contextEdition, clauses, breaksDown, periods, sentenceFacts } = s;
  const { clause, ownClause, m } = unit;
  const { low, rankedPeriod, placeId, geo, entry, metric, reason } = judged;
  const qStart = low?.start ?? m.start;
  const span = toOriginalSpan(clean, qStart, m.end);
  const givenHere =
    periods.get(raw)?.period == null && s.headingForFlows !== null && entry?.kind === 'flow' && entry.editionYear !== true
      ? datedBy(s.headingForFlows, 'sentence')
      : (periods.get(raw) ?? UNDATED);
  // …, and the parts of a whole broken down by place are of the whole's period when they state none.
  // A part that names its measure refers to the article's last whole of that measure (a share to the whole it is of).
  const wholeOf =
    breaksDown && metric !== null && (givenHere.period === null || givenHere.basis === 'publication')
      ? latestOf([
          ...wholesFor(
            r.wholes.map((w) => w.fact).filter((f) => f.metric === metric),
            (f) => f.value,
            ms,
            m,
          ),
          ...r.wholes.map((w) => w.fact).filter((f) => entry?.of !== undefined && f.metric === entry.of),
        ])
      : undefined;
  const said: Dated = wholeOf?.period ? { period: wholeOf.period, basis: 'context' } : givenHere;
  // WAIC2023累计举办…，展览面积超过5万平米: an edition's figure takes the year of the edition its sentence names.
  // 而去年，…观看量是1亿: a date the sentence gives beats an edition named outside it.
  const undated = said.period === null || said.basis === 'publication';
  // 参展企业数由400家增至500家: the level a change started from is no edition's of its own.
  const named =
    entry?.editionYear && said.basis !== 'stated' && said !== RANGE_START ? sentenceEdition || (undated ? contextEdition : 0) : 0;
  // 上届大会参展企业约400家, last year's edition drew …: the edition before the one the article is about.
  const editionWord =
    entry?.editionYear && said.basis !== 'stated'
      ? (lastEditionWord(windows.slice(ownClause.start, m.start)) ??
        (lastEditionWord(windows.slice(sentence.start, m.start)) === 'next' ? 'next' : null))
      : null;
  const previous = editionWord === 'previous';
  // 下一届大会将进一步扩大展览规模，预计展览面积将超过6万平方米: the edition after the one the article is about.
  const nextOne = editionWord === 'next';
  // 回顾首届大会，展览面积约3万平方米: the edition its sentence names by number (首届, 第三届, the inaugural edition) before the figure.
  const ordinal = entry?.editionYear && said.basis !== 'stated' ? numberedEdition(windows.slice(sentence.start, m.start)) : 0;
  const edition =
    ordinal > 0 ? FIRST_EDITION_YEAR + ordinal - 1 : previous || nextOne ? (named || Number(now.slice(0, 4))) + (previous ? -1 : 1) : named;
  const given: Dated = edition > 0 ? { period: String(edition), basis: 'context' } : said;
  // …by 2025, up from the current 60 EFLOPS; the city's AI workforce of 200,000 is expected to reach 300,000: the level a
  // plan starts from is today's, whatever the plan says.
  const current = english && currentLevel(words, m);
  const statusRead = current
    ? 'actual'
    : statusOf(windows, clause, sentence, given.period, now, m.start, (p) => setsGoalFor(text, ds, p), m.end);
  // The "Action Plan" mentioned that Shanghai will use three years to achieve …: what the article's plan says will be
  // is the plan's goal, for the plan's last year when the figure names none.
  const status =
    statusRead === 'forecast' &&
    documentTarget !== null &&
    (given.period === null || given.basis === 'publication') &&
    PLAN_SAYS.test(windows.slice(sentence.start, m.start))
      ? 'target'
      : // …expected to exceed 30 EFLOPS by the end of 2025, up from 7 EFLOPS at the end of 2023: a figure of its own past date,
        // in a clause with no word of a plan or a forecast, is what was, whatever the sentence expects.
        statusRead === 'forecast' &&
          given.basis === 'stated' &&
          given.period !== null &&
          Number(given.period.slice(0, 4)) < Number(now.slice(0, 4)) &&
          !AHEAD_IN_CLAUSE.test(windows.slice(ownClause.start, ownClause.end))
        ? 'actual'
        : // 二、2022年主要目标 / 人工智能产业规模增长15%以上: under a heading of goals, a figure of a year not yet over is a target.
          statusRead === 'actual' &&
            r.headingGoals &&
            given.period !== null &&
            given.basis === 'context' &&
            Number(given.period.slice(0, 4)) >= Number(now.slice(0, 4))
          ? 'target'
          : statusRead;
  // 预计未来三年…, projected … in two to three years: a target counted from a date the text leaves open.
  const openEnded =
    status !== 'actual' &&
    windows.memo(`open@${clause.start}`, () => {
      const open = OPEN_YEARS.exec(windows.slice(sentence.start, clause.end));
      // …over the next three years - The plan aims … to exceed 200 billion yuan by 2028: the year it then names closes it.
      return (
        open !== null &&
        targetYear(
          text,
          ds.filter((d) => d.start >= sentence.start + open.index + open[0].length),
        ) === null
      );
    });
  const resolved = current
    ? entry?.kind === 'stock'
      ? { period: now, basis: 'publication' as const }
      : UNDATED
    : openEnded
      ? UNDATED
      : // A building's figures are of the month it is to be done (预计2020年底建成 → 2020-12), not of that year.
        ((status === 'forecast' ? completionPeriod(windows, { start: sentence.start, end: clause.end }, ds, now) : null) ??
        resolvePeriod(
          given,
          entry,
          status,
          now,
          windows.slice(sentence.start, m.start),
          // 全年新签约项目21个，总投资约86亿元: Chinese states the whole year in the clause before the amount; English in its own.
          windows.slice(
            english ? clause.start : Math.max(sentence.start, clauses[clauses.indexOf(clause) - 1]?.start ?? clause.start),
            m.start,
          ),
          windows.slice(sentence.start, sentence.end),
        ));
  // Products brought by more than 300 AI companies will be shown…: a figure a later verb puts in the future does
  // not stand today.
  // …now houses 108 companies, up from 47 when it opened: the level a change started from is not today's.
  // AI firms 4,300 (up from 3,800): the level a change started from, with no date of its own, is of no period the text gives.
  // …rose to 450 billion yuan from 380 billion yuan in 2024: the date is the rise's, the level it rose from is of no period given.
  const changeBase = english && CHANGE_BASE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
  const baseUndated =
    english &&
    ((resolved.basis === 'context' && changeBase && !ds.some((d) => d.start >= m.end && d.start - m.end <= 24)) ||
      PAST_TO_THEN_FROM.test(text.slice(Math.max(clause.start, m.start - 72), m.start)));
  const stands =
    baseUndated ||
    (english &&
      !current &&
      resolved.basis === 'publication' &&
      (futureOfSubject(text, m, sentence) || (changeBase && !NOW_AFTER.test(text.slice(m.end, Math.min(clause.end, m.end + 16))))))
      ? UNDATED
      : resolved;
  // 到2027年，…。力争全市人工智能核心产业规模超过300亿元: an undated target takes the year its paragraph set, else the
  // year of the article's plan or work report.
  const contextTarget =
    r.paragraphTarget.paragraph === sentence.paragraph ? r.paragraphTarget.period : status === 'target' ? documentTarget : null;
  const released = stands.basis === 'publication' && entry?.kind === 'stock' ? releasedIn(text, sentence, m.start, input.date, now) : null;
  /** No date of its own, and not one end of a range or a stretch of years. */
  const undatedHere = stands.period === null && stands !== RANGE_START && stands !== SPAN;
  const { period, basis } =
    yearBefore(text, m, sentenceFacts) ??
    wholesDate(text, m, sentenceFacts, english) ??
    // …came second with 85 billion yuan: a figure ranked against one before it, with no date of its own, is of that one's period.
    ((undatedHere || stands.basis === 'publication') && rankedPeriod !== null
      ? { period: rankedPeriod, basis: 'context' as const }
      : null) ??
    (undatedHere && !openEnded && status !== 'actual' && contextTarget !== null
      ? { period: contextTarget, basis: 'context' as const }
      : ds.length === 0 &&
          status === 'actual' &&
          // 去年全年，…；人工智能领域融资额约350亿元: a date carried across the ；is the figure's, not the paragraph's opening one.
          (givenHere.period === null || givenHere.basis === 'publication') &&
          (entry?.kind === 'flow' || sentenceFacts.some((f) => f.periodBasis === 'context' && f.period === r.paragraphDate.period)) &&
          r.paragraphDate.paragraph === sentence.paragraph
        ? { period: r.paragraphDate.period, basis: 'context' as const }
        : r.asOf !== null && ds.length === 0 && said === UNDATED && stands.basis === 'publication' && entry?.kind === 'stock'
          ? { period: r.asOf.period, basis: 'context' as const }
          : // 2024年，全市人工智能产业规模达4500亿元。全市规模以上人工智能企业达到420家 (in February 2025): a count with no time
            // word at all, in a paragraph a past period opened, is of that period (目前, 已 or now would make it today's).
            ds.length === 0 &&
              said === UNDATED &&
              stands.basis === 'publication' &&
              entry?.kind === 'stock' &&
              status === 'actual' &&
              r.dataDate.paragraph === sentence.paragraph &&
              pastPeriod(r.dataDate.period, now) &&
              !(english && PRESENT_VERB_EN.test(text.slice(sentence.start, m.start)))
            ? { period: yearEndOf(r.dataDate.period), basis: 'context' as const }
            : // According to the … White Paper, released … on November 29, the city hosts more than 2,500 AI firms: a count its
              // sentence takes from a source released on a day is as of that day, not as of the article.
              released !== null
              ? released
              : // 2024年上海市国民经济和社会发展统计公报: 全市累计60款…通过国家备案 (no time word) is the count at the year's end.
                reportYear !== null &&
                  stands.basis === 'publication' &&
                  entry?.kind === 'stock' &&
                  !ds.some((d) => d.start < m.start && d.kind !== 'weak-now')
                ? { period: `${reportYear}-12`, basis: 'context' as const }
                : // Shanghai's economy in the first three quarters of 2025: a flow the report states with no date is of its period.
                  reportPeriod !== null &&
                    stands.period === null &&
                    stands !== RANGE_START &&
                    stands !== SPAN &&
                    status === 'actual' &&
                    entry?.kind === 'flow' &&
                    // …比前年的1477亿元大幅增加: the level a figure is compared with is not of the report's period.
                    !COMPARED_WITH.test(text.slice(Math.max(ownClause.start, m.start - 12), m.start))
                  ? { period: reportPeriod, basis: 'context' as const }
                  : // …revenue of 120 billion yuan in 2024. Pudong produced 38 percent of the city's AI revenue: a share of a flow
                    // that states no date is of the period of the level of that flow just before it.
                    (shareOfEarlier(r, entry, stands, status, sentence.paragraph) ?? stands));
  // 较2020年增长83.7%: a change measured against a year before the last is over several years, not year on year. So is one
  // whose only year is the base it is measured against (与2020年的2246亿元相比增长近七成): it is of a later year than that.
  const baseYear = metric !== null && metric.endsWith(GROWTH_YOY) && period !== null ? baseYearOf(text, ownClause) : Infinity;
  const overYears = period !== null && (baseYear < Number(period.slice(0, 4)) - 1 || baseYear === Number(period.slice(0, 4)));
  // 入驻企业126家，较2021年底的80家增长近六成: the level compared against is the same measure, at the date it names.
  const base =
    reason === null && (metric === null || period === null)
      ? baseLevel(
          text,
          ownClause,
          m,
          // …人才总量达24.6万人，约占全国的三分之一；较2020年的18万人增长36.7%: a sentence cut at ；continues the one before.
          /[；;]\s*$/.test(text.slice(Math.max(0, sentence.start - 2), sentence.start)) && r.previousFacts.paragraph === sentence.paragraph
            ? [...r.previousFacts.facts, ...sentenceFacts]
            : sentenceFacts,
          metric,
          geo,
          placeId,
          Number(now.slice(0, 4)),
        )
      : null;
  // The level compared against takes the compared figure's measure and place and its own date; every other figure keeps
  // what was worked out for it above.
  const reading: Pick<Fact, 'status' | 'period' | 'periodBasis' | 'geo' | 'place' | 'metric' | 'reason'> = base
    ? {
        status: 'actual',
        period: base.period,
        periodBasis: 'stated',
        geo: base.of.geo,
        place: base.of.place,
        metric: base.of.metric,
        reason: null,
      }
    : {
        status,
        period,
        periodBasis: basis,
        geo,
        place: placeId,
        metric: overYears ? null : metric,
        reason: overYears
          ? REASONS.overYears
          : metric !== null && period === null
            ? // 目前产业规模已超3800亿元: a year's total said in the present restates some year's total without saying which.
              entry?.kind === 'flow' && given.basis === 'publication' && status === 'actual'
              ? REASONS.undatedTotal
              : REASONS.undated
            : reason,
      };
  return { qStart, span, status, reading, period };
}

export type FigureDate = ReturnType<typeof dateFigure>;
