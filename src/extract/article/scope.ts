/**
 * Where a figure belongs: the place an article's title is about, parks named and unnamed, venues, and words
 * that point back to an earlier subject.
 */
import type { Fact } from '../../schema/metricsFile';
import { anyOf, type TextWindows } from '../match/words';
import type { PlaceMatcher, PlaceMention } from '../places';
import type { Span } from '../segment';
import type { Mention } from '../numbers';
import { isObjectOf, isShareOf } from '../figurePlace';
import { clauseStartOf } from './period';
import { REASONS } from './reasons';

/** Words that point back to a zone rather than a district: the area's AI industry (after the Lingang Special Area). */
export const AREA_ANAPHORS: ReadonlySet<string> = new Set(['the area', 'The area']);

/** The names of parks and zones in a sentence (市北高新技术服务业园区): words inside them are the name's, not the text's. */
export const parkNames = (ps: ReadonlyArray<PlaceMention>): PlaceMention[] =>
  ps.filter((p) => p.place !== null && !p.national && !p.anaphoric);

/** A rank before the country's name: ranked second nationwide, ranks first in China, placed third in the country. */
export const RANKED_IN =
  /\b(?:rank(?:s|ed|ing)?|placed|places|came|comes|stood|stands)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|top|no\.\s?\d+|\d+(?:st|nd|rd|th))(?:\s+place)?\s+(?:in\s+)?(?:the\s+)?$/i;

/**
 * The place an article is about: the one district or zone (临港新片区, 张江科学城) its title names.
 * A sentence that names no place and follows no place in its paragraph is about it. None when the
 * title names only the city (上海徐汇 is Xuhui), the country, several places, or a cluster (a park's figures need the park named).
 */
/**
 * The place an article's title is about. A district or zone is the topic of every paragraph; a cluster
 * (a park, an incubator) only of a sentence that points back to it (岛上, the park …): `cluster` keeps it.
 */
