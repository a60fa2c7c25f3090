/**
 * One figure of a sentence → its fact: the unit it is read with, whether a metric is named for it and holds, and the
 * fact recorded. Where it is (figureWhere.ts) and when it is, with its status (figureWhen.ts), are stages of their own.
 */
import type { GeoId } from '../../schema/geo';
import type { Fact } from '../../schema/metricsFile';
import { UNREAD_REASONS } from '../../schema/unreadReasons';
import { byUnit, matchMetric, type Catalogue, type CatalogueEntry } from '../catalogue';
import { type DateMention } from '../dates';
import { type Mention } from '../numbers';
import { type PlaceMention } from '../places';
import { segmentAround, type Sentence } from '../segment';
import { alsoShanghai, groupOf } from '../figurePlace';
import { organisationSubject } from '../organisation';
import { lineOf, originalChars } from './document';
import { VAGUE, changeFrom, isDifference, isMagnitude, isRangeEnd, isThreshold, magnitudeOf, rangeLow, shareQualifier } from './figure';
import { type Dated } from './period';
import { REASONS } from './reasons';
import {
  SIGNED_AFTER_EN,
  SIGNED_EN,
  WORTH_OF,
  borrowUnit,
  describedAfter,
  labelledBefore,
  subjectOfEarlier,
  ELSEWHERE_MEASURE,
  ellipsisOf,
  numberOfSubject,
  partOfOpeningWhole,
  subjectNounBefore,
  ofThemAfter,
  partOfEarlier,
  partOfPrevious,
  readAs,
  thereAre,
  AGAINST_LEAD,
  IN_SHANGHAI_AFTER,
  OF_WHOLE_OPENING,
  AMONG_THEM_OPENING,
  partOfIncrease,
  partOfWhole,
  previousFigure,
  respectiveOfLater,
  sameMeasureAs,
  shareOfCount,
  totalOfEarlier,
  withdrawnBy,
} from './relations';
import {
  CITIES_GROUP,
  CITIES_GROUP_ZH,
  PARK_AFTER_EN,
  PARK_AFTER_ZH,
  PARK_SUBJECT_ZH,
  SHARE_OF_CITY,
  continuesOrganisation,
  heldByPlace,
  unknownParkBefore,
  venueSubject,
} from './scope';
import type { Article } from './article';
import { type Reading } from './reading';
import { placeFigure, type FigurePlace } from './figureWhere';
import { dateFigure, wholesFor, type FigureDate } from './figureWhen';
import type { Span } from '../segment';

/** The catalogue's metrics by id, built once per catalogue. */
const metricIndex = new WeakMap<Catalogue, Map<string, CatalogueEntry>>();
/** What the catalogue's words make of a figure; only when they name nothing, whether a place holds it (`soleMetricHeld`). */
function namedOrHeld<T extends { metric: string | null; reason: unknown }>(
  named: T,
  held: () => { metric: string; reason: null } | null,
): T | { metric: string; reason: null } {
  return named.metric === null && named.reason === null ? (held() ?? named) : named;
}

/**
 * An English figure of a unit only one metric is measured in (FLOPS: compute), held by a place with no noun for the
 * measure (Lingang has 2.1 EFLOPS in operation): that metric, unless its own words for one facility's figure stand in the
 * sentence. Null when it is not such a figure, for the catalogue's phrases to decide.
 */
function soleMetricHeld(
  catalogue: Catalogue,
  words: string,
  m: Mention,
  clause: Span,
  sentence: Span,
  ps: ReadonlyArray<PlaceMention>,
  english: boolean,
  zone: (place: string) => boolean,
): { metric: string; reason: null } | null {
  if (!english) return null;
  const only = byUnit(catalogue).get(m.unit);
  if (only?.length !== 1 || !heldByPlace(words, m, clause, sentence, ps, zone)) return null;
  const entry = only[0]!;
  const said = words.slice(sentence.start, sentence.end);
  const vetoed = [...(entry.excludeSentence ?? []), ...(entry.excludeSegment ?? []), ...(entry.excludeNear ?? [])].some((w) =>
    said.includes(w.toLowerCase()),
  );
  return vetoed ? null : { metric: entry.id, reason: null };
}

