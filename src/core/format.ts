/**
 * Values in the reader's convention: 3800亿元 ↔ 380 billion yuan, 30万人 ↔ 300,000 people.
 * A bound keeps its word: 超3800亿元 is "over 380 billion yuan", never "380 billion yuan".
 */
import type { Lang, Messages } from '../i18n/messages';
import type { BaseUnit, Fact, Qualifier } from '../schema/metricsFile';

/**
 * 3800.5 → "3,800.5": thousands grouped with commas and at most `digits` decimals, as zh-CN and en-US both
 * write them, rounded as Intl.NumberFormat rounds in Chromium and Node (from the shortest decimal that reads
 * back as the value, halves away from zero: 12.35 → 12.4; a test holds them equal). Written out because the
 * first Intl formatter a page creates starts ICU on the main thread: about 30 ms at load, over 100 ms on a
 * throttled phone.
 */
export function groupDigits(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const [whole, decimals] = roundShortest(Math.abs(value), digits);
  const fraction = decimals.replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** The whole and decimal digits of a non-negative number rounded to `digits` decimals from its shortest decimal form. */
function roundShortest(abs: number, digits: number): [string, string] {
  const shortest = String(abs);
  if (shortest.includes('e')) {
    const [w = '0', f = ''] = abs.toFixed(digits).split('.');
    return [w, f];
  }
  const [w = '0', f = ''] = shortest.split('.');
  if (f.length <= digits) return [w, f];
  const kept = (w + f.slice(0, digits)).split('').map(Number);
  if (f.charCodeAt(digits) >= 53 /* '5' */) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === 9) kept[i--] = 0;
    if (i >= 0) kept[i]!++;
    else kept.unshift(1);
  }
  const all = kept.join('');
  return [all.slice(0, all.length - digits) || '0', all.slice(all.length - digits)];
}

type Scale = ReadonlyArray<readonly [number, string]>;
/** Largest step first; the first step the value reaches is used. */
function scaled(value: number, steps: Scale, fallback: string): string {
  for (const [factor, suffix] of steps) if (Math.abs(value) >= factor) return `${groupDigits(value / factor)}${suffix}`;
  return `${groupDigits(value)}${fallback}`;
}

/** Units written the same way in both languages. */
const FLOPS_STEPS: Scale = [
  [1e18, ' EFLOPS'],
  [1e15, ' PFLOPS'],
];
const BYTE_STEPS: Scale = [
  [1e15, ' PB'],
  [1e12, ' TB'],
  [1e9, ' GB'],
];

const ZH: Record<BaseUnit, (v: number, counter: string | null) => string> = {
  CNY: (v) =>
    scaled(
      v,
      [
        [1e12, '万亿元'],
        [1e8, '亿元'],
        [1e4, '万元'],
      ],
      '元',
    ),
  persons: (v, c) =>
    scaled(
      v,
      [
        [1e8, `亿${c ?? '人'}`],
        [1e4, `万${c ?? '人'}`],
      ],
      c ?? '人',
    ),
  person_visits: (v) =>
    scaled(
      v,
      [
        [1e8, '亿人次'],
        [1e4, '万人次'],
      ],
      '人次',
    ),
  items: (v, c) => `${groupDigits(v)}${c ?? '个'}`,
  m2: (v) => scaled(v, [[1e4, '万平方米']], '平方米'),
  km2: (v) => `${groupDigits(v)}平方公里`,
  ha: (v) => `${groupDigits(v)}公顷`,
  FLOPS: (v) => scaled(v, FLOPS_STEPS, ' FLOPS'),
  bytes: (v) => scaled(v, BYTE_STEPS, ' B'),
  tokens: (v) =>
    scaled(
      v,
      [
        [1e8, '亿 Token'],
        [1e4, '万 Token'],
      ],
      ' Token',
    ),
  percent: (v) => `${groupDigits(v, 1)}%`,
  times: (v) => `${groupDigits(v)}倍`,
  years: (v) => `${groupDigits(v)}年`,
  months: (v) => `${groupDigits(v)}个月`,
  days: (v) => `${groupDigits(v)}天`,
  hours: (v) => `${groupDigits(v)}小时`,
  minutes: (v) => `${groupDigits(v)}分钟`,
  m: (v) => `${groupDigits(v)}米`,
  km: (v) => `${groupDigits(v)}公里`,
  kg: (v) => `${groupDigits(v)}公斤`,
};

