/**
 * Numerals → values, for the quantity scanner (numbers.ts), which decides whether a number is a
 * quantity. Read here:
 * - Chinese numerals in everyday, financial and traditional forms: 三千八百, 壹佰伍拾, 四萬, 两千零五;
 *   abbreviated tails (两千四百五 = 2450, 一万三 = 13000) and 点 decimals (十五点七, 三点五万);
 * - Arabic digits with separators and Chinese place characters: 1,340亿, 1.2万亿, 5万4千6百, 2千零30万.
 * Each reader looks at each character once and backs up at most one token: a valid numeral is at
 * most a few dozen characters long, so a failed read costs little and scanning stays linear.
 */
import { matchUnit } from './units';
import { isDigit } from './chars';

const NONE = 0;
const DIGIT = 1;
const ZERO = 2;
/** 十百千: a place within a group of four digits. */
const SMALL = 3;
/** 万亿: a group of four (or eight) digits. */
const BIG = 4;

/** Per-character lookup tables: the scanner's inner loop runs once per character of every article. */
const KIND = new Uint8Array(0x10000);
const VALUE = new Uint32Array(0x10000);
/** Financial forms (大写数字), used in amounts so that they cannot be altered. */
const FINANCIAL = new Uint8Array(0x10000);
/** Financial forms that are everyday words too: 大陆, 队伍, 收拾, 放肆. */
const WORDLIKE = new Uint8Array(0x10000);

/**
 * [kind, value, everyday forms, financial forms]. 两/兩/俩/倆 are 2 before a unit or classifier
 * (两千, 俩人); 萬 億 兩 貳 陸 are traditional forms.
 */
const NUMERALS: ReadonlyArray<readonly [number, number, string, string]> = [
  [ZERO, 0, '零〇', ''],
  [DIGIT, 1, '一', '壹'],
  [DIGIT, 2, '二两兩俩倆', '贰貳'],
  [DIGIT, 3, '三', '叁'],
  [DIGIT, 4, '四', '肆'],
  [DIGIT, 5, '五', '伍'],
  [DIGIT, 6, '六', '陆陸'],
  [DIGIT, 7, '七', '柒'],
  [DIGIT, 8, '八', '捌'],
  [DIGIT, 9, '九', '玖'],
  [SMALL, 10, '十', '拾'],
  [SMALL, 100, '百', '佰'],
  [SMALL, 1000, '千', '仟'],
  [BIG, 1e4, '万', '萬'],
  [BIG, 1e8, '亿', '億'],
];
/** Every numeral character, for the scanner's table of characters that may start a number. */
export const NUMERAL_CHARS = NUMERALS.map((n) => n[2] + n[3]).join('');
for (const [kind, value, plain, financial] of NUMERALS) {
  for (const ch of plain + financial) {
    KIND[ch.charCodeAt(0)] = kind;
    VALUE[ch.charCodeAt(0)] = value;
  }
  for (const ch of financial) FINANCIAL[ch.charCodeAt(0)] = 1;
}
for (const ch of '陆陸伍拾肆') WORDLIKE[ch.charCodeAt(0)] = 1;

const kindAt = (text: string, i: number): number => (i < text.length ? KIND[text.charCodeAt(i)]! : NONE);

export const isChineseNumeral = (ch: string | undefined): boolean => ch !== undefined && KIND[ch.charCodeAt(0)] !== NONE;
/** 十百千万亿 and their financial and traditional forms. */
export const isPlace = (ch: string | undefined): boolean => ch !== undefined && KIND[ch.charCodeAt(0)]! >= SMALL;
/** Financial forms that are also words: after a failed read the scanner looks again one character on. */
export const isWordlikeNumeral = (ch: string | undefined): boolean => ch !== undefined && WORDLIKE[ch.charCodeAt(0)] === 1;

/**
 * Whether a Chinese numeral may start at `i`. A financial form that is also a word (陆 in 大陆, 拾
 * in 收拾) starts a number only next to another financial form (肆佰, 陆拾) or, for 拾, before a
 * magnitude or a longer numeral (拾万, 拾六万); so 陆家嘴 is no count of firms, 收拾三个 no 13.
 */
export function startsChineseNumeral(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (KIND[c] === NONE) return false;
  if (WORDLIKE[c] !== 1) return true;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if (FINANCIAL[next] === 1) return true;
  if (VALUE[c] !== 10) return false;
  return KIND[next] === BIG || (KIND[next] === DIGIT && kindAt(text, i + 2) !== NONE);
}

/**
 * Place-value sum of a numeral, fed token by token. A method returns false, and changes nothing,
 * when the token cannot continue the numeral (十四五 and 一二 are labels, 三千五千 is two numbers).
 */
