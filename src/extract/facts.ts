/**
 * One article → its facts: every quantity with period, place, qualifier, status, metric and the
 * sentence it came from. Pure: the caller hands in the decoded text and the article date.
 */
import type { GeoId } from '../schema/geo';
import type { Fact, Language, Status, Unread } from '../schema/metricsFile';
import { UNREAD_REASONS } from '../schema/unreadReasons';
import { matchMetric, type Catalogue, type CatalogueEntry } from './catalogue';
import { PART_WORDS } from './match/context';
import { TextWindows } from './match/words';
import { detectLanguage, toSimplified } from './language';
import { BASE_BEFORE, dateSpans, editionNamed, EVENT_IN_TEXT, nowPeriod, scanDates, type ArticleDate, type DateMention } from './dates';
import { bodyOffset, cleanText, SECTION_NUMBER, toOriginalSpan, type CleanText } from './normalize';
import { tableFacts } from './tables';
import { scanEnglishDates } from './englishDates';
import { scanEnglishQuantities } from './englishQuantities';
import { splitEnglishSentences } from './englishSentences';
import { scanQuantities, type Mention, type Skipped } from './numbers';
import { withAbbreviations, withShortNames, type PlaceMatcher, type PlaceMention } from './places';
import { lastBefore, segmentAround, splitClauses, splitSentences, type Sentence } from './segment';
import { alsoShanghai, groupOf, isShareWhole, placeOf } from './figurePlace';
import { organisationSubject } from './organisation';
import {
  AFTER_BODY,
  OWN_REPORT,
  PARK_PAGE,
  PLAN_SAYS,
  documentTargetYear,
  dropHeadlineRepeats,
  headlineSpan,
  isHeading,
  labelPlace,
  lineOf,
  lineStarts,
  originalChars,
  outletTags,
  placeHeading,
  reportPeriodOf,
  reportYearOf,
} from './article/document';
import {
  VAGUE,
  changeFrom,
  isDifference,
  isMagnitude,
  isRangeEnd,
  isThreshold,
  magnitudeOf,
  rangeLow,
  shareQualifier,
} from './article/figure';
import {
  AS_OF_LEAD,
  OPEN_YEARS,
  RANGE_START,
  SPAN,
  UNDATED,
  completionPeriod,
  dated,
  openingDate,
  releasedIn,
  resolvePeriod,
  sentencePeriods,
  setsGoalFor,
  targetYear,
  yearBefore,
  type Dated,
} from './article/period';
import { REASONS } from './article/reasons';
import {
  CHANGE_BASE_BEFORE,
  GROWTH_YOY,
  OF_THEM,
  SIGNED_AFTER_EN,
  SIGNED_EN,
  WORTH_OF,
  baseLevel,
  baseYearOf,
  borrowUnit,
  clauseEnd,
  describedAfter,
  ellipsisOf,
  partOfEarlier,
  partOfIncrease,
  partOfWhole,
  previousFigure,
  respectiveOfLater,
  sameMeasureAs,
  totalOfEarlier,
  withdrawnBy,
} from './article/relations';
import {
  AREA_ANAPHORS,
  CITIES_GROUP,
  PARK_AFTER_EN,
  PARK_AFTER_ZH,
  PARK_SUBJECT_ZH,
  PRONOUN_SUBJECT,
  RANKED_IN,
  SHANGHAI_WORDS,
  SHARE_OF_CITY,
  continuesOrganisation,
  lastNonNational,
  parkNames,
  refersBack,
  topicOf,
  unknownParkBefore,
  venueSubject,
} from './article/scope';
import { futureOfSubject, statusOf } from './article/status';

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

/**
 * The one place a heading line is nothing but ("Shenzhen", 一、浦东新区, Xuhui district:), or null: a heading that names
 * no place, several, or says more than a name leaves the paragraphs under it to their own words.
 */
/** Words after an English figure's noun that make the country or the world its scope. */
/** A clause whose subject is the speaker's own side: we, our. */
const FIRST_PERSON = /^\s*(?:[A-Z][a-z]+:\s*)?(?:and\s+)?(?:we|our)\b/i;
/** A base a change started from that is today's: up from 58 EFLOPS at present. */
const NOW_AFTER = /^\s*(?:at present|now|today|currently)\b/i;

/** A paragraph that is an interview's answer: A: …, 答：…. */
const ANSWER = /^\s*(?:A|答)\s*[:：]/;
/** A sentence that opens with someone else as its subject: It hosts …, They …, 它…, 其…, 该…. */
const THIRD_PERSON = /^\s*(?:(?:A|答)\s*[:：]\s*)?(?:(?:it|its|they|their|this|that|these|those|he|she)\b|[它其该他她])/i;
/** Where the paragraph holding `at` starts. */
const paragraphStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;
const SCOPE_AFTER = /^(?:nationwide|nationally|worldwide|globally)$/i;
/** What may stand between the noun and such a word: nothing, or a participle (filed, registered, operating). */
const NOUN_TAIL = /^\s*(?:[a-z]+(?:ed|ing)\s+)?$/i;

/** 分区看, 从区域看, By district: a sentence that breaks the figures before it down by place. */
const BREAKDOWN =
  /^\s*(?:分区(?:域)?看|分地区看|从(?:各)?区(?:域)?(?:分布)?(?:来)?看|按区(?:域)?(?:划分|分布)?看?|从空间(?:分布|布局)看|(?:broken down )?by district|district by district)\s*[,，:：]/i;

/** The catalogue's metrics by id, built once per catalogue. */
const metricIndex = new WeakMap<Catalogue, Map<string, CatalogueEntry>>();
function metricById(catalogue: Catalogue, id: string | null): CatalogueEntry | undefined {
  if (id === null) return undefined;
  let index = metricIndex.get(catalogue);
  if (!index) metricIndex.set(catalogue, (index = new Map(catalogue.metrics.map((m) => [m.id, m]))));
  return index.get(id);
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
