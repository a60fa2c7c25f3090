/**
 * A figure's own shape: an order of magnitude, a vague amount, a range's ends, a difference, a threshold,
 * the qualifier of a share.
 */
import { VAGUE_AMOUNT } from '../englishQuantities';
import type { Mention } from '../numbers';
import type { Span } from '../segment';
import { isDigitCode } from '../chars';

/** 千亿级, 百亿级, 万亿级 (a 100-billion-level industry): an order of magnitude of yuan, read as a fact that says so. */
export const MAGNITUDE = /^(?:[0-9]+(?:\.[0-9]+)?)?[一二两三四五六七八九十百千万]*亿$/;
/** What an order of magnitude of yuan is said of: an industry, a cluster, a market (not 千亿级参数, a model's parameters). */
export const MAGNITUDE_OF_MONEY = /^[^，。；,;]{0,8}?(?:产业|集群|市场|规模|产值|营收|元)/;
export const MAGNITUDE_OF_OTHER = /^[^，。；,;]{0,4}?(?:参数|模型|词元|token)/i;
/** …产业规模有望突破万亿级: the measure of money before it. */
export const MONEY_BEFORE_MAGNITUDE = /(?:产业规模|规模|产值|营收|收入)[^，。；,;]{0,6}$/;
export function magnitudeOf(text: string, raw: Mention): Mention | null {
  if (text[raw.end] !== '级' || !isMagnitude(text, raw.numberStart, raw.end)) return null;
  const after = text.slice(raw.end + 1, raw.end + 14);
  const before = text.slice(Math.max(0, raw.start - 12), raw.start);
  if (!(MAGNITUDE_OF_MONEY.test(after) || MONEY_BEFORE_MAGNITUDE.test(before)) || MAGNITUDE_OF_OTHER.test(after)) return null;
  const { unitless: _bare, ...number } = raw;
  return { ...number, end: raw.end + 1, text: `${raw.text}级`, unit: 'CNY', qualifier: raw.qualifier === '=' ? '~' : raw.qualifier };
}
export const isMagnitude = (text: string, start: number, end: number): boolean => MAGNITUDE.test(text.slice(start, end));

/**
 * 几十场, 数百家, hundreds of firms (the English reader's own words): a number of unknown size. So is a scale word with no
 * number and no bound before it: 各区融资额（亿元）is a column's unit, 亿元级以上融资事件 and 亿元以上 a class of deals
 * (超亿元, 近万人 keep their bound and are read; 万亿 is a trillion).
 */
export const VAGUE = new RegExp(String.raw`^[^0-9]{0,3}[几数][十百千万]|^(?:[亿億]|[万萬](?![亿億]))|${VAGUE_AMOUNT.source}`, 'i');

/** 3至5家, 10-20家: one end of a range is not a figure. */
export function isYearBefore(text: string, end: number): boolean {
  let s = end;
  while (s > 0 && isDigitCode(text.charCodeAt(s - 1))) s--;
  return end - s === 4 && /^(19|20)/.test(text.slice(s, end)) && !/[0-9.,]/.test(text[s - 1] ?? '');
}
export const RANGE_MARKS = new Set(['至', '到', '-', '~', '～', '—', '–']);
export function isRangeEnd(text: string, m: Mention): boolean {
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
export const BETWEEN_AND = /\bbetween\s+[0-9][0-9.,]*\s+and $/i;

/** "from 25 to 50 EFLOPS", 从25至50EFLOPS: a change from the first value to the second (not "ranging from"). */
// …from 25 to 50 EFLOPS, 从10万人到25万人: a change from a level; …increased by 300 to 2,600: by how much, then the level.
export const CHANGE_FROM = /(?:(?:^|[^a-z])(?:from|by)|从)\s*$/;
export const NOT_A_CHANGE = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|between|spann?(?:ing|s)?)\b/;
export function changeFrom(text: string, m: Mention): boolean {
  const { start } = lowEnd(text, m);
  const lead = text.slice(Math.max(0, start - 40), start).toLowerCase();
  return CHANGE_FROM.test(lead) && !NOT_A_CHANGE.test(lead);
}

