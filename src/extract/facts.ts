/**
 * One article → its facts: every quantity with period, place, qualifier, status, metric and the
 * sentence it came from. Pure: the caller hands in the decoded text and the article date.
 */
import type { GeoId } from '../schema/geo';
import type { BaseUnit, Bilingual, Fact, Language, PeriodBasis, Status, Unread } from '../schema/metricsFile';
import { NOT_SHANGHAI_REASONS } from '../schema/factReasons';
import { UNREAD_REASONS } from '../schema/unreadReasons';
import { anyOf, lastOf, matchMetric, OTHER_PLACE_HAS, PART_WORDS, TextWindows, type Catalogue, type CatalogueEntry } from './catalogue';
import { detectLanguage, toSimplified } from './language';
import { BASE_BEFORE, dateSpans, editionNamed, EVENT_IN_TEXT, nowPeriod, scanDates, type ArticleDate, type DateMention } from './dates';
import { BODY_END_LINE, bodyOffset, cleanText, SECTION_NUMBER, toOriginalSpan, type CleanText } from './normalize';
import { tableFacts } from './tables';
import { scanEnglishDates, scanEnglishQuantities, splitEnglishSentences, VAGUE_AMOUNT } from './english';
import { scanQuantities, type Mention, type Skipped } from './numbers';
import { withAbbreviations, withShortNames, type PlaceMatcher, type PlaceMention } from './places';
import { inside, lastBefore, segmentAround, splitClauses, splitSentences, type Sentence, type Span } from './segment';
import { alsoShanghai, FIGURE_GLUE, groupOf, isShareOf, isShareWhole, placeOf } from './figurePlace';
import { organisationSubject } from './organisation';
import { isDigitCode } from './chars';
import { parsePeriod } from '../schema/period';

export interface ArticleInput {
  id: string;
  /** The decoded file, front matter included: offsets point into this string. */
  original: string;
  date: ArticleDate;
  /** The article's title: a district or zone it names is the article's topic. */
  title?: string;
}

export interface ExtractContext {
  catalogue: Catalogue;
  /** The same catalogue lower-cased, as English text is matched. */
  englishCatalogue: Catalogue;
  places: PlaceMatcher;
}

export interface ArticleFacts {
  facts: Fact[];
  unread: Unread[];
  /** Gazetteer ids the article names anywhere. */
  places: string[];
  lang: Language;
}

const FORECAST_WORDS = [
  '预计',
  '预期',
  '有望',
  '拟',
  // Hong Kong: 全年料逾4,500亿元 (expected to exceed); only after a time word, as 料 alone is in 语料, 材料, 资料.
  '全年料',
  '今年料',
  '明年料',
  '年内料',
  '预料',
  'will',
  'expected',
  'expects',
  'expect',
  'envisions',
  'envisages',
  'is set to',
  'are set to',
  'projected',
  'forecast',
  'estimated to',
  // intelligent capacity should exceed 15 EFLOPS by the end of this year
  'should',
];
/**
 * 将 (will), but not 将近 (nearly: 将近90家 is a count now); 会 (will) only before a verb of reaching (企业数会超过100家),
 * as 会 is also in 大会, 协会, 社会.
 */
const WILL = /将(?!近)|[会會](?:超过|超過|达到|達到|突破|增至|增加到|增長到|增长到|提升至|提升到)/;
/** 将X作为… is the object marker 把, not the future tense. */
const BA_VERBS = ['作为', '视为', '列为', '纳入'];
/** A building started or under way: its floor area, capacity or output is what it will have. */
const BUILDING_WORDS = [
  '开工',
  '动工',
  '开建',
  '奠基',
  '在建',
  '建成后',
  '规划建设',
  'under construction',
  'broke ground',
  'breaks ground',
  'groundbreaking',
  'once completed',
  'when completed',
];
const TARGET_WORDS = [
  '目标',
  'target',
  'targets',
  'targeting',
  'goal',
  'goals',
  'aims to',
  'aim to',
  'aiming to',
  'hopes to',
  'hope to',
  'wishes to',
  'wish to',
  'strives to',
  'strive to',
  'aims for',
  'aim for',
  'aiming for',
  // 远期规划超10万P: the long-term plan.
  '远期',
  // A plan is an aim, not a prediction: 上海计划到2027年…, plans to raise … to 30,000 PFLOPS by 2027.
  '计划',
  // 計畫 (Taiwan) read through simplified Chinese.
  '计画',
  'plans to',
  'plan to',
  'planned',
  'planning to',
];
/** 发展目标,即…, 主要目标是…: a target that opens a list makes every clause after it a target. */
const TARGET_LEAD = /目标[”"]?[,，]?(?:即|是|为|[:：])/;
/**
 * 力争/争取 (strive to) set a goal, as 'strives to' does, for every clause after them in the sentence, and so does a plan
 * named as what the sentence follows (依规划，到2023年底新片区算力将提升至4000P):
 * 力争全市人工智能核心产业规模超过300亿元，…，集聚人工智能企业超1000家.
 */
const STRIVE_WORDS = [
  '力争',
  '争取',
  '力拼',
  '力拚',
  '依规划',
  '根据规划',
  '按照规划',
  '按规划',
  'according to the plan',
  'under the plan',
];
/** Every word that makes a clause a target or a forecast, as one list (one word set). */
const STATUS_WORDS = [...TARGET_WORDS, ...STRIVE_WORDS, ...FORECAST_WORDS];

const dated = (d: DateMention): boolean => d.kind !== 'weak-now';

/** What may stand between a clause's start and its date for the date to be the whole clause. */
const DATE_CLAUSE_LEAD = /^[\s,;]*(?:(?:as of|as at|by|at|in|until|through|till|up to)\s+)?(?:(?:the\s+)?end of\s+)?$/i;
/** The punctuation that bounds a clause inside a sentence. */
const CLAUSE_MARK = /[,;:，；：]/;
const clauseStartOf = (text: string, at: number, sentence: Span): number => {
  let i = at;
  while (i > sentence.start && !CLAUSE_MARK.test(text[i - 1]!)) i--;
  return i;
};

/** Words that put what follows after the date before them: 而后, 此后, 随后 …, since then. */
const LATER_WORDS = /而后|此后|随后|后来|since then|later on|thereafter/i;

/**
 * Verbs of a one-time event (揭牌, 成立, 举办, founded, launched …). A date in a clause that tells such an event
 * dates the event: 模速空间于2023年9月揭牌，已集聚企业100余家 counts the firms as of the article, not of 2023.
 */
const EVENT_WORDS =
  /揭牌|成立|启动|发布|举办|举行|开园|开业|开幕|落户|设立|创建|建成|投用|挂牌|印发|出台|首届|founded|established|launched|opened|released|unveiled|set up|inaugurated|held|hosted/i;

/** Between a count and an amount: the amount is what the counted things are worth (18 projects worth 12.5 billion yuan). */
const WORTH_OF = /^\s*(?:worth|valued at|with (?:a )?(?:combined|total) (?:investment|value) of)\s*$/i;
/** A verb of signing in the counted things' own clause: the zone signed 18 projects worth …. */
const SIGNED_EN = /\b(?:signed|inked|signing)\b/i;
/** …24 AI projects worth 31 billion yuan were signed: the signing said after the amount. */
const SIGNED_AFTER_EN = /^[^,;.]{0,40}?\b(?:were|was|have been|had been|got|are being) (?:signed|inked)\b/i;

/** A clause that says when the next one happened: "When the park opened in 2023, …". */
const WHEN_LEAD = /^\s*when\b/i;

/** The last figure with a unit of its own before `at` in a sentence's mentions (up to `raw`). */
function previousFigure(ms: ReadonlyArray<Mention>, raw: Mention, at: number): Mention | undefined {
  for (let k = ms.indexOf(raw) - 1; k >= 0; k--) if (!ms[k]!.unitless && ms[k]!.end <= at) return ms[k];
  return undefined;
}

/** The clause a mention stands in (between the punctuation around it, inside its sentence). */
function clauseTextOf(text: string, d: Span, sentence: Span): string {
  let end = d.end;
  while (end < sentence.end && !CLAUSE_MARK.test(text[end]!)) end++;
  return text.slice(clauseStartOf(text, d.start, sentence), end);
}

/**
 * A plan joined after an English figure (Lingang has 2.1 EFLOPS in operation and wants to more than double that next
 * year): a date after it is the plan's, not the figure's.
 */
const PLAN_AFTER = /\band (?:it |then )?(?:wants|hopes|intends|expects|plans|aims|will|(?:is|are) (?:expected|set|projected|poised))\b/i;
/** How far after an English figure its date may stand ("… 100 billion yuan in 2018"). */
const ENGLISH_DATE_GAP = 12;
/** An aside between dashes or brackets after a figure (26 billion yuan – a third of China's total – last year). */
const ASIDE_AFTER = /^\s*(?:[-–—]\s*[^-–—()]{1,60}?\s*[-–—]|\([^()]{1,60}\))/;
/** The distance from a figure to a date after it, an aside between them not counted. */
function datedGap(text: string, from: number, to: number): number {
  const aside = ASIDE_AFTER.exec(text.slice(from, to));
  return to - from - (aside ? aside[0].length : 0);
}

/** A period and how the text gives it (see `PeriodBasis`); both null when it gives none. */
export interface Dated {
  period: string | null;
  basis: PeriodBasis | null;
}

const UNDATED: Dated = { period: null, basis: null };
/** The start of 从10万人增长到25万人 with no year: undated, and never taken as of the article's date. */
const RANGE_START: Dated = { period: null, basis: null };
/** A figure for 2020年至2021年: a total over years, which no one period holds. */
const SPAN: Dated = { period: null, basis: null };

/** 目前, 已, 2018年以来: the statement is about the present, i.e. as of the article's date. */
const basisOf = (d: DateMention, scope: 'clause' | 'sentence'): PeriodBasis =>
  d.kind !== 'explicit' ? 'publication' : scope === 'clause' ? 'stated' : 'context';
const datedBy = (d: DateMention, scope: 'clause' | 'sentence'): Dated =>
  d.kind === 'span' ? SPAN : { period: d.period, basis: basisOf(d, scope) };

/**
 * Period of a quantity that is not part of a 从…到… range: the nearest date before it in its
 * clause (stated), else earlier in the sentence (context), else a present-tense word (publication),
 * else the heading the paragraph sits under (context). Null when none applies: the caller decides
 * whether an undated stock is as of the article's date.
 */
function periodOf(
  text: string,
  m: Mention,
  clause: Span,
  sentence: Span,
  dates: ReadonlyArray<DateMention>,
  heading: DateMention | null,
  english: boolean,
  now: string,
): Dated {
  // A date later in the clause: "reached 133.98 billion yuan in 2018", "突破3000亿元(2023年)". English
  // states it there ("more than 100 billion yuan by 2020"), so in English a near one comes first.
  const after = dates.find((d) => d.start >= m.end && d.end <= clause.end && d.kind === 'explicit');
  if (english && after && datedGap(text, m.end, after.start) <= ENGLISH_DATE_GAP) return datedBy(after, 'clause');
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
  if (inClause) return datedBy(inClause, 'clause');
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
      (PRESENT_EN.test(text.slice(clause.start, m.start)) ||
        // …counts 6,000 AI companies; about 6,800 people work in it: after a year's figure, not after a survey's or a report's
        // year, nor after an as-of date (By the end of 2020, Xuhui had 137 AI companies, and …).
        ((PRESENT_COUNTS_EN.test(text.slice(clause.start, m.start)) || PRESENT_AFTER_EN.test(text.slice(m.end, clause.end))) &&
          /^\d{4}$/.test(inSentence.period) &&
          !ATTRIBUTION_EN.test(text.slice(sentence.start, inSentence.end))))
    )
      return { period: now, basis: 'publication' };
    return datedBy(inSentence, 'sentence');
  }
  if (inSentence) return UNDATED;
  if (after && !(english && (PLAN_AFTER.test(text.slice(m.end, after.start)) || RELATIVE_FIGURE.test(text.slice(m.end, after.start)))))
    return datedBy(after, 'clause');
  // English often dates a whole sentence at its end: "… home to about 600 AI companies, …, by the end of 2020".
  // Only a clause that is nothing but the date ("…, by the end of 2020, according to …"): "double the
  // area in 2019" compares, and "with plans to reach 200 by 2025" dates its own figure.
  const later = english ? dates.find((d) => d.start >= clause.end && d.end <= sentence.end && d.kind === 'explicit') : undefined;
  if (later && DATE_CLAUSE_LEAD.test(text.slice(clauseStartOf(text, later.start, sentence), later.start)))
    return datedBy(later, 'sentence');
  const weak = lastBefore(dates, sentence.start, m.start);
  if (weak) return { period: weak.period, basis: 'publication' };
  if (heading) return { period: heading.period, basis: 'context' };
  return UNDATED;
}

/** home to 1,100 AI companies that generated 372 billion yuan last year: a date in a relative clause after another figure is that figure's. */
const RELATIVE_FIGURE = /\b(?:that|which|who)\b[^0-9]*[0-9]/;

interface RangeYears {
  from: Dated;
  to: Dated;
}

/**
 * Periods for the quantities of one sentence. Handles "从2018年的183家增长到2023年的348家", the
 * parallel clause after it that inherits its years ("产业规模从1340亿元增长到超3800亿元"), and a
 * range with no year anywhere in the sentence, whose end is the figure as of the article date and
 * whose start is undated.
 */
function sentencePeriods(
  text: string,
  sentence: Sentence,
  clauses: Span[],
  mentions: Mention[],
  dates: DateMention[],
  now: string,
  heading: DateMention | null,
  english: boolean,
): Map<Mention, Dated> {
  const out = new Map<Mention, Dated>();
  const sentenceHasDate = dates.some(dated);
  let inherited: RangeYears | null = null;
  for (const clause of clauses) {
    const ms = inside(mentions, clause);
    for (let k = 0; k < ms.length; k++) {
      const m1 = ms[k]!;
      if (out.has(m1)) continue;
      const m2 = ms[k + 1];
      const lead = text.slice(k === 0 ? clause.start : ms[k - 1]!.end, m1.start);
      const mid = m2 ? text.slice(m1.end, m2.start) : '';
      // 从183家增长到348家; English: increasing from less than 20,000 PetaFLOPS to 92,600 PetaFLOPS.
      const fromAt = english ? englishFrom(lead) : lead.lastIndexOf('从');
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
              ? periodOf(text, m2, clause, sentence, dates, heading, english, now)
              : { period: now, basis: 'publication' },
          };
        }
        inherited = years;
        out.set(m1, years.from);
        out.set(m2, years.to);
        continue;
      }
      out.set(m1, periodOf(text, m1, clause, sentence, dates, heading, english, now));
    }
  }
  return out;
}

/** The year a change is counted since: 自2018年…以来, 2018年以来, since 2018. */
const SINCE_YEAR = /(?:^|[^0-9])((?:19|20)\d{2})年[^，。；,;]{0,24}以来|\bsince (?:the (?:end|start) of )?((?:19|20)\d{2})\b/i;

/** Where an English "from" that opens a change stands in `lead` (grew from, increasing from), or -1. */
function englishFrom(lead: string): number {
  const m = /\bfrom\s+(?:(?:less|more|fewer) than |over |under |about |around |nearly |some )?$/i.exec(lead);
  return m ? m.index : -1;
}

const spanBefore = (dates: ReadonlyArray<DateMention>, from: number, to: number): DateMention | undefined =>
  lastBefore(dates, from, to, (d) => d.kind === 'span' && parsePeriod(d.period)?.kind === 'year');

/** Words that point back to a zone rather than a district: the area's AI industry (after the Lingang Special Area). */
const AREA_ANAPHORS: ReadonlySet<string> = new Set(['the area', 'The area']);

/** Titles of a place's own report: 政府工作报告, 统计公报, 国民经济和社会发展…, government work report. */
const OWN_REPORT =
  /政府工作报告|统计公报|国民经济和社会发展|行动方案|行动计划|实施方案|发展规划|工作要点|government work report|statistical communiqu|action plan/i;

/** A park's own page: its guide for investors, its profile (招商指南, 园区简介, fact sheet). */
const PARK_PAGE = /招商指南|招商手册|投资指南|园区简介|园区概况|园区介绍|简介|概况|investment guide|park profile|fact sheet|at a glance/i;

/** A title that reports on one year: 2025年上海市国民经济和社会发展统计公报, 徐汇区2024年经济运行情况综述. */
const YEAR_REPORT = /统计公报|国民经济和社会发展|政府工作报告|经济运行|综述|回顾|年报|年度报告|工作总结/;
/** A line that ends an article's body on a web page: the links to other articles after it. */
const AFTER_BODY = new RegExp(`(?:^|\\n)${BODY_END_LINE.source.slice(1)}`, 'i');

