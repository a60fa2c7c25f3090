/**
 * One sentence of an article, read in order: its figures, each with the metric, place, period, basis, status and
 * qualifier the sentence and what came before it give, and what the sentence leaves to the sentences after it.
 */
import type { Fact } from '../../schema/metricsFile';
import { BASE_BEFORE, editionNamed, type DateMention } from '../dates';
import { SECTION_NUMBER, toOriginalSpan } from '../normalize';
import { type Mention } from '../numbers';
import { type PlaceMention } from '../places';
import { lastBefore, splitClauses, type Sentence } from '../segment';
import { isShareWhole } from '../figurePlace';
import { isHeading, originalChars, placeHeading } from './document';
import { AS_OF_LEAD, EVENT_WORDS, dated, openingDate, sentencePeriods, targetYear } from './period';
import { AREA_ANAPHORS, PRONOUN_SUBJECT, RANKED_IN, lastNonNational, parkNames, refersBack } from './scope';

import type { Article } from './article';
import { labelOfLine, type Carried, type Reading } from './reading';
import { readFigure, type SentenceScope } from './figureFact';

/** A sentence that opens with a part of what the sentence before counted: 其中，; 入库企业中，; 这995家企业中，; Among them,. */
const PART_OPENING =
  /^\s*(?:[^，,。；;]{1,6}[,，]\s*)?(?:(?:其中|among them|among these|among which|of these|of them)\s*[,，:：]|其中(?=\S)|[^，,。；;]{0,12}(?:企业|公司|机构|人才|高校|项目)中\s*[,，])/i;

