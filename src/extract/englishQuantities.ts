/**
 * English quantities (1.2 trillion yuan, more than 200 firms, nearly 150,000, 2.1 EFLOPS) with their unit, counted
 * noun and qualifier, as the same `Mention`s the Chinese scanner gives; what it cannot read is `Skipped` with a reason.
 */
import type { BaseUnit, Qualifier } from '../schema/metricsFile';
import { UNREAD_REASONS } from '../schema/unreadReasons';
import { GLUED_CURRENCY, readEnglishNumber } from './englishNumbers';
import { blockedSkipper, type Mention, type ScanResult, type Skipped } from './numbers';
import { isDigit, isLetter } from './chars';
import { DAY_MONTH, MONTH_DAY, wordAt, wordBefore } from './englishWords';

/** " mark" after a number: the 2,000 mark, the one-million mark. */
export const MARK_AFTER = /^\s+mark(?![a-z])/;
/** of them, of the city's, of its, of Shanghai's, came from: what a number word before it counts a part of. */
const OF_PART_AFTER =
  /^\s+(?:of\s+(?:them|these|those|its|their|the city's|the city’s|shanghai's|shanghai’s|the district's|the district’s)\b|(?:came|come|were|are)\s+from\s)/;

export const PREFIXES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['no less than', '>'],
  ['not less than', '>'],
  ['no fewer than', '>'],
  ['not fewer than', '>'],
  ['no more than', '<'],
  ['not more than', '<'],
  ['more than', '>'],
  ['north of', '>'],
  ['shy of', '<'],
  ['in excess of', '>'],
  ['exceeds', '>'],
  ['exceed', '>'],
  ['surpasses', '>'],
  ['surpass', '>'],
  ['tops', '>'],
  // lift the industry's output past 400 billion yuan
  ['past', '>'],
  ['passed', '>'],
  ['crossed', '>'],
  ['crossing', '>'],
  // The verb (to pass 100 billion yuan by 2027), not "pass" alone (a pass of 100).
  ['to pass', '>'],
  ['will pass', '>'],
  ['passing', '>'],
  // The verb, not "the top 100": expected to top 450 billion yuan.
  ['to top', '>'],
  ['will top', '>'],
  ['could top', '>'],
  ['upwards of', '>'],
  ['upward of', '>'],
  ['at least', '>'],
  ['exceeding', '>'],
  ['exceeded', '>'],
  ['surpassing', '>'],
  ['surpassed', '>'],
  ['topping', '>'],
  ['topped', '>'],
  ['just over', '>'],
  ['well over', '>'],
  ['well above', '>'],
  ['over', '>'],
  ['above', '>'],
  ['beyond', '>'],
  // A verb between the bound and its figure: nearly reached 85 billion yuan.
  ['nearly reached', '<'],
  ['nearly reaching', '<'],
  ['almost reached', '<'],
  ['almost reaching', '<'],
  ['nearly hit', '<'],
  ['nearly', '<'],
  ['almost', '<'],
  ['close to', '<'],
  ['nearing', '<'],
  ['just under', '<'],
  ['up to', '<'],
  ['less than', '<'],
  ['fewer than', '<'],
  ['under', '<'],
  ['approximately', '~'],
  ['roughly', '~'],
  ['around', '~'],
  ['about', '~'],
  ['an estimated', '~'],
  ['some', '~'],
  // ~290k, ~RMB470bn: an analyst's "about".
  ['~', '~'],
];

export interface EnglishUnit {
  words: string[];
  unit: BaseUnit;
  factor: number;
  /** Keep the word as the fact's counter (what is counted). */
  counter: boolean;
}

export const UNITS: EnglishUnit[] = [
  { words: ['yuan', 'rmb', 'renminbi'], unit: 'CNY', factor: 1, counter: false },
  { words: ['percentage points', 'percentage point', 'percent', 'per cent', '%'], unit: 'percent', factor: 1, counter: false },
  {
    words: ['square meters', 'square metres', 'square meter', 'square metre', 'square-meter', 'square-metre', 'sq m', 'sqm', 'm2', 'm²'],
    unit: 'm2',
    factor: 1,
    counter: false,
  },
  {
    words: ['square kilometers', 'square kilometres', 'square-kilometer', 'square-kilometre', 'sq km', 'km2'],
    unit: 'km2',
    factor: 1,
    counter: false,
  },
  { words: ['eflops', 'exaflops', 'eflop'], unit: 'FLOPS', factor: 1e18, counter: false },
  // 400P, 3000P: Chinese sources' shorthand for PFLOPS, glued to the digits (not "10 p.m.").
  { words: ['pflops', 'petaflops', 'pflop', 'p'], unit: 'FLOPS', factor: 1e15, counter: false },
  { words: ['tflops', 'teraflops'], unit: 'FLOPS', factor: 1e12, counter: false },
  { words: ['pb', 'petabytes'], unit: 'bytes', factor: 1e15, counter: false },
  { words: ['tb', 'terabytes'], unit: 'bytes', factor: 1e12, counter: false },
  { words: ['gb', 'gigabytes'], unit: 'bytes', factor: 1e9, counter: false },
  { words: ['tokens'], unit: 'tokens', factor: 1, counter: false },
  { words: ['times'], unit: 'times', factor: 1, counter: false },
  { words: ['years', 'year'], unit: 'years', factor: 1, counter: false },
  { words: ['months', 'month'], unit: 'months', factor: 1, counter: false },
  { words: ['days', 'day'], unit: 'days', factor: 1, counter: false },
  { words: ['person-times', 'visits', 'visitors', 'attendees', 'views', 'viewers'], unit: 'person_visits', factor: 1, counter: true },
  {
    words: [
      'people',
      'persons',
      'talents',
      'talent',
      'professionals',
      'practitioners',
      'employees',
      'workers',
      'researchers',
      'experts',
      'guests',
      'specialists',
      'engineers',
      'graduates',
      'students',
      'speakers',
      'delegates',
      'participants',
      'staff',
      'personnel',
      'scientists',
      'academicians',
      'officials',
      'executives',
      'entrepreneurs',
    ],
    unit: 'persons',
    factor: 1,
    counter: true,
  },
  {
    words: [
      'firms',
      'companies',
      'enterprises',
      'businesses',
      'startups',
      'start-ups',
      // 18 large-model developers: firms (a metric that counts people names them otherwise).
      'developers',
      'exhibitors',
      'models',
      'llms',
      'universities',
      'colleges',
      'institutes',
      'institutions',
      'forums',
      'events',
      'exhibits',
      'products',
      'projects',
      'parks',
      'centers',
      'centres',
      'investors',
      'applications',
      'scenarios',
      'datasets',
      'patents',
      'services',
      'tenants',
    ],
    unit: 'items',
    factor: 1,
    counter: true,
  },
];
/**
 * The Chinese classifier of each counted noun: a fact's `counter` is the same whichever language the
 * article is in (200 firms and 200家 are both 家), so the catalogue and the app need one set.
 */
export const CLASSIFIERS: Record<string, string> = {
  people: '人',
  persons: '人',
  talents: '人',
  talent: '人',
  professionals: '人',
  practitioners: '人',
  employees: '人',
  workers: '人',
  researchers: '人',
  experts: '人',
  guests: '人',
  specialists: '人',
  engineers: '人',
  graduates: '人',
  students: '人',
  speakers: '人',
  delegates: '人',
  participants: '人',
  staff: '人',
  personnel: '人',
  scientists: '人',
  academicians: '人',
  officials: '人',
  executives: '人',
  entrepreneurs: '人',
  'person-times': '人次',
  visits: '人次',
  visitors: '人次',
  attendees: '人次',
  views: '人次',
  viewers: '人次',
  firms: '家',
  companies: '家',
  enterprises: '家',
  businesses: '家',
  startups: '家',
  'start-ups': '家',
  developers: '家',
  exhibitors: '家',
  investors: '家',
  institutions: '家',
  models: '款',
  llms: '款',
  universities: '所',
  colleges: '所',
  institutes: '个',
  forums: '场',
  events: '场',
  exhibits: '件',
  products: '件',
  projects: '个',
  parks: '个',
  centers: '个',
  centres: '个',
  applications: '个',
  scenarios: '个',
  datasets: '个',
  patents: '项',
  services: '项',
  tenants: '家',
};

/** Words that may stand between a number and the noun it counts ("82 generative AI models"). */
export const MAX_MODIFIERS = 3;
export const STOP_WORDS = new Set([
  'of',
  'in',
  'to',
  'and',
  'or',
  'for',
  'with',
  'by',
  'from',
  'that',
  'which',
  'were',
  'was',
  'is',
  'are',
  'have',
  'has',
  'had',
  'the',
  'a',
  'an',
  'on',
  'at',
  'as',
  'than',
  'per',
  'each',
  'this',
  'last',
  'next',
  'its',
  'their',
]);
export const OTHER_CURRENCIES = ['us$', 'usd', '$', 'hk$', 'hkd', 'eur', '€', '£'];
/** A currency named after an amount, other than yuan: (about) 62 billion U.S. dollars, HK dollars, euros, pounds, yen. */
export const OTHER_CURRENCY_AFTER =
  /^\s+(?:(?:u\.s\.|us|american|hong kong|hk|singapore|new taiwan|nt)\s+)?(?:dollars?|euros?|pounds?(?: sterling)?|yen|usd|hkd)\b/;
export const YUAN_PREFIXES = ['rmb', 'cny', '¥', '￥'];

export const AREA_UNITS: ReadonlySet<string> = new Set(['m2', 'km2', 'ha']);

export function unitAt(lower: string, pos: number): { entry: EnglishUnit; word: string; end: number } | null {
  let p = pos;
  // A figure used as an adjective is hyphenated to its unit: a 52,000-square-meter hall.
  if (lower[p] === '-' && isLetter(lower[p + 1])) p++;
  else while (lower[p] === ' ') p++;
  for (const entry of UNITS) {
    for (const w of entry.words) {
      if (!lower.startsWith(w, p)) continue;
      if (/[a-z]$/.test(w) && isLetter(lower[p + w.length])) continue;
      if (w === '%' && p !== pos) continue;
      // 5,000P, and "20,000 P by 2027" when a lone P stands after the number (not "P." of a name or p.m.).
      if (w === 'p' && p !== pos && (p !== pos + 1 || !/^p(?:[\s,;:)]|$)/.test(lower.slice(p, p + 2)))) continue;
      if (w === 'p' && lower.startsWith('p.m', p)) continue;
      return { entry, word: w, end: p + w.length };
    }
  }
  return null;
}

