/**
 * English numbers → values, for the English quantity scanner: digits (120,000; 4.3; .25), digits
 * with scale words (1.2 trillion, 65 billion, 1.5bn, 322 hundred) and number words (one hundred
 * and twenty-three, a million, twenty-five, two point five). Whether a number is a quantity (its
 * unit, its qualifier) is the caller's business.
 *
 * One pass over the words with at most two words of look-ahead; no regular expressions. A number
 * is never read out of a longer token: 5G, GPT-4, 180ml, 4th, 1.2.3, none, twenty-first.
 */
import { readAtom } from './numerals';
import { isDigit, isLetter } from './chars';

export interface EnglishNumber {
  end: number;
  value: number;
}

const UNIT = 1;
const TEEN = 2;
const TENS = 3;
const HUNDRED = 4;
const SCALE = 5;
const ZERO = 6;
const AND = 7;
const POINT = 8;
const ARTICLE = 9;
const ATOM = 10;
const OTHER = 0;

const WORDS = new Map<string, readonly [number, number]>();
const words = (kind: number, list: string, first: number, step: number): void => {
  list.split(' ').forEach((w, k) => WORDS.set(w, [kind, first + k * step]));
};
words(UNIT, 'one two three four five six seven eight nine', 1, 1);
words(TEEN, 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen', 10, 1);
words(TENS, 'twenty thirty forty fifty sixty seventy eighty ninety', 20, 10);
words(ZERO, 'zero nought naught', 0, 0);
/** Scale abbreviations of financial news, also written right after the digits: 1.5bn, 2.3 mln. */
const ABBREVIATIONS = new Map<string, number>([
  ['bn', 1e9],
  ['bln', 1e9],
  ['mln', 1e6],
  ['mn', 1e6],
  // ~290k: an analyst's thousands.
  ['k', 1e3],
  ['tn', 1e12],
  ['trn', 1e12],
  ['tln', 1e12],
]);
for (const [w, v] of [['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ...ABBREVIATIONS] as const)
  WORDS.set(w, [SCALE, v]);
WORDS.set('hundred', [HUNDRED, 100]);
WORDS.set('and', [AND, 0]);
WORDS.set('point', [POINT, 0]);
WORDS.set('a', [ARTICLE, 1]);
/**
 * Ordinals and fraction words: a number hyphenated to one is part of that word (twenty-first,
 * one-third), not a count.
 */
const ORDINAL = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
  'hundredth',
  'thousandth',
  'millionth',
  'billionth',
  'trillionth',
  'half',
  'halves',
  'quarter',
]);
/** Words before a lone "one" that make it a pronoun: "the one you mentioned", "which one". */
const DETERMINERS = new Set(['the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'another', 'some', 'either', 'neither']);
const LONGEST_WORD = 9;

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\u00a0';

interface Token {
  kind: number;
  /** A word's value; for an atom, its digits as an integer (value = value / divisor). */
  value: number;
  divisor: number;
  start: number;
  end: number;
}

/** The letters of the word at `p` (lower-cased), or '' when it is too long to be a number word. */
function wordAt(text: string, p: number): { word: string; end: number } {
  let e = p;
  while (isLetter(text[e])) e++;
  return { word: e - p <= LONGEST_WORD ? text.slice(p, e).toLowerCase() : '', end: e };
}

function ordinalAt(text: string, p: number): boolean {
  const w = wordAt(text, p).word;
  return ORDINAL.has(w) || ORDINAL.has(w.slice(0, -1));
}

/** Thousands separators: a comma, or the narrow spaces of SI typography (1 234 567). A plain space is not one. */
const GROUP_SEPARATORS = ',\u202f\u2009';

/**
 * Digits with thousands separators (a comma before exactly three digits) and a decimal part, and a
 * scale abbreviation written on (1.5bn). null when letters run on (5G, 180ml, 4th) or a second
 * decimal point follows (1.2.3, an address or a version).
 */
function readDigits(text: string, p: number): Token | null {
  const run = readAtom(text, p, GROUP_SEPARATORS);
  const j = run.end;
  if (run.count === 0 || (run.places > 0 && text[j] === '.' && isDigit(text[j + 1]))) return null;
  const atom: Token = { kind: ATOM, value: run.mantissa, divisor: 10 ** run.places, start: p, end: j };
  if (!isLetter(text[j])) return atom;
  const glued = wordAt(text, j);
  const scale = ABBREVIATIONS.get(glued.word);
  if (scale === undefined || isDigit(text[glued.end])) return null;
  return { ...atom, value: atom.value * scale, end: glued.end };
}

function tokenAt(text: string, p: number): Token | null {
  const ch = text[p];
  if (isDigit(ch) || (ch === '.' && isDigit(text[p + 1]))) return readDigits(text, p);
  if (!isLetter(ch)) return null;
  const { word, end } = wordAt(text, p);
  if (isDigit(text[end])) return null;
  const entry = WORDS.get(word);
  return { kind: entry ? entry[0] : OTHER, value: entry ? entry[1] : 0, divisor: 1, start: p, end };
}

/**
 * The token after `end`, across spaces or a hyphen; `hyphen` says which. A hyphen joins only a
 * tens word to a unit (twenty-five, fifty - two), so the caller checks it.
 */
function nextToken(text: string, end: number): { token: Token | null; hyphen: boolean } {
  let p = end;
  while (isSpace(text[p])) p++;
  let hyphen = false;
  if (text[p] === '-') {
    hyphen = true;
    p++;
    while (isSpace(text[p])) p++;
  } else if (p === end) return { token: null, hyphen };
  return { token: tokenAt(text, p), hyphen };
}

/** A currency code written against its amount: CNY250 billion, RMB1.2 trillion, USD35.7 billion. */
export const GLUED_CURRENCY = /(?:^|[^A-Za-z])(?:cny|rmb|usd|hkd|eur)$/i;

/** The reader may start at `i`: not inside a word, a hyphenated name (GPT-4) or a number (1,5). */
function startsWord(text: string, i: number): boolean {
  const before = text[i - 1];
  if (isLetter(before) && GLUED_CURRENCY.test(text.slice(Math.max(0, i - 4), i))) return true;
  if (isLetter(before) || isDigit(before)) return false;
  if ((before === '-' || before === '.' || before === ',') && (isLetter(text[i - 2]) || isDigit(text[i - 2]))) return false;
  return !(text[i] === '.' && before === '.');
}

/** "one" that is a pronoun: "one of the", "the one you mentioned", "which one". */
function pronounOne(text: string, start: number, end: number): boolean {
  const next = nextToken(text, end);
  if (!next.hyphen && next.token !== null && wordAt(text, next.token.start).word === 'of') return true;
  let e = start;
  while (isSpace(text[e - 1])) e--;
  if (e === start) return false;
  let s = e;
  while (s > 0 && isLetter(text[s - 1]) && e - s <= LONGEST_WORD) s--;
  return DETERMINERS.has(text.slice(s, e).toLowerCase());
}

/** What the number read last, which decides what may come next. */
const START = 0;
const AFTER_UNIT = 1;
const AFTER_TEEN = 2;
const AFTER_TENS = 3;
const AFTER_HUNDRED = 4;
const AFTER_SCALE = 5;
const AFTER_DIGITS = 6;
/** A decimal (or digits after "and"): only a scale may still follow, or nothing. */
const AFTER_DECIMAL = 7;
const FINISHED = 8;

const stateOf = (kind: number): number => (kind === UNIT ? AFTER_UNIT : kind === TEEN ? AFTER_TEEN : AFTER_TENS);

/**
 * Reads the English number at `i`; null when none starts there. `end` is where it stops, before
 * any "and", hyphen or space that does not continue it.
 */
export function readEnglishNumber(text: string, i: number): EnglishNumber | null {
  if (!startsWord(text, i)) return null;
  const first = tokenAt(text, i);
  if (first === null) return null;
  if (first.kind === ZERO) {
    const pt = nextToken(text, first.end);
    const dec = !pt.hyphen && pt.token !== null && pt.token.kind === POINT ? pointAfter(text, pt.token.end, 0) : null;
    return dec ?? { end: first.end, value: 0 };
  }

  let total = 0; // groups already multiplied by their scale
  let group: number; // the group below the last scale, as group / divisor
  let divisor = 1;
  let lastScale = Infinity;
  let state: number;
  let end = i;

  if (first.kind === ARTICLE || first.kind === HUNDRED || first.kind === SCALE) {
    // A bare "a" or scale word starts a number only before a (larger) scale: a million, hundred thousand.
    const { token: next, hyphen } = nextToken(text, first.end);
    if (next === null || hyphen) return null;
    if (first.kind === ARTICLE ? next.kind !== HUNDRED && next.kind !== SCALE : next.kind !== SCALE || next.value <= first.value)
      return null;
    group = 1;
    state = AFTER_TEEN; // takes a hundred or a scale next, and no unit word
    if (first.kind === ARTICLE) end = first.end;
  } else if (first.kind === UNIT || first.kind === TEEN || first.kind === TENS || first.kind === ATOM) {
    group = first.value;
    divisor = first.divisor;
    state = first.kind !== ATOM ? stateOf(first.kind) : divisor === 1 ? AFTER_DIGITS : AFTER_DECIMAL;
    end = first.end;
  } else return null;

  // A bare hundred or scale word is read in the loop, as if after "one".
  const bare = first.kind === HUNDRED || first.kind === SCALE;
  let tokens = first.kind === ARTICLE || bare ? 0 : 1;
  let t: Token | null = bare ? first : null;
  let afterAnd = false;
  for (;;) {
    if (t === null) {
      const next = nextToken(text, end);
      if (next.token === null) break;
      t = next.token;
      // A hyphen only joins a tens word to a unit: twenty-five, fifty - two.
      // …and a number word to its scale: the one-million mark, a two-billion-yuan fund.
      if (next.hyphen && !(state === AFTER_TENS && t.kind === UNIT) && !(t.kind === SCALE && state !== AFTER_DIGITS)) break;
      afterAnd = false;
      if (t.kind === AND) {
        // "and" continues a number only after a hundred or a scale: one hundred and six.
        const cont = nextToken(text, t.end);
        if ((state !== AFTER_HUNDRED && state !== AFTER_SCALE) || cont.hyphen || cont.token === null) break;
        // ... but a hundred does not take another number of hundreds: 3 hundred and 2 hundred are two.
        if (state === AFTER_HUNDRED && nextToken(text, cont.token.end).token?.kind === HUNDRED) break;
        t = cont.token;
        afterAnd = true;
      }
    }
    const k = t.kind;
    if (k === UNIT || k === TEEN || k === TENS) {
      if (!(state === AFTER_HUNDRED || state === AFTER_SCALE || (state === AFTER_TENS && k === UNIT && !afterAnd))) break;
      group += t.value;
      state = stateOf(k);
    } else if (k === HUNDRED && !afterAnd && state === AFTER_DECIMAL && tokens === 1 && divisor > 1) {
      // A decimal number of hundreds (2.12 hundred = 212; 2.12 hundred million = 212 million).
      group *= 100;
      state = AFTER_DECIMAL;
    } else if (k === HUNDRED && !afterAnd) {
      if (!(state === AFTER_DIGITS || ((state === AFTER_UNIT || state === AFTER_TEEN || state === AFTER_TENS) && group < 100))) break;
      group *= 100;
      state = AFTER_HUNDRED;
    } else if (k === SCALE && !afterAnd) {
      if (state === START || state === AFTER_SCALE || state === FINISHED || t.value >= lastScale) break;
      total += (group * t.value) / divisor;
      state = divisor === 1 ? AFTER_SCALE : FINISHED;
      group = 0;
      divisor = 1;
      lastScale = t.value;
    } else if (k === ATOM && t.divisor === 1 && (state === AFTER_SCALE || (afterAnd && state === AFTER_HUNDRED))) {
      // Digits after a scale start a group of their own (4 thousand 3 hundred) or, after "and",
      // end one (3 hundred and 21); "2 million 500 companies" is two numbers.
      const after = nextToken(text, t.end).token;
      const placed = after !== null && (after.kind === HUNDRED || (after.kind === SCALE && after.value < lastScale));
      if (afterAnd ? t.value >= (state === AFTER_HUNDRED ? 100 : lastScale) : !placed) break;
      group += t.value;
      state = afterAnd ? AFTER_DECIMAL : AFTER_DIGITS;
    } else if (k === POINT && !afterAnd && divisor === 1 && state !== AFTER_DECIMAL && state !== FINISHED && tokens > 0) {
      const dec = pointAfter(text, t.end, total + group);
      if (dec) return dec;
      break;
    } else break;
    end = t.end;
    tokens++;
    t = null;
  }
  if (tokens === 0) return null;
  // A hyphen run on into an ordinal or a fraction: twenty-first, one-third.
  if (text[end] === '-' && ordinalAt(text, end + 1)) return null;
  if (tokens === 1 && first.kind === UNIT && first.value === 1 && pronounOne(text, i, end)) return null;
  return { end, value: total + group / divisor };
}

/**
 * The digit words after "point" (ending at `pointEnd`) that end a whole number: two hundred point
 * zero three = 200.03, point seventy-one = .71; a scale may follow (one point five million).
 */
function pointAfter(text: string, pointEnd: number, whole: number): EnglishNumber | null {
  let end = pointEnd;
  let digits = '';
  for (;;) {
    const { token, hyphen } = nextToken(text, end);
    if (token === null || hyphen) break;
    if (token.kind === ZERO || token.kind === UNIT) {
      digits += String(token.value);
      end = token.end;
    } else if (token.kind === TEEN || token.kind === TENS) {
      let v = token.value;
      end = token.end;
      const unit = nextToken(text, end);
      if (token.kind === TENS && unit.token !== null && unit.token.kind === UNIT) {
        v += unit.token.value;
        end = unit.token.end;
      }
      digits += String(v);
    } else break;
  }
  if (digits === '') return null;
  const scale = nextToken(text, end);
  let mult = 1;
  if (!scale.hyphen && scale.token !== null && scale.token.kind === SCALE && whole < 1000) {
    mult = scale.token.value;
    end = scale.token.end;
  }
  const places = 10 ** digits.length;
  const mantissa = whole * places + Number(digits);
  return { end, value: Number.isSafeInteger(mantissa) ? (mantissa * mult) / places : (whole + Number(`0.${digits}`)) * mult };
}