function metricById(catalogue: Catalogue, id: string | null): CatalogueEntry | undefined {
  if (id === null) return undefined;
  let index = metricIndex.get(catalogue);
  if (!index) metricIndex.set(catalogue, (index = new Map(catalogue.metrics.map((m) => [m.id, m]))));
  return index.get(id);
}

/** What a sentence hands to the reading of each of its figures. */
export interface SentenceScope {
  sentence: Sentence;
  /** …; its AI output rose 28 percent last year: the sentence opens with "its" after one about another city only. */
  othersPronoun: boolean;
  /** The sentence opens with a pronoun that points where the sentence before it pointed. */
  pointerCarries: boolean;
  /** The sentence's quantities. */
  ms: Mention[];
  /** The sentence's dates. */
  ds: DateMention[];
  /** The sentence's places, words pointing back resolved. */
  ps: PlaceMention[];
  /** The WAIC edition the sentence names, else 0. */
  sentenceEdition: number;
  /** The heading's date for a flow after a ；whose part before gave no date (see sentence.ts). */
  headingForFlows: DateMention | null;
  /** The edition a heading, an earlier sentence of the paragraph or the title names. */
  contextEdition: number;
  clauses: Span[];
  /** The place the sentence's line opens with before a colon. */
  lineLabel: { place: PlaceMention; lineEnd: number } | null;
  /** The sentence breaks the figures before it down by place (分区看, By district). */
  breaksDown: boolean;
  /** What the parts of a breakdown that name no measure refer to: the wholes just before it. */
  brokenDown: Fact[];
  /** The places that are scopes, not the whole of a share (全国). */
  located: PlaceMention[];
  /** The period the sentence gives each quantity. */
  periods: Map<Mention, Dated>;
  /** The sentence in the original file. */
  quoteSpan: Span;
  /** The sentence as the article prints it. */
  quote: string;
  /** Each figure of the sentence with the unit it was read with, for a bare one after it (…, up from 100,000 in 2018). */
  read: Mention[];
  /** The sentence's facts so far. */
  sentenceFacts: Fact[];
  /** Whether the sentence opens as a part of the one before (其中，…), worked out when a figure first needs it. */
  partOpening: () => boolean;
  /** Where the last figure of the sentence read as a fact ends, in the clean text. */
  lastFactEnd: number;
  /** The parks and zones the sentence names: words inside them are the name's. */
  parks: PlaceMention[];
}

/**
 * The figure's clause and own words, and the quantity with the unit it is read with: a bare number borrows one
 * (…, up from 100,000 in 2018) or is left unread (null).
 */
function figureUnit(a: Article, r: Reading, s: SentenceScope, raw: Mention) {
  const { text, english, words, catalogue } = a;
  const { sentence, ms, clauses, read } = s;
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
      (SIGNED_EN.test(text.slice(clause.start, prev.start)) ||
        // Shanghai signed 55 AI projects worth …, up from 40 projects worth …: the signing an earlier one is compared with.
        (COMPARED_LEAD.test(text.slice(clause.start, prev.start)) && SIGNED_EN.test(text.slice(sentence.start, clause.start))) ||
        SIGNED_AFTER_EN.test(text.slice(raw.end, clause.end)))
    );
  const segment = afterPrev ? { start: prev.end, end: around.end } : around;
  const ownClause = afterPrev ? { start: prev.end, end: clause.end } : clause;
  const m = raw.unitless
    ? ((english ? null : magnitudeOf(text, raw)) ??
      (english
        ? (labelledBefore(words, raw) ??
          totalOfEarlier(words, raw, read) ??
          respectiveOfLater(words, raw, ms, sentence) ??
          partOfEarlier(words, raw, read, clause, sentence) ??
          partOfPrevious(words, raw, r.previousFacts.paragraph === sentence.paragraph ? r.previousFacts.facts : [], sentence) ??
          thereAreUnit(words, raw, r.previousFacts.paragraph === sentence.paragraph ? r.previousFacts.facts : []) ??
          describedAfter(words, raw) ??
          numberOfSubject(words, raw, sentence) ??
          partOfOpeningWhole(words, raw, sentence) ??
          subjectNounBefore(words, raw, clause) ??
          subjectOfEarlier(words, raw, read, sentence))
        : null) ??
      borrowUnit(words, raw, segment, catalogue, english))
    : raw;
  if (m !== null) read.push(m);
  if (m === null) {
    if (/[0-9]/.test(text[raw.numberStart] ?? ''))
      r.unitless.push({
        start: raw.numberStart,
        end: raw.end,
        text: text.slice(raw.numberStart, raw.end),
        reason: UNREAD_REASONS.bareNumber,
      });
    return null;
  }
  return { clause, segment, ownClause, m };
}
export type FigureUnit = NonNullable<ReturnType<typeof figureUnit>>;

