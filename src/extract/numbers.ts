/**
 * Quantity scanner: clean text → `Mention`s (a number with its magnitude, unit and qualifier).
 * One left-to-right pass with bounded look-behind; no backtracking regular expressions, so time
 * grows linearly with the input.
 */
import type { BaseUnit, Qualifier } from '../schema/metricsFile';
import { UNREAD_REASONS, type UnreadReason } from '../schema/unreadReasons';
import {
  NUMERAL_CHARS,
  isChineseNumeral,
  isPlace,
  isWordlikeNumeral,
  readArabicNumeral,
  readChineseNumeral,
  startsChineseNumeral,
} from './numerals';
import { matchMagnitude, matchUnit } from './units';
import { isDigit } from './chars';

export { parseChineseNumeral } from './numerals';

export interface Mention {
  /** Span of the whole quantity in the clean text, qualifier words included. */
  start: number;
  end: number;
  /** Where the digits begin (after any qualifier prefix). */
  numberStart: number;
  text: string;
  value: number;
  unit: BaseUnit;
  counter: string | null;
  qualifier: Qualifier;
  /**
   * No unit was written (人才规模约25万, 产业规模突破3000亿): the caller may take the unit of the
   * metric whose phrase stands right before it; otherwise it is not a quantity. `unit` is a placeholder.
   */
  unitless?: true;
}

/** A count of tokens whose unit stands before it (文本Token约2万亿): the unit word and a bound, right before the number. */
const UNIT_BEFORE_TOKENS = /(?:Tokens?|tokens?|词元)(?:数|数量|总量|规模)?(?:约|超过|超|近|逾|达到|达|共|累计|总计)?$/;
const UNIT_BEFORE_REACH = 12;

/** A number-like token that is not a quantity: a label, an ordinal, a number with no unit. */
export interface Skipped {
  start: number;
  end: number;
  text: string;
  reason: UnreadReason;
}

export interface ScanResult {
  mentions: Mention[];
  skipped: Skipped[];
  /** Numbers written with no unit (marked `unitless`), in order: the caller decides what they count. */
  bare?: Mention[];
}

/** Characters that can start a quantity: digits, numerals, and 数/几/上 (数十, 几百, 上千). */
const STARTS = new Uint8Array(0x10000);
for (const ch of `${NUMERAL_CHARS}0123456789数數几幾上`) STARTS[ch.charCodeAt(0)] = 1;

const isLatin = (ch: string | undefined): boolean => ch !== undefined && ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'));

/**
 * Qualifier words before a number, longest first. 超/突破/逾 state a lower bound, 近/不到 an upper
 * bound, 约 an approximation; 达 and 为 state the value itself.
 */
const PREFIXES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['突破了', '>'],
  ['超过了', '>'],
  ['超过', '>'],
  ['突破', '>'],
  ['高于', '>'],
  ['多于', '>'],
  ['不少于', '>'],
  ['至少', '>'],
  ['已过', '>'],
  ['均过', '>'],
  ['将近', '<'],
  ['接近', '<'],
  ['不到', '<'],
  ['不足', '<'],
  ['少于', '<'],
  ['低于', '<'],
  ['近乎', '<'],
  // 约达3800亿元: about, reaching; the approximation is what the figure says.
  ['约达到', '~'],
  ['约达', '~'],
  ['大约', '~'],
  ['约为', '~'],
  ['约有', '~'],
  ['大概', '~'],
  ['超', '>'],
  ['过', '>'],
  ['逾', '>'],
  ['破', '>'],
  ['近', '<'],
  ['约', '~'],
];
const YUAN_BEFORE = '人民币';
const FOREIGN_CURRENCIES = ['美元', '美金', '港元', '港币', '港幣', '欧元', '歐元', '日元', '英镑', '英鎊', '新台币', '新台幣'];
/** The last characters of those currencies' names, looked for before the pattern is tried (约新台币1,260亿元, 港币 50亿元). */
const CURRENCY_LAST = new Set(['元', '金', '币', '幣', '镑', '鎊']);
const CURRENCY_BEFORE = new RegExp(`(?:${[...FOREIGN_CURRENCIES, '台币', '台幣'].join('|')})\\s*(?:约|逾|超过|超|近|达)?\\s*$`);
/** After the number: 余/多 before the unit (6000余名), 以上/左右 after it. */
const SUFFIXES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['以上', '>'],
  ['有余', '>'],
  ['左右', '~'],
  ['上下', '~'],
];
const UPSTREAM = '上下游';

interface Core {
  end: number;
  value: number;
  /** 余/多/几/数/上千 made it a lower bound. */
  qualifier: Qualifier | null;
  chinese: boolean;
}