/**
 * Fixed pairs of modifiers that say where a thing comes from, not what it is, each read as one modifier: more than 800
 * domestic and foreign exhibitors. (A pair of industries, "300 AI and big data companies", is a wider group; "upstream and
 * downstream companies" are the chain's, wider than the industry; "small and medium-sized enterprises" are a part by size:
 * all stay unread.)
 */
export const MODIFIER_PAIR =
  /^(?:domestic and (?:foreign|international|overseas)|chinese and foreign|local and (?:foreign|international|overseas)|home and abroad)(?=\s)/;

/** (AI), (LLM), (GenAI): an acronym in brackets that spells out the words before it. */
export const BRACKETED_ACRONYM = /^\([a-z][a-z0-9&-]{0,9}\)/;

/** The counted noun after up to three modifiers: "82 generative AI models" → models. */
export function headNoun(lower: string, pos: number): { entry: EnglishUnit; word: string; end: number } | null {
  let p = pos;
  for (let k = 0; k <= MAX_MODIFIERS; k++) {
    const hit = unitAt(lower, p);
    if (hit) return hit.entry.counter || k === 0 ? hit : null;
    while (lower[p] === ' ') p++;
    // 2,400 artificial intelligence (AI) companies: an acronym in brackets after a modifier is part of it.
    const acronym = k > 0 ? BRACKETED_ACRONYM.exec(lower.slice(p, p + 14)) : null;
    if (acronym) {
      p += acronym[0].length;
      k--;
      continue;
    }
    const pair = MODIFIER_PAIR.exec(lower.slice(p, p + 32));
    if (pair) {
      p += pair[0].length;
      continue;
    }
    const s = p;
    // R&D staff: an ampersand inside a modifier.
    while (isLetter(lower[p]) || lower[p] === '-' || isDigit(lower[p]) || (lower[p] === '&' && isLetter(lower[p + 1]))) p++;
    if (p === s || STOP_WORDS.has(lower.slice(s, p))) return null;
  }
  return null;
}