/** A number of a unit in English: 1 year, 2 years. */
const counted = (v: number, word: string): string => `${groupDigits(v)} ${word}${v === 1 ? '' : 's'}`;

const EN: Record<BaseUnit, (v: number) => string> = {
  CNY: (v) =>
    `${scaled(
      v,
      [
        [1e12, ' trillion'],
        [1e9, ' billion'],
        [1e6, ' million'],
      ],
      '',
    )} yuan`,
  persons: (v) => (v === 1 ? '1 person' : `${groupDigits(v, 0)} people`),
  person_visits: (v) =>
    `${scaled(
      v,
      [
        [1e9, ' billion'],
        [1e6, ' million'],
      ],
      '',
    )} visits`,
  items: (v) => groupDigits(v),
  m2: (v) => `${groupDigits(v, 0)} m²`,
  km2: (v) => `${groupDigits(v)} km²`,
  ha: (v) => `${groupDigits(v)} ha`,
  FLOPS: (v) => scaled(v, FLOPS_STEPS, ' FLOPS'),
  bytes: (v) => scaled(v, BYTE_STEPS, ' B'),
  tokens: (v) =>
    `${scaled(
      v,
      [
        [1e9, ' billion'],
        [1e6, ' million'],
      ],
      '',
    )} tokens`,
  percent: (v) => `${groupDigits(v, 1)}%`,
  times: (v) => `${groupDigits(v)}×`,
  years: (v) => counted(v, 'year'),
  months: (v) => counted(v, 'month'),
  days: (v) => counted(v, 'day'),
  hours: (v) => counted(v, 'hour'),
  minutes: (v) => counted(v, 'minute'),
  m: (v) => `${groupDigits(v)} m`,
  km: (v) => `${groupDigits(v)} km`,
  kg: (v) => `${groupDigits(v)} kg`,
};

const ZH_QUALIFIER: Record<Qualifier, string> = { '=': '', '>': '超', '<': '近', '~': '约' };
/** English reads a bound as words, as the Chinese does (超, 近, 约): over, nearly, about. */
const EN_QUALIFIER: Record<Qualifier, string> = { '=': '', '>': 'over ', '<': 'nearly ', '~': 'about ' };

export function formatValue(value: number, unit: BaseUnit, lang: Lang, counter: string | null = null): string {
  return lang === 'zh' ? ZH[unit](value, counter) : EN[unit](value);
}

/** The word a bound is written with: 超 / > for a lower bound, 近 / < for an upper one, 约 / ~. */
export const qualifierPrefix = (qualifier: Qualifier, lang: Lang): string => (lang === 'zh' ? ZH_QUALIFIER : EN_QUALIFIER)[qualifier];

/** The value with its qualifier: 超3800亿元 / over 380 billion yuan. */
export function formatQuantity(value: number, unit: BaseUnit, qualifier: Qualifier, lang: Lang, counter: string | null = null): string {
  return `${qualifierPrefix(qualifier, lang)}${formatValue(value, unit, lang, counter)}`;
}

/** Axis labels: short, no qualifier. */
export function formatAxis(value: number, unit: BaseUnit, lang: Lang): string {
  return formatValue(value, unit, lang);
}

/** 2.8×, 45.3%: written the same in both languages. */
export function formatRatio(ratio: number): string {
  return `${groupDigits(ratio, 1)}×`;
}

export function formatPercent(p: number): string {
  return `${groupDigits(p * 100, 1)}%`;
}

/** 800余家, 150多家, 十几个: a lower bound written after the number (余, 多, 几), as the article wrote it. */
const ODD = /[0-9０-９一二三四五六七八九十百千万萬亿億]\s*(余|餘|多|几|幾)/;

/** 几百米, 数百亿元, 数十家: an amount the article gives only as an order of magnitude (never charted). */
const VAGUE = /(?:几|幾|数|數)(十|百|千|万|萬)(万|萬|亿|億)?/;
const VAGUE_BASE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const VAGUE_EN: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'trillions of'],
  [1e11, 'hundreds of billions of'],
  [1e10, 'tens of billions of'],
  [1e9, 'billions of'],
  [1e8, 'hundreds of millions of'],
  [1e7, 'tens of millions of'],
  [1e6, 'millions of'],
  [1e5, 'hundreds of thousands of'],
  [1e4, 'tens of thousands of'],
  [1e3, 'thousands of'],
  [100, 'hundreds of'],
  [10, 'dozens of'],
];
const VAGUE_UNIT_EN: Partial<Record<BaseUnit, string>> = {
  CNY: 'yuan',
  persons: 'people',
  person_visits: 'visits',
  m: 'metres',
  m2: 'square metres',
  km: 'kilometres',
};