class PlaceValue {
  /** Groups already multiplied by 亿 (or by 万万, an older way to write 亿). */
  private high = 0;
  /** 万 groups since the last 亿. */
  private mid = 0;
  /** The part below 万. */
  private section = 0;
  /** A digit (or Arabic number) still waiting for its unit; -1 when none. */
  private pending = -1;
  /** The unit before the pending digit: an abbreviated tail takes the next place down (一万三 = 13000). */
  lastUnit = 0;
  /** Places fall within a group: 三千五百, not 五百三千. */
  private lastSmall = 1e4;
  /** 零 since the last unit: the next digit is in the ones place (一千零五 = 1005, not 1500). */
  zero = false;
  private started = false;
  private wan = false;
  private yi = false;
  private lastBig = 0;

  get hasBig(): boolean {
    return this.high > 0 || this.mid > 0;
  }

  /** Only 零 so far: a lone 零 is a word (零部件, 零售), not a count. */
  get onlyZero(): boolean {
    return !this.started;
  }

  digit(v: number): boolean {
    if (this.pending >= 0 || (this.zero && !this.started)) return false;
    this.pending = v;
    this.started = true;
    this.lastBig = 0;
    return true;
  }

  zeroMark(): boolean {
    if (this.pending >= 0 || this.zero) return false; // 二〇二四 is a year written digit by digit
    this.zero = true;
    this.lastBig = 0;
    return true;
  }

  small(u: number): boolean {
    if (u >= this.lastSmall) return false;
    // A unit with no digit: 十五, 一百零十; at the start also 百三, 千亿.
    if (this.pending < 0 && u !== 10 && this.started) return false;
    this.section += (this.pending < 0 ? 1 : this.pending) * u;
    this.afterUnit(u);
    this.lastSmall = u;
    return true;
  }

  big(b: number): boolean {
    const has = this.pending >= 0 || this.section > 0;
    const x = this.section + Math.max(this.pending, 0);
    if (b === 1e4) {
      if (has) {
        if (this.wan) return false;
        this.mid += x * 1e4;
        this.wan = true;
      } else if (this.lastBig === 1e4 && !this.yi) {
        this.high = this.mid * 1e4; // 四万万 = 4亿
        this.mid = 0;
        this.yi = true;
        this.wan = false;
      } else if (!this.started && !this.zero) {
        this.mid = 1e4; // 万, 万亿: a bare magnitude (上万, 千亿 are read this way too)
        this.wan = true;
      } else return false;
    } else {
      if (this.yi) return false;
      if (has || this.mid > 0) this.high = (this.mid + x) * 1e8;
      else if (!this.started && !this.zero) this.high = 1e8;
      else return false;
      this.mid = 0;
      this.yi = true;
      this.wan = false;
    }
    this.afterUnit(b);
    this.section = 0;
    this.lastSmall = 1e4;
    this.lastBig = b;
    return true;
  }

  private afterUnit(u: number): void {
    this.pending = -1;
    this.lastUnit = u;
    this.zero = false;
    this.started = true;
    this.lastBig = 0;
  }

  /** The value so far; `tail` reads a last digit after a unit as abbreviated (九百九 = 990). */
  value(tail: boolean): number {
    const v = this.high + this.mid + this.section;
    if (this.pending < 0) return v;
    return v + (tail && !this.zero && this.lastUnit > 0 ? (this.pending * this.lastUnit) / 10 : this.pending);
  }

  /** The pending digit follows a unit: whether it can stand unabbreviated (一千零1, 3万4000). */
  get pendingIsOnes(): boolean {
    return this.zero || this.lastUnit === 0;
  }
}

function feed(acc: PlaceValue, kind: number, v: number): boolean {
  if (kind === DIGIT) return acc.digit(v);
  if (kind === ZERO) return acc.zeroMark();
  if (kind === SMALL) return acc.small(v);
  return acc.big(v);
}

export interface Numeral {
  end: number;
  value: number;
}

/** `(whole + 0.digits) × mult`, rounded once: 1.2 × 10¹² is exactly 1 200 000 000 000. */
function withFraction(whole: number, digits: string, mult: number): number {
  const scale = 10 ** digits.length;
  const mantissa = whole * scale + Number(digits);
  return Number.isSafeInteger(mantissa) ? (mantissa * mult) / scale : (whole + Number(`0.${digits}`)) * mult;
}

/**
 * 1.2兆元, 一兆人民幣: Taiwan's and Hong Kong's word for 万亿 (10^12), read only before 元 or 人民币 (兆瓦, 兆字节 are
 * mega-).
 */
const isTrillionZhao = (text: string, j: number): boolean => text[j] === '兆' && (text[j + 1] === '元' || text.startsWith('人民币', j + 1));

/** 万, 亿, 万亿 (or 万万) at `j`: the magnitude and where it ends; mult 1 when there is none. */
function bigUnits(text: string, j: number): { mult: number; end: number } {
  if (isTrillionZhao(text, j)) return { mult: 1e12, end: j + 1 };
  if (kindAt(text, j) !== BIG) return { mult: 1, end: j };
  const first = VALUE[text.charCodeAt(j)]!;
  if (first === 1e4 && kindAt(text, j + 1) === BIG) return { mult: 1e4 * VALUE[text.charCodeAt(j + 1)]!, end: j + 2 };
  return { mult: first, end: j + 1 };
}