export function prefixAt(lower: string, numberStart: number): { start: number; qualifier: Qualifier } | null {
  let e = numberStart;
  while (e > 0 && lower[e - 1] === ' ') e--;
  for (const [phrase, q] of PREFIXES) {
    const s = e - phrase.length;
    if (s >= 0 && lower.startsWith(phrase, s) && !isLetter(lower[s - 1])) return { start: s, qualifier: q };
  }
  // "exceeding a scale of 1 trillion yuan", "surpass an output value of …": the verb qualifies the figure it names (not
  // "up to", which after a verb of growth means reaching).
  const measure = MEASURE_OF.exec(lower.slice(Math.max(0, e - 24), e));
  if (measure) {
    const found = prefixAt(lower, e - measure[0].length);
    if (found?.qualifier === '>') return found;
  }
  return null;
}

/** A measure named between a qualifying verb and its figure: a scale of, an output value of, a total of. */
export const MEASURE_OF = /\b(?:a|an|the)\s+(?:total\s+)?(?:scale|output value|output|value|total|size)\s+of\s*$/;

export const round = (v: number): number => Math.round(v * 1e6) / 1e6;

/** Shares written as words: nearly one-third of China's AI talent. */
export const FRACTIONS: ReadonlyArray<readonly [string, number]> = [
  ['one-third', 100 / 3],
  ['one third', 100 / 3],
  ['a third', 100 / 3],
  ['two-thirds', 200 / 3],
  ['two thirds', 200 / 3],
  ['one-quarter', 25],
  ['one quarter', 25],
  ['three-quarters', 75],
  ['one-fifth', 20],
  ['one fifth', 20],
  ['a fifth', 20],
  ['two-fifths', 40],
  ['two fifths', 40],
  ['three-fifths', 60],
  ['one-tenth', 10],
  ['one tenth', 10],
  ['a tenth', 10],
  ['one in three', 100 / 3],
  ['one in four', 25],
  ['one in five', 20],
  ['one in ten', 10],
  ['one in two', 50],
  ['two in five', 40],
  ['three in five', 60],
  ['four in five', 80],
  ['three in four', 75],
  ['nine in ten', 90],
  // "a quarter of the country's AI talent" (with "of": "in a quarter" is a time).
  ['a quarter of', 25],
  ['three quarters of', 75],
  // "half of the country's" (the figure is "half"), not a date's half (the first half of 2024 is a date, read before this).
  ['half of', 50],
];