/** An Arabic number with its Chinese places (1340亿, 5万4千6百); `i` may be a "." before digits (.5). */
function readArabic(text: string, i: number): Core {
  const n = readArabicNumeral(text, i);
  return { end: n.end, value: n.value, qualifier: null, chinese: false };
}

/** 几/幾 and 余/多 stand for a digit or more: 十几万, 一千多万 still take the magnitude after them. */
function magnitudeAfter(text: string, j: number): { end: number; mult: number } {
  const mag = matchMagnitude(text, j);
  return mag ? { end: j + mag[0].length, mult: mag[1] } : { end: j, mult: 1 };
}

function readChinese(text: string, i: number): Core | null {
  let j = i;
  let qualifier: Qualifier | null = null;
  // 数十/几百 (several tens/hundreds) and 上千/上万 (reaching a thousand): lower bounds.
  const ch = text[j];
  if ((ch === '数' || ch === '數' || ch === '几' || ch === '幾') && isPlace(text[j + 1])) {
    qualifier = '>';
    j++;
  } else if (ch === '上' && isPlace(text[j + 1])) {
    qualifier = '>'; // 上千家: a thousand and more
    j++;
  }
  if (!startsChineseNumeral(text, j)) return null;
  const n = readChineseNumeral(text, j);
  if (n === null) return null;
  let { end, value } = n;
  if (text[end] === '几' || text[end] === '幾') {
    qualifier = '>'; // 十几 = more than ten
    const mag = magnitudeAfter(text, end + 1);
    end = mag.end;
    value *= mag.mult;
  }
  return { end, value, qualifier, chinese: true };
}

/** What a count stands after (有14所, 达到25所, 约35所, 共计, 超过): not an organisation's name. */
const COUNT_LEAD = /[有达達为為约約超近共计計到至逾过過是增减減和与與及或\s]/;

/** 签约, 预约, 合约, 公约, 条约, 节约, 制约, 特约, 邀约, 履约, 违约, 缔约, 集约, 简约, 协约, 契约, 租约, 相约, 赴约: 约 ends another word. */
const NOT_BOUND_BEFORE_YUE = '签簽预預合公条條节節制特邀履违違缔締集简簡协協契租相赴盟誓婚践踐';

/** 通过, 经过, 不过, 超过 (read whole), 越过, 跨过, 度过, 错过, 穿过, 透过, 路过, 闯过, 挺过: 过 ends another word. */
const NOT_BOUND_BEFORE_GUO = '通经不超越跨度错穿透路闯挺熬渡走翻';

function prefixQualifier(text: string, i: number, floor: number): readonly [string, Qualifier] | null {
  for (const p of PREFIXES) {
    const s = i - p[0].length;
    if (s < floor || !text.startsWith(p[0], s)) continue;
    // 过600家 and 过亿元 are lower bounds; 通过, 经过, 不过 are other words.
    const prev = text[s - 1];
    if (p[0] === '过' && prev !== undefined && NOT_BOUND_BEFORE_GUO.includes(prev)) continue;
    // 约200家 is about 200; 签约10个项目, 预约, 节约 are other words.
    if (p[0] === '约' && prev !== undefined && NOT_BOUND_BEFORE_YUE.includes(prev)) continue;
    return p;
  }
  return null;
}

/** Chinese fractions: 三分之一 → 33.33 percent. */
function readFraction(text: string, core: Core): { end: number; value: number } | null {
  if (!text.startsWith('分之', core.end)) return null;
  const num = readChinese(text, core.end + 2) ?? (isDigit(text[core.end + 2]) ? readArabic(text, core.end + 2) : null);
  if (!num || core.value === 0) return null;
  return { end: num.end, value: (num.value / core.value) * 100 };
}

const round = (v: number): number => Math.round(v * 1e6) / 1e6;

type Reading = { mention: Mention } | { skip: UnreadReason | null; end: number };