/**
 * The Chinese numeral starting at `i`, read to the end of its run of numeral characters (and a 点
 * decimal); null when the run is not one number (十四五, 一二, 五六万: labels and ranges).
 */
export function readChineseNumeral(text: string, i: number): Numeral | null {
  const acc = new PlaceValue();
  let j = i;
  for (let k = kindAt(text, j); k !== NONE; k = kindAt(text, ++j)) {
    if (!feed(acc, k, VALUE[text.charCodeAt(j)]!)) return null;
  }
  if (j === i) return null;
  const whole = acc.value(true);
  // 点 decimal: 十五点七, 两千万点五五, 三点五万. 三点五十分 is a time, not 3.5.
  if ((text[j] === '点' || text[j] === '點') && (kindAt(text, j + 1) === DIGIT || kindAt(text, j + 1) === ZERO)) {
    let k = j + 1;
    let digits = '';
    for (let kk = kindAt(text, k); kk === DIGIT || kk === ZERO; kk = kindAt(text, ++k)) digits += String(VALUE[text.charCodeAt(k)]);
    if (kindAt(text, k) !== SMALL) {
      const big = acc.hasBig ? { mult: 1, end: k } : bigUnits(text, k);
      return { end: big.end, value: withFraction(whole, digits, big.mult) };
    }
  }
  if (acc.onlyZero) return null;
  // 一兆人民幣: the trillion word after a numeral with no 万 or 亿 of its own.
  if (!acc.hasBig && isTrillionZhao(text, j)) return { end: j + 1, value: whole * 1e12 };
  return { end: j, value: whole };
}

/** Parses a whole string as one Chinese numeral (三千八百, 十四万五千); null when it is not one (十四五). */
export function parseChineseNumeral(s: string): number | null {
  const n = readChineseNumeral(s, 0);
  return n !== null && n.end === s.length ? n.value : null;
}

export interface Atom {
  end: number;
  /** The digits as an integer; the value is mantissa / 10^places. */
  mantissa: number;
  places: number;
  /** Digits before the decimal point. */
  width: number;
  /** All digits read (0: none). */
  count: number;
}

/**
 * Digits with thousands separators (1,340: exactly three digits follow each separator) and a decimal
 * part. `separators` are the group marks the script uses (English also writes a thin space).
 */
export function readAtom(text: string, i: number, separators = ','): Atom {
  let j = i;
  let digits = '';
  let places = -1;
  while (j < text.length) {
    const ch = text[j]!;
    if (isDigit(ch)) {
      digits += ch;
      if (places >= 0) places++;
      j++;
    } else if (
      separators.includes(ch) &&
      places < 0 &&
      digits !== '' &&
      isDigit(text[j + 1]) &&
      isDigit(text[j + 2]) &&
      isDigit(text[j + 3]) &&
      !isDigit(text[j + 4])
    ) {
      j++;
    } else if (ch === '.' && places < 0 && isDigit(text[j + 1])) {
      places = 0;
      j++;
    } else break;
  }
  const width = places < 0 ? digits.length : digits.length - places;
  return { end: j, mantissa: Number(digits), places: Math.max(places, 0), width, count: digits.length };
}

/**
 * The Arabic number starting at `i` (a digit, or a "." before digits), with the Chinese places
 * that follow it: 1340亿, 1.2万亿, 5万4千6百, 2千零30万, 3万4000. A unit word that starts with a
 * place character (千米, 千克) is left to the unit; after a decimal (1.5万) only places follow.
 */
export function readArabicNumeral(text: string, i: number): Numeral {
  const first = readAtom(text, i);
  const acc = new PlaceValue();
  acc.digit(first.mantissa);
  const divisor = 10 ** first.places;
  let end = first.end;
  let value = first.mantissa;
  let j = first.end;
  while (j < text.length) {
    const k = kindAt(text, j);
    if (k === SMALL || k === BIG) {
      if (matchUnit(text, j) !== null || !feed(acc, k, VALUE[text.charCodeAt(j)]!)) break;
      j++;
      end = j;
      value = acc.value(false);
    } else if (k === ZERO && first.places === 0) {
      if (!acc.zeroMark()) break;
      j++;
    } else if (isDigit(text[j]) && first.places === 0 && acc.lastUnit > 0) {
      const next = readAtom(text, j);
      if (next.places > 0 || !acc.digit(next.mantissa)) break;
      j = next.end;
      const after = kindAt(text, j);
      if (after === SMALL || after === BIG) continue;
      // A number after the last place is its ones only when it fills the places: 3万4000, 1千零1.
      if (acc.pendingIsOnes || 10 ** next.width === acc.lastUnit) {
        end = j;
        value = acc.value(false);
      }
      break;
    } else break;
  }
  if (end === first.end && isTrillionZhao(text, end)) return { end: end + 1, value: (value * 1e12) / divisor };
  return { end, value: value / divisor };
}