/** 5EFLOPS, 100PB: digits run straight into a unit, which the number reader leaves alone. */
export function digitsBeforeUnit(text: string, lower: string, i: number): { end: number; value: number } | null {
  // Not from inside a number: 5,000P is read from its 5, never from its 000.
  if (isDigit(lower[i - 1]) || (lower[i - 1] === ',' && isDigit(lower[i - 2]))) return null;
  let j = i;
  while (
    isDigit(lower[j]) ||
    (lower[j] === '.' && isDigit(lower[j + 1])) ||
    (lower[j] === ',' && /^\d{3}(?!\d)/.test(lower.slice(j + 1, j + 5)))
  )
    j++;
  if (j === i || !isLetter(lower[j]) || !unitAt(lower, j)) return null;
  return { end: j, value: Number(text.slice(i, j).replaceAll(',', '')) };
}

/** dozens of, hundreds of, tens of thousands of, billions of: an amount of unknown size, and its least. */
export const VAGUE_AMOUNT = /^(?:(tens|hundreds) of )?(dozens|hundreds|thousands|millions|billions) of /;
export const VAGUE_LEAST: Readonly<Record<string, number>> = {
  tens: 10,
  hundreds: 100,
  dozens: 12,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};

/**
 * "hundreds of AI companies", "billions of yuan": a count or sum whose size the text does not give. It is read as a
 * mention (at least its least value) so the facts table can say why it is not a figure, as for 数百家; with no unit
 * the catalogue counts after it (thousands of years), it is nothing.
 */