/** Where a range's low end stands: the digits before the mark (至, -, " to ") that ends it. */
export function lowEnd(text: string, m: Mention): Span {
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
export function rangeLow(text: string, m: Mention): { value: number; start: number } | null {
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
export const SHARE_QUALIFIERS: ReadonlyArray<readonly [string, '~' | '<' | '>']> = [
  ['约占', '~'],
  ['大约占', '~'],
  ['近占', '<'],
  ['接近占', '<'],
  ['超占', '>'],
];
export function shareQualifier(text: string, m: Mention, segment: Span): Mention['qualifier'] {
  if (m.qualifier !== '=' || m.unit !== 'percent') return m.qualifier;
  // 约占全国人工智能企业总数的14.7%: the bound stands before 占, however long the whole it names.
  const lead = text.slice(Math.max(segment.start, m.start - 30), m.start);
  const at = lead.lastIndexOf('占');
  if (at < 0 || /[0-9]/.test(lead.slice(at))) return m.qualifier;
  const verb = lead.slice(Math.max(0, at - 2), at + 1);
  return SHARE_QUALIFIERS.find(([w]) => verb.endsWith(w))?.[1] ?? m.qualifier;
}

/** 比中国少400家, 比去年多出20家: the figure is how far apart two figures are. */
export const ZH_DIFFERENCE = /比[^，。,；;、]{1,12}?(?:多出|多了|少了|高出|低了|多|少)$/;
/** 400 more AI firms than, 30 fewer companies than. */
export const EN_DIFFERENCE = /^\s*(?:more|fewer|less)\s+(?:[a-z-]+\s+){0,3}?than\b/;

export const PERCENTAGE_POINTS = /百分点$|percentage points?$/i;
export function isDifference(text: string, m: Mention, segment: Span, english: boolean): boolean {
  // 增速比全国高5个百分点, up 3 percentage points: the gap between two rates is neither a rate nor a share.
  if (PERCENTAGE_POINTS.test(m.text)) return true;
  if (english) {
    const after = text.slice(m.end, Math.min(segment.end, m.end + 40)).toLowerCase();
    // "200 more AI firms than": the comparative inside the figure's noun phrase, "than" right after it.
    // "revenue grew by 50 billion yuan last year, reaching 500 billion": by how much a level changed, not the level.
    const lead = text.slice(Math.max(segment.start, m.start - 32), m.start).toLowerCase();
    return (
      EN_DIFFERENCE.test(after) ||
      (/[0-9]\s+(?:more|fewer|less)\b/i.test(m.text) && /^\s*than\b/.test(after)) ||
      (m.unit !== 'percent' && EN_CHANGED_BY.test(lead))
    );
  }
  // 产业规模一年间增加约160亿元, 较上年增长300亿元: by how much a level grew (增长20% is a rate; 增加到2600家 the level reached).
  return (
    ZH_DIFFERENCE.test(text.slice(segment.start, m.start)) ||
    (m.unit !== 'percent' && ZH_INCREASE_BY.test(text.slice(segment.start, m.start)))
  );
}
export const ZH_INCREASE_BY = /(?:增加|增长|增多)了?$/;
export const EN_CHANGED_BY =
  /\b(?:grew|grown|grow|rose|risen|rise|increased|increase|jumped|climbed|expanded|was up|were up|fell|dropped|declined|decreased|shrank)\s+by\s+$/;

/**
 * 投资额10亿元以上的重大项目, 营收超亿元的企业, 产值超百亿元的产业集群: an amount that says which firms, projects or clusters
 * are meant; 营收超过100亿元的有2家: the count of them follows.
 */
export const ZH_THRESHOLD =
  /^(?:以上|以下|以内|及以上)?(?:(?:的[^，。；、,;]{0,12}?)?(?:企业|项目|公司|工厂|产业集群|集群|园区|基地)|的(?:有|达|共有)?[0-9一二两三四五六七八九十几]+[家个])/;
/** …营收超亿元的人工智能企业达到180家, 营收超10亿元企业12家: the count of the firms such an amount picks out, right after it. */
export const ZH_THRESHOLD_BEFORE = /[万亿]元?(?:以上|及以上)?(?:的[^，。；、,;]{0,14}|企业|公司)$/;
export const isThreshold = (text: string, m: Mention, english: boolean): boolean =>
  english
    ? m.unit === 'persons' && EN_SIZE_CLASS.test(text.slice(Math.max(0, m.start - 48), m.start))
    : m.unit === 'CNY'
      ? ZH_THRESHOLD.test(text.slice(m.end, m.end + 18))
      : m.unit === 'items' && ZH_THRESHOLD_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
/** Start-ups younger than five years with fewer than 300 employees: the size that picks out a class of firms. */
export const EN_SIZE_CLASS = /\b(?:start-?ups|companies|firms|enterprises|businesses|smes)\b[^.,;]{0,30}\bwith\s+$/i;