/** A place that opens its sentence and comes next in a ranking: Pudong followed with, Minhang came next with, 其次是. */
const BREAKDOWN_FOLLOWS =
  /^\s*(?:[A-Z][A-Za-z'’-]+(?:\s+(?:New Area|District))?\s+(?:followed|came next|came second|came third|ranked second|ranked third|was next|trailed)\s+with\b|其次(?:是|为))/;
/** How many paragraphs back a breakdown by district may find the whole it breaks down (a paragraph on deals may stand between). */
const BREAKDOWN_REACH = 3;

/** A line that is only a day's date, perhaps with its time: a page's dateline. */
const DATELINE =
  /^\s*(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d{2}|\d{1,2} [A-Z][a-z]{2,8} (?:19|20)\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;

/** 分区看, 从区域看, By district: a sentence that breaks the figures before it down by place. */
const BREAKDOWN =
  /^\s*(?:分区(?:域)?看|分地区看|从(?:各)?区(?:域)?(?:分布)?(?:来)?看|从(?:上海|全市|本市)(?:内部|各区)?(?:的)?(?:区域)?(?:分布|布局)(?:来)?看|按区(?:域)?(?:划分|分布)?看?|从空间(?:分布|布局)看|(?:broken down )?by district|district by district)\s*[,，:：]/i;

/** 区内, 该区: words for "in this 区" that a zone named as a 区 (开发区, 新片区, 试验区, 园区) earlier in the sentence is. */
const ZONE_ANAPHORS: ReadonlySet<string> = new Set(['区内', '该区']);

/** The last place of the sentence before `p`, a zone written as a 区 (漕河泾开发区), when `p` is 区内 or 该区. */
function zoneBefore(text: string, ps: ReadonlyArray<PlaceMention>, p: PlaceMention): PlaceMention | undefined {
  if (!ZONE_ANAPHORS.has(text.slice(p.start, p.end))) return undefined;
  // 浦东新区…拥有张江科学城、临港新片区等载体，该区…: with a district named before it, 该区 and 区内 are the district's.
  if (ps.some((q) => q.place === null && !q.national && q.geo !== 'shanghai')) return undefined;
  const last = ps.at(-1);
  return last?.place && !last.national && ZONE_NAME.test(text.slice(last.start, last.end)) ? last : undefined;
}
const ZONE_NAME = /(?:开发区|新片区|试验区|园区|功能区|示范区|集聚区|先导区)$/;

/** A heading that names goals: 主要目标, 预期目标, 目标任务, Targets for 2025, Goals. */
const GOALS_HEADING = /目标|\btargets?\b|\bgoals?\b/i;

export function readSentence(a: Article, r: Reading, sentence: Sentence): void {
  const { input, ctx, clean, text, english, windows, dates, mentions, placeMentions, now, titleEdition, bodyEnd, namesEditions } = a;
  if (sentence.start >= bodyEnd) return;
  // …; its AI output rose 28 percent last year: a sentence that opens with "its" after one about another city is that city's.
  const othersPronoun =
    english &&
    r.elsewhereBefore.only &&
    r.elsewhereBefore.paragraph === sentence.paragraph &&
    /^\s*(?:its|their)\b/i.test(text.slice(sentence.start, sentence.start + 8));
  const pointerCarries: boolean =
    r.previousSentence?.paragraph === sentence.paragraph &&
    PRONOUN_SUBJECT.test(text.slice(sentence.start, sentence.start + 6)) &&
    (r.previousCarried || refersBack(windows, r.previousSentence.start, r.previousSentence.end));
  r.previousSentence = sentence;
  r.previousCarried = pointerCarries;
  const ms: Mention[] = [];
  while (r.mi < mentions.length && mentions[r.mi]!.start < sentence.end) {
    if (mentions[r.mi]!.start >= sentence.start) ms.push(mentions[r.mi]!);
    r.mi++;
  }
  const ds: DateMention[] = [];
  while (r.di < dates.length && dates[r.di]!.start < sentence.end) {
    if (dates[r.di]!.start >= sentence.start) ds.push(dates[r.di]!);
    r.di++;
  }
  const ps: PlaceMention[] = [];
  while (r.pi < placeMentions.length && placeMentions[r.pi]!.start < sentence.end) {
    const p = placeMentions[r.pi]!;
    r.pi++;
    if (p.start < sentence.start) continue;
    // Shanghai ranked second nationwide with 4,500 AI enterprises: the country is where the rank is counted, not a scope.
    if (p.national && !p.elsewhere && english && RANKED_IN.test(text.slice(Math.max(0, p.start - 40), p.start))) continue;
    // "Beijing's government … to grow the city's core AI industry": the city is the one its sentence last named.
    const otherCity =
      english && text.slice(p.start, p.end).toLowerCase() === 'the city' ? lastBefore(ps, sentence.start, p.start) : undefined;
    if (otherCity?.elsewhere) ps.push({ ...otherCity, start: p.start, end: p.end });
    else if (!p.anaphoric) {
      ps.push(p);
      if (p.geo !== 'shanghai') r.lastDistrict = p.geo;
      if (!p.national)
        // …has become one of Shanghai's fastest-growing AI bases. The area's AI industry …: the city named after a zone
        // leaves the zone the last one named; a district does not.
        r.lastArea =
          p.place !== null && ctx.places.gazetteer.get(p.place)?.kind === 'area'
            ? p
            : p.place === null && p.geo !== 'shanghai'
              ? null
              : r.lastArea;
    } else if (zoneBefore(text, ps, p) !== undefined) {
      // 漕河泾开发区亩均税收超过400万元，区内人工智能企业达到200余家: 区内 after a zone whose name is a 区 in the same sentence is in it.
      const zone = zoneBefore(text, ps, p)!;
      ps.push({ start: p.start, end: p.end, geo: zone.geo, place: zone.place });
    } else if (r.lastArea !== null && AREA_ANAPHORS.has(text.slice(p.start, p.end))) {
      ps.push({ start: p.start, end: p.end, geo: r.lastArea.geo, place: r.lastArea.place }); // the area: the zone last named
    } else if (r.lastDistrict !== null) {
      ps.push({ start: p.start, end: p.end, geo: r.lastDistrict, place: null }); // 全区: the district last named
    } else {
      // 区内已集聚…, 天河区作为…全区, the area is home to …: a district the text has not named as one of Shanghai's is not the city.
      ps.push({ start: p.start, end: p.end, geo: 'shanghai', place: null, national: true, elsewhere: true });
    }
  }
  for (const p of ps) if (p.place) r.mentionedPlaces.add(p.place);
  if (r.carry && r.carry.paragraph !== sentence.paragraph) {
    // "The center is …" opening a paragraph points back to the place the paragraph before ended on.
    r.lastParagraph = r.carry.paragraph === sentence.paragraph - 1 ? r.carry : null;
    r.carry = null;
  }

  const sentenceEdition = namesEditions ? editionNamed(text, sentence.start, sentence.end) : 0;
  // WAIC 2023创历史新高 / …WAIC 2023累计举办133场活动。截至大会闭幕时，线下参观人数突破17.7万人: an edition a
  // heading or an earlier sentence of the paragraph names is the one the paragraph's undated edition figures are of.
  const editionBefore = r.paragraphEdition.paragraph === sentence.paragraph ? r.paragraphEdition.year : 0;
  const contextEdition = editionBefore || r.headingEdition || titleEdition;
  if (sentenceEdition > 0) r.paragraphEdition = { paragraph: sentence.paragraph, year: sentenceEdition };
  // A page's dateline (27/07/2025, 2025-07-27 10:17, 2025年7月27日) says when it appeared, not what the paragraphs under it are of.
  if (isHeading(text, sentence) && !DATELINE.test(text.slice(sentence.start, sentence.end))) {
    // 一、总体要求 under 行动计划(2024—2026年): a numbered section with no date of its own stays under the date above it.
    r.heading = ds.find(dated) ?? (SECTION_NUMBER.test(text.slice(sentence.start, sentence.start + 5)) ? r.heading : null);
    r.headingEdition = sentenceEdition;
    r.headingPlace = placeHeading(text, sentence, ps);
    r.headingGoals = GOALS_HEADING.test(text.slice(sentence.start, sentence.end));
  }
  // A sentence cut at ；continues the one before: its date carries over (2025年前三季度…；拥有…394家).
  let lastDate: DateMention | null = null;
  // 较2019年的9所大幅增加: a date compared against is not the sentence's own.
  for (let k = ds.length - 1; k >= 0 && lastDate === null; k--)
    if (ds[k]!.kind === 'explicit' && !BASE_BEFORE.test(text.slice(Math.max(0, ds[k]!.start - 3), ds[k]!.start))) lastDate = ds[k]!;
  const cutAtSemicolon = text[sentence.end - 1] === '；' || text[sentence.end - 1] === ';';
  const partOfBefore =
    r.previousDate?.date &&
    r.previousDate.paragraph === sentence.paragraph &&
    PART_OPENING.test(text.slice(sentence.start, sentence.start + 24));
  // 其中，集成电路产业规模…；生物医药…；人工智能产业规模…: the parts after a ；keep the date of the whole before them.
  const nextCarried: Carried | null = cutAtSemicolon
    ? {
        paragraph: sentence.paragraph,
        date: lastDate ?? (r.carried?.paragraph === sentence.paragraph ? r.carried.date : partOfBefore ? r.previousDate!.date : null),
      }
    : null;
  /** What the sentence leaves to the next ones: the place it ended on, its cut date, a target year, an opening date. */
  const endSentence = (): void => {
    r.elsewhereBefore = { paragraph: sentence.paragraph, only: ps.length > 0 && ps.every((p) => p.elsewhere === true) };
    const lastPlace = lastNonNational(text, ps);
    // Xuhui has long been the city's AI hotspot. Its core AI industry …: the place the sentence opened with is its subject.
    // (Since opening in September 2023, ModelSpeed Space has grown …: after a phrase set before the subject.)
    const subject = ps.find(
      (p) => !p.national && p.start >= sentence.start && /^(?:[^,，]*[,，])?\s*(?:the\s+)?$/i.test(text.slice(sentence.start, p.start)),
    );
    if (lastPlace) r.carry = { paragraph: sentence.paragraph, place: lastPlace, ...(subject ? { subject } : {}) };
    r.carried = nextCarried;
    r.previousDate = { paragraph: sentence.paragraph, date: lastDate };
    const target = targetYear(text, ds);
    if (target !== null) r.paragraphTarget = { paragraph: sentence.paragraph, period: target };
    const opened = openingDate(text, sentence, ds);
    if (opened !== null) r.paragraphDate = { paragraph: sentence.paragraph, period: opened };
    if (opened !== null)
      r.dataDate = EVENT_WORDS.test(text.slice(sentence.start, sentence.end))
        ? { paragraph: -1, period: '' }
        : { paragraph: sentence.paragraph, period: opened };
    for (const d of ds)
      if (d.kind === 'explicit' || d.kind === 'span')
        r.asOf =
          d.kind === 'explicit' && AS_OF_LEAD.test(text.slice(Math.max(0, d.start - 24), d.start))
            ? d
            : // 截至2022年底，…。全年新增…: the year of the as-of date itself leaves it in force.
              r.asOf !== null && d.period === r.asOf.period.slice(0, 4)
              ? r.asOf
              : null;
  };
  if (ms.length === 0) {
    endSentence();
    return;
  }
  const clauses = splitClauses(text, sentence);
  const lineLabel = labelOfLine(text, r, sentence, ps);
  const breaksDown: boolean =
    (r.breakdownGoesOn && r.carried !== null && r.carried.paragraph === sentence.paragraph) ||
    BREAKDOWN.test(text.slice(sentence.start, sentence.start + 32)) ||
    // By district, Xuhui led with 12.6 billion yuan. … Pudong followed with 11.8 billion yuan: the next place of the same
    // breakdown, later in its paragraph.
    (r.breakdownParagraph === sentence.paragraph && BREAKDOWN_FOLLOWS.test(text.slice(sentence.start, sentence.start + 48)));
  r.breakdownGoesOn = breaksDown && cutAtSemicolon;
  if (breaksDown) r.breakdownParagraph = sentence.paragraph;
  // What the parts of a breakdown that name no measure refer to: the wholes just before it.
  const brokenDown = breaksDown ? r.wholes.filter((w) => w.paragraph >= sentence.paragraph - BREAKDOWN_REACH).map((w) => w.fact) : [];
  const located = ps.some((p) => isShareWhole(text, p)) ? ps.filter((p) => !isShareWhole(text, p)) : ps;
  const context =
    r.carried && r.carried.paragraph === sentence.paragraph ? r.carried.date : partOfBefore ? r.previousDate!.date : r.heading;
  // 一、2021年工作回顾 / …380亿元，增长21.3%；新引进人工智能企业65家: a part after a ；whose part before gave no date keeps the
  // heading's for a flow, which has no other date to take (a stock there is as of the article's date, and a yearly event's
  // figure is of its edition).
  const headingForFlows = context === null ? r.heading : null;
  const periods = sentencePeriods(
    text,
    sentence,
    clauses,
    ms,
    ds,
    now,
    context,
    english,
    context !== null && context !== r.heading && r.carried?.paragraph === sentence.paragraph,
    r.carried?.paragraph === sentence.paragraph ? (r.carried.range ?? null) : null,
  );
  if (nextCarried !== null && periods.lastRange !== undefined) nextCarried.range = periods.lastRange;
  const quoteSpan = toOriginalSpan(clean, sentence.start, sentence.end);
  const quote = originalChars(input.original, clean, sentence.start, sentence.end);
  // Each figure of the sentence with the unit it was read with, for a bare one after it (…, up from 100,000 in 2018).
  const read: Mention[] = [];
  const sentenceFacts: Fact[] = [];
  /** Whether the sentence opens as a part of the one before (其中，…): worked out once, when a figure first needs it. */
  let opensAsPart: boolean | undefined;
  const partOpening = (): boolean => (opensAsPart ??= PART_OPENING.test(text.slice(sentence.start, sentence.start + 24)));
  const parks = parkNames(ps);
  const s: SentenceScope = {
    sentence,
    othersPronoun,
    pointerCarries,
    ms,
    ds,
    ps,
    sentenceEdition,
    headingForFlows,
    contextEdition,
    clauses,
    lineLabel,
    breaksDown,
    brokenDown,
    located,
    periods,
    quoteSpan,
    quote,
    read,
    sentenceFacts,
    partOpening,
    lastFactEnd: -1,
    parks,
  };
  for (const raw of ms) readFigure(a, r, s, raw);
  endSentence();
  r.previousFacts = { paragraph: sentence.paragraph, facts: sentenceFacts };
}