/** What the number at `i` (already read into `core`) is: a quantity, or why it is not one. */
function readQuantity(text: string, i: number, from: number, core: Core): Reading {
  const arabic = !core.chinese;
  const raw = text.slice(i, core.end);
  const before = text[i - 1];
  const after = text[core.end];
  // Labels and ordinals, not quantities: GR-1, A1, 5G, 1+3+N, 第六届, 1号.
  // 文本Token约2万亿, …Token4000亿: the unit word right before the number (a number right after it is its count, not a name).
  const tokensBefore = UNIT_BEFORE_TOKENS.test(text.slice(Math.max(from, i - UNIT_BEFORE_REACH), i));
  const inName =
    (isLatin(before) && !tokensBefore) || (before === '-' && isLatin(text[i - 2])) || (isLatin(after) && !matchUnit(text, core.end));
  if (arabic && inName) {
    return { skip: UNREAD_REASONS.nameLabel, end: core.end };
  }
  if (before === '+' || after === '+' || (after === '/' && !isDigit(text[core.end + 1]))) {
    return { skip: UNREAD_REASONS.formula, end: core.end };
  }
  // （约新台币1,260亿元）, 港币50亿元: a foreign currency written before the amount is that currency, not yuan.
  if (CURRENCY_LAST.has(text[i - 1] ?? '') || CURRENCY_LAST.has(text[i - 2] ?? '') || CURRENCY_LAST.has(text[i - 3] ?? ''))
    if (CURRENCY_BEFORE.test(text.slice(Math.max(0, i - 8), i))) return { skip: UNREAD_REASONS.otherCurrency, end: core.end };
  // 中电科21所的…: an institute's number, not a count of institutions (14所高校 is a count, and so is 高校已有14所。, after a
  // verb or a bound).
  if (arabic && text[core.end] === '所' && /[的,，。、]/.test(text[core.end + 1] ?? '') && !COUNT_LEAD.test(before ?? '')) {
    return { skip: UNREAD_REASONS.institute, end: core.end + 1 };
  }
  if (before === '第') {
    return { skip: UNREAD_REASONS.ordinal, end: core.end };
  }
  const datePart =
    after === '号' ||
    after === '日' ||
    after === '月' ||
    text.startsWith('季度', core.end) ||
    (arabic && raw.length === 4 && after === '年');
  if (datePart) {
    return { skip: null, end: core.end }; // a date part: the date scanner reads these
  }
  // Fractions: 1/3 and 三分之一 are shares, in percent.
  let value = core.value;
  let end = core.end;
  let unitEntry = null as ReturnType<typeof matchUnit>;
  if (arabic && after === '/' && isDigit(text[core.end + 1])) {
    const den = readArabic(text, core.end + 1);
    if (den.value === 0) {
      return { skip: UNREAD_REASONS.zeroDenominator, end: den.end };
    }
    // article/2025/7/27, 2025/7/27: a path or a date, not a share (a share is a part: less than its whole).
    if (before === '/' || text[den.end] === '/' || core.value >= den.value) {
      return { skip: UNREAD_REASONS.nameLabel, end: den.end };
    }
    value = (core.value / den.value) * 100;
    end = den.end;
    unitEntry = { text: '', unit: 'percent', factor: 1, counter: false };
  } else if (core.chinese && core.value === 1 && text[core.end] === '半' && !core.qualifier) {
    // 占全国一半: half, a share (not 一半以上's "above", read by the qualifier after it as any share's).
    value = 50;
    end = core.end + 1;
    unitEntry = { text: '', unit: 'percent', factor: 1, counter: false };
  } else {
    const frac = core.chinese ? readFraction(text, core) : null;
    if (frac) {
      value = frac.value;
      end = frac.end;
      unitEntry = { text: '', unit: 'percent', factor: 1, counter: false };
    }
  }
  let qualifier: Qualifier = core.qualifier ?? '=';
  if (!unitEntry) {
    if (text[end] === '余' || text[end] === '多') {
      qualifier = '>';
      end++;
      const mag = magnitudeAfter(text, end); // 2万多 is read above; 20多万, 一千多万 here
      value *= mag.mult;
      end = mag.end;
    }
    // 1.5亿美元, 2亿港元: money, but not in yuan; charted nowhere, and never a count.
    if (FOREIGN_CURRENCIES.some((w) => text.startsWith(w, end))) return { skip: UNREAD_REASONS.otherCurrency, end };
    unitEntry = matchUnit(text, end);
    // 超过140 EFlops, 1800 TB: a Latin unit of two letters or more after one space.
    if (!unitEntry && arabic && text[end] === ' ') {
      const spaced = matchUnit(text, end + 1);
      if (spaced?.latin && spaced.text.length > 1) {
        unitEntry = spaced;
        end++;
      }
    }
    if (!unitEntry && core.chinese && text[end] === '成') {
      unitEntry = { text: '成', unit: 'percent', factor: 10, counter: false }; // 四成 = 40%
    }
  }
  // 开放文本Token约2万亿, 累计开放文本Token4000亿: the unit may stand before the number, as a column's would.
  if (!unitEntry && tokensBefore) {
    unitEntry = { text: '', unit: 'tokens', factor: 1, counter: false };
  }
  if (!unitEntry && arabic && /^(19|20)\d\d$/.test(raw)) {
    return { skip: UNREAD_REASONS.edition, end: core.end };
  }
  let unitless = false;
  if (!unitEntry) {
    // A bare count is a quantity only when a bound makes it one: 百余投资机构. Any other number with
    // no unit goes to the caller marked unitless; a lone 一 or a numeral inside a word never does.
    // 超百亿 (more than ten billion) is an amount whose unit the phrase before it gives, not a count.
    if (qualifier === '>' && core.chinese && value < 1e8) {
      unitEntry = { text: '', unit: 'items', factor: 1, counter: false };
    } else if (core.chinese && value < 10) {
      return { skip: null, end: end };
    } else {
      unitEntry = { text: '', unit: 'items', factor: 1, counter: false };
      unitless = true;
    }
  }
  // A lone 一 is idiom far more often than a count (一是, 一批, 一方面).
  // 一成 (a tenth) is a share, not an idiom.
  if (core.chinese && raw === '一' && unitEntry.text !== '' && unitEntry.text !== '成') {
    return { skip: null, end: end + unitEntry.text.length };
  }
  end += unitEntry.text.length;
  // 超200家上下游企业: 上下游 (up- and downstream) is a noun, not "about".
  const suffix = SUFFIXES.find((s) => text.startsWith(s[0], end) && !text.startsWith(UPSTREAM, end));
  if (suffix) {
    qualifier = suffix[1];
    end += suffix[0].length;
  }
  let start = i;
  // 突破人民币1.2万亿元: the currency's name may stand between the bound and the number.
  const at = i - YUAN_BEFORE.length >= from && text.startsWith(YUAN_BEFORE, i - YUAN_BEFORE.length) ? i - YUAN_BEFORE.length : i;
  const prefix = prefixQualifier(text, at, from);
  if (prefix && qualifier === '=') {
    // 近5年 is "the last five years", a time span, not "nearly five years".
    if (prefix[0] === '近' && (unitEntry.unit === 'years' || unitEntry.unit === 'months' || unitEntry.unit === 'days')) {
      return { skip: null, end: end };
    }
    qualifier = prefix[1];
    start = at - prefix[0].length;
  } else if (prefix) {
    start = at - prefix[0].length; // 超百余: the stronger word is already in
    // 将近90多家: "nearly" and "more than" at once say only "about".
    if ((prefix[1] === '<' && qualifier === '>') || (prefix[1] === '>' && qualifier === '<')) qualifier = '~';
  }
  return {
    mention: {
      start,
      end,
      numberStart: i,
      text: text.slice(start, end),
      value: round(value * unitEntry.factor),
      unit: unitEntry.unit,
      counter: unitEntry.counter ? unitEntry.text : null,
      qualifier,
      ...(unitless ? { unitless: true as const } : {}),
    },
  };
}