export function topicOf(titlePlaces: ReadonlyArray<PlaceMention>, places: PlaceMatcher): { topic?: PlaceMention; cluster?: PlaceMention } {
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

export function lastNonNational(text: string, ps: ReadonlyArray<PlaceMention>): PlaceMention | undefined {
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
    // 张江人工智能岛位于张江科学城核心区域，…: the zone where a park lies (after 位于, 依托) is not what the next sentence is
    // about; the park is.
    if (p.place !== null && isObjectOf(text, p) && ps.slice(0, k).some((q) => !q.national && q.place !== null)) continue;
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
export const SHANGHAI_WORDS = /上海|沪|本市|全市|Shanghai|SHANGHAI|世界人工智能大会|WAIC|World Artificial Intelligence Conference/;

/**
 * …其中携程去年营收达到310亿元，研发人员超过1万人: a clause right after one company's figure, with a short lead that names
 * no place of its own, goes on about the same company.
 */
export function continuesOrganisation(
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
export const CONTINUED_LEAD = 8;

/** The nine cities' combined AI industry, the two districts employ …: a figure of several cities or districts together. */
export const CITIES_GROUP = /\b(?:two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})\s+(?:cities|districts)(?:'|’)?\s/i;
/** 三地人工智能企业数量分别为…, 两城, 四个城市, 两区合计占全市比重: several places together as the clause's subject. */
export const CITIES_GROUP_ZH =
  /(?:^|[，,；;\s])(?:两|三|四|五|六|七|八|九|十|[2-9])(?:地|城|市|省市|个城市)(?!场|民|区|长|委|政府)|(?:两|三|四|五|[2-5])个?区(?=合计|共计|总计|共占|[^，,。；;]{0,12}合计)/;
/** Words before a place in its clause that make it where something happens, not who does it (在浦东举办, held at … in Pudong). */
export const LOCATIVE = /在|于|位于|落户|赴|到|至|\b(?:in|at|to|near|of|from|across|around|between)\b/i;
/** A place right after these is one of several (西岸和浦东, the Expo Center and …). */
export const JOINED = /(?:和|与|及|、|\band)\s*$/i;

/**
 * 2024年大会期间西岸共举办论坛和活动46场, the West Bund venue drew 82,000 visits: a district or park before a yearly event's
 * figure, as the subject of its sentence rather than where the event is held, holds one venue's part of the edition (the
 * event's own halls, 世博中心, are where all of it is: the caller leaves them out).
 */
export function venueSubject(text: string, stated: PlaceMention, sentence: Span, m: Span): boolean {
  if (stated.national || (stated.geo === 'shanghai' && stated.place === null)) return false;
  if (stated.start < sentence.start || stated.end > m.start) return false;
  const lead = text.slice(clauseStartOf(text, stated.start, sentence), stated.start);
  return !LOCATIVE.test(lead) && !JOINED.test(lead);
}

/**
 * The park, this zone, 该园区, 园区内: a figure whose subject is a park that resolves to no place the gazetteer
 * knows is that park's, not the city's (The AI industrial park in Shanghai is home to more than 200 AI enterprises).
 */
export const PARK_SUBJECT_EN =
  /\b(?:the|this|that|its)\s+(?:[A-Za-z-]+\s+){0,3}?(?:park|zone|base|incubator|campus|community|town|island)\b/i;
export const PARK_SUBJECT_EN_ALL = new RegExp(PARK_SUBJECT_EN.source, 'gi');
/** "The park has …" before the figure, unless the park words are a known place's name (the Zhangjiang AI Island). */
export function unknownParkBefore(text: string, from: number, to: number, places: ReadonlyArray<PlaceMention>): boolean {
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
export const PAST_PARK = /\b(?:beyond|outside(?: of)?|apart from|aside from|besides)\s+$/i;
/** 1,500 to 2,000 enterprises operating in the park: the park named right after the figure is where it is counted. */
export const PARK_AFTER_EN =
  /^\s*(?:[a-z-]+\s+){0,2}(?:in|into|at|within|inside|on)\s+(?:the|this|that|its)\s+(?:park|zone|base|incubator|campus|community|town|island|valley|hub)\b/i;
export const PARK_SUBJECT_ZH =
  /(?:该|这个|这一|此|本)(?:园区|产业园|基地|孵化器|小镇|社区)|园区内|园内|(?:产业园区?|科技园|软件园|高新园|智谷|小镇|基地)[”"]?(?:已经|已|目前|现|共|累计|还|先后)?(?:拥有|聚集|集聚|汇聚|吸引|孵化|引进|入驻|现有)/;
/** 十余所高校在园区设立人工智能相关专业: the park named right after the figure's noun is where it is counted. */
export const PARK_AFTER_ZH = /^[^，,。；;：:]{0,8}?(?:在|于|落户|入驻|进驻)(?:该|本|这个|此)?(?:园区|产业园|基地|孵化器|小镇)/;

/** The metrics of a district's or a park's share of the city's whole. */
export const SHARE_OF_CITY = '__share_of_city';

/** A sentence whose subject is a pronoun: it, its, 它, 其. */
export const PRONOUN_SUBJECT = /^\s*(?:It|Its|它|其)(?![A-Za-z])/;

/** Words that point back to the place the paragraph is about. */
export const ANAPHORS = [
  // 目前已入驻大模型相关企业逾120家, 首批已有28家大模型企业签约入驻: firms settled in a park, the one the text is about.
  '入驻',
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
export function refersBack(text: TextWindows, from: number, to: number): boolean {
  return anyOf(text, ANAPHORS, from, to) || PARK_SUBJECT.test(text.slice(from, to));
}
/** 今年一季度，园区新增签约…: a clause whose subject is "the park" (园区 with no name) points back to the park last named. */
const PARK_SUBJECT =
  /(?:^|[，,。；;：:])\s*(?:(?:今年|去年|目前|当前|截至[^，,。；;]{1,10}|[0-9]{4}年[^，,。；;]{0,6}|[一二三四]季度|上半年|前三季度)[，,]?\s*)?园区(?!内)/;

/** What may stand between a place and the figure it holds: "Lingang has", "Minhang district had more than", "Shanghai's". */
const HOLDS_EN =
  /^(?:\s+(?:district|new area|special area|zone))?(?:'s|\s+(?:(?:now|already|currently|so far|still)\s+)?(?:has|had|have|boasts|boasted|hosts|hosted|operates|operated|counts|counted))\s+(?:(?:around|about|more than|over|nearly|some|roughly|at least|almost|just over|well over)\s+)?$/i;
/** What may open the clause before the holder: nothing, or a word that joins or compares (and, while, ahead of …). */
const HOLDER_LEAD = /^[\s,;]*(?:(?:and|while|whereas|but|ahead of|behind|compared with|against|versus|than)\s+)?$/i;
/**
 * What may follow the figure: nothing, that it is running (in operation, online), when (in 2022, at the end of 2024, last
 * year), a change stated with its number (, up 60 percent …), or "and" with what else the clause says — no facility, operator, kind,
 * part or purpose (…, run by SenseTime; …: 3 EFLOPS of intelligent computing; … up for lease).
 */
const HELD_TAIL =
  /^\s*(?:(?:in operation|online|in service|in total|in all|so far|now|at present|currently)\b\s*)?(?:(?:in (?:19|20)\d\d|at the end of (?:19|20)\d\d|at the end of last year|last year)\b\s*)?(?:$|[.;]|\s+and\b|,?\s*(?:up|down)\s+(?:by\s+|from\s+)?(?:about\s+|nearly\s+|more than\s+)?\d)/i;
/** A sentence that opens with a clause of its own time (When the lab opened, …): not the figure's. */
const TIME_CLAUSE_LEAD = /^\s*(?:when|after|before|since|once|until|as)\b/i;
/** Words of a plan or forecast anywhere in the sentence: a figure beside them is not plainly held today. */
const PLAN_WORDS = /\b(?:aims?|aiming|will|plans?|planned|planning|expects?|expected|targets?|goal|by (?:the end of )?(?:19|20)\d\d)\b/i;
/** The city as a holder: Shanghai, the city. */
const CITY_HOLDER_EN = /\b(?:shanghai|the city)\b/gi;

/**
 * Lingang has 2.1 EFLOPS in operation; …, ahead of Shanghai's 112 exaflops: in English a place may hold a figure of a unit
 * that only one metric is measured in with no noun for the measure. The holder is Shanghai, a district or a zone (not one
 * institution), opens the figure's clause, and is not a namesake in a sentence about another city (In Zhoushan, Putuo
 * has …); nothing follows the figure but that it is running, when, or a change (see `HELD_TAIL`); the sentence does not
 * open with a clause of its own time or speak of a plan. `places` are the sentence's; `zone` tells a zone's id.
 */
export function heldByPlace(
  text: string,
  m: Mention,
  clause: Span,
  sentence: Span,
  places: ReadonlyArray<PlaceMention>,
  zone: (place: string) => boolean,
): boolean {
  const said = text.slice(sentence.start, sentence.end);
  if (!HELD_TAIL.test(text.slice(m.end, sentence.end)) || TIME_CLAUSE_LEAD.test(said) || PLAN_WORDS.test(said)) return false;
  const holds = (start: number, end: number): boolean =>
    HOLDER_LEAD.test(text.slice(clause.start, start)) && HOLDS_EN.test(text.slice(end, m.numberStart));
  const holder = places.filter((p) => p.end <= m.numberStart && p.start >= clause.start && !p.national).at(-1);
  if (
    holder !== undefined &&
    (holder.place === null || zone(holder.place)) &&
    !places.some((p) => p.elsewhere === true && p.start < holder.start) &&
    holds(holder.start, holder.end)
  )
    return true;
  for (const c of text.slice(clause.start, m.numberStart).matchAll(CITY_HOLDER_EN))
    if (holds(clause.start + c.index, clause.start + c.index + c[0].length)) return true;
  return false;
}