/**
 * Yangpu has more than 180 AI companies. The Knowledge and Innovation Community houses about 60 of them: a part of "them"
 * that names a place of its own and no measure is the count before it at that place (a park's count of AI firms is the
 * park's own metric). With no place of its own, "60 of them" is a subset of the same scope, and is left alone.
 */
function themAtPlace(
  text: string,
  m: Mention,
  clause: Span,
  sentence: Span,
  earlier: ReadonlyArray<Fact>,
  previous: ReadonlyArray<Fact>,
  stated: PlaceMention | undefined,
  placeKind: string | null,
  catalogue: Catalogue,
): { metric: string; reason: null } | null {
  if (stated === undefined || stated.national || (m.unit !== 'items' && m.unit !== 'persons')) return null;
  // …about 60 of them; …, including 160 in the Dishui Lake AI Park; Of Shanghai's filed models, 19 were developed in Xuhui;
  // Among them, 40 are in Pudong: a part of a count before it.
  const part =
    ofThemAfter(text, m) ||
    /(?:^|[,;])\s*(?:of which|among them|including)\s*$/i.test(text.slice(clause.start, m.start)) ||
    (OF_WHOLE_OPENING.test(text.slice(sentence.start, clause.start)) &&
      // …, 19 were developed in Xuhui District and 11 in Pudong New Area: the part after "and" too.
      (text.slice(clause.start, m.start).trim() === '' || /\sand\s+$/.test(text.slice(clause.start, m.start)))) ||
    AMONG_THEM_OPENING.test(text.slice(sentence.start, m.start));
  if (!part) return null;
  const same = (f: Fact): boolean => f.unit === m.unit && f.counter === m.counter && f.metric !== null;
  const whole = earlier.filter(same).at(-1) ?? previous.filter(same).at(-1);
  if (whole === undefined || (whole.geo === stated.geo && whole.place === stated.place)) return null;
  const entry = metricById(catalogue, whole.metric);
  if (entry === undefined || entry.kind !== 'stock') return null;
  const atPark =
    placeKind !== null && entry.placeKinds === undefined
      ? catalogue.metrics.find(
          (e) => e.placeKinds?.includes(placeKind) && e.unit === entry.unit && e.kind === entry.kind && e.subject === entry.subject,
        )
      : undefined;
  return { metric: (atPark ?? entry).id, reason: null };
}

/**
 * …AI industry output rose 21 percent to CNY104.3 billion in the first quarter. ¶ Xuhui District contributed CNY26.8 billion,
 * about a quarter of the total: a district or park that opens its clause and contributed an amount, with no measure of its
 * own, gives its part of the city's figure just before it (of the same unit, in its paragraph or the one before), for the
 * same period.
 */
function contributedPart(
  text: string,
  m: Mention,
  clause: Span,
  stated: PlaceMention | undefined,
  previousFacts: { paragraph: number; facts: Fact[] },
  paragraph: number,
): { metric: string; reason: null; period: string | null } | null {
  if (stated === undefined || stated.national || (stated.geo === 'shanghai' && stated.place === null)) return null;
  if (stated.start < clause.start || !/^[\s,]*$/.test(text.slice(clause.start, stated.start))) return null;
  if (!CONTRIBUTED.test(text.slice(stated.end, m.start))) return null;
  if (previousFacts.paragraph < paragraph - 1) return null;
  const whole = previousFacts.facts
    .filter((f) => f.unit === m.unit && f.metric !== null && !f.metric.includes('__') && f.geo === 'shanghai' && f.place === null)
    .at(-1);
  return whole ? { metric: whole.metric!, reason: null, period: whole.period } : null;
}
/**
 * Beijing has about 180 filed large models, ahead of Shanghai's 92: Shanghai's own figure set against another place's is of
 * the measure that figure was read or refused with.
 */
