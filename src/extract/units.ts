/**
 * Unit and magnitude lexicon: what may follow a number, and the base unit it normalises to.
 * Matched longest-first at the position right after the number (and any 余/多).
 */
import type { BaseUnit } from '../schema/metricsFile';
import { isLetter } from './chars';

export interface UnitEntry {
  /** As written in the text. */
  text: string;
  unit: BaseUnit;
  /** Multiplier to the base unit (EFLOPS → FLOPS is 1e18; 成 → percent is 10). */
  factor: number;
  /** Kept as the fact's `counter`: the classifier says what is counted (家 = firms, 款 = models). */
  counter: boolean;
  /** Written in Latin letters (EFLOPS, TB): matched in any case, and not run on into more letters. */
  latin?: boolean;
}

const entries: UnitEntry[] = [];
const add = (unit: BaseUnit, factor: number, counter: boolean, ...texts: string[]): void => {
  for (const text of texts) entries.push({ text, unit, factor, counter, ...(/^[A-Za-z]/.test(text) ? { latin: true } : {}) });
};

add('CNY', 1, false, '元', '人民币');
add('persons', 1, true, '人', '名', '位');
add('person_visits', 1, true, '人次');
add(
  'items',
  1,
  true,
  '家',
  '款',
  '个',
  '所',
  '项',
  '张',
  '台',
  '条',
  '篇',
  '批',
  '场',
  '届',
  '件',
  '种',
  '套',
  '部',
  '座',
  '支',
  '次',
  '轮',
  '大',
  '块',
  '类',
  '只',
  '颗',
  // 6200間企業: Hong Kong's classifier for firms.
  '间',
);
// 平方公尺: Taiwan's square metre (read after conversion to simplified characters, 公尺 stays).
add('m2', 1, false, '平方米', '平方公尺', '平米', 'm²', '㎡');
add('km2', 1, false, '平方公里');
add('ha', 1, false, '公顷');
add('m', 1, false, '米');
add('km', 1, false, '公里', '千米');
add('kg', 1, false, '公斤', '千克');
add('FLOPS', 1e18, false, 'EFLOPS', 'EFLOP', 'E');
// 268百亿亿次/秒 (EFLOPS written out): 百亿亿次 is 10¹⁸ operations a second, 亿亿次 10¹⁶; 200亿亿次 is read as 200亿 and then
// 亿次, so 亿次 right after a number already in 亿 is 10⁸ more (5亿次 alone is 5亿 and 次).
add('FLOPS', 1e18, false, '百亿亿次/秒', '百亿亿次每秒', '百亿亿次');
add('FLOPS', 1e16, false, '亿亿次/秒', '亿亿次每秒', '亿亿次');
add('FLOPS', 1e15, false, 'PFLOPS', 'P');
add('FLOPS', 1e12, false, 'TFLOPS');
add('bytes', 1e15, false, 'PB');
add('bytes', 1e12, false, 'TB');
add('bytes', 1e9, false, 'GB');
add('tokens', 1, false, 'Tokens', 'Token', 'tokens', 'token', '词元');
add('percent', 1, false, '%', '％', '个百分点');
add('times', 1, false, '倍');
add('years', 1, false, '年', '岁');
add('months', 1, false, '个月');
add('days', 1, false, '天');
add('hours', 1, false, '小时', '个小时');
add('minutes', 1, false, '分钟');

/** Longest first, so 人次 wins over 人, 平方米 over 米, EFLOPS over E. */
const UNITS = [...entries].sort((a, b) => b.text.length - a.text.length);
/** Characters a unit may start with; a Latin unit of two letters or more in either case. */
const FIRST_CHARS = new Set(
  UNITS.flatMap((u) => (u.latin && u.text.length > 1 ? [u.text[0]!, u.text[0]!.toLowerCase(), u.text[0]!.toUpperCase()] : [u.text[0]!])),
);

/** Whether `u` is written at `pos`: a Latin unit of two letters or more in any case (EFlops, Pflops, eflops), others exactly. */
function writtenAt(text: string, pos: number, u: UnitEntry): boolean {
  if (u.text.length < 2 || !u.latin) return text.startsWith(u.text, pos);
  for (let k = 0; k < u.text.length; k++) {
    // ASCII letters compare with their case bit (0x20) set; the units' other characters (digits, ²) exactly.
    const a = text.charCodeAt(pos + k);
    const b = u.text.charCodeAt(k);
    if (a !== b && !(isLetter(u.text[k]) && (a | 0x20) === (b | 0x20))) return false;
  }
  return true;
}

/** The unit starting at `pos`, if any. A Latin unit must not run on into more letters ("5G", "51job"). */
export function matchUnit(text: string, pos: number): UnitEntry | null {
  const ch = text[pos];
  if (ch === undefined || !FIRST_CHARS.has(ch)) return null;
  for (const u of UNITS) {
    if (!writtenAt(text, pos, u)) continue;
    if (u.latin && isLetter(text[pos + u.text.length])) continue;
    return u;
  }
  return null;
}

/**
 * Magnitudes that may follow 余/多/几 (20多万, 一千多万, 十几亿). Places written right after a number
 * (1340亿, 5万4千) are read with the number itself, in numerals.ts.
 */
export const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 1e12],
  ['萬億', 1e12],
  ['亿', 1e8],
  ['億', 1e8],
  ['万', 1e4],
  ['萬', 1e4],
];

export function matchMagnitude(text: string, pos: number): readonly [string, number] | null {
  for (const m of MAGNITUDES) if (text.startsWith(m[0], pos)) return m;
  return null;
}
