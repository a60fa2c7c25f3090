/**
 * Values in the reader's convention: 3800亿元 ↔ 380 billion yuan, 30万人 ↔ 300,000 people.
 * A bound keeps its word: 超3800亿元 is "over 380 billion yuan", never "380 billion yuan".
 */
import type { Lang } from '../i18n/messages';
import type { BaseUnit, Fact, Qualifier } from '../schema/metricsFile';

const numberFormats = new Map<string, Intl.NumberFormat>();
function num(value: number, lang: Lang, digits = 2): string {
  const key = `${lang}${digits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits })));
  return f.format(value);
}

type Scale = ReadonlyArray<readonly [number, string]>;
/** Largest step first; the first step the value reaches is used. */
function scaled(value: number, steps: Scale, lang: Lang, fallback: string): string {
  for (const [factor, suffix] of steps) if (Math.abs(value) >= factor) return `${num(value / factor, lang)}${suffix}`;
  return `${num(value, lang)}${fallback}`;
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
      'zh',
      '元',
    ),
  persons: (v, c) =>
    scaled(
      v,
      [
        [1e8, `亿${c ?? '人'}`],
        [1e4, `万${c ?? '人'}`],
      ],
      'zh',
      c ?? '人',
    ),
  person_visits: (v) =>
    scaled(
      v,
      [
        [1e8, '亿人次'],
        [1e4, '万人次'],
      ],
      'zh',
      '人次',
    ),
  items: (v, c) => `${num(v, 'zh')}${c ?? '个'}`,
  m2: (v) => scaled(v, [[1e4, '万平方米']], 'zh', '平方米'),
  km2: (v) => `${num(v, 'zh')}平方公里`,
  ha: (v) => `${num(v, 'zh')}公顷`,
  FLOPS: (v) => scaled(v, FLOPS_STEPS, 'zh', ' FLOPS'),
  bytes: (v) => scaled(v, BYTE_STEPS, 'zh', ' B'),
  tokens: (v) =>
    scaled(
      v,
      [
        [1e8, '亿 Token'],
        [1e4, '万 Token'],
      ],
      'zh',
      ' Token',
    ),
  percent: (v) => `${num(v, 'zh', 1)}%`,
  times: (v) => `${num(v, 'zh')}倍`,
  years: (v) => `${num(v, 'zh')}年`,
  months: (v) => `${num(v, 'zh')}个月`,
  days: (v) => `${num(v, 'zh')}天`,
  hours: (v) => `${num(v, 'zh')}小时`,
  minutes: (v) => `${num(v, 'zh')}分钟`,
  m: (v) => `${num(v, 'zh')}米`,
  km: (v) => `${num(v, 'zh')}公里`,
  kg: (v) => `${num(v, 'zh')}公斤`,
};

const EN: Record<BaseUnit, (v: number) => string> = {
  CNY: (v) =>
    `${scaled(
      v,
      [
        [1e12, ' trillion'],
        [1e9, ' billion'],
        [1e6, ' million'],
      ],
      'en',
      '',
    )} yuan`,
  persons: (v) => `${num(v, 'en', 0)} people`,
  person_visits: (v) =>
    `${scaled(
      v,
      [
        [1e9, ' billion'],
        [1e6, ' million'],
      ],
      'en',
      '',
    )} visits`,
  items: (v) => num(v, 'en'),
  m2: (v) => `${num(v, 'en', 0)} m²`,
  km2: (v) => `${num(v, 'en')} km²`,
  ha: (v) => `${num(v, 'en')} ha`,
  FLOPS: (v) => scaled(v, FLOPS_STEPS, 'en', ' FLOPS'),
  bytes: (v) => scaled(v, BYTE_STEPS, 'en', ' B'),
  tokens: (v) =>
    `${scaled(
      v,
      [
        [1e9, ' billion'],
        [1e6, ' million'],
      ],
      'en',
      '',
    )} tokens`,
  percent: (v) => `${num(v, 'en', 1)}%`,
  times: (v) => `${num(v, 'en')}×`,
  years: (v) => `${num(v, 'en')} years`,
  months: (v) => `${num(v, 'en')} months`,
  days: (v) => `${num(v, 'en')} days`,
  hours: (v) => `${num(v, 'en')} hours`,
  minutes: (v) => `${num(v, 'en')} minutes`,
  m: (v) => `${num(v, 'en')} m`,
  km: (v) => `${num(v, 'en')} km`,
  kg: (v) => `${num(v, 'en')} kg`,
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

export function formatRatio(ratio: number, lang: Lang): string {
  return `${num(ratio, lang, 1)}×`;
}

export function formatPercent(p: number, lang: Lang): string {
  return `${num(p * 100, lang, 1)}%`;
}

/** A fact (or a point with its fact's unit and counter) as the reader sees it: 超3800亿元, over 380 billion yuan. */
export const formatFact = (f: Pick<Fact, 'value' | 'unit' | 'qualifier' | 'counter'>, lang: Lang): string =>
  formatQuantity(f.value, f.unit, f.qualifier, lang, f.counter);