export function vagueAmountAt(text: string, lower: string, i: number): Mention | null {
  const m = VAGUE_AMOUNT.exec(lower.slice(i, i + 36));
  if (m === null) return null;
  const after = i + m[0].length;
  const yuan = lower.startsWith('yuan', after) && !isLetter(lower[after + 4]);
  const unit = yuan ? null : headNoun(lower, after);
  if (!yuan && (unit === null || !unit.entry.counter)) return null;
  const least = (m[1] === undefined ? 1 : VAGUE_LEAST[m[1]]!) * VAGUE_LEAST[m[2]!]!;
  const end = yuan ? after + 4 : unit!.end;
  return {
    start: i,
    end,
    numberStart: i,
    text: text.slice(i, end),
    value: least * (unit?.entry.factor ?? 1),
    unit: unit?.entry.unit ?? 'CNY',
    counter: unit ? (CLASSIFIERS[unit.word] ?? null) : null,
    qualifier: '>',
  };
}

/** Quantities in English text; spans in `blocked` (sorted dates) are passed over. */
export function scanEnglishQuantities(
  text: string,
  from = 0,
  to = text.length,
  blocked: ReadonlyArray<{ start: number; end: number }> = [],
): ScanResult {
  const lower = text.toLowerCase();
  const mentions: Mention[] = [];
  const skipped: Skipped[] = [];
  const bare: Mention[] = [];
  const skip = blockedSkipper(blocked);
  let i = from;
  while (i < to) {
    const ch = lower[i]!;
    const startsNumber = isDigit(ch) || (isLetter(ch) && !isLetter(lower[i - 1]));
    if (!startsNumber) {
      i++;
      continue;
    }
    const past = skip(i);
    if (past > i) {
      i = past;
      continue;
    }
    const fraction = isLetter(ch) ? FRACTIONS.find(([w]) => wordAt(lower, w, i)) : undefined;
    if (fraction) {
      const prefix = prefixAt(lower, i);
      const end = i + fraction[0].replace(/ of$/, '').length;
      const start = prefix?.start ?? i;
      mentions.push({
        start,
        end,
        numberStart: i,
        text: text.slice(start, end),
        value: round(fraction[1]),
        unit: 'percent',
        counter: null,
        qualifier: prefix?.qualifier ?? '=',
      });
      i = end;
      continue;
    }
    const vague = isLetter(ch) ? vagueAmountAt(text, lower, i) : null;
    if (vague) {
      mentions.push(vague);
      i = vague.end;
      continue;
    }
    const core = readEnglishNumber(text, i) ?? digitsBeforeUnit(text, lower, i);
    if (!core || core.end <= i) {
      if (isLetter(ch)) while (i < to && isLetter(lower[i])) i++;
      else i++;
      continue;
    }
    let numberStart = i;
    let end = core.end;
    let value = core.value;
    // A day of a month (On 26 July officials …) is part of a date, not a quantity.
    // …or after it (Aug. 6 -- Artificial intelligence companies …, on July 26).
    if (
      isDigit(ch) &&
      core.value >= 1 &&
      core.value <= 31 &&
      (DAY_MONTH.test(lower.slice(end, end + 12)) || MONTH_DAY.test(text.slice(Math.max(0, i - 12), i)))
    ) {
      i = end;
      continue;
    }
    const before = lower[i - 1];
    // Labels: GPT-4, A100, 5G, No. 1.
    const gluedCurrency = isLetter(before) && GLUED_CURRENCY.test(lower.slice(Math.max(0, i - 4), i));
    if (
      isDigit(ch) &&
      ((isLetter(before) && !gluedCurrency) || (before === '-' && isLetter(lower[i - 2])) || (isLetter(lower[end]) && !unitAt(lower, end)))
    ) {
      skipped.push({ start: i, end, text: text.slice(i, end), reason: UNREAD_REASONS.nameLabel });
      i = end;
      continue;
    }
    // A compound modifier: a three-day conference, a 10-year plan, a five-star hotel (but 120,000-plus, an area, which is
    // the size of what it names: the 52,000-square-meter exhibition halls, and a rate: a 15-percent rise).
    if (
      lower[end] === '-' &&
      isLetter(lower[end + 1]) &&
      !lower.startsWith('-plus', end) &&
      !AREA_UNITS.has(unitAt(lower, end)?.entry.unit ?? '') &&
      unitAt(lower, end)?.entry.unit !== 'percent'
    ) {
      skipped.push({ start: i, end, text: text.slice(i, end), reason: UNREAD_REASONS.compoundModifier });
      i = end;
      continue;
    }
    // Currency before the number: RMB 65 billion, ¥1.2 trillion, US$9 billion.
    let currency: 'CNY' | 'other' | null = null;
    const lead = wordBefore(lower, i);
    let symbolStart = i;
    while (symbolStart > 0 && lower[symbolStart - 1] === ' ') symbolStart--;
    if (
      YUAN_PREFIXES.some((p) => lower.startsWith(p, symbolStart - p.length)) &&
      (lower[symbolStart - 1] === '¥' || lower[symbolStart - 1] === '￥' || YUAN_PREFIXES.includes(lead.word))
    ) {
      currency = 'CNY';
      numberStart = YUAN_PREFIXES.includes(lead.word) ? lead.start : symbolStart - 1;
    } else if (OTHER_CURRENCIES.some((p) => lower.startsWith(p, symbolStart - p.length))) {
      currency = 'other';
    }
    // Currency after the number: 41 billion U.S. dollars, 10 billion dollars, 5 million euros.
    if (currency === null && OTHER_CURRENCY_AFTER.test(lower.slice(end, end + 24))) currency = 'other';
    let qualifier: Qualifier = '=';
    if (lower[end] === '+' || lower.startsWith('-plus', end)) {
      qualifier = '>';
      end += lower[end] === '+' ? 1 : 5;
    }
    const unit = currency === 'CNY' ? null : headNoun(lower, end);
    const mark = MARK_AFTER.test(lower.slice(end, end + 12));
    // Eight of the city's filed large models, a dozen of them: a number word that counts a part of what follows is read as a
    // bare figure, for the caller to give it that noun.
    const partWord = !isDigit(ch) && value >= 2 && OF_PART_AFTER.test(lower.slice(end, end + 24));
    if (currency === null && unit === null && (isDigit(ch) || mark || partWord)) {
      // No unit written ("surpassed 120 billion"): the caller may take the unit of a phrase just before. "Passed the
      // 2,000 mark": the bound stands before "the".
      const prefix =
        prefixAt(lower, numberStart) ?? (mark && lower.endsWith('the ', numberStart) ? prefixAt(lower, numberStart - 4) : null);
      const start = prefix?.start ?? i;
      bare.push({
        start,
        end,
        numberStart: i,
        text: text.slice(start, end),
        value: round(value),
        unit: 'items',
        counter: null,
        qualifier: qualifier === '=' && prefix ? prefix.qualifier : qualifier,
        unitless: true,
      });
      i = end;
      continue;
    }
    if (currency === 'other' || (unit === null && currency === null)) {
      skipped.push({
        start: i,
        end,
        text: text.slice(i, end),
        reason: currency === 'other' ? UNREAD_REASONS.otherCurrency : isDigit(ch) ? UNREAD_REASONS.bareNumber : UNREAD_REASONS.numberWord,
      });
      i = end;
      continue;
    }
    let baseUnit: BaseUnit = 'CNY';
    let counter: string | null = null;
    if (unit) {
      baseUnit = unit.entry.unit;
      value *= unit.entry.factor;
      if (unit.entry.counter) counter = CLASSIFIERS[unit.word] ?? null;
      end = unit.end;
    } else if (lower.startsWith(' yuan', end)) {
      end += 5;
    }
    if (lower.startsWith(' or more', end)) {
      qualifier = '>';
      end += 8;
    }
    const prefix = prefixAt(lower, numberStart);
    let start = numberStart;
    if (prefix) {
      if (qualifier === '=') qualifier = prefix.qualifier;
      start = prefix.start;
    }
    mentions.push({
      start,
      end,
      numberStart: i,
      text: text.slice(start, end),
      value: round(value),
      unit: baseUnit,
      counter,
      qualifier,
    });
    i = end;
  }
  return { mentions, skipped, bare };
}

// ---------------------------------------------------------------------------------------------
// Sentences
