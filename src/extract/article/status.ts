/**
 * Whether a figure is actual, a forecast or a target: the words that say so and how far they reach.
 */
import type { Status } from '../../schema/metricsFile';
import { anyOf, lastOf, type TextWindows } from '../match/words';
import type { Span } from '../segment';

export const FORECAST_WORDS = [
  '预计',
  '预期',
  '有望',
  // 可望突破4500亿元 (may well exceed), as 有望.
  '可望',
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
export const WILL = /将(?!近)|[会會](?:超过|超過|达到|達到|突破|增至|增加到|增長到|增长到|提升至|提升到)/;
/** 将X作为… is the object marker 把, not the future tense. */
export const BA_VERBS = ['作为', '视为', '列为', '纳入'];
/** A building started or under way: its floor area, capacity or output is what it will have. */
export const BUILDING_WORDS = [
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
export const TARGET_WORDS = [
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
export const TARGET_LEAD = /目标[”"]?[,，]?(?:即|是|为|[:：])/;
/**
 * 力争/争取 (strive to) set a goal, as 'strives to' does, for every clause after them in the sentence, and so does a plan
 * named as what the sentence follows (依规划，到2023年底新片区算力将提升至4000P):
 * 力争全市人工智能核心产业规模超过300亿元，…，集聚人工智能企业超1000家.
 */
export const STRIVE_WORDS = [
  '力争',
  '争取',
  '力拼',
  '力拚',
  // 《若干措施》提出，集聚人工智能企业超过3000家: what a plan or the city puts forward is a goal.
  '》提出',
  '方案提出',
  '措施提出',
  '意见提出',
  '规划提出',
  '计划提出',
  '明确提出',
  '上海提出',
  '依规划',
  '根据规划',
  '按照规划',
  '按规划',
  'according to the plan',
  'under the plan',
  // The plan also calls for the city to nurture 10 leading AI companies … and lift the number of AI professionals to 300,000; the city seeks to, pledged to.
  'calls for',
  'call for',
  'calling for',
  'seeks to',
  'seek to',
  'pledges to',
  'pledged to',
  'vows to',
  'vowed to',
];
/** Every word that makes a clause a target or a forecast, as one list (one word set). */
export const STATUS_WORDS = [...TARGET_WORDS, ...STRIVE_WORDS, ...FORECAST_WORDS];

/**
 * Whether an English figure is what a later verb puts in the future: the figure in the subject, before any verb of its
 * sentence, whose first verb after it is future ("products brought by more than 300 AI companies, will be shown").
 * A figure after a verb of its own (has attracted more than 100 companies, with plans to grow …) stands as the
 * sentence says. (Chinese puts 将/预计 before the figure, in its own clause, where `clauseStatus` reads it.)
 */
export function futureOfSubject(text: string, m: Span, sentence: Span): boolean {
  if (EN_FINITE.test(text.slice(sentence.start, m.start))) return false;
  const rest = text.slice(m.end, sentence.end);
  const future = EN_FUTURE.exec(rest);
  if (!future) return false;
  const finite = EN_FINITE.exec(rest);
  return !finite || future.index <= finite.index;
}

/** Verbs that state what is (or was): a figure after one is its object or complement, not a subject. */
export const EN_FINITE =
  /\b(?:is|are|was|were|has|have|had|home to|reached|reaches|exceeded|exceeds|surpassed|surpasses|totals|totaled|totalled|stood|stands|hit|hits|accounted|accounts|gathered|gathers|attracted|attracts|hosts|hosted|houses|housed|includes|included|employs|employed|boasts|counts|saw|sees|became|becomes|grew|grows|rose|rises|increased|increases|registered|topped|tops)\b/i;
/** The future or a plan in English: what a subject before it will be. */
export const EN_FUTURE =
  /\b(?:will|would|shall|(?:is|are) (?:expected|set|projected|scheduled|slated|poised|likely) to|plans? to|planned to|aims? to|to be held)\b/i;

/** Already, now: what follows is so today, whatever a target or a forecast before it says. */
export const ALREADY = /\b(?:already|now|currently|so far|to date)\b|已经|已有|已集聚|已吸引|已入驻|目前已/;

/** Where the last target or forecast word before `to` in the sentence ends (the sentence's start if none). */
export function lastStatusWord(text: TextWindows, from: number, to: number): number {
  const hit = lastOf(text, STATUS_WORDS, from, to);
  return hit ? hit.at + hit.word.length : from;
}

export const MONTH_PERIOD = /^[0-9]{4}-[0-9]{2}$/;

/**
 * A clause's status. `goal` tells a date the sentence sets something for (到2025年底, by 2030): a figure
 * for such a date still to come, with no word of forecast, is a goal (到2025年底，推动全市算力规模达到4500PFlops,
 * written in March 2025, is the plan's target, not a forecast).
 */
export function statusOf(
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
  // 今年…规模目标为4000亿元，去年则为3821亿元: a target set earlier in the sentence does not reach a clause about a year over.
  if (
    said === 'target' &&
    period !== null &&
    period.slice(0, 4) < now.slice(0, 4) &&
    !anyOf(text, TARGET_WORDS, clause.start, clause.end) &&
    PAST_YEAR_WORD.test(text.slice(clause.start, at))
  )
    return 'actual';
  const stated =
    (said === 'forecast' && forecastOfLaterPredicate(text, clause, sentence, at, figureEnd)) ||
    (said === 'target' && targetOfLaterPredicate(text, clause, sentence, at, figureEnd))
      ? null
      : said;
  if (stated !== null) return stated;
  if (period === null || !later) return 'actual';
  return goal(period) ? 'target' : 'forecast';
}

/**
 * Whether a clause's word of forecast is only in a later predicate joined by "and": Shanghai's computing power reached 80
 * EFLOPS in 2024 and is expected to top 100 EFLOPS this year (80 EFLOPS is what it reached).
 */
export function forecastOfLaterPredicate(text: TextWindows, clause: Span, sentence: Span, at: number, figureEnd: number): boolean {
  if (
    anyOf(text, FORECAST_WORDS, sentence.start, at) ||
    WILL.test(text.slice(sentence.start, at)) ||
    anyOf(text, BUILDING_WORDS, sentence.start, clause.end)
  )
    return false;
  // "and is expected", "and expects", "and will": the predicate's own "and", not a list's (Tencent and Huawei will take part).
  return joinedBeforeWord(text, clause, figureEnd, FORECAST_WORDS, AND_PREDICATE);
}
/**
 * Whether a clause's word of aim is only in a later predicate joined by "and": Jing'an District counts about 200 AI-related
 * companies and aims for 400 by 2025 (200 is what it counts).
 */
function targetOfLaterPredicate(text: TextWindows, clause: Span, sentence: Span, at: number, figureEnd: number): boolean {
  if (anyOf(text, TARGET_WORDS, sentence.start, at) || anyOf(text, STRIVE_WORDS, sentence.start, at)) return false;
  return joinedBeforeWord(text, clause, figureEnd, TARGET_WORDS, AND_AIM);
}
/** Whether, after the figure in its clause, an "and" that opens another predicate comes no later than the first of `words`. */
function joinedBeforeWord(text: TextWindows, clause: Span, figureEnd: number, words: ReadonlyArray<string>, joiner: RegExp): boolean {
  const lower = text.slice(figureEnd, clause.end).toLowerCase();
  const first = Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0));
  const joined = joiner.exec(lower);
  return joined !== null && joined.index <= first;
}
const AND_AIM =
  /\band\s+(?:it\s+|the (?:city|district|zone|park)\s+)?(?:aims|aim|plans|plan|wants|hopes|targets|seeks|strives|is aiming|is targeting|is planning)\b/;

/** Words of a year already over, in the figure's own clause: 去年, 上年, last year. */
const PAST_YEAR_WORD = /去年|上年|前年|\blast year\b/i;

export const AND_PREDICATE =
  /\band\s+(?:(?:is|are|was|were|has been|have been)\s+)?(?:expected|expects|expect|plans|plan|planned|will|should|projected|set to|estimated|forecast)\b/;

/** A clause about the whole city or district, or what has accumulated: 全市, 全区, 累计, citywide. */
const WHOLE_OR_SO_FAR = /全市|全区|全省|累计|citywide|city-wide|in total/i;

/**
 * What the words say of a clause, once per clause: 目标 → target; 预计/将… before it in the sentence,
 * or a building started before it or in it (项目正式开工，总建筑面积约27万平方米) → forecast.
 */
export const statusMemo = new WeakMap<TextWindows, Map<number, Status | null>>();
export function clauseStatus(text: TextWindows, clause: Span, sentence: Span): Status | null {
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
  // …已建成或在建的智算中心超过30个，全市智能算力规模累计达到8.1万PFLOPS: a later clause about the whole city or district, or
  // what has accumulated, is not the building's.
  else if (
    anyOf(text, BUILDING_WORDS, clause.start, clause.end) ||
    (anyOf(text, BUILDING_WORDS, sentence.start, clause.start) && !WHOLE_OR_SO_FAR.test(text.slice(clause.start, clause.end)))
  )
    status = 'forecast';
  memo.set(key, status);
  return status;
}