/**
 * For scanners that move forward only: where a blocked span (a date) that covers position `i` ends,
 * or `i` itself when none does. `blocked` must be sorted by start; each call's `i` must not decrease.
 */
export function blockedSkipper(blocked: ReadonlyArray<{ start: number; end: number }>): (i: number) => number {
  let b = 0;
  return (i) => {
    while (b < blocked.length && blocked[b]!.end <= i) b++;
    const blk = blocked[b];
    return blk && blk.start <= i ? blk.end : i;
  };
}

/**
 * Scans `text[from, to)`; spans in `blocked` (dates, already consumed) are skipped.
 * `blocked` must be sorted by start.
 */
export function scanQuantities(
  text: string,
  from = 0,
  to = text.length,
  blocked: ReadonlyArray<{ start: number; end: number }> = [],
): ScanResult {
  const mentions: Mention[] = [];
  const bare: Mention[] = [];
  const skipped: Skipped[] = [];
  const skip = blockedSkipper(blocked);
  let i = from;
  while (i < to) {
    if (STARTS[text.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    const past = skip(i);
    if (past > i) {
      i = past;
      continue;
    }
    const digit = isDigit(text[i]);
    // ".5" is a decimal with no leading zero; the tail of 1.5, v2.5 or "..." is not.
    const at =
      digit && i > from && text[i - 1] === '.' && !isDigit(text[i - 2]) && text[i - 2] !== '.' && !isLatin(text[i - 2]) ? i - 1 : i;
    const core = digit ? readArabic(text, at) : readChinese(text, i);
    if (!core || core.end <= i) {
      // Not a number (十四五, 一二): skip the whole numeral run, so that scanning stays linear. A
      // word-like financial form (大陆, 收拾) is skipped alone: 大陆三千家 still has 三千家.
      let j = i + 1;
      if (!isWordlikeNumeral(text[i]) || isWordlikeNumeral(text[j])) while (j < to && isChineseNumeral(text[j])) j++;
      i = j;
      continue;
    }
    const reading = readQuantity(text, at, from, core);
    if ('mention' in reading) {
      (reading.mention.unitless ? bare : mentions).push(reading.mention);
      i = reading.mention.end;
    } else {
      if (reading.skip !== null && !core.chinese)
        skipped.push({ start: at, end: reading.end, text: text.slice(at, reading.end), reason: reading.skip });
      i = reading.end;
    }
  }
  return { mentions, skipped, bare };
}