/**
 * An order of magnitude as the article gave it: 数百亿元 as written, "tens of billions of yuan" in English; null when the
 * text gives a figure.
 */
function vagueAmount(text: string, unit: BaseUnit, lang: Lang): string | null {
  const m = VAGUE.exec(text);
  if (!m) return null;
  if (lang === 'zh') return text.slice(m.index);
  const base = VAGUE_BASE[m[1]!]! * (m[2] ? VAGUE_BASE[m[2]]! : 1);
  const words = VAGUE_EN.find(([v]) => base >= v)?.[1] ?? 'a few';
  // Counts name their noun in the quote: "hundreds", not "hundreds of items".
  const noun = VAGUE_UNIT_EN[unit];
  return noun ? `${words} ${noun}` : words.replace(/ of$/, '');
}

/**
 * Why a fact is not on the charts, in the reader's language: the reason the extract step gave, else, for a figure it tied
 * to no measure, that; null for a charted figure.
 */
export function whyNotCharted(f: Pick<Fact, 'reason' | 'metric'>, lang: Lang, t: Messages): string | null {
  if (f.reason) return f.reason[lang];
  return f.metric === null ? t.noMeasure : null;
}

const LESS_THAN = /^\s*(?:不到|不足|少于|低于|未满|未达|不超过|less than|fewer than|under|below)/i;

/**
 * A fact (or a point with its fact's unit and counter) as the reader sees it: 超3800亿元, over 380 billion yuan. A lower
 * bound the article wrote with 余 or 多 after the number keeps it (800余家 / some 800), given the fact's `text`.
 */
export function formatFact(f: Pick<Fact, 'value' | 'unit' | 'qualifier' | 'counter'> & { text?: string }, lang: Lang): string {
  const vague = f.text === undefined ? null : vagueAmount(f.text, f.unit, lang);
  if (vague !== null) return vague;
  // 平均年龄29岁: an age, not a span of 29 years.
  if (f.unit === 'years' && f.text !== undefined && /[0-9０-９一二三四五六七八九十]\s*岁/.test(f.text))
    return `${qualifierPrefix(f.qualifier, lang)}${lang === 'zh' ? `${groupDigits(f.value)}岁` : `${groupDigits(f.value)} years old`}`;
  // 不到1年, fewer than 20: an upper bound the article wrote as "less than" reads so (不到, under), not as 近, "nearly".
  if (f.qualifier === '<' && f.text !== undefined && LESS_THAN.test(f.text))
    return `${lang === 'zh' ? '不到' : 'under '}${formatValue(f.value, f.unit, lang, f.counter)}`;
  const hit = f.qualifier === '>' && f.text !== undefined ? ODD.exec(f.text) : null;
  const odd = hit?.[1];
  if (odd === undefined) return formatQuantity(f.value, f.unit, f.qualifier, lang, f.counter);
  const plain = formatValue(f.value, f.unit, lang, f.counter);
  // 十几个 is a ten and some: written as the article wrote it, "10-odd" in English.
  if (odd === '几' || odd === '幾')
    return lang === 'zh' ? f.text!.replace(/^(超过|超|逾|达)/, '') : `${plain.replace(/^([0-9.,]+)/, '$1-odd')}`;
  if (lang === 'en') return `some ${plain}`;
  // The word goes after the digits, before the unit: 800余家, 3,000余亿元; after a magnitude the article wrote it after:
  // 2万多名 (not 2多万名).
  const word = odd === '餘' ? '余' : odd;
  const digits = plain.search(/[^0-9.,]/);
  const afterMagnitude = /[万萬亿億]/.test(hit![0]) && /^[万亿]/.test(plain.slice(digits)) ? 1 : 0;
  const at = digits < 0 ? -1 : digits + afterMagnitude;
  return at < 0 ? `${plain}${word}` : `${plain.slice(0, at)}${word}${plain.slice(at)}`;
}