function shanghaisAgainst(text: string, m: Mention, earlier: ReadonlyArray<Fact>): { metric: string; reason: null } | null {
  if (
    !SHANGHAIS_AGAINST.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
    !(AGAINST_LEAD.test(text.slice(Math.max(0, m.start - 24), m.start)) && IN_SHANGHAI_AFTER.test(text.slice(m.end, m.end + 14)))
  )
    return null;
  const other = earlier.filter((f) => f.unit === m.unit && f.counter === m.counter).at(-1);
  const measure = other === undefined ? undefined : (other.metric ?? ELSEWHERE_MEASURE.get(other));
  return measure === undefined || measure.includes('__') ? null : { metric: measure, reason: null };
}
const SHANGHAIS_AGAINST = /\b(?:ahead of|behind|than|compared with|compared to|versus|vs\.?|against)\s+shanghai['’]s\s+$/i;

/** The measure of a bare "there are N": that of the count of the sentence before it was read with (see thereAre). */
function thereAreMeasure(text: string, m: Mention, previous: ReadonlyArray<Fact>): { metric: string; reason: null } | null {
  const before = thereAre(text, m, previous);
  return before !== null && before.metric !== null && before.unit === m.unit && before.counter === m.counter
    ? { metric: before.metric, reason: null }
    : null;
}

/** The unit of a bare "there are N" from the count of the sentence before (see thereAre). */
function thereAreUnit(text: string, m: Mention, previous: ReadonlyArray<Fact>): Mention | null {
  const before = thereAre(text, m, previous);
  return before === null ? null : readAs(m, before.unit, before.counter);
}

/** Between the place and the amount: its verb of contributing (contributed, generated, accounted for). */
const CONTRIBUTED =
  /^(?:\s+district|\s+new area)?\s+(?:alone\s+)?(?:contributed|generated|accounted for|brought in|posted|produced)\s+(?:about |around |nearly |some |roughly |more than |over |almost )?$/i;

/** 占全国已备案总数（, 占全球总量(: a bracket that gives the wider whole a share is taken of. */
const WIDER_WHOLE_IN_BRACKETS = /占(?:全国|全球|中国|我国|全世界)[^，,。；;（(]{0,10}[（(]\s*$/;

/**
 * The metric the figure is of, when one is named for it and every check holds, else why it is not charted; and the
 * place and scope it is charted at.
 */
function judgeFigure(a: Article, r: Reading, s: SentenceScope, raw: Mention, unit: FigureUnit, where: FigurePlace) {
  const {
    ctx,
    text,
    words,
    english,
    catalogue,
    windows,
    titleAnchored,
    documentHas,
    anchorAt,
    topic,
    topicAt,
    otherScopeAt,
    ownReport,
    parkPage,
  } = a;
  const { sentence, othersPronoun, ms, ds, ps, brokenDown, sentenceFacts, partOpening, parks } = s;
  const { clause, segment, ownClause, m } = unit;
  const { pointsBack, stated, ours, place, placeEntry, kindPlace } = where;
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
          : english && RATIO_AFTER_EN.test(text.slice(m.end, m.end + 24))
            ? { metric: null, reason: REASONS.ratio }
            : superseded(text, m)
              ? { metric: null, reason: REASONS.superseded }
              : namedOrHeld(
                  matchMetric(catalogue, {
                    windows,
                    quantity: m,
                    segment,
                    clause: ownClause,
                    sentence,
                    placeKind: placeEntry?.kind ?? null,
                    placeNames: parks,
                    previous: previousFigure(ms, raw, m.start),
                    documentHas,
                  }),
                  () =>
                    soleMetricHeld(
                      catalogue,
                      words,
                      m,
                      ownClause,
                      sentence,
                      ps,
                      english,
                      (id) => ctx.places.gazetteer.get(id)?.kind === 'area',
                    ),
                );
  // A figure whose scope is the country or the world (国内发布了12款…, China's AI industry) is not Shanghai's.
  // A share of the country names the country as its whole; any other figure so scoped is not Shanghai's.
  const sharesTheWhole = metricById(catalogue, matched.metric)?.of !== undefined;
  // With no place of its own, a figure is Shanghai's only if the article has said it is about Shanghai
  // (in its title or before the figure): a national market report's figures are not the city's.
  // Investors poured about 25 billion yuan into Shanghai AI start-ups: the city named later in the figure's own sentence.
  const anchored = place !== undefined || titleAnchored || anchorAt < m.start || SHANGHAI_SCOPE_AFTER.test(text.slice(m.end, sentence.end));
  // A share of the country is Shanghai's when its sentence names Shanghai or a place of it (上海集聚了全国三分之一的
  // 人工智能人才, 作为集聚了全国1/3人才的上海); 全国八成人工智能企业… is the country's own breakdown.
  const countrysOwn = sharesTheWhole && stated?.national && !ps.some((p) => !p.national && p.start < clause.end);
  const judgedHere =
    (stated === undefined && othersPronoun && matched.metric !== null) ||
    (stated?.national &&
      matched.metric !== null &&
      (!sharesTheWhole || stated.elsewhere || countrysOwn) &&
      !alsoShanghai(text, stated, m) &&
      // The Ministry of Education approved 12 Shanghai universities: the subject acts on Shanghai's, named in the clause.
      !(
        english &&
        stated.start >= ownClause.start &&
        (/\bShanghai\b/.test(text.slice(m.numberStart, m.end)) || /^\s+in Shanghai\b/.test(text.slice(m.end, m.end + 13)))
      ))
      ? { metric: null, reason: REASONS.elsewhere }
      : !anchored && matched.metric !== null
        ? { metric: null, reason: REASONS.unanchored }
        : matched.metric !== null &&
            (organisationSubject(text, { start: ownClause.start, end: m.start }, ps, english, sentence.start) ||
              continuesOrganisation(text, ownClause, m, ps, sentenceFacts.at(-1)?.reason ?? null, s.lastFactEnd))
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
              : matched.metric !== null && (english ? CITIES_GROUP : CITIES_GROUP_ZH).test(text.slice(ownClause.start, m.start))
                ? { metric: null, reason: REASONS.group }
                : matched.metric !== null && withdrawnBy(text, m, sentence)
                  ? { metric: null, reason: REASONS.withdrawn }
                  : matched.metric !== null && isDifference(text, m, segment, english)
                    ? { metric: null, reason: REASONS.difference }
                    : matched.metric !== null && isThreshold(text, m, english)
                      ? { metric: null, reason: REASONS.threshold }
                      : // 占全国已备案总数（236款）的近两成: the whole in brackets is the country's.
                        matched.metric !== null && WIDER_WHOLE_IN_BRACKETS.test(text.slice(Math.max(0, m.start - 16), m.start))
                        ? { metric: null, reason: REASONS.elsewhere }
                        : matched;
  // 分区看，…浦东新区约330亿元; By district, Xuhui led with 12.6 billion yuan: a place's figure that names no measure is its
  // share of the city-wide whole the sentence breaks down, of the same unit (a rate or share names its own measure).
  const whole =
    matched.metric === null && matched.reason === null && stated !== undefined && !stated.national && m.unit !== 'percent'
      ? // (A part is no larger than its whole: 17.1 billion of a breakdown is not of the 15.3 billion of a quarter before it.)
        wholesFor(
          brokenDown.filter((f) => f.unit === m.unit && f.counter === m.counter),
          (f) => f.value,
          ms,
          m,
        ).at(-1)
      : undefined;
  const previous = r.previousFacts.paragraph === sentence.paragraph ? r.previousFacts.facts : [];
  // A measure taken from the figure before is checked as one the figure names would be: That was 50 billion yuan more
  // than in 2023 is a difference, not a level.
  const elided = (e: ReturnType<typeof ellipsisOf>): ReturnType<typeof ellipsisOf> =>
    e !== null && e.metric !== null && isDifference(text, m, segment, english) ? { metric: null, reason: REASONS.difference } : e;
  const judged =
    sameMeasureAs(text, m, ownClause, sentenceFacts, previous) ??
    partOfIncrease(text, ownClause, m, sentenceFacts, catalogue) ??
    (partOfWhole(text, m, (whole ?? judgedHere).metric, r.readMetrics, ps, ds) ? { metric: null, reason: REASONS.part } : null) ??
    (english && judgedHere.metric !== null && includedPart(words, m, judgedHere.metric, sentenceFacts)
      ? { metric: null, reason: REASONS.part }
      : null) ??
    (whole ? { metric: whole.metric, reason: null } : null) ??
    (english && judgedHere.metric === null && judgedHere.reason === null
      ? (themAtPlace(text, m, ownClause, sentence, sentenceFacts, previous, stated ?? kindPlace, placeEntry?.kind ?? null, catalogue) ??
        contributedPart(text, m, ownClause, stated, r.previousFacts, sentence.paragraph) ??
        shanghaisAgainst(text, m, sentenceFacts) ??
        thereAreMeasure(text, m, previous))
      : null) ??
    (judgedHere.metric === null && judgedHere.reason === null
      ? ((english ? shareOfCount(text, m, ownClause, sentence, sentenceFacts, previous, ps, ms, catalogue) : null) ??
        elided(ellipsisOf(text, m, ownClause, sentence, sentenceFacts, previous, ps, previous.length > 0 && partOpening())))
      : null) ??
    judgedHere;
  const judgedEntry = metricById(catalogue, judged.metric);
  const rankedPeriod = 'period' in judged && typeof judged.period === 'string' ? judged.period : null;
  // Counts of firms, models or funds go with the cluster the paragraph is about; amounts and rates do not.
  // A metric counted per cluster takes the paragraph's cluster; so does any figure whose sentence
  // points back to it (这片热土已吸引…近80家, the park has attracted …).
  // A zone the paragraph is about (临港新片区, 张江科学城) holds its figures as a district does.
  const perCluster =
    stated === undefined && place?.place != null && (judgedEntry?.placeKinds !== undefined || placeEntry?.kind === 'area' || pointsBack);
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
    r.carry === null &&
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
            : stated?.place != null &&
                stated.start >= ownClause.start &&
                (BUILDING_AFTER.test(text.slice(stated.end, stated.end + 12)) ||
                  (m.unit === 'items' && PHASE_AFTER.test(text.slice(stated.end, stated.end + 4))))
              ? REASONS.building
              : unnamedPark()
                ? REASONS.unnamedPark
                : null;
  const { metric, reason } = refusal === null ? judged : { metric: null, reason: refusal };
  const entry = metricById(catalogue, metric);
  // The measure another place's figure was refused with: a parallel clause of Shanghai's after it has it too.
  const elsewhereMeasure =
    judged.reason !== REASONS.elsewhere
      ? null
      : judged === judgedHere
        ? matched.metric
        : 'measure' in judged && typeof judged.measure === 'string'
          ? judged.measure
          : null;
  return { low, rankedPeriod, placeId, geo, entry, metric, reason, elsewhereMeasure };
}
export type FigureMetric = ReturnType<typeof judgeFigure>;
/** Right after a park's name, one of its buildings, blocks or phases: 张江人工智能岛11号楼, 模速空间A座, 西岸智塔T2栋, 模速空间二期. */
const BUILDING_AFTER =
  /^\s*(?:[0-9A-Za-z]{1,3}\s*(?:号楼|號樓|号|號|座|栋|棟|幢|楼|樓)|[一二三四五六七八九十]{1,2}(?:号楼|號樓|座|栋|棟|幢)|\s(?:Building|Tower|Block)\s*[0-9A-Z]{1,3}\b)/;
/**
 * 模速空间二期已入驻企业30家: a phase's own count, in the figure's own clause (a phase's floor area is the park's new space, and
 * 二期投入使用，累计入驻企业突破120家 counts the whole park).
 */
const PHASE_AFTER = /^(?:[一二三四五]|[1-5])期/;

/** 此前公布为3800亿元，经核实修订为3750亿元; was revised to: a figure the text itself replaces with a later one. */
const REVISED_AFTER =
  /^\s*[，,]?\s*(?:后|现|经[^，,。；;\s]{0,8}?)?(?:修订|调整|更正|修正|下调|上调)(?:为|至)|^\s*,?\s*(?:later |since |subsequently )?(?:was |were |has been |had been )?revised (?:down |up )?to\b/i;
const PREVIOUSLY_BEFORE =
  /(?:此前|先前|原先|原|初步)(?:公布|发布|统计|披露|核算)(?:的|为|是)?\s*$|\b(?:previously|initially|originally) (?:reported|announced|published) (?:as |at )?$/i;
const superseded = (text: string, m: Mention): boolean =>
  REVISED_AFTER.test(text.slice(m.end, m.end + 20)) || PREVIOUSLY_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));

/**
 * …380 billion yuan last year includes 120 billion yuan from smart hardware; employs 250,000 people, including 80,000 …: a
 * figure a whole includes, of the whole's own measure (an earlier figure of its sentence has it, or a source of the part
 * follows: from smart hardware), is a part of it.
 */
const INCLUDED_BEFORE = /\b(?:includ(?:ed|es|ing)|compris(?:ed|es|ing))\s+(?:(?:about|around|some|over|more than|nearly|roughly)\s+)?$/;
const PART_SOURCE_AFTER = /^\s+(?:from|in|for)\s+(?!(?:19|20)[0-9]{2}\b|a year|the (?:previous|same)|last\b)[a-z]/;
function includedPart(words: string, m: Mention, metric: string, earlier: ReadonlyArray<Fact>): boolean {
  const lead = words.slice(Math.max(0, m.start - 32), m.start);
  // …includes 120 billion yuan from smart hardware and 90 billion yuan from software: the next part of the same list.
  if (/\band\s+(?:(?:about|around|some|over|more than|nearly|roughly)\s+)?$/.test(lead) && earlier.at(-1)?.reason === REASONS.part)
    return true;
  if (!INCLUDED_BEFORE.test(lead)) return false;
  return earlier.some((f) => f.metric === metric) || PART_SOURCE_AFTER.test(words.slice(m.end, m.end + 24));
}

/** A clause that sets a figure against the one before: up from, compared with. */
const COMPARED_LEAD = /^\s*(?:up from|down from|compared with|compared to|against|versus|from)\s+$/i;

/** The city as the scope of what a figure counts, named after it: into Shanghai AI start-ups, in Shanghai, 在上海, 上海人工智能企业. */
const SHANGHAI_SCOPE_AFTER =
  /\b(?:in|into|of|across|within|throughout)\s+shanghai\b(?!-)|\bshanghai(?:'s|-based)?\s+(?:ai|artificial|companies|firms|start-ups|startups|enterprises)\b|(?:在|于)上海|上海(?:市)?(?:的)?(?:人工智能|AI)/i;

/** 1.2 AI firms per 10,000 residents: a figure "per" something after it is a ratio. */
const RATIO_AFTER_EN = /^\s+(?:per|for every)\s+(?:[0-9]|each\b|every\b|capita\b|head\b|person\b|resident|worker|employee|square|mu\b)/i;

/**
 * The fact, and what later figures and sentences need from it.
 */
function recordFact(a: Article, r: Reading, s: SentenceScope, unit: FigureUnit, judged: FigureMetric, dated: FigureDate) {
  const { input, clean, lang, text, lines } = a;
  const { sentence, quoteSpan, quote, sentenceFacts } = s;
  const { segment, m } = unit;
  const { low, placeId, geo, entry, metric } = judged;
  const { qStart, span, status, reading, period } = dated;
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
  r.facts.push(fact);
  sentenceFacts.push(fact);
  if (judged.elsewhereMeasure !== null) ELSEWHERE_MEASURE.set(fact, judged.elsewhereMeasure);
  r.readMetrics.push({ metric, end: m.end });
  if (metric !== null && period !== null && placeId === null && geo === 'shanghai' && m.unit !== 'percent')
    r.wholes.push({ fact, paragraph: sentence.paragraph });
  if (metric !== null && period !== null && entry?.kind === 'flow' && entry.of === undefined && status === 'actual')
    r.lastLevel.set(metric, { period, paragraph: sentence.paragraph });
  s.lastFactEnd = m.end;
}

/** One figure of a sentence → its fact (or an unread number). */
export function readFigure(a: Article, r: Reading, s: SentenceScope, raw: Mention): void {
  const unit = figureUnit(a, r, s, raw);
  if (unit === null) return;
  const where = placeFigure(a, r, s, unit);
  const judged = judgeFigure(a, r, s, raw, unit, where);
  const dated = dateFigure(a, r, s, raw, unit, judged);
  recordFact(a, r, s, unit, judged, dated);
}