/** An English title that reports on a period: Shanghai's economy in the first three quarters of 2025, 2024 in review. */
const PERIOD_REPORT_EN = /\beconomy\b|\bstatistic|communiqu|\bin review\b|\bannual report\b|\bbulletin\b|\bin figures\b|\bin numbers\b/i;

/**
 * The one period a report's title names (2025年前三季度上海经济运行情况, Shanghai's economy in the first three quarters of
 * 2025), or null: the period of the report's flows that state none.
 */
function reportPeriodOf(title: string, english: boolean, date: ArticleDate): string | null {
  if (!(english ? PERIOD_REPORT_EN : YEAR_REPORT).test(title) || /政府工作报告|work report/i.test(title)) return null;
  const ds = (english ? scanEnglishDates(title, date) : scanDates(title, date)).filter((d) => d.kind === 'explicit');
  return ds.length === 1 ? ds[0]!.period : null;
}

/** The years a title names with 年 (2025年上海市…统计公报), in order. */
const yearsNamedIn = (title: string): string[] => [...title.matchAll(/(?<![0-9])(?:19|20)[0-9]{2}(?=年)/g)].map((m) => m[0]);

/** Years in brackets (2026—2028年), (2024-2026): found first, as a bracket is rare; then the words before are read. */
const YEARS_IN_BRACKETS = /[（(]\s*(?:19|20)[0-9]{2}\s*[—–\-－~至到]\s*((?:19|20)[0-9]{2})\s*年?\s*[)）]/g;
/** A plan's name right before its years: 《…三年行动方案（2026—2028年）》, Action Plan (2024-2026). */
const PLAN_NAME_END = /(?:方案|计划|計劃|规划|規劃|纲要|綱要|意见|意見|措施|plan|program|programme|outline|measures)[》”"]?\s*$/i;

/**
 * The year an article's undated targets are set for, or null: a government work report's own year (its 力争产业规模达到
 * 1300亿元 is that year's goal), or the last year of the one plan the article names with its years (上海将利用3年时间，
 * 实现人工智能产业规模超过2000亿元, in an article on 《…行动方案（2026—2028年）》).
 */
function documentTargetYear(title: string, text: string, now: string): string | null {
  if (/政府工作报告|government work report/i.test(title)) {
    const years = yearsNamedIn(title);
    return years.length === 1 ? years[0]! : now.slice(0, 4);
  }
  const all = `${title}\n${text}`;
  const ends = new Set(
    [...all.matchAll(YEARS_IN_BRACKETS)]
      .filter(
        (m) =>
          PLAN_NAME_END.test(all.slice(Math.max(0, m.index - 12), m.index)) ||
          // …the "Action Plan for … (2026 - 2028)": the years close the quoted name.
          (/^["”》」]/.test(all.slice(m.index + m[0].length)) && inQuotedPlanName(all, m.index)),
      )
      .map((m) => m[1]!),
  );
  return ends.size === 1 ? [...ends][0]! : null;
}

/** A plan's word anywhere in its name: "Action Plan for the Development of …", 《…行动方案》. */
const PLAN_WORD = /方案|计划|計劃|规划|規劃|纲要|綱要|意见|意見|措施|\b(?:plan|program|programme|measures|outline)\b/i;
/** The plan as the speaker of a clause: The "Action Plan" mentioned that …, 《方案》提出, 计划明确. */
const PLAN_SAYS =
  /(?:方案|计划|計劃|规划|規劃|纲要|綱要|\b(?:plan|program|programme))[》」”"]?\s*(?:also\s+)?(?:mentioned|mentions|says|said|states|stated|proposes|proposed|calls for|called for|sets out|set out|提出|明确|要求|指出|提到)/i;

/**
 * Whether `at` (years in brackets) closes a quoted name that is a plan's, its plan word anywhere in it: "Action Plan for
 * the Development of Shanghai's Digital and Intelligent Economy (2026 - 2028)".
 */
function inQuotedPlanName(text: string, at: number): boolean {
  const from = Math.max(0, at - 160);
  const before = text.slice(from, at);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'), before.lastIndexOf('《'), before.lastIndexOf('「'));
  if (open < 0) return false;
  const name = before.slice(open + 1);
  return !/[”》」\n]/.test(name) && PLAN_WORD.test(name);
}

/** The one year a report's title names, or null (its 全年 and 年末 are that year's). */
function reportYearOf(title: string | undefined): number | null {
  if (title === undefined || !YEAR_REPORT.test(title)) return null;
  const years = yearsNamedIn(title);
  if (years.length === 0 || years.some((y) => y !== years[0])) return null;
  // 2021年政府工作报告 is delivered in 2021 and looks back on 2020.
  return Number(years[0]) - (/政府工作报告/.test(title) ? 1 : 0);
}

/** The names of parks and zones in a sentence (市北高新技术服务业园区): words inside them are the name's, not the text's. */
const parkNames = (ps: ReadonlyArray<PlaceMention>): PlaceMention[] => ps.filter((p) => p.place !== null && !p.national && !p.anaphoric);

/** A rank before the country's name: ranked second nationwide, ranks first in China, placed third in the country. */
const RANKED_IN =
  /\b(?:rank(?:s|ed|ing)?|placed|places|came|comes|stood|stands)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|top|no\.\s?\d+|\d+(?:st|nd|rd|th))(?:\s+place)?\s+(?:in\s+)?(?:the\s+)?$/i;

/** The words that make a date the as-of date of a count: 截至2018年8月, 截止到, as of. */
const AS_OF_LEAD = /(?:截至|截止|截止到|截至到|as of)\s*$/i;

/** The year under way named as such: 今年, 本年, this year (not 今年底, the end of it). */
const THIS_YEAR =
  /(?:今年|本年)(?![底末初中上下前年季月以0-9一二三四五六七八九十])|(?<!(?:start|beginning|middle|end|half|quarter|months?|part) of |(?:earlier|early|later|late|by|mid-?) ?)\bthis year\b/i;

/** The whole of a year: 全年, 全年度, for the whole year, for the full year. */
const WHOLE_YEAR = /全年|for the (?:whole|full|entire) year|over the (?:whole|full|entire) year/i;

/** From this month of an article on, "the whole year" with no year named is the article's own year. */
const YEAR_ENDING_MONTH = 12;

/** A period carried from an earlier clause of the same sentence is context, not stated. */
const contextOf = (d: Dated): Dated => (d.basis === 'stated' ? { period: d.period, basis: 'context' } : d);

/** A period that is a year's last month, as its year (2018-12 → 2018); any other as it is. */
function yearOfYearEnd(d: Dated): Dated {
  const p = d.period === null ? null : parsePeriod(d.period);
  return p?.kind === 'month' && p.part === 12 ? { period: String(p.year), basis: d.basis } : d;
}

/**
 * The period a fact is charted at. A stock the text does not date is as of the article's date
 * (publication basis); a flow is a total over a period, so the article's date never stands in for
 * one (目前产业规模超3800亿元 reports last year's total, not this month's). Unmapped facts keep the
 * article's date only where a present-tense word gives it.
 */
function resolvePeriod(d: Dated, entry: CatalogueEntry | undefined, status: Status, now: string, before = '', near = ''): Dated {
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
    !WHOLE_YEAR.test(near)
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

/**
 * The place an article is about: the one district or zone (临港新片区, 张江科学城) its title names.
 * A sentence that names no place and follows no place in its paragraph is about it. None when the
 * title names only the city (上海徐汇 is Xuhui), the country, several places, or a cluster (a park's figures need the park named).
 */
/**
 * The place an article's title is about. A district or zone is the topic of every paragraph; a cluster
 * (a park, an incubator) only of a sentence that points back to it (岛上, the park …): `cluster` keeps it.
 */
function topicOf(titlePlaces: ReadonlyArray<PlaceMention>, places: PlaceMatcher): { topic?: PlaceMention; cluster?: PlaceMention } {
  // 上海徐汇…: the city named before a district is where the district is, not a second place.
  const named = titlePlaces.filter((p) => !p.anaphoric && !(p.geo === 'shanghai' && p.place === null && !p.national));
  const first = named[0];
  if (!first || first.national || first.geo === 'shanghai') return {};
  if (named.some((p) => p.geo !== first.geo || p.national)) return {};
  const kind = first.place ? places.gazetteer.get(first.place)?.kind : undefined;
  // 2021年世界人工智能大会在上海世博中心正式开幕: the venue of an event is where it was held, not what the article is about.
  if (kind === 'venue') return {};
  if (first.place !== null && kind !== 'area') return { topic: { ...first, place: null }, cluster: first };
  return { topic: first };
}

function lastNonNational(text: string, ps: ReadonlyArray<PlaceMention>): PlaceMention | undefined {
  // Pudong alone is home to 900 of them, Xuhui to 400: a sentence that goes through several districts leaves none the topic.
  let district: string | null = null;
  let several = false;
  for (const q of ps) {
    if (q.national || q.geo === 'shanghai' || isShareOf(text, q)) continue;
    if (district !== null && q.geo !== district) several = true;
    district = q.geo;
  }
  for (let k = ps.length - 1; k >= 0; k--) {
    const p = ps[k]!;
    // 占全市的40%左右: the whole a share is of is not a place the next sentence goes on about.
    if (p.national || isShareOf(text, p)) continue;
    if (several && p.geo !== 'shanghai') return undefined;
    // The "Mosu Space" in Xuhui District: a district that locates a park named before it leaves the park the topic.
    if (p.place === null) {
      for (let j = k - 1; j >= 0; j--) if (ps[j]!.place !== null && ps[j]!.geo === p.geo && !ps[j]!.national) return ps[j];
    }
    return p;
  }
  return undefined;
}

/** Names of the city itself, wherever they stand (上海 is a place mention only as a clause's subject), and of its yearly AI conference. */
const SHANGHAI_WORDS = /上海|沪|本市|全市|Shanghai|SHANGHAI|世界人工智能大会|WAIC|World Artificial Intelligence Conference/;

/** A sentence that opens with a part of what the sentence before counted: 其中，; 入库企业中，; 这995家企业中，; Among them,. */
const PART_OPENING =
  /^\s*(?:[^，,。；;]{1,6}[,，]\s*)?(?:(?:其中|among them|among these|among which|of these|of them)\s*[,，:：]|[^，,。；;]{0,12}(?:企业|公司|机构|人才|高校|项目)中\s*[,，])/i;

/** The date a sentence cut at ；hands to the next one in its paragraph. */
interface Carried {
  paragraph: number;
  date: DateMention | null;
}

/** A line that is only a day's date, perhaps with its time: a page's dateline. */
const DATELINE =
  /^\s*(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d{2}|\d{1,2} [A-Z][a-z]{2,8} (?:19|20)\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;

/** A heading: a paragraph of its own, short, with no sentence-final punctuation. */
const HEADING_MAX = 40;
const HEADING_BREAKERS = /[。！？!?；;，,：:]/;
/**
 * The one place a heading line is nothing but ("Shenzhen", 一、浦东新区, Xuhui district:), or null: a heading that names
 * no place, several, or says more than a name leaves the paragraphs under it to their own words.
 */
/** Words after an English figure's noun that make the country or the world its scope. */
/** A clause whose subject is the speaker's own side: we, our. */
const FIRST_PERSON = /^\s*(?:[A-Z][a-z]+:\s*)?(?:and\s+)?(?:we|our)\b/i;
/** Words right before the level a change started from: up from, down from, compared with, 较…的 is dated by its own year. */
const CHANGE_BASE_BEFORE =
  /\b(?:up|down|rising|falling|rose|fell|grew|increased|jumped|climbed)\s+from\s+(?:about |around |nearly |more than |over |some |just )?$/i;

/** 较2021年底的, 比2019年挂牌时的, 相比2024年末的 right before a figure: the level it is compared against, and that level's date. */
const BASE_VALUE = /(?:较|比|相比|相较于?|与)\s*((?:19|20)[0-9]{2})年(底|末)?[^，,。；;的0-9]{0,8}的\s*$/;

/**
 * The level a figure of the clause is compared against (…126家，较2021年底的80家增长近六成): of the measure, place and unit of
 * the sentence's figure before it, at the year (or year's end) it names; null when the clause does not say so.
 */
function baseLevel(
  text: string,
  clause: Span,
  m: Mention,
  earlier: ReadonlyArray<Fact>,
  metric: string | null,
  geo: GeoId,
  place: string | null,
): { of: Pick<Fact, 'metric' | 'geo' | 'place'>; period: string } | null {
  if (text[m.start - 1] !== '的' && text[m.start - 2] !== '的') return null;
  const b = BASE_VALUE.exec(text.slice(Math.max(clause.start, m.start - 24), m.start));
  if (b === null) return null;
  const period = b[2] ? `${b[1]}-12` : b[1]!;
  // 上海人工智能产业规模较2018年的1340亿元增长近两倍: a figure whose own words name the measure is dated by the base's date.
  if (metric !== null) return { of: { metric, geo, place }, period };
  const of = earlier.filter((f) => f.metric !== null && f.period !== null && f.unit === m.unit && f.counter === m.counter).at(-1);
  return of !== undefined && period < of.period! ? { of, period } : null;
}

const GROWTH_YOY = '__growth_yoy';
/** 较2020年, 比2019年, compared with 2020, over 2020, from 2019 levels: the year a change in the clause is measured against. */
const BASE_YEAR =
  /(?:较|比|相比|相较|与|对比)\s*((?:19|20)[0-9]{2})年|\b(?:compared with|compared to|over|from|against|on)\s+(?:the\s+)?(?:(?:end|level) of\s+)?((?:19|20)[0-9]{2})\b/gi;
/** The earliest base year written in the figure's clause (较2020年增长83.7%; grew 83.7 percent compared with 2020), or Infinity. */
function baseYearOf(text: string, clause: Span): number {
  let year = Infinity;
  for (const b of text.slice(clause.start, clause.end).matchAll(BASE_YEAR)) year = Math.min(year, Number(b[1] ?? b[2]));
  return year;
}

/** A base a change started from that is today's: up from 58 EFLOPS at present. */
const NOW_AFTER = /^\s*(?:at present|now|today|currently)\b/i;

/** The body's first line when it repeats the title (a page's headline), in the clean text; null when it does not. */
function headlineSpan(text: string, title: string): Span | null {
  const want = title.replace(/\s+/g, '');
  if (want === '') return null;
  const start = text.search(/\S/);
  if (start < 0) return null;
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : nl;
  return text.slice(start, end).replace(/\s+/g, '') === want ? { start, end } : null;
}

/**
 * 上海人工智能产业规模去年突破4000亿元 as the headline over a body that says 2024年…达到4127亿元: the headline's rounded
 * figure gives way to the body's own of the same measure and place; a headline figure the body does not restate stays.
 */
function dropHeadlineRepeats(facts: Fact[], headline: Span | null, clean: CleanText): void {
  if (headline === null) return;
  const { start, end } = toOriginalSpan(clean, headline.start, headline.end);
  const inHeadline = (f: Fact): boolean => f.start >= start && f.end <= end;
  for (let k = 0; k < facts.length; k++) {
    const f = facts[k]!;
    if (f.metric === null || f.period === null || !inHeadline(f)) continue;
    // The headline's own date may be read off its other half (上半年浦东…增长12.3% 张江人工智能岛入驻企业超120家): the body's figure
    // of the same measure and place, whatever its period, is the one to chart.
    const body = facts.some((g) => !inHeadline(g) && g.metric === f.metric && g.geo === f.geo && g.place === f.place && g.period !== null);
    if (body) facts[k] = { ...f, metric: null, reason: REASONS.headline };
  }
}

/** An outlet's tag or dateline in brackets: 【香港经济日报讯】, （中央社记者…上海20日专电）. */
const OUTLET_TAG = /【[^】\n]{2,30}?(?:讯|电|报道)】|[（(][^）)\n]{2,40}?(?:专电|电|讯)[）)]/g;
/** Where the text's outlet tags stand: the places in them (香港经济日报) are the outlet's, no figure's scope. */
function outletTags(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(OUTLET_TAG)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** A paragraph that is an interview's answer: A: …, 答：…. */
const ANSWER = /^\s*(?:A|答)\s*[:：]/;
/** A sentence that opens with someone else as its subject: It hosts …, They …, 它…, 其…, 该…. */
const THIRD_PERSON = /^\s*(?:(?:A|答)\s*[:：]\s*)?(?:(?:it|its|they|their|this|that|these|those|he|she)\b|[它其该他她])/i;
/** Where the paragraph holding `at` starts. */
const paragraphStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;
const SCOPE_AFTER = /^(?:nationwide|nationally|worldwide|globally)$/i;
/** What may stand between the noun and such a word: nothing, or a participle (filed, registered, operating). */
const NOUN_TAIL = /^\s*(?:[a-z]+(?:ed|ing)\s+)?$/i;

/**
 * 去年…引进…海外高层次人才约800人，今年这一数字增至1100余人; …88 AI companies were newly registered …, up from 71 in 2023:
 * a figure the text gives as the same measure as an earlier one of its sentence (这一数字, this figure, up from) is
 * counted as that one is — its metric, or its refusal. Null when the figure is not such a one.
 */
function sameMeasureAs(
  text: string,
  m: Mention,
  clause: Span,
  earlier: ReadonlyArray<Fact>,
  previous: ReadonlyArray<Fact> = [],
): { metric: string | null; reason: Fact['reason'] } | null {
  const lead = text.slice(Math.max(clause.start, m.start - 24), m.start);
  if (!SAME_MEASURE.test(lead) && earlierLevelLead(text, m) === null) return null;
  const sameKind = (f: Fact): boolean => f.unit === m.unit && f.counter === m.counter;
  // 去年同期，这一数字是598亿元: with no figure of its kind before it in its sentence, "this figure" is the last one of the
  // sentence before, in the same paragraph.
  const before = earlier.filter(sameKind).at(-1) ?? (SAME_MEASURE_BACK.test(lead) ? previous.filter(sameKind).at(-1) : undefined);
  if (before === undefined) return null;
  return { metric: before.metric, reason: before.metric === null ? before.reason : null };
}
const SAME_MEASURE =
  /(?:\b(?:up|down)\s+from|这一数字|这一数据|该数字|该数据|\b(?:this|that|the) (?:figure|number))\s*(?:已|则|也|再|还|仅|只)*(?:增至|增加到|增长到|增长至|提升至|升至|达到|达|为|是|有|约为|不到|is|was|stood at|reached|rose to|grew to|climbed to|hit)?\s*$/i;
/** The words that name the measure of a figure in the sentence before: 这一数字, this figure (not "up from", which compares within its sentence). */
const SAME_MEASURE_BACK = /(?:这一数字|这一数据|该数字|该数据|\b(?:this|that) figure)/i;

/**
 * 截至去年底，全市智能算力规模达到58EFLOPS，预计今年底将突破80EFLOPS; 到2025年，…达到3万人；到2027年，力争突破5万人: a
 * clause that says no more than when and how much goes on with the measure of the figure of its unit just before it, in
 * its sentence or across a ；. Null when the clause names anything else.
 */
function ellipsisOf(
  text: string,
  m: Mention,
  clause: Span,
  earlier: ReadonlyArray<Fact>,
  previous: ReadonlyArray<Fact>,
  places: ReadonlyArray<PlaceMention>,
  partOfBefore: boolean,
): { metric: string | null; reason: Fact['reason']; period?: string | null } | null {
  // …Pudong New Area's AI industry reached 186 billion yuan. Xuhui, home to ModelSpeed Space, came second with 85 billion yuan:
  // a place that ranks or follows "with" a figure has the measure of the figure it is ranked against.
  if (
    text.slice(Math.max(0, m.start - 8), m.start).includes('with') &&
    RANK_WITH.test(text.slice(Math.max(clause.start, m.start - 40), m.start))
  ) {
    const same = (f: Fact): boolean => f.unit === m.unit && f.counter === m.counter && f.metric !== null;
    const before = earlier.filter(same).at(-1) ?? previous.filter(same).at(-1);
    return before === undefined ? null : { metric: before.metric, reason: null, period: before.period };
  }
  // Its AI industry generated 15.6 billion yuan in 2018, and officials aim to lift that to 50 billion yuan by 2022; CCID
  // expects it to reach 27 billion yuan in 2020: a level "it" or "that" is raised to is the measure of the figure it points
  // back to, in the sentence or the one before; "…had reached 3.5 EFLOPS, and the area aims to exceed 10 EFLOPS" within one.
  const levelLead = text.slice(Math.max(0, m.numberStart - 60), m.numberStart);
  const pointsBack = ANAPHORIC_LEVEL.test(levelLead);
  if (pointsBack || AIMED_LEVEL.test(levelLead)) {
    const same = (f: Fact): boolean => f.unit === m.unit && f.counter === m.counter && f.metric !== null;
    const before = earlier.filter(same).at(-1) ?? (pointsBack ? previous.filter(same).at(-1) : undefined);
    if (before !== undefined) return { metric: before.metric, reason: null };
  }
  if (m.start - clause.start > ELLIPSIS_REACH) return null;
  // 浦东新区人工智能企业超过1200家，徐汇区超过800家: the place a parallel clause opens with is its subject, no measure of its own.
  const opening = places.find(
    (p) => p.start >= clause.start && p.end <= m.start && /^[\s，,；;]*$/.test(text.slice(clause.start, p.start)),
  );
  const lead = opening ? text.slice(opening.end, m.start) : text.slice(clause.start, m.start);
  if (!(opening && /^[\s，,]*$/.test(lead)) && !ELLIPSIS_LEAD.test(lead)) return null;
  // …，北京超过3000家: the same measure of another city, or of the country, is not Shanghai's.
  if (opening?.national) return { metric: null, reason: REASONS.elsewhere };
  const same = (f: Fact): boolean => f.unit === m.unit && f.counter === m.counter && f.metric !== null;
  let before = earlier.filter(same).at(-1);
  if (before === undefined) {
    const last = previous.filter(same).at(-1);
    // Across a ；only: a sentence of its own is not an ellipsis, unless it opens as a part of the one before (…2300家。其中，
    // 浦东900家，徐汇400家) and the clause names its place.
    if (last !== undefined && (/[；;]/.test(text[clause.start - 1] ?? '') || (partOfBefore && opening !== undefined))) before = last;
  }
  return before === undefined ? null : { metric: before.metric, reason: null };
}
/** An English bound a level is stated with: more than, over, about … */
const EN_BOUND = String.raw`(?:(?:more than|over|about|around|nearly|some|roughly|at least|well over|just over)\s+)?`;
/** lift that to, push it past, expects it to reach, our goal is to pass: a level of the measure pointed back to. */
const ANAPHORIC_LEVEL = new RegExp(
  String.raw`\b(?:(?:(?:more than |nearly )?(?:lift(?:s|ed|ing)?|rais(?:e|es|ed|ing)|push(?:es|ed|ing)?|bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|grow(?:s|ing)?|grew|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|quadrupl(?:e|es|ed|ing))\s+(?:that|it|this|the figure|the number|the total)\s+(?:to|past|above|beyond|over))|(?:(?:expects?|expected|forecasts?|projects?|wants?)\s+(?:it|that)\s+to\s+(?:reach|hit|top|exceed|pass|surpass|be))|(?:(?:goal|target|aim|plan)\s+is\s+to\s+(?:reach|hit|top|exceed|pass|surpass))|(?:\b(?:it|that)\s+(?:was|had been|stood at|came to|totaled|totalled)))\s+${EN_BOUND}$`,
  'i',
);
/** …, and the area aims to exceed 10 EFLOPS: a goal in the sentence of the level before it. */
const AIMED_LEVEL = new RegExp(
  String.raw`\b(?:aims?|aiming|plans?|planning|wants?|hopes?|seeks?|strives?|is set|is expected|are expected|expects?)\s+to\s+(?:reach|hit|top|exceed|pass|surpass|(?:grow|rise|increase|expand)\s+to)\s+${EN_BOUND}$`,
  'i',
);

/** came second with, followed with, ranked third with, trailed with: a place ranked by the same measure as the figure before. */
const RANK_WITH =
  /\b(?:came|ranked|placed|finished|followed|trailed|led|was|is)\s+(?:(?:first|second|third|fourth|fifth|next|closely|behind)\s+)?(?:,\s*)?with\s+$/i;
/** How long the lead of an elliptical clause may be (到2027年，力争突破: a date and a verb). */
const ELLIPSIS_REACH = 24;
/** What an elliptical clause holds before its figure: its time, a word of forecast or aim, a verb of level. */
const ELLIPSIS_LEAD =
  /^[\s，,；;]*(?:(?:今年底|今年年底|今年|明年|年底|年末|全年|到|至|(?:19|20)[0-9]{2}年(?:底|末)?|预计|将|力争|争取|有望|可望|还|也|再|进一步|突破|超过|超|达到|达|增至|增长到|提升至|升至|实现|则为|为|则|也有|共有)\s*[，,]?\s*)+$/;

/**
 * 一、文中“2025年上海人工智能产业规模达到5280亿元…”一句…应为“…5180亿元…”; The story said "… 43 …"; it should have
 * read …: a figure quoted from the statement a correction withdraws.
 */
function withdrawnBy(text: string, m: Span, sentence: Span): boolean {
  const own = text.slice(sentence.start, sentence.end);
  const fix = CORRECTION.exec(own);
  if (fix === null || m.start >= sentence.start + fix.index) return false;
  const before = text.slice(sentence.start, m.start);
  return Math.max(before.lastIndexOf('“'), before.lastIndexOf('"')) > before.lastIndexOf('”');
}
const CORRECTION = /应为|更正为|should read|should have read|should have said|should have been/;

/** 分区看, 从区域看, By district: a sentence that breaks the figures before it down by place. */
const BREAKDOWN =
  /^\s*(?:分区(?:域)?看|分地区看|从(?:各)?区(?:域)?(?:分布)?(?:来)?看|按区(?:域)?(?:划分|分布)?看?|从空间(?:分布|布局)看|(?:broken down )?by district|district by district)\s*[,，:：]/i;

/** An English clause in the present: is home to, has, hosts, houses, now, today, currently. */
const PRESENT_EN = /\b(?:(?:is|are) (?:now )?home to|hosts|houses|now|today|currently)\b/i;
/** Present verbs that count: counts, boasts, employs. */
const PRESENT_COUNTS_EN = /\b(?:counts|boasts|employs)\b/i;
/** A date that is a source's: according to a 2021 survey, the 2024 white paper, data from a 2023 report. */
const ATTRIBUTION_EN = /\b(?:according to|survey|report|white paper|study|census|data)\b/i;
/** About 6,800 people work in the sector: a present verb right after the figure's noun. */
const PRESENT_AFTER_EN = /^[\w -]{0,40}?\b(?:work|are (?:employed|based))\b/i;

/**
 * …其中携程去年营收达到310亿元，研发人员超过1万人: a clause right after one company's figure, with a short lead that names
 * no place of its own, goes on about the same company.
 */
function continuesOrganisation(
  text: string,
  clause: Span,
  m: Span,
  ps: ReadonlyArray<PlaceMention>,
  lastReason: Fact['reason'],
  lastEnd: number,
): boolean {
  if (lastReason !== REASONS.organisation || lastEnd > clause.start || m.start - clause.start > CONTINUED_LEAD) return false;
  if (ps.some((p) => p.start >= clause.start && p.end <= m.start)) return false;
  return !/[全本该这]/.test(text.slice(clause.start, m.start));
}
const CONTINUED_LEAD = 8;

/** 全年新引进各类人才3.8万人，其中人工智能领域人才4200人: a part of an increase is an increase too. */
function partOfIncrease(
  text: string,
  clause: Span,
  m: Span,
  earlier: ReadonlyArray<Fact>,
  catalogue: Catalogue,
): { metric: null; reason: Fact['reason'] } | null {
  if (!PART_LEAD.test(text.slice(clause.start, m.start))) return null;
  const increase = catalogue.vetoes.find((v) => v.id === 'increase')?.reason;
  const whole = earlier.at(-1);
  return increase !== undefined && whole?.reason?.en === increase.en ? { metric: null, reason: whole.reason } : null;
}
const PART_LEAD = /^[\s，,]*(?:其中|of which|among them)/i;

/**
 * 人才总量约28万人，其中…，海外留学归国人才约3.1万人: after 其中 (of which), a figure of the measure the sentence's whole
 * was of is a part of that whole, not the whole again, unless the part names its own place or date (其中浦东新区1200家 is
 * the district's; 其中2024年签约300亿元 is that year's).
 */
function partOfWhole(
  text: string,
  m: Span,
  metric: string | null,
  earlier: ReadonlyArray<{ metric: string | null; end: number }>,
  ps: ReadonlyArray<PlaceMention>,
  ds: ReadonlyArray<DateMention>,
): boolean {
  if (metric === null) return false;
  let whole: { metric: string | null; end: number } | undefined;
  for (let k = earlier.length - 1; k >= 0 && earlier[k]!.end > m.start - PART_REACH; k--)
    if (earlier[k]!.metric === metric && earlier[k]!.end <= m.start) {
      whole = earlier[k];
      break;
    }
  if (!whole) return false;
  const between = text.slice(whole.end, m.start);
  // …约29.6万人，约占全国的31%；其中…: the whole may stand before a ；; in the sentence just before, only when this one
  // opens with the part (…共计57952人。其中应用层规模最大，共有从业人员45483人), in the same paragraph.
  const stop = between.search(/[。！？!?]/);
  if (between.includes('\n')) return false;
  if (stop >= 0 && (/[。！？!?]/.test(between.slice(stop + 1)) || !PART_START.test(between.slice(stop + 1)))) return false;
  const at = between.search(PART_WORD);
  if (at < 0) return false;
  const from = whole.end + at;
  // of which 21 are in Xuhui: English names the part's place after its number, in the same clause.
  const rest = text.slice(m.end).search(/[，,；;。.!?！？\n]/);
  const to = rest < 0 ? text.length : m.end + rest;
  return !ps.some((p) => p.start >= from && p.end <= to) && !ds.some((d) => d.start >= from && d.end <= m.start);
}
const PART_WORD = /其中|of which|among them/i;
/** A sentence that opens with its part: 其中…, Among them, … */
const PART_START = /^[\s”"’」』）)]*(?:其中|among them|of these|of them)/i;
/** An English part of the figure before: a quarter of them, 60 of these. */
const OF_THEM = /\bof (?:them|these|those)\b/i;
/** How far before a part its whole may stand. */
const PART_REACH = 200;

/** The nine cities' combined AI industry: a figure of several cities together. */
const CITIES_GROUP = /\b(?:two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})\s+cities(?:'|’)?\s/i;
/** Where the clause holding `at` ends. */
function clauseEnd(clauses: ReadonlyArray<Span>, at: number): number {
  return clauses.find((c) => at >= c.start && at < c.end)?.end ?? at;
}

function placeHeading(text: string, sentence: Sentence, places: ReadonlyArray<PlaceMention>): PlaceMention | null {
  const own = places.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  if (own.length !== 1) return null;
  const rest = (text.slice(sentence.start, own[0]!.start) + text.slice(own[0]!.end, sentence.end)).replace(HEADING_NOISE, '');
  return rest.length === 0 ? own[0]! : null;
}
/** A sentence at a line's start that opens with a place and a colon (• Shenzhen: …; 浦东新区：…): the place, else null. */
function labelPlace(text: string, sentence: Sentence, places: ReadonlyArray<PlaceMention>): PlaceMention | null {
  const first = places[0];
  if (first === undefined) return null;
  return LABEL_LEAD.test(text.slice(sentence.start, first.start)) && LABEL_COLON.test(text.slice(first.end, first.end + 3)) ? first : null;
}
const LABEL_LEAD = /^[\s•·▪◦●*-]*$/;
const LABEL_COLON = /^\s?[:：]/;
/** Numbering, punctuation and generic words a place's heading may carry (一、, 2., district, 区, :). */
const HEADING_NOISE = /[\s0-9一二三四五六七八九十、.．:：()（）\-–—•*#]|\b(?:district|new area)\b/gi;

function isHeading(text: string, sentence: Sentence): boolean {
  if (sentence.end - sentence.start > HEADING_MAX) return false;
  if (HEADING_BREAKERS.test(text.slice(sentence.start, sentence.end))) return false;
  const before = text[sentence.start - 1];
  const after = text[sentence.end];
  return (before === undefined || before === '\n') && (after === undefined || after === '\n');
}

/**
 * Whether an English figure is what a later verb puts in the future: the figure in the subject, before any verb of its
 * sentence, whose first verb after it is future ("products brought by more than 300 AI companies, will be shown").
 * A figure after a verb of its own (has attracted more than 100 companies, with plans to grow …) stands as the
 * sentence says. (Chinese puts 将/预计 before the figure, in its own clause, where `clauseStatus` reads it.)
 */
function futureOfSubject(text: string, m: Span, sentence: Span): boolean {
  if (EN_FINITE.test(text.slice(sentence.start, m.start))) return false;
  const rest = text.slice(m.end, sentence.end);
  const future = EN_FUTURE.exec(rest);
  if (!future) return false;
  const finite = EN_FINITE.exec(rest);
  return !finite || future.index <= finite.index;
}

/** Verbs that state what is (or was): a figure after one is its object or complement, not a subject. */
const EN_FINITE =
  /\b(?:is|are|was|were|has|have|had|home to|reached|reaches|exceeded|exceeds|surpassed|surpasses|totals|totaled|totalled|stood|stands|hit|hits|accounted|accounts|gathered|gathers|attracted|attracts|hosts|hosted|houses|housed|includes|included|employs|employed|boasts|counts|saw|sees|became|becomes|grew|grows|rose|rises|increased|increases|registered|topped|tops)\b/i;
/** The future or a plan in English: what a subject before it will be. */
const EN_FUTURE =
  /\b(?:will|would|shall|(?:is|are) (?:expected|set|projected|scheduled|slated|poised|likely) to|plans? to|planned to|aims? to|to be held)\b/i;

/** Already, now: what follows is so today, whatever a target or a forecast before it says. */
const ALREADY = /\b(?:already|now|currently|so far|to date)\b|已经|已有|已集聚|已吸引|已入驻|目前已/;

/** Where the last target or forecast word before `to` in the sentence ends (the sentence's start if none). */
function lastStatusWord(text: TextWindows, from: number, to: number): number {
  const hit = lastOf(text, STATUS_WORDS, from, to);
  return hit ? hit.at + hit.word.length : from;
}

const MONTH_PERIOD = /^[0-9]{4}-[0-9]{2}$/;

/**
 * A clause's status. `goal` tells a date the sentence sets something for (到2025年底, by 2030): a figure
 * for such a date still to come, with no word of forecast, is a goal (到2025年底，推动全市算力规模达到4500PFlops,
 * written in March 2025, is the plan's target, not a forecast).
 */
function statusOf(
  text: TextWindows,
  clause: Span,
  sentence: Span,
  period: string | null,
  now: string,
  at: number,
  goal: (period: string) => boolean,
  figureEnd: number,
): Status {
  const said = clauseStatus(text, clause, sentence);
  // A month still to come is not yet so.
  const later =
    period !== null && (MONTH_PERIOD.test(period) && MONTH_PERIOD.test(now) ? period > now : period.slice(0, 4) > now.slice(0, 4));
  // "aims to be the biggest incubator and already has more than 100 startups": what it already has is actual; a figure
  // for a date still to come never is (目前已达2000家，到2027年将达到3000家).
  if (said !== null && said !== 'actual' && !later && ALREADY.test(text.slice(lastStatusWord(text, sentence.start, at), at)))
    return 'actual';
  const stated = said === 'forecast' && forecastOfLaterPredicate(text, clause, sentence, at, figureEnd) ? null : said;
  if (stated !== null) return stated;
  if (period === null || !later) return 'actual';
  return goal(period) ? 'target' : 'forecast';
}

/**
 * Whether a clause's word of forecast is only in a later predicate joined by "and": Shanghai's computing power reached 80
 * EFLOPS in 2024 and is expected to top 100 EFLOPS this year (80 EFLOPS is what it reached).
 */
function forecastOfLaterPredicate(text: TextWindows, clause: Span, sentence: Span, at: number, figureEnd: number): boolean {
  if (
    anyOf(text, FORECAST_WORDS, sentence.start, at) ||
    WILL.test(text.slice(sentence.start, at)) ||
    anyOf(text, BUILDING_WORDS, sentence.start, clause.end)
  )
    return false;
  const lower = text.slice(figureEnd, clause.end).toLowerCase();
  const first = Math.min(...FORECAST_WORDS.map((w) => lower.indexOf(w)).filter((i) => i >= 0));
  // "and is expected", "and expects", "and will": the predicate's own "and", not a list's (Tencent and Huawei will take part).
  const joined = AND_PREDICATE.exec(lower);
  return joined !== null && joined.index <= first;
}
const AND_PREDICATE =
  /\band\s+(?:(?:is|are|was|were|has been|have been)\s+)?(?:expected|expects|expect|plans|plan|planned|will|should|projected|set to|estimated|forecast)\b/;

/**
 * What the words say of a clause, once per clause: 目标 → target; 预计/将… before it in the sentence,
 * or a building started before it or in it (项目正式开工，总建筑面积约27万平方米) → forecast.
 */
const statusMemo = new WeakMap<TextWindows, Map<number, Status | null>>();
function clauseStatus(text: TextWindows, clause: Span, sentence: Span): Status | null {
  let memo = statusMemo.get(text);
  if (!memo) statusMemo.set(text, (memo = new Map<number, Status | null>()));
  const key = clause.start * 65536 + (clause.end - clause.start);
  const known = memo.get(key);
  if (known !== undefined) return known;
  let status: Status | null = null;
  if (
    anyOf(text, TARGET_WORDS, clause.start, clause.end) ||
    anyOf(text, STRIVE_WORDS, sentence.start, clause.end) ||
    TARGET_LEAD.test(text.slice(sentence.start, Math.min(clause.end, clause.start + 1)))
  )
    status = 'target';
  else if (
    (anyOf(text, FORECAST_WORDS, sentence.start, clause.end) || WILL.test(text.slice(sentence.start, clause.end))) &&
    !anyOf(text, BA_VERBS, sentence.start, clause.end)
  )
    status = 'forecast';
  // …, up to the clause's end: 目前算力规模为1050P，在建算力1525P — what is being built is the next clause's.
  else if (anyOf(text, BUILDING_WORDS, sentence.start, clause.end)) status = 'forecast';
  memo.set(key, status);
  return status;
}

const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A source released on a day: released by the commission on November 29; 11月29日发布的《白皮书》. */
const RELEASED_EN =
  /\b(?:released|published|issued|unveiled)\b[^.;!?]{0,60}?\bon\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*((?:19|20)\d{2}))?/i;
const RELEASED_ZH = /(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日(?:[^，,。；;]{0,12}?)(?:发布|公布|发表|印发)/;

/**
 * The month of a source the sentence cites as released on a day, when it is before the article's month: the as-of time
 * of the counts the sentence takes from it. A day with no year is the last such day on or before the article's date.
 */
function releasedIn(text: string, sentence: Span, figureStart: number, published: ArticleDate, now: string): Dated | null {
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
const BY_DATE = /(?:到|(?<!截)至|by\s*)$/i;

/**
 * A building that has just broken ground (项目开工，总建筑面积22万平方米): its figures are what it will
 * have when done. The date of the ceremony is not theirs; a later date in the sentence (预计2024年底交付)
 * is. Null when the sentence is not about a building; UNDATED when it gives no completion date.
 */
function completionPeriod(text: TextWindows, upTo: Span, dates: ReadonlyArray<DateMention>, now: string): Dated | null {
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

/** How far (in characters) a number with no unit may stand after the phrase whose unit it takes. */
const BORROW_GAP = 6;
/** English links with words: the core industry has reached 26 billion. */
const BORROW_GAP_EN = 32;
/** Nouns of money a bare amount in 亿 may stand right before: 千亿产值, 500亿营收. */
const MONEY_NOUN_AFTER = /^(?:的)?(?:产值|营收|营业收入|销售收入|销售额|收入|产业规模)/;
/** What may stand between such a phrase and its number: linking words and bounds, nothing else. */
const BORROW_LINK =
  /^(?:[已共总约近超逾达为是有至到增破突共计累合数量规模总数量]|金额|已经|达到|高达|约为|约有|超过|将近|接近|增至|增长到|扩大到|突破了| |reached|reach|of|is|was|at|to|stood at|stands at|stand at|standing at|(?:crossed|passed|topped|surpassed|exceeded|broken through|broke through|reached|hit) the|totaled|totalled|totals|hit|exceeded|surpassed|over|about|around|nearly|more than|has|had|have|already|now|grew|grown|rose|risen|climbed|jumped|expanded|amounted|number|numbers|numbered|estimated at|put at| in (?:the )?(?:city|district|zone|area|park|municipality|shanghai))*$/;

/** An English change by a rate right before the level it reached: "grew 22 percent to", "up 12.5% to". */
const CHANGE_TO =
  /\b(?:up|down|grew|grown|rose|risen|increased|climbed|jumped|expanded|fell|dropped)(?: by)? (?:about |around |nearly |some )?[0-9]+(?:\.[0-9]+)? ?(?:percent|per cent|%) to $/;

/**
 * 人才规模约25万, 产业规模突破3000亿, 人工智能企业数量超过1000: a number written without its unit
 * right after a metric's phrase takes that metric's unit (and classifier). Money needs its magnitude
 * (3000亿); a plain 2024 after 产业规模 is not an amount. Null when no phrase stands close enough.
 */
function borrowUnit(text: string, m: Mention, segment: Span, catalogue: Catalogue, english: boolean): Mention | null {
  const byLastChar = phrasesByLastChar(catalogue);
  // Changing workforce grew 22 percent to 19,500: a change by a rate between the noun and the level it reached.
  const change = english ? CHANGE_TO.exec(text.slice(Math.max(segment.start, m.start - 40), m.start)) : null;
  const floor = Math.max(segment.start, m.start - (change ? change[0].length + BORROW_GAP_EN : english ? BORROW_GAP_EN : BORROW_GAP));
  let best: { entry: CatalogueEntry; end: number; length: number } | null = null;
  // Closest phrase end first; the gap between it and the number holds no digit or punctuation.
  // 3至5家: the low end of a range is not a number of its own.
  if (RANGE_MARKS.has(text[m.end] ?? '') || text.startsWith(' to ', m.end)) return null;
  // Between the phrase and the number only words that link them: 达到, 约有, 超过, 总量, 已 …
  const gap = (end: number): boolean => BORROW_LINK.test(text.slice(end, change ? m.start - change[0].length : m.start));
  for (let end = m.start; end > floor - 1 && end > segment.start; end--) {
    if (end < m.start && !gap(end)) continue;
    // The unit itself before the number: 观看总人次破6.38亿.
    if (text.startsWith('人次', end - 2)) {
      return readAs(m, 'person_visits', null);
    }
    for (const [phrase, entry] of byLastChar.get(text[end - 1]!) ?? []) {
      if (end - phrase.length < segment.start || !text.startsWith(phrase, end - phrase.length)) continue;
      if (!best || phrase.length > best.length) best = { entry, end, length: phrase.length };
    }
    if (best) break;
  }
  const money = /[万亿千]|billion|million|trillion/.test(m.text);
  // Money needs its magnitude: a plain 400 after "industry" may still be "the number of enterprises" named earlier.
  if (best?.entry.unit === 'CNY' && !money) best = null;
  // 千亿产值, 2030年实现1000亿产值: an amount in 亿 right before the noun of money it measures is yuan, its 元 left out.
  if (!best && !english && /亿/.test(m.text) && MONEY_NOUN_AFTER.test(text.slice(m.end, m.end + 6))) {
    return readAs(m, 'CNY', null);
  }
  best ??= numberOf(text, m, segment, byLastChar);
  if (!best) return null;
  const { entry } = best;
  if (entry.unit === 'CNY' && !money) return null;
  if (entry.unit !== 'CNY' && entry.unit !== 'persons' && entry.unit !== 'items' && entry.unit !== 'person_visits') return null;
  return readAs(m, entry.unit, entry.counters?.[0] ?? null);
}

/** A bare number read in a unit (and counter) it did not carry, with its other fields as they were. */
function readAs(m: Mention, unit: BaseUnit, counter: string | null, value = m.value): Mention {
  const { unitless: _, ...rest } = m;
  return { ...rest, value, unit, counter };
}

/** The last figure before `end` read with a unit of its own, not a percentage: what a bare total or part after it counts. */
const countBefore = (read: ReadonlyArray<Mention>, end: number): Mention | undefined => {
  const last = read.filter((x) => x.end <= end && !x.unitless).at(-1);
  return last?.unit === 'percent' ? undefined : last;
};

/**
 * 2. 394. The number of AI companies above designated size …: a figure standing alone, read with the words that follow it
 * and say what it counts (a count or people; an amount states its own unit); so is one that counts a part "of its" kind.
 */
function describedAfter(text: string, m: Mention): Mention | null {
  const lead = DESCRIBED_LEAD.exec(text.slice(m.end, m.end + 24));
  if (lead === null) return null;
  const rest = text.slice(m.end + lead[0].length, m.end + lead[0].length + 60);
  // 6. Some 200 companies …: a list's number before a figure of its own describes nothing.
  if (/^\s*(?:[a-z-]+\s+){0,2}\d/i.test(rest)) return null;
  const probe = `${text.slice(m.numberStart, m.end)} ${rest}`;
  const read = scanEnglishQuantities(probe, 0, probe.length, []).mentions.find((x) => x.start === 0 && !x.unitless);
  return read && read.unit !== 'CNY' && read.unit !== 'percent' ? readAs(m, read.unit, read.counter) : null;
}
/**
 * What follows a figure standing alone (2. 394. The number of AI companies …; 60. Generative AI models from …), or a part
 * of a whole its noun names (148 of its large models had been filed): the words after say what it counts.
 */
const DESCRIBED_LEAD =
  /^(?:(?:\.|\s+[-–—])\s+(?:the (?:number|count|total) of\s+)?|\s+of\s+(?:its|their|the city's|shanghai's|the district's)\s+)/i;

/**
 * A bare number that is the new total of what an earlier figure of its sentence counted (Shanghai added 300 new AI firms,
 * bringing the total to 2,600; 新增300家，总数达到2600家 is read with its 家), or its earlier level (…has grown to 300,000,
 * up from 100,000 in 2018), or another place's count set against it (Beijing has more than 2,000 AI companies, while
 * Shanghai has about 1,200; …with 4,500 AI enterprises, behind Beijing's 5,000): the earlier figure's unit and counter.
 */
function totalOfEarlier(text: string, m: Mention, sentenceMentions: ReadonlyArray<Mention>): Mention | null {
  const lead = TOTAL_TO.exec(text.slice(Math.max(0, m.start - TOTAL_TO_REACH), m.start)) ?? earlierLevelLead(text, m);
  if (!lead) return null;
  const earlier = countBefore(sentenceMentions, m.start - lead[0].length);
  return earlier ? readAs(m, earlier.unit, earlier.counter) : null;
}
/** …600 AI firms at the end of 2024, against 552 a year earlier: the period of the figure it is set against, a year back. */
function yearBefore(text: string, m: Mention, earlier: ReadonlyArray<Fact>): Dated | null {
  if (!A_YEAR_EARLIER.test(text.slice(m.end, m.end + 24)) || earlierLevelLead(text, m) === null) return null;
  const before = earlier.filter((f) => f.unit === m.unit && f.period !== null).at(-1);
  const p = before?.period;
  if (p === undefined || p === null) return null;
  return { period: `${Number(p.slice(0, 4)) - 1}${p.slice(4)}`, basis: 'context' };
}
const A_YEAR_EARLIER = /^\s*(?:a year (?:earlier|before)|the year before|the previous year)/;

/** …reached 600 AI firms, against 552 a year earlier; compared with 319 in 2022: the same measure's earlier level. */
const EARLIER_LEAD = /(?:\b(?:against|compared with|compared to|versus|vs\.?|up from|down from)|[0-9%][a-z\s-]{0,24}?\bfrom)\s+$/i;
const EARLIER_TIME =
  /^\s*(?:a year (?:earlier|ago|before)|the year before|the previous year|last year|in (?:19|20)\d\d\b|at the end of (?:19|20)\d\d\b)/;
function earlierLevelLead(text: string, m: Mention): RegExpExecArray | null {
  return EARLIER_TIME.test(text.slice(m.end, m.end + 24)) ? EARLIER_LEAD.exec(text.slice(Math.max(0, m.start - 24), m.start)) : null;
}
const TOTAL_TO = new RegExp(
  String.raw`\b(?:(?:bringing|taking|raising|pushing|lifting|brought|took|raised|pushed|lifted)\s+(?:the|its|their|the city's)\s+total(?:\s+number)?\s+to|(?:up|down)\s+from|${OTHER_PLACE_HAS.source}|(?:behind|ahead of|than)\s+[a-z-]+'s|(?:plans?|aims?|expects?|expected|is set|hopes?)\s+to\s+(?:grow|rise|increase|expand)\s+to)\s+$`,
);
const TOTAL_TO_REACH = 48;

/**
 * Shanghai has 34 registered large models, of which 21 are in Xuhui; …, with about 400 of them in Pudong: a bare number
 * that opens a part of what the figure before counted takes its unit and counter.
 */
function partOfEarlier(text: string, m: Mention, earlier: ReadonlyArray<Mention>, clause: Span): Mention | null {
  const lead = text.slice(clause.start, m.start);
  const after = text.slice(m.end, clause.end);
  // …2,800 AI companies, including 500 above designated size; Of the 2,500 AI firms in the city, 400 are above designated size.
  const sized = /^\s+(?:are\s+|were\s+)?above[- ]designated[- ]size\b/i.test(after);
  if (!/^\s*(?:of which|with|among them|including)\s*$/.test(lead) && !/^\s+(?:of them|of these)\b/.test(after) && !sized) return null;
  // A part by size names its whole just before it, in its own clause or the one before.
  const whole = countBefore(earlier, sized ? m.start : clause.start);
  return whole ? readAs(m, whole.unit, whole.counter) : null;
}

/**
 * Pudong and Xuhui have 1,200 and 1,000 AI firms respectively: a bare number joined by "and" or a comma to the figures
 * that end with the noun, before "respectively", is counted in that noun.
 */
function respectiveOfLater(text: string, m: Mention, sentenceMentions: ReadonlyArray<Mention>, sentence: Span): Mention | null {
  const k = sentenceMentions.indexOf(m);
  let j = k;
  while (j + 1 < sentenceMentions.length && FIGURE_GLUE.test(text.slice(sentenceMentions[j]!.end, sentenceMentions[j + 1]!.start))) {
    j++;
    if (!sentenceMentions[j]!.unitless) break;
  }
  const named = sentenceMentions[j];
  if (j === k || named === undefined || named.unitless || !/^[^.;]{0,24}\brespectively\b/i.test(text.slice(named.end, sentence.end)))
    return null;
  // The noun's scale word belongs to each number of the chain: 1.2 and 2.5 billion yuan.
  const digits = Number(
    text
      .slice(named.numberStart)
      .match(/^[\d,.]+/)?.[0]
      .replace(/,/g, '') ?? NaN,
  );
  const scale = named.value / digits;
  return readAs(m, named.unit, named.counter, Number.isFinite(scale) && scale > 0 ? m.value * scale : m.value);
}

/** How far before its number "the number of …" may stand (the number of resident companies grew from over 100 in 2024 to). */
const NUMBER_OF_REACH = 140;
/**
 * Between "the number of <noun>" and the number: where (in Shanghai, in the district), verbs of change and level and their
 * adverbs, a clause of level after a comma (has risen steadily, reaching), and for a second number, the first (from 183 to
 * 348; by 300 to 2,600).
 */
const NUMBER_OF_LINK =
  /^(?: in (?:the )?[a-z'-]+(?: [a-z'-]+){0,2}(?:, [^,;]{1,60},)?(?= (?:has|have|had|is|was|are|were|now|also|already|grew|rose|increased|climbed|jumped|reached|stood|hit|exceeded|surpassed|totaled)\b| ?$))?(?:,? (?:has|have|had|also|already|now|seen|grow|grew|grown|growing|increase|increased|rise|rose|risen|jump|jumped|climb|climbed|double|doubled|tripled|quadrupled|reach|reached|reaching|stand|stood|hit|hitting|exceed|exceeded|surpass|surpassed|total|totaled|totalled|is|was|are|were|at|bringing|brought|to|from|expected|projected|forecast|likely|set|poised|will|would|be|steadily|rapidly|sharply|significantly|further|quickly|continuously|markedly)\b)* (?:from (?:[a-z ]* )?[0-9][0-9,.]*(?: in (?:19|20)[0-9]{2})? to |by [0-9][0-9,.]*(?:%| percent)? to )?$/;

/**
 * The number of enterprises above designated size has also increased from 183 in 2018 to 348 in 2022; bringing
 * the total number of registered services in the city to 150: English names what it counts once, before its numbers.
 */
function numberOf(
  text: string,
  m: Mention,
  segment: Span,
  byLastChar: Map<string, Array<readonly [string, CatalogueEntry]>>,
): { entry: CatalogueEntry; end: number; length: number } | null {
  const from = Math.max(0, segment.start - NUMBER_OF_REACH, m.start - NUMBER_OF_REACH);
  const found = text.slice(from, m.start).lastIndexOf('number of ');
  if (found < 0) return null;
  const at = from + found;
  // The noun: the longest phrase ending a word within the next few words (the number of resident companies).
  const head = text.slice(at + 10, Math.min(m.start, at + 10 + 40));
  let best: { entry: CatalogueEntry; end: number; length: number } | null = null;
  for (let k = 1; k <= head.length; k++) {
    if (k < head.length && /[a-z-]/.test(head[k]!)) continue;
    const end = at + 10 + k;
    for (const [phrase, entry] of byLastChar.get(text[end - 1]!) ?? []) {
      if (!text.startsWith(phrase, end - phrase.length) || end - phrase.length < at + 10) continue;
      // "The number of enterprises in the district's AI industry": a number of counts things, never money.
      if (entry.unit === 'CNY' || !NUMBER_OF_LINK.test(text.slice(end, m.start))) continue;
      if (!best || end > best.end || (end === best.end && phrase.length > best.length)) best = { entry, end, length: phrase.length };
    }
  }
  return best;
}

/** Each catalogue's level phrases indexed by their last character, built once per catalogue. */
const phraseIndex = new WeakMap<Catalogue, Map<string, Array<readonly [string, CatalogueEntry]>>>();
function phrasesByLastChar(catalogue: Catalogue): Map<string, Array<readonly [string, CatalogueEntry]>> {
  let index = phraseIndex.get(catalogue);
  if (index) return index;
  index = new Map();
  for (const entry of catalogue.metrics) {
    if (entry.of !== undefined || entry.unit === 'percent') continue;
    for (const phrase of entry.phrases) {
      const last = phrase[phrase.length - 1]!;
      const list = index.get(last) ?? [];
      list.push([phrase, entry]);
      index.set(last, list);
    }
  }
  phraseIndex.set(catalogue, index);
  return index;
}

/** Why a quantity is not charted, in both languages (the catalogue's vetoes carry their own). */
const REASONS = {
  range: { zh: '区间的一端（3至5家），不是一个数', en: 'one end of a range (3至5家), not a figure' },
  vague: { zh: '约数（几十、数百），不是确数', en: 'a vague amount (dozens, hundreds), not a figure' },
  magnitude: { zh: '量级（千亿级、万亿级），不是确数', en: 'an order of magnitude (a 100-billion-yuan-level industry), not a figure' },
  unanchored: NOT_SHANGHAI_REASONS.unanchored,
  elsewhere: NOT_SHANGHAI_REASONS.elsewhere,
  undated: { zh: '无时间：原文未说明是何时的数字', en: 'no period: the text does not say when' },
  undatedTotal: {
    zh: '无时间：一年的总量（如产业规模）须有年份，原文只说“目前”，不知是哪一年的',
    en: 'no period: a year’s total (such as industry scale) needs its year; the text says only “now”, not which year',
  },
  placed: {
    zh: '某一园区或孵化器内的企业数，但原文未说明是哪类企业',
    en: 'a count of firms at one park or incubator, and the text does not say which kind',
  },
  partOfCity: {
    zh: '全市自身总量中的一部分所占的比例，不是某个区占全市的比重',
    en: "a part of the city's own total, not a district's or a park's share of the city",
  },
  unnamedPark: {
    zh: '一个园区自己的数字，而该园区不是地名表里的任何一处：不是全市或全区的',
    en: "a park's or zone's own figure, and not a park the gazetteer knows: not the city's or the district's",
  },
  threshold: {
    zh: '划定一类企业或项目的门槛（投资额10亿元以上的项目），不是总量',
    en: 'a threshold that defines a class of firms or projects (projects of over 1 billion yuan each), not a total',
  },
  withdrawn: {
    zh: '更正中被撤回的原文数字（文中“…”应为…）',
    en: 'a figure a correction withdraws (the text "…" should read …)',
  },
  difference: {
    zh: '两个数之差（比…多/少N家），不是数量本身',
    en: 'a difference between two figures (N more or fewer than …), not a count',
  },
  part: {
    zh: '前面总数中的一部分（其中…），不是总数本身',
    en: 'a part of the whole stated before it (of which …), not the whole',
  },
  group: {
    zh: '几个地方合计的数字（江苏、浙江和上海共有…），不是上海一地的',
    en: "a total for several places together (Jiangsu, Zhejiang and Shanghai boast …), not one place's",
  },
  organisation: {
    zh: '某一企业或机构自己的数字（员工、营收、孵化的企业），不是地区的',
    en: "one company's or institution's own figure (its staff, revenue, the firms it incubated), not a place's",
  },
  overYears: {
    zh: '与更早某年相比的变化（较2020年增长83.7%），不是同比',
    en: 'a change against an earlier year (up 83.7% on 2020), not year on year',
  },
  headline: {
    zh: '标题里的数字：正文另写了同一指标、同一地点的数字',
    en: 'the headline’s figure: the body states its own for the same measure and place',
  },
  venue: {
    zh: '大会某一会场或某一区的数字（西岸共举办论坛46场），不是整届大会的',
    en: "one venue's or district's part of the conference (the West Bund hosted 46 forums), not the whole edition's",
  },
  titlePlace: {
    zh: '句中未提及地点，也未指向前文；标题所说的地点未必适用',
    en: 'the sentence names no place and points back to none; the place in the title may not apply',
  },
} as const satisfies Record<string, Bilingual>;

/** Words before a place in its clause that make it where something happens, not who does it (在浦东举办, held at … in Pudong). */
const LOCATIVE = /在|于|位于|落户|赴|到|至|\b(?:in|at|to|near|of|from|across|around|between)\b/i;
/** A place right after these is one of several (西岸和浦东, the Expo Center and …). */
const JOINED = /(?:和|与|及|、|\band)\s*$/i;

/**
 * 2024年大会期间西岸共举办论坛和活动46场, the West Bund venue drew 82,000 visits: a district or park before a yearly event's
 * figure, as the subject of its sentence rather than where the event is held, holds one venue's part of the edition (the
 * event's own halls, 世博中心, are where all of it is: the caller leaves them out).
 */
function venueSubject(text: string, stated: PlaceMention, sentence: Span, m: Span): boolean {
  if (stated.national || (stated.geo === 'shanghai' && stated.place === null)) return false;
  if (stated.start < sentence.start || stated.end > m.start) return false;
  const lead = text.slice(clauseStartOf(text, stated.start, sentence), stated.start);
  return !LOCATIVE.test(lead) && !JOINED.test(lead);
}

/** 千亿级, 百亿级, 万亿级 (a 100-billion-level industry): an order of magnitude of yuan, read as a fact that says so. */
const MAGNITUDE = /^(?:[0-9]+(?:\.[0-9]+)?)?[一二两三四五六七八九十百千万]*亿$/;
/** What an order of magnitude of yuan is said of: an industry, a cluster, a market (not 千亿级参数, a model's parameters). */
const MAGNITUDE_OF_MONEY = /^[^，。；,;]{0,8}?(?:产业|集群|市场|规模|产值|营收|元)/;
const MAGNITUDE_OF_OTHER = /^[^，。；,;]{0,4}?(?:参数|模型|词元|token)/i;
/** …产业规模有望突破万亿级: the measure of money before it. */
const MONEY_BEFORE_MAGNITUDE = /(?:产业规模|规模|产值|营收|收入)[^，。；,;]{0,6}$/;
function magnitudeOf(text: string, raw: Mention): Mention | null {
  if (text[raw.end] !== '级' || !isMagnitude(text, raw.numberStart, raw.end)) return null;
  const after = text.slice(raw.end + 1, raw.end + 14);
  const before = text.slice(Math.max(0, raw.start - 12), raw.start);
  if (!(MAGNITUDE_OF_MONEY.test(after) || MONEY_BEFORE_MAGNITUDE.test(before)) || MAGNITUDE_OF_OTHER.test(after)) return null;
  const { unitless: _bare, ...number } = raw;
  return { ...number, end: raw.end + 1, text: `${raw.text}级`, unit: 'CNY', qualifier: raw.qualifier === '=' ? '~' : raw.qualifier };
}
const isMagnitude = (text: string, start: number, end: number): boolean => MAGNITUDE.test(text.slice(start, end));

/** 几十场, 数百家, hundreds of firms (the English reader's own words): a number of unknown size. */
const VAGUE = new RegExp(String.raw`^[^0-9]{0,3}[几数][十百千万]|${VAGUE_AMOUNT.source}`, 'i');

/** 3至5家, 10-20家: one end of a range is not a figure. */
function isYearBefore(text: string, end: number): boolean {
  let s = end;
  while (s > 0 && isDigitCode(text.charCodeAt(s - 1))) s--;
  return end - s === 4 && /^(19|20)/.test(text.slice(s, end)) && !/[0-9.,]/.test(text[s - 1] ?? '');
}
const RANGE_MARKS = new Set(['至', '到', '-', '~', '～', '—', '–']);
function isRangeEnd(text: string, m: Mention): boolean {
  // 20,000 to 30,000 is a range; "in 2024 to more than 450 billion" is a year, then a figure.
  if (text.startsWith(' to ', m.start - 4) && isDigitCode(text.charCodeAt(m.start - 5))) return !isYearBefore(text, m.start - 4);
  // between 30 and 40 companies: a range, as 30 to 40 is.
  if (text.startsWith(' and ', m.start - 5) && BETWEEN_AND.test(text.slice(Math.max(0, m.start - 32), m.start)))
    return !isYearBefore(text, m.start - 5);
  const mark = text[m.start - 1];
  const before = text[m.start - 2];
  return mark !== undefined && RANGE_MARKS.has(mark) && before !== undefined && /[0-9一二两三四五六七八九十百千万]/.test(before);
}

/** "between 30 and " right before a figure: the figure is a range's high end. */
const BETWEEN_AND = /\bbetween\s+[0-9][0-9.,]*\s+and $/i;

/** "from 25 to 50 EFLOPS", 从25至50EFLOPS: a change from the first value to the second (not "ranging from"). */
// …from 25 to 50 EFLOPS, 从10万人到25万人: a change from a level; …increased by 300 to 2,600: by how much, then the level.
const CHANGE_FROM = /(?:(?:^|[^a-z])(?:from|by)|从)\s*$/;
const NOT_A_CHANGE = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|between|spann?(?:ing|s)?)\b/;
function changeFrom(text: string, m: Mention): boolean {
  const { start } = lowEnd(text, m);
  const lead = text.slice(Math.max(0, start - 40), start).toLowerCase();
  return CHANGE_FROM.test(lead) && !NOT_A_CHANGE.test(lead);
}

/** Where a range's low end stands: the digits before the mark (至, -, " to ") that ends it. */
function lowEnd(text: string, m: Mention): Span {
  const end = text.startsWith(' to ', m.start - 4) ? m.start - 4 : text.startsWith(' and ', m.start - 5) ? m.start - 5 : m.start - 1;
  let start = end;
  while (start > 0 && /[0-9.,]/.test(text[start - 1]!)) start--;
  return { start, end };
}

/**
 * 16至17家, 20,000 to 30,000 professionals: the range's low end, as a lower bound. The scanner
 * read the high end with its unit; the low end is the digits before the mark, in the same magnitude
 * (2至3万人 is 20,000 and more). Null when the low end is not plain digits.
 */
function rangeLow(text: string, m: Mention): { value: number; start: number } | null {
  const { start: s, end: e } = lowEnd(text, m);
  const low = Number(text.slice(s, e).replace(/,/g, ''));
  const hs = m.numberStart;
  let he = hs;
  while (he < text.length && /[0-9.,]/.test(text[he]!)) he++;
  const high = Number(text.slice(hs, he).replace(/,/g, ''));
  if (s === e || !Number.isFinite(low) || !Number.isFinite(high) || high <= 0 || low >= high) return null;
  return { value: Math.round(low * (m.value / high) * 1e6) / 1e6, start: s };
}

/** 约占全国1/3, 近占全市四成: the bound stands before 占, not before the number. */
const SHARE_QUALIFIERS: ReadonlyArray<readonly [string, '~' | '<' | '>']> = [
  ['约占', '~'],
  ['大约占', '~'],
  ['近占', '<'],
  ['接近占', '<'],
  ['超占', '>'],
];
function shareQualifier(text: string, m: Mention, segment: Span): Mention['qualifier'] {
  if (m.qualifier !== '=' || m.unit !== 'percent') return m.qualifier;
  // 约占全国人工智能企业总数的14.7%: the bound stands before 占, however long the whole it names.
  const lead = text.slice(Math.max(segment.start, m.start - 30), m.start);
  const at = lead.lastIndexOf('占');
  if (at < 0 || /[0-9]/.test(lead.slice(at))) return m.qualifier;
  const verb = lead.slice(Math.max(0, at - 2), at + 1);
  return SHARE_QUALIFIERS.find(([w]) => verb.endsWith(w))?.[1] ?? m.qualifier;
}

/** 比中国少400家, 比去年多出20家: the figure is how far apart two figures are. */
const ZH_DIFFERENCE = /比[^，。,；;、]{1,12}?(?:多出|多了|少了|高出|低了|多|少)$/;
/** 400 more AI firms than, 30 fewer companies than. */
const EN_DIFFERENCE = /^\s*(?:more|fewer|less)\s+(?:[a-z-]+\s+){0,3}?than\b/;

const PERCENTAGE_POINTS = /百分点$|percentage points?$/i;
function isDifference(text: string, m: Mention, segment: Span, english: boolean): boolean {
  // 增速比全国高5个百分点, up 3 percentage points: the gap between two rates is neither a rate nor a share.
  if (PERCENTAGE_POINTS.test(m.text)) return true;
  if (english) {
    const after = text.slice(m.end, Math.min(segment.end, m.end + 40)).toLowerCase();
    // "200 more AI firms than": the comparative inside the figure's noun phrase, "than" right after it.
    return EN_DIFFERENCE.test(after) || (/[0-9]\s+(?:more|fewer|less)\b/i.test(m.text) && /^\s*than\b/.test(after));
  }
  // 产业规模一年间增加约160亿元, 较上年增长300亿元: by how much a level grew (增长20% is a rate; 增加到2600家 the level reached).
  return (
    ZH_DIFFERENCE.test(text.slice(segment.start, m.start)) ||
    (m.unit !== 'percent' && ZH_INCREASE_BY.test(text.slice(segment.start, m.start)))
  );
}
const ZH_INCREASE_BY = /(?:增加|增长|增多)了?$/;

/**
 * The park, this zone, 该园区, 园区内: a figure whose subject is a park that resolves to no place the gazetteer
 * knows is that park's, not the city's (The AI industrial park in Shanghai is home to more than 200 AI enterprises).
 */
const PARK_SUBJECT_EN = /\b(?:the|this|that|its)\s+(?:[A-Za-z-]+\s+){0,3}?(?:park|zone|base|incubator|campus|community|town|island)\b/i;
const PARK_SUBJECT_EN_ALL = new RegExp(PARK_SUBJECT_EN.source, 'gi');
/** "The park has …" before the figure, unless the park words are a known place's name (the Zhangjiang AI Island). */
function unknownParkBefore(text: string, from: number, to: number, places: ReadonlyArray<PlaceMention>): boolean {
  for (const hit of text.slice(from, to).matchAll(PARK_SUBJECT_EN_ALL)) {
    const start = from + hit.index;
    const end = start + hit[0].length;
    // Beyond the campus, Xuhui counted …: a park the sentence looks past is not its subject.
    if (PAST_PARK.test(text.slice(Math.max(from, start - 16), start))) continue;
    // Xuhui, home to the ModelSpeed Space incubator, counted …: a known place named inside an aside between commas is not
    // an unknown park, and not the figure's subject.
    const aside =
      /,\s*(?:[a-z]+\s+){0,3}$/i.test(text.slice(Math.max(from, start - 24), start)) && /^[^,]{0,40},/.test(text.slice(end, to));
    if (!places.some((p) => p.place !== null && p.start < end && (p.end >= end || (aside && p.start >= start)))) return true;
  }
  return false;
}
/** Words that look past a park: beyond, outside, apart from, besides. */
const PAST_PARK = /\b(?:beyond|outside(?: of)?|apart from|aside from|besides)\s+$/i;
/** 1,500 to 2,000 enterprises operating in the park: the park named right after the figure is where it is counted. */
const PARK_AFTER_EN =
  /^\s*(?:[a-z-]+\s+){0,2}(?:in|into|at|within|inside|on)\s+(?:the|this|that|its)\s+(?:park|zone|base|incubator|campus|community|town|island|valley|hub)\b/i;
const PARK_SUBJECT_ZH =
  /(?:该|这个|这一|此|本)(?:园区|产业园|基地|孵化器|小镇|社区)|园区内|园内|(?:产业园区?|科技园|软件园|高新园|智谷|小镇|基地)[”"]?(?:已经|已|目前|现|共|累计|还|先后)?(?:拥有|聚集|集聚|汇聚|吸引|孵化|引进|入驻|现有)/;
/** 十余所高校在园区设立人工智能相关专业: the park named right after the figure's noun is where it is counted. */
const PARK_AFTER_ZH = /^[^，,。；;：:]{0,8}?(?:在|于|落户|入驻|进驻)(?:该|本|这个|此)?(?:园区|产业园|基地|孵化器|小镇)/;

/** The metrics of a district's or a park's share of the city's whole. */
const SHARE_OF_CITY = '__share_of_city';

/** 投资额10亿元以上的重大项目, 营收超亿元的企业, 营收过亿元企业: an amount that says which firms or projects are meant. */
const ZH_THRESHOLD = /^(?:以上|以下|以内|及以上)?(?:的[^，。；、,;]{0,12}?)?(?:企业|项目|公司|工厂)/;
/** …营收超亿元的人工智能企业达到180家, 营收超10亿元企业12家: the count of the firms such an amount picks out, right after it. */
const ZH_THRESHOLD_BEFORE = /[万亿]元?(?:以上|及以上)?(?:的[^，。；、,;]{0,14}|企业|公司)$/;
const isThreshold = (text: string, m: Mention, english: boolean): boolean =>
  english
    ? m.unit === 'persons' && EN_SIZE_CLASS.test(text.slice(Math.max(0, m.start - 48), m.start))
    : m.unit === 'CNY'
      ? ZH_THRESHOLD.test(text.slice(m.end, m.end + 18))
      : m.unit === 'items' && ZH_THRESHOLD_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
/** Start-ups younger than five years with fewer than 300 employees: the size that picks out a class of firms. */
const EN_SIZE_CLASS = /\b(?:start-?ups|companies|firms|enterprises|businesses|smes)\b[^.,;]{0,30}\bwith\s+$/i;

/** A sentence whose subject is a pronoun: it, its, 它, 其. */
const PRONOUN_SUBJECT = /^\s*(?:It|Its|它|其)(?![A-Za-z])/;

/** Words that point back to the place the paragraph is about. */
const ANAPHORS = [
  // 目前已入驻大模型相关企业逾120家: firms settled in a park, the one the text is about.
  '已入驻',
  '进驻',
  '这里',
  '这片',
  '此地',
  '在此',
  '于此',
  '此处',
  '该园区',
  '园区内',
  '该区域',
  '这一区域',
  '该空间',
  '该基地',
  // 'here' as a word (not 'where', 'there'): concentrated here, based here.
  ' here',
  'the park',
  'the zone',
  'the hub',
  'the center',
  'the centre',
  'the cluster',
  'since its',
  'the island',
  '岛上',
  '岛内',
  'on the island',
];
function refersBack(text: TextWindows, from: number, to: number): boolean {
  return anyOf(text, ANAPHORS, from, to);
}

/** What may stand before a date that opens a sentence as its own clause: In 2020, …; 截至2023年底，… */
const OPENING_LEAD =
  /^\s*(?:(?:according to [^,.]{0,120}|据[^，,。]{0,30}|数据显示|统计显示)[,，]\s*)?(?:in|for|during|as of|at the end of|by the end of|截至|截止到?)?\s*$/i;

/** The date a sentence opens with as a clause of its own (In 2020, …; 2020年，…), or null. */
function openingDate(text: string, sentence: Span, ds: ReadonlyArray<DateMention>): string | null {
  // The first date the lead allows: a year in a source's name before it (According to the 2021 … White Paper, in 2020, …) is not one.
  const d = ds.find((x) => x.kind === 'explicit' && OPENING_LEAD.test(text.slice(sentence.start, x.start)));
  if (d === undefined) return null;
  return text[d.end] === ',' || text[d.end] === '，' ? d.period : null;
}

/** 到2027年, 力争到2025年底, by 2030: a year a target is set for. */
const TARGET_DATE_LEAD = /(?:到|至|力争到|争取到|\bby|\buntil)\s*$/i;

/** Whether the sentence sets something for this period (到2025年底, by the end of 2025). */
function setsGoalFor(text: string, ds: ReadonlyArray<DateMention>, period: string): boolean {
  return ds.some(
    (d) => d.kind === 'explicit' && d.period === period && TARGET_DATE_LEAD.test(text.slice(Math.max(0, d.start - 6), d.start)),
  );
}

/** The last year a sentence sets a target for (到2027年), or null. */
function targetYear(text: string, ds: ReadonlyArray<DateMention>): string | null {
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
const OPEN_YEARS =
  /\b(?:in|within|over) (?:the )?(?:next |coming )?(?:a few|several|two|three|four|five|ten|\d+)(?:(?: to | or |-)(?:three|four|five|\d+))? years\b|(?:未来|今后)[一二三四五六七八九十两\d]+(?:到|至)?[一二三四五六七八九十两\d]*年|[一二三四五六七八九十两\d]+(?:到|至)[一二三四五六七八九十两\d]+年内?|(?<![0-9])(?:[一二三四五六七八九十两]+|[1-9]\d?)年内/;

/** The catalogue's metrics by id, built once per catalogue. */
const metricIndex = new WeakMap<Catalogue, Map<string, CatalogueEntry>>();
function metricById(catalogue: Catalogue, id: string | null): CatalogueEntry | undefined {
  if (id === null) return undefined;
  let index = metricIndex.get(catalogue);
  if (!index) metricIndex.set(catalogue, (index = new Map(catalogue.metrics.map((m) => [m.id, m]))));
  return index.get(id);
}

/**
 * The quote as the article prints it (full-width punctuation kept), minus what clean-up removed:
 * the layout's line breaks inside the sentence and Markdown marks.
 */
function originalChars(original: string, clean: CleanText, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += original[clean.map[i]!];
  return out;
}

function lineStarts(s: string): number[] {
  const starts = [0];
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: ReadonlyArray<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function extractArticleFacts(input: ArticleInput, ctx: ExtractContext, clean: CleanText = cleanText(input.original)): ArticleFacts {
  const lang = detectLanguage(clean.text);
  // Traditional Chinese is read as simplified, character for character: offsets and quotes are unchanged.
  // Traditional Chinese is read as simplified; English with plain apostrophes (nation’s → nation's). Same length.
  const text = lang === 'zh-Hant' ? toSimplified(clean.text) : lang === 'en' ? clean.text.replace(/[’‘]/g, "'") : clean.text;
  const english = lang === 'en';
  // Words are matched lower-cased in English ("AI industry" and "ai industry" alike); same offsets.
  const lower = english ? text.toLowerCase() : text;
  const words = english && lower.length === text.length ? lower : text;
  const catalogue = english ? ctx.englishCatalogue : ctx.catalogue;
  const windows = new TextWindows(words);
  const titleText = input.title === undefined ? '' : lang === 'zh-Hant' ? toSimplified(input.title) : input.title;
  const reportYear = english ? null : reportYearOf(titleText);
  const dates = english ? scanEnglishDates(text, input.date) : scanDates(text, input.date, reportYear);
  const scan = english ? scanEnglishQuantities : scanQuantities;
  const scanned = scan(text, 0, text.length, dateSpans(dates));
  const skipped = scanned.skipped;
  const mentions = scanned.bare?.length ? [...scanned.mentions, ...scanned.bare].sort((a, b) => a.start - b.start) : scanned.mentions;
  const titlePlaces = ctx.places.scan(titleText);
  const titleAnchored = SHANGHAI_WORDS.test(titleText) || titlePlaces.some((p) => !p.national);
  // 2025北京加快数字经济标杆城市建设: 全市 and 我市 in its text are Beijing.
  const aboutElsewhere = !titleAnchored && titlePlaces.some((p) => p.elsewhere);
  const tags = outletTags(text);
  const placeMentions = withShortNames(
    text,
    withAbbreviations(
      text,
      ctx.places.scan(text, aboutElsewhere).filter((p) => !tags.some((t) => t.start <= p.start && p.end <= t.end)),
    ),
    ctx.places.gazetteer,
  );
  const sentences = english ? splitEnglishSentences(text) : splitSentences(text);
  const lines = lineStarts(input.original);
  const now = nowPeriod(input.date);
  const docWords = new Map<string, boolean>();
  // The document is its title and its text: 2025世界人工智能大会闭幕 over a body that says only 本届大会.
  const titleWords = english ? titleText.toLowerCase() : titleText;
  const documentHas = (w: string): boolean => {
    let has = docWords.get(w);
    if (has === undefined) docWords.set(w, (has = words.includes(w) || titleWords.includes(w)));
    return has;
  };

  const facts: Fact[] = [];
  const mentionedPlaces = new Set<string>();
  let mi = 0;
  let di = 0;
  let pi = 0;
  let carry = null as { paragraph: number; place: PlaceMention } | null;
  let lastParagraph: { paragraph: number; place: PlaceMention } | null = null;
  let lastDistrict: GeoId | null = null;
  // The zone last named (临港新片区, the Lingang Special Area), for "the area" that points back to it.
  let lastArea: PlaceMention | null = null;
  const unitless: Skipped[] = [];
  // 2018 WAIC“高光”时刻回顾: the edition a title names is the one the article's undated edition figures are of.
  const titleEdition = editionNamed(titleText, 0, titleText.length);
  /** Where the article first names Shanghai or a place in it. */
  const anchorAt = Math.min(placeMentions.find((p) => !p.national)?.start ?? Infinity, SHANGHAI_WORDS.exec(text)?.index ?? Infinity);
  const { topic, cluster: titleCluster } = topicOf(titlePlaces, ctx.places);
  // Minhang district released its 2024 figures … The industry grew 18.3 percent last year: once the text has named the place
  // its title is about, and until it names another scope (the city, another district, another place), it speaks of that place.
  const topicAt =
    topic === undefined
      ? Infinity
      : (placeMentions.find((p) => !p.national && p.geo === topic.geo && p.place === topic.place)?.start ?? Infinity);
  const otherScopeAt =
    topic === undefined
      ? 0
      : Math.min(
          placeMentions.find((p) => p.national || p.geo !== topic.geo || (p.place !== null && p.place !== topic.place))?.start ?? Infinity,
          SHANGHAI_WORDS.exec(text)?.index ?? Infinity,
        );
  const ownReport = OWN_REPORT.test(titleText);
  // 马桥人工智能创新试验区招商指南: a park's own page speaks of the park throughout, as a district's report of the district.
  const parkPage = titleCluster !== undefined && PARK_PAGE.test(titleText);
  const reportPeriod = reportPeriodOf(titleText, english, input.date);
  const documentTarget = documentTargetYear(titleText, text, now);
  // 相关阅读, Related Stories: what follows is other articles' headlines, not this article's figures.
  const bodyEnd = AFTER_BODY.exec(text)?.index ?? text.length;
  // 全区, 本区 before any district is named in the text: the district the title names.
  if (topic) lastDistrict = topic.geo;
  /** The date of the heading the current paragraphs sit under ("2024年上半年" on a line of its own). */
  let heading: DateMention | null = null;
  let carried = null as Carried | null;
  // The WAIC edition the current heading names, and the last one named earlier in the current paragraph.
  const namesEditions = EVENT_IN_TEXT.test(text);
  let headingEdition = 0;
  let paragraphEdition = { paragraph: -1, year: 0 };
  // A sentence that opens with a pronoun ("It aims to … and already has …") points where the sentence before it in its
  // paragraph pointed ("The center is …"), if it did.
  let previous: Sentence | undefined;
  let previousCarried = false;
  // The year a target of the current paragraph is set for (到2027年，…。力争产业规模达到2000亿元): its later targets' year.
  let paragraphTarget = { paragraph: -1, period: '' };
  // The date a sentence of the current paragraph opened with (In 2020, …; 2020年，…): the date of the flows of its later
  // sentences that state none at all (… . The AI industry output reached 224.6 billion yuan). A stock stated with no
  // date is as of the article (the city is home to one-third of …), not of an earlier sentence's year.
  let paragraphDate = { paragraph: -1, period: '' };
  // The last date the sentence before stated: a sentence that opens with a part of its whole (其中，…; 这995家企业中，…;
  // Among them, …) counts that whole's members as of the same date.
  let previousDate = null as Carried | null;
  /** The figures of the last sentence that had any, and its paragraph: what 这一数字 (this figure) may point back to. */
  let previousFacts: { paragraph: number; facts: Fact[] } = { paragraph: -1, facts: [] };
  // The as-of date of the article's data (报告显示，截至2018年8月，…; As of Nov. 30, 2024, …) while no other date has followed it:
  // a stock stated later with no time word at all (…重点企业主要集聚在浦东新区和徐汇区，各分布了134家) is of the same count.
  let asOf = null as DateMention | null;
  // The place a heading line names on its own ("Shenzhen", 浦东新区): the scope of the paragraphs under it that name none.
  let headingPlace = null as PlaceMention | null;
  // The city-wide figures read so far (…融资总额约1180亿元。分区看，徐汇区约410亿元): the wholes a sentence that breaks them
  // down by place refers to.
  const wholes: Array<{ fact: Fact; paragraph: number }> = [];
  // A breakdown cut at ；goes on in the sentence after it (从区域看，浦东新区…；徐汇区、闵行区分别为210亿元和150亿元).
  let breakdownGoesOn = false;
  // The last dated level of each flow, and its paragraph: what an undated share of it in the paragraphs after is of.
  const lastLevel = new Map<string, { period: string; paragraph: number }>();
  const shareOfEarlier = (entry: CatalogueEntry | undefined, d: Dated, status: Status, paragraph: number): Dated | null => {
    if (entry?.of === undefined || entry.kind !== 'flow' || d.period !== null || d === RANGE_START || d === SPAN || status !== 'actual')
      return null;
    const level = lastLevel.get(entry.of);
    return level !== undefined && paragraph - level.paragraph <= 1 ? { period: level.period, basis: 'context' } : null;
  };
  // Whether the sentence before, in its paragraph, was about another city only (Shenzhen … has about 2,600 AI firms).
  let elsewhereBefore = { paragraph: -1, only: false };
  // One sentence, read by a function of its own: the article's function stays small enough for the engine to optimise quickly.
  /** The metric of each figure read so far and where it ends in the clean text (a whole its parts after 其中 belong to). */
  const readMetrics: Array<{ metric: string | null; end: number }> = [];
  // The place a line opens with before a colon, where that line starts and where it ends: the parts of the line cut at ；
  // are its too, and nothing after its end.
  let label = { lineStart: -1, place: null as PlaceMention | null, lineEnd: 0 };
  let lineScan = 0;
  let lineStart = 0;
  const labelOfLine = (sentence: Sentence, ps: ReadonlyArray<PlaceMention>): { place: PlaceMention; lineEnd: number } | null => {
    for (; lineScan < sentence.start; lineScan++) if (text.charCodeAt(lineScan) === 10) lineStart = lineScan + 1;
    if (sentence.start === lineStart) {
      const place = labelPlace(text, sentence, ps);
      const end = place === null ? -1 : text.indexOf('\n', sentence.start);
      label = { lineStart, place, lineEnd: end < 0 ? text.length : end };
    }
    return label.lineStart === lineStart && label.place !== null ? { place: label.place, lineEnd: label.lineEnd } : null;
  };
  const readSentence = (sentence: Sentence): void => {
    if (sentence.start >= bodyEnd) return;
    // …; its AI output rose 28 percent last year: a sentence that opens with "its" after one about another city is that city's.
    const othersPronoun =
      english &&
      elsewhereBefore.only &&
      elsewhereBefore.paragraph === sentence.paragraph &&
      /^\s*(?:its|their)\b/i.test(text.slice(sentence.start, sentence.start + 8));
    const pointerCarries: boolean =
      previous?.paragraph === sentence.paragraph &&
      PRONOUN_SUBJECT.test(text.slice(sentence.start, sentence.start + 6)) &&
      (previousCarried || refersBack(windows, previous.start, previous.end));
    previous = sentence;
    previousCarried = pointerCarries;
    const ms: Mention[] = [];
    while (mi < mentions.length && mentions[mi]!.start < sentence.end) {
      if (mentions[mi]!.start >= sentence.start) ms.push(mentions[mi]!);
      mi++;
    }
    const ds: DateMention[] = [];
    while (di < dates.length && dates[di]!.start < sentence.end) {
      if (dates[di]!.start >= sentence.start) ds.push(dates[di]!);
      di++;
    }
    const ps: PlaceMention[] = [];
    while (pi < placeMentions.length && placeMentions[pi]!.start < sentence.end) {
      const p = placeMentions[pi]!;
      pi++;
      if (p.start < sentence.start) continue;
      // Shanghai ranked second nationwide with 4,500 AI enterprises: the country is where the rank is counted, not a scope.
      if (p.national && !p.elsewhere && english && RANKED_IN.test(text.slice(Math.max(0, p.start - 40), p.start))) continue;
      // "Beijing's government … to grow the city's core AI industry": the city is the one its sentence last named.
      const otherCity =
        english && text.slice(p.start, p.end).toLowerCase() === 'the city' ? lastBefore(ps, sentence.start, p.start) : undefined;
      if (otherCity?.elsewhere) ps.push({ ...otherCity, start: p.start, end: p.end });
      else if (!p.anaphoric) {
        ps.push(p);
        if (p.geo !== 'shanghai') lastDistrict = p.geo;
        if (!p.national)
          // …has become one of Shanghai's fastest-growing AI bases. The area's AI industry …: the city named after a zone
          // leaves the zone the last one named; a district does not.
          lastArea =
            p.place !== null && ctx.places.gazetteer.get(p.place)?.kind === 'area'
              ? p
              : p.place === null && p.geo !== 'shanghai'
                ? null
                : lastArea;
      } else if (lastArea !== null && AREA_ANAPHORS.has(text.slice(p.start, p.end))) {
        ps.push({ start: p.start, end: p.end, geo: lastArea.geo, place: lastArea.place }); // the area: the zone last named
      } else if (lastDistrict !== null) {
        ps.push({ start: p.start, end: p.end, geo: lastDistrict, place: null }); // 全区: the district last named
      } else {
        // 区内已集聚…, 天河区作为…全区, the area is home to …: a district the text has not named as one of Shanghai's is not the city.
        ps.push({ start: p.start, end: p.end, geo: 'shanghai', place: null, national: true, elsewhere: true });
      }
    }
    for (const p of ps) if (p.place) mentionedPlaces.add(p.place);
    if (carry && carry.paragraph !== sentence.paragraph) {
      // "The center is …" opening a paragraph points back to the place the paragraph before ended on.
      lastParagraph = carry.paragraph === sentence.paragraph - 1 ? carry : null;
      carry = null;
    }

    const sentenceEdition = namesEditions ? editionNamed(text, sentence.start, sentence.end) : 0;
    // WAIC 2023创历史新高 / …WAIC 2023累计举办133场活动。截至大会闭幕时，线下参观人数突破17.7万人: an edition a
    // heading or an earlier sentence of the paragraph names is the one the paragraph's undated edition figures are of.
    const editionBefore = paragraphEdition.paragraph === sentence.paragraph ? paragraphEdition.year : 0;
    const contextEdition = editionBefore || headingEdition || titleEdition;
    if (sentenceEdition > 0) paragraphEdition = { paragraph: sentence.paragraph, year: sentenceEdition };
    // A page's dateline (27/07/2025, 2025-07-27 10:17, 2025年7月27日) says when it appeared, not what the paragraphs under it are of.
    if (isHeading(text, sentence) && !DATELINE.test(text.slice(sentence.start, sentence.end))) {
      // 一、总体要求 under 行动计划(2024—2026年): a numbered section with no date of its own stays under the date above it.
      heading = ds.find(dated) ?? (SECTION_NUMBER.test(text.slice(sentence.start, sentence.start + 5)) ? heading : null);
      headingEdition = sentenceEdition;
      headingPlace = placeHeading(text, sentence, ps);
    }
    // A sentence cut at ；continues the one before: its date carries over (2025年前三季度…；拥有…394家).
    let lastDate: DateMention | null = null;
    // 较2019年的9所大幅增加: a date compared against is not the sentence's own.
    for (let k = ds.length - 1; k >= 0 && lastDate === null; k--)
      if (ds[k]!.kind === 'explicit' && !BASE_BEFORE.test(text.slice(Math.max(0, ds[k]!.start - 3), ds[k]!.start))) lastDate = ds[k]!;
    const cutAtSemicolon = text[sentence.end - 1] === '；' || text[sentence.end - 1] === ';';
    const partOfBefore =
      previousDate?.date &&
      previousDate.paragraph === sentence.paragraph &&
      PART_OPENING.test(text.slice(sentence.start, sentence.start + 24));
    // 其中，集成电路产业规模…；生物医药…；人工智能产业规模…: the parts after a ；keep the date of the whole before them.
    const nextCarried: Carried | null = cutAtSemicolon
      ? {
          paragraph: sentence.paragraph,
          date: lastDate ?? (carried?.paragraph === sentence.paragraph ? carried.date : partOfBefore ? previousDate!.date : null),
        }
      : null;
    /** What the sentence leaves to the next ones: the place it ended on, its cut date, a target year, an opening date. */
    const endSentence = (): void => {
      elsewhereBefore = { paragraph: sentence.paragraph, only: ps.length > 0 && ps.every((p) => p.elsewhere === true) };
      const lastPlace = lastNonNational(text, ps);
      if (lastPlace) carry = { paragraph: sentence.paragraph, place: lastPlace };
      carried = nextCarried;
      previousDate = { paragraph: sentence.paragraph, date: lastDate };
      const target = targetYear(text, ds);
      if (target !== null) paragraphTarget = { paragraph: sentence.paragraph, period: target };
      const opened = openingDate(text, sentence, ds);
      if (opened !== null) paragraphDate = { paragraph: sentence.paragraph, period: opened };
      for (const d of ds)
        if (d.kind === 'explicit' || d.kind === 'span')
          asOf =
            d.kind === 'explicit' && AS_OF_LEAD.test(text.slice(Math.max(0, d.start - 6), d.start))
              ? d
              : // 截至2022年底，…。全年新增…: the year of the as-of date itself leaves it in force.
                asOf !== null && d.period === asOf.period.slice(0, 4)
                ? asOf
                : null;
    };
    if (ms.length === 0) {
      endSentence();
      return;
    }
    const clauses = splitClauses(text, sentence);
    const lineLabel = labelOfLine(sentence, ps);
    const breaksDown: boolean =
      (breakdownGoesOn && carried !== null && carried.paragraph === sentence.paragraph) ||
      BREAKDOWN.test(text.slice(sentence.start, sentence.start + 32));
    breakdownGoesOn = breaksDown && cutAtSemicolon;
    // What the parts of a breakdown that name no measure refer to: the wholes just before it.
    const brokenDown = breaksDown ? wholes.filter((w) => w.paragraph >= sentence.paragraph - 1).map((w) => w.fact) : [];
    const located = ps.some((p) => isShareWhole(text, p)) ? ps.filter((p) => !isShareWhole(text, p)) : ps;
    const context = carried && carried.paragraph === sentence.paragraph ? carried.date : partOfBefore ? previousDate!.date : heading;
    const periods = sentencePeriods(text, sentence, clauses, ms, ds, now, context, english);
    const quoteSpan = toOriginalSpan(clean, sentence.start, sentence.end);
    const quote = originalChars(input.original, clean, sentence.start, sentence.end);
    // Each figure of the sentence with the unit it was read with, for a bare one after it (…, up from 100,000 in 2018).
    const read: Mention[] = [];
    const sentenceFacts: Fact[] = [];
    /** Whether the sentence opens as a part of the one before (其中，…): worked out once, when a figure first needs it. */
    let opensAsPart: boolean | undefined;
    const partOpening = (): boolean => (opensAsPart ??= PART_OPENING.test(text.slice(sentence.start, sentence.start + 24)));
    /** Where the last figure of the sentence read as a fact ends, in the clean text. */
    let lastFactEnd = -1;
    const parks = parkNames(ps);
    for (const raw of ms) {
      const clause = clauses.find((c) => raw.start >= c.start && raw.start <= c.end) ?? sentence;
      // "Over 60 LLM startups and 200+ firms": an earlier figure's own words (an English quantity carries its
      // noun) are not this one's.
      const around = segmentAround(text, raw.numberStart, clause);
      const prev = english ? ms[ms.indexOf(raw) - 1] : undefined;
      // …signed 18 AI projects worth 12.5 billion yuan: what an amount is the worth of is the earlier figure's noun.
      const afterPrev =
        prev &&
        prev.counter !== null &&
        prev.end > around.start &&
        prev.end <= raw.start &&
        /[a-z]$/i.test(prev.text) &&
        !(
          WORTH_OF.test(text.slice(prev.end, raw.start)) &&
          (SIGNED_EN.test(text.slice(clause.start, prev.start)) || SIGNED_AFTER_EN.test(text.slice(raw.end, clause.end)))
        );
      const segment = afterPrev ? { start: prev.end, end: around.end } : around;
      const ownClause = afterPrev ? { start: prev.end, end: clause.end } : clause;
      const m = raw.unitless
        ? ((english ? null : magnitudeOf(text, raw)) ??
          (english
            ? (totalOfEarlier(words, raw, read) ??
              respectiveOfLater(words, raw, ms, sentence) ??
              partOfEarlier(words, raw, read, clause) ??
              describedAfter(words, raw))
            : null) ??
          borrowUnit(words, raw, segment, catalogue, english))
        : raw;
      if (m !== null) read.push(m);
      if (m === null) {
        if (/[0-9]/.test(text[raw.numberStart] ?? ''))
          unitless.push({
            start: raw.numberStart,
            end: raw.end,
            text: text.slice(raw.numberStart, raw.end),
            reason: UNREAD_REASONS.bareNumber,
          });
        continue;
      }
      // A sentence with no place before the figure continues the paragraph's topic: its district
      // always, its cluster only for metrics counted per cluster (模速空间 … 首期2万平方米的办公载体).
      // With no topic either, a place later in the sentence applies ("引入了40余家投资机构，搭建起模速空间…").
      // • Shenzhen: AI core industry RMB 390bn; 61 filed models: a line that opens with a place and a colon is that place's.
      const own = placeOf(text, m, clause, sentence, located, english, ms, ps);
      const before =
        lineLabel !== null && m.start < lineLabel.lineEnd && (own === undefined || own.start < clause.start) ? lineLabel.place : own;
      // 整个岛上集聚了…: a sentence that points back takes the cluster the title is about, or the place the paragraph
      // before ended on ("The center is …"). The pointer may follow the figure in its clause (…since its establishment).
      const pointsBack = pointerCarries || refersBack(windows, sentence.start, clause.end);
      const pointedAt = pointsBack && lastParagraph?.paragraph === sentence.paragraph - 1 ? lastParagraph.place : undefined;
      // Another city named after it in its own clause is its scope ("70 percent … cluster in Beijing and Shanghai").
      const after =
        (before ?? carry ?? pointedAt)
          ? undefined
          : ps.find(
              (p) =>
                p.start >= m.end &&
                (!p.national || (p.elsewhere === true && p.start < clause.end)) &&
                // 其中西岸主会场区约3.1万人: the place of a part named later is not the whole's; nor is one after a figure of a
                // later clause (34 large models have completed registration, 21 of them from Xuhui), while a list's figures
                // share the place that ends their clause (255家大模型企业、34个备案大模型…成功落地徐汇).
                !PART_WORDS.test(text.slice(m.end, p.start)) &&
                // 240 AI enterprises, and roughly a quarter of them sit in the Linkong zone: the place of a part.
                !OF_THEM.test(text.slice(m.end, p.start)) &&
                !ms.some((x) => x.start >= clause.end && x.end <= p.start) &&
                // …1,500 AI companies, and ModelSpeed Space alone hosts more than 150: a place that opens a later clause
                // with a figure of its own is that figure's.
                !(p.start >= clause.end && ms.some((x) => x.start >= p.end && x.start < clauseEnd(clauses, p.start))) &&
                // 力争岛内入驻企业突破130家，打造张江科学城…: a clause that points back to the title's park keeps it; a place in a
                // later clause is not its.
                !(pointsBack && titleCluster !== undefined && p.start >= clause.end),
            );
      // English writes the scope inside the quantity's own noun phrase: 1,189 Chinese AI firms.
      // …or right after it: 4,580 AI companies nationwide, the 117 models filed nationwide.
      const inside = english
        ? ps.find(
            (p) =>
              p.national &&
              ((p.start >= m.numberStart && p.end <= m.end) ||
                (p.start >= m.end && SCOPE_AFTER.test(text.slice(p.start, p.end)) && NOUN_TAIL.test(text.slice(m.end, p.start)))),
          )
        : undefined;
      const stated = inside ?? before ?? after ?? (carry === null && !pointsBack ? (headingPlace ?? undefined) : undefined);
      // Our AI workforce is now some 45,000 people: in an interview about a district, "we" and "our" are the district.
      // An interview's answers (A: …, 答：…) speak for the place the interview is with, sentence after sentence.
      const ours =
        topic !== undefined &&
        stated === undefined &&
        ((english && FIRST_PERSON.test(text.slice(ownClause.start, m.start))) ||
          (ANSWER.test(text.slice(paragraphStart(text, sentence.start), sentence.start + 3)) &&
            !THIRD_PERSON.test(text.slice(sentence.start, sentence.start + 12))));
      const place =
        stated ??
        (ours ? topic : undefined) ??
        carry?.place ??
        pointedAt ??
        (titleCluster && (pointsBack || parkPage) ? titleCluster : topic);
      const placeEntry = place?.place ? ctx.places.gazetteer.get(place.place) : undefined;
      // "expand its computing power from 25 to 50 EFLOPS": a change from a level to the figure, not a range.
      const ranged = isRangeEnd(text, m) && !changeFrom(text, m);
      const low = ranged ? rangeLow(text, m) : null;
      const matched =
        ranged && low === null
          ? { metric: null, reason: REASONS.range }
          : VAGUE.test(m.text)
            ? { metric: null, reason: REASONS.vague }
            : text[m.end - 1] === '级' && isMagnitude(text, m.numberStart, m.end - 1)
              ? { metric: null, reason: REASONS.magnitude }
              : matchMetric(catalogue, {
                  windows,
                  quantity: m,
                  segment,
                  clause: ownClause,
                  sentence,
                  placeKind: placeEntry?.kind ?? null,
                  placeNames: parks,
                  previous: previousFigure(ms, raw, m.start),
                  documentHas,
                });
      // A figure whose scope is the country or the world (国内发布了12款…, China's AI industry) is not Shanghai's.
      // A share of the country names the country as its whole; any other figure so scoped is not Shanghai's.
      const sharesTheWhole = metricById(catalogue, matched.metric)?.of !== undefined;
      // With no place of its own, a figure is Shanghai's only if the article has said it is about Shanghai
      // (in its title or before the figure): a national market report's figures are not the city's.
      const anchored = place !== undefined || titleAnchored || anchorAt < m.start;
      // A share of the country is Shanghai's when its sentence names Shanghai or a place of it (上海集聚了全国三分之一的
      // 人工智能人才, 作为集聚了全国1/3人才的上海); 全国八成人工智能企业… is the country's own breakdown.
      const countrysOwn = sharesTheWhole && stated?.national && !ps.some((p) => !p.national && p.start < clause.end);
      const judgedHere =
        (stated === undefined && othersPronoun && matched.metric !== null) ||
        (stated?.national &&
          matched.metric !== null &&
          (!sharesTheWhole || stated.elsewhere || countrysOwn) &&
          !alsoShanghai(text, stated, m))
          ? { metric: null, reason: REASONS.elsewhere }
          : !anchored && matched.metric !== null
            ? { metric: null, reason: REASONS.unanchored }
            : matched.metric !== null &&
                (organisationSubject(text, { start: ownClause.start, end: m.start }, ps, english, sentence.start) ||
                  continuesOrganisation(text, ownClause, m, ps, sentenceFacts.at(-1)?.reason ?? null, lastFactEnd))
              ? { metric: null, reason: REASONS.organisation }
              : matched.metric !== null &&
                  stated !== undefined &&
                  !stated.national &&
                  // 大会在世博中心和世博展览馆举办，展览面积超过5.2万平方米: a yearly event's venues are where it is, not a group.
                  metricById(catalogue, matched.metric)?.editionYear !== true &&
                  groupOf(text, stated, ps, m.start, m.end)
                ? { metric: null, reason: REASONS.group }
                : matched.metric !== null &&
                    stated !== undefined &&
                    metricById(catalogue, matched.metric)?.editionYear === true &&
                    ctx.places.gazetteer.get(stated.place ?? '')?.kind !== 'venue' &&
                    venueSubject(text, stated, sentence, m)
                  ? { metric: null, reason: REASONS.venue }
                  : matched.metric !== null && english && CITIES_GROUP.test(text.slice(ownClause.start, m.start))
                    ? { metric: null, reason: REASONS.group }
                    : matched.metric !== null && withdrawnBy(text, m, sentence)
                      ? { metric: null, reason: REASONS.withdrawn }
                      : matched.metric !== null && isDifference(text, m, segment, english)
                        ? { metric: null, reason: REASONS.difference }
                        : matched.metric !== null && isThreshold(text, m, english)
                          ? { metric: null, reason: REASONS.threshold }
                          : matched;
      // 分区看，…浦东新区约330亿元; By district, Xuhui led with 12.6 billion yuan: a place's figure that names no measure is its
      // share of the city-wide whole the sentence breaks down, of the same unit (a rate or share names its own measure).
      const whole =
        matched.metric === null && matched.reason === null && stated !== undefined && !stated.national && m.unit !== 'percent'
          ? brokenDown.filter((f) => f.unit === m.unit && f.counter === m.counter).at(-1)
          : undefined;
      const previous = previousFacts.paragraph === sentence.paragraph ? previousFacts.facts : [];
      // A measure taken from the figure before is checked as one the figure names would be: That was 50 billion yuan more
      // than in 2023 is a difference, not a level.
      const elided = (e: ReturnType<typeof ellipsisOf>): ReturnType<typeof ellipsisOf> =>
        e !== null && e.metric !== null && isDifference(text, m, segment, english) ? { metric: null, reason: REASONS.difference } : e;
      const judged =
        sameMeasureAs(text, m, ownClause, sentenceFacts, previous) ??
        partOfIncrease(text, ownClause, m, sentenceFacts, catalogue) ??
        (partOfWhole(text, m, (whole ?? judgedHere).metric, readMetrics, ps, ds) ? { metric: null, reason: REASONS.part } : null) ??
        (whole ? { metric: whole.metric, reason: null } : null) ??
        (judgedHere.metric === null && judgedHere.reason === null
          ? elided(ellipsisOf(text, m, ownClause, sentenceFacts, previous, ps, previous.length > 0 && partOpening()))
          : null) ??
        judgedHere;
      const judgedEntry = metricById(catalogue, judged.metric);
      const rankedPeriod = 'period' in judged && typeof judged.period === 'string' ? judged.period : null;
      // Counts of firms, models or funds go with the cluster the paragraph is about; amounts and rates do not.
      // A metric counted per cluster takes the paragraph's cluster; so does any figure whose sentence
      // points back to it (这片热土已吸引…近80家, the park has attracted …).
      // A zone the paragraph is about (临港新片区, 张江科学城) holds its figures as a district does.
      const perCluster =
        stated === undefined &&
        place?.place != null &&
        (judgedEntry?.placeKinds !== undefined || placeEntry?.kind === 'area' || pointsBack);
      // A yearly event's figures (WAIC's exhibitors, area, visits) are the city's, wherever its venue stands (the
      // Shanghai World Expo Exhibition and Convention Center in Pudong).
      const cityEvent = judgedEntry?.editionYear === true;
      const placeId = cityEvent ? null : ((stated ?? (perCluster ? place : undefined))?.place ?? null);
      // …孵化器，拥有100余家企业: a count at one park that the park's own metric did not take (another kind of firm
      // is named) is neither the park's count nor the city's or district's.
      // 20余场大模型论坛… in an article whose title names 徐汇: a sentence that names no place, carries none
      // from the sentence before and does not point back may be about the city, not the place in the title.
      // A district's own report (徐汇区政府工作报告, 统计公报) speaks of the district throughout.
      const titlePlaceOnly =
        stated === undefined &&
        carry === null &&
        !pointsBack &&
        !ours &&
        topic !== undefined &&
        !ownReport &&
        !parkPage &&
        !(topicAt < m.start && m.start < otherScopeAt);
      const unnamedPark = (): boolean =>
        placeId === null &&
        ((english ? unknownParkBefore(text, sentence.start, m.start, ps) : PARK_SUBJECT_ZH.test(text.slice(sentence.start, m.start))) ||
          (english ? PARK_AFTER_EN : PARK_AFTER_ZH).test(text.slice(m.end, clause.end)));
      const geo: GeoId = cityEvent ? 'shanghai' : (place?.geo ?? 'shanghai');
      // The first of these that holds takes a mapped figure off the charts, with its reason.
      const refusal =
        judged.metric === null
          ? null
          : // 8% of Shanghai's AI companies are in the first layer: a part of the city's own whole, not a district's share.
            judged.metric.endsWith(SHARE_OF_CITY) && placeId === null && geo === 'shanghai'
            ? REASONS.partOfCity
            : judgedEntry?.unplaced && placeId !== null && placeEntry?.kind !== 'area'
              ? REASONS.placed
              : titlePlaceOnly
                ? REASONS.titlePlace
                : unnamedPark()
                  ? REASONS.unnamedPark
                  : null;
      const { metric, reason } = refusal === null ? judged : { metric: null, reason: refusal };
      const entry = metricById(catalogue, metric);
      const qStart = low?.start ?? m.start;
      const span = toOriginalSpan(clean, qStart, m.end);
      const givenHere = periods.get(raw) ?? UNDATED;
      // …, and the parts of a whole broken down by place are of the whole's period when they state none.
      // A part that names its measure refers to the article's last whole of that measure (a share to the whole it is of).
      const wholeOf =
        breaksDown && metric !== null && (givenHere.period === null || givenHere.basis === 'publication')
          ? wholes.filter((w) => w.fact.metric === metric || w.fact.metric === entry?.of).at(-1)?.fact
          : undefined;
      const said: Dated = wholeOf?.period ? { period: wholeOf.period, basis: 'context' } : givenHere;
      // WAIC2023累计举办…，展览面积超过5万平米: an edition's figure takes the year of the edition its sentence names.
      // 而去年，…观看量是1亿: a date the sentence gives beats an edition named outside it.
      const undated = said.period === null || said.basis === 'publication';
      const edition = entry?.editionYear && said.basis !== 'stated' ? sentenceEdition || (undated ? contextEdition : 0) : 0;
      const given: Dated = edition > 0 ? { period: String(edition), basis: 'context' } : said;
      const statusRead = statusOf(windows, clause, sentence, given.period, now, m.start, (p) => setsGoalFor(text, ds, p), m.end);
      // The "Action Plan" mentioned that Shanghai will use three years to achieve …: what the article's plan says will be
      // is the plan's goal, for the plan's last year when the figure names none.
      const status =
        statusRead === 'forecast' &&
        documentTarget !== null &&
        (given.period === null || given.basis === 'publication') &&
        PLAN_SAYS.test(windows.slice(sentence.start, m.start))
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
      const resolved = openEnded
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
          ));
      // Products brought by more than 300 AI companies will be shown…: a figure a later verb puts in the future does
      // not stand today.
      // …now houses 108 companies, up from 47 when it opened: the level a change started from is not today's.
      const stands =
        english &&
        resolved.basis === 'publication' &&
        (futureOfSubject(text, m, sentence) ||
          (CHANGE_BASE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) &&
            !NOW_AFTER.test(text.slice(m.end, Math.min(clause.end, m.end + 16)))))
          ? UNDATED
          : resolved;
      // 到2027年，…。力争全市人工智能核心产业规模超过300亿元: an undated target takes the year its paragraph set, else the
      // year of the article's plan or work report.
      const contextTarget =
        paragraphTarget.paragraph === sentence.paragraph ? paragraphTarget.period : status === 'target' ? documentTarget : null;
      const released =
        stands.basis === 'publication' && entry?.kind === 'stock' ? releasedIn(text, sentence, m.start, input.date, now) : null;
      /** No date of its own, and not one end of a range or a stretch of years. */
      const undatedHere = stands.period === null && stands !== RANGE_START && stands !== SPAN;
      const { period, basis } =
        yearBefore(text, m, sentenceFacts) ??
        // …came second with 85 billion yuan: a figure ranked against one before it, with no date of its own, is of that one's period.
        (undatedHere && rankedPeriod !== null ? { period: rankedPeriod, basis: 'context' as const } : null) ??
        (undatedHere && !openEnded && status !== 'actual' && contextTarget !== null
          ? { period: contextTarget, basis: 'context' as const }
          : ds.length === 0 &&
              status === 'actual' &&
              (entry?.kind === 'flow' || sentenceFacts.some((f) => f.periodBasis === 'context' && f.period === paragraphDate.period)) &&
              paragraphDate.paragraph === sentence.paragraph
            ? { period: paragraphDate.period, basis: 'context' as const }
            : asOf !== null && ds.length === 0 && said === UNDATED && stands.basis === 'publication' && entry?.kind === 'stock'
              ? { period: asOf.period, basis: 'context' as const }
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
                      entry?.kind === 'flow'
                    ? { period: reportPeriod, basis: 'context' as const }
                    : // …revenue of 120 billion yuan in 2024. Pudong produced 38 percent of the city's AI revenue: a share of a flow
                      // that states no date is of the period of the level of that flow just before it.
                      (shareOfEarlier(entry, stands, status, sentence.paragraph) ?? stands));
      // 较2020年增长83.7%: a change measured against a year before the last is over several years, not year on year.
      const overYears =
        metric !== null && metric.endsWith(GROWTH_YOY) && period !== null && baseYearOf(text, ownClause) < Number(period.slice(0, 4)) - 1;
      // 入驻企业126家，较2021年底的80家增长近六成: the level compared against is the same measure, at the date it names.
      const base =
        reason === null && (metric === null || period === null) ? baseLevel(text, ownClause, m, sentenceFacts, metric, geo, placeId) : null;
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
      const fact: Fact = {
        id: `${input.id}@${span.start}`,
        doc: input.id,
        text: lang === 'zh-Hant' || low ? originalChars(input.original, clean, qStart, m.end) : m.text,
        value: low?.value ?? m.value,
        unit: m.unit,
        counter: m.counter,
        qualifier: low ? '>' : shareQualifier(text, m, segment),
        ...reading,
        start: span.start,
        end: span.end,
        source: { doc: input.id, quote, start: quoteSpan.start, end: quoteSpan.end, line: lineOf(lines, span.start) },
      };
      facts.push(fact);
      sentenceFacts.push(fact);
      readMetrics.push({ metric, end: m.end });
      if (metric !== null && period !== null && placeId === null && geo === 'shanghai' && m.unit !== 'percent')
        wholes.push({ fact, paragraph: sentence.paragraph });
      if (metric !== null && period !== null && entry?.kind === 'flow' && entry.of === undefined && status === 'actual')
        lastLevel.set(metric, { period, paragraph: sentence.paragraph });
      lastFactEnd = m.end;
    }
    endSentence();
    previousFacts = { paragraph: sentence.paragraph, facts: sentenceFacts };
  };
  for (const sentence of sentences) readSentence(sentence);
  dropHeadlineRepeats(facts, headlineSpan(text, titleText), clean);

  const unreadAll: Unread[] = [...skipped, ...unitless]
    .sort((a, b) => a.start - b.start)
    .map((s) => {
      const span = toOriginalSpan(clean, s.start, s.end);
      return { doc: input.id, text: s.text, start: span.start, end: span.end, line: lineOf(lines, span.start), reason: s.reason };
    });
  // A table's rows are read as a table: the prose reader's figures and unread numbers inside them give way.
  const tables = tableFacts(input.id, input.original, bodyOffset(input.original), {
    catalogue,
    places: ctx.places,
    english,
    traditional: lang === 'zh-Hant',
    date: input.date,
    title: titleText,
    reportYear,
  });
  if (tables.rows.length === 0) return { facts, unread: unreadAll, places: [...mentionedPlaces].sort(), lang };
  const inTable = (at: number): boolean => tables.rows.some((r) => at >= r.start && at < r.end);
  const read = [
    ...facts.filter((f) => !inTable(f.start)),
    ...tables.facts.map((f) => (f.period === null ? { ...f, reason: REASONS.undated } : f)),
  ];
  read.sort((a, b) => a.start - b.start);
  for (const f of tables.facts) if (f.place !== null) mentionedPlaces.add(f.place);
  return { facts: read, unread: unreadAll.filter((u) => !inTable(u.start)), places: [...mentionedPlaces].sort(), lang };
}
