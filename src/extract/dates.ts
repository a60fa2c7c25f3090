/**
 * Date expressions in clean text, resolved against the article's own date.
 *
 * Periods are strings that start with the four-digit year: `2023` (a year, or a year's flow),
 * `2024-07` (a month, or "as of" that month), `2024-12` (年底: end of year), `2024-01` (年初), `2025-Q1`, `2025-H1`,
 * `2025-Q1-Q3` (前三季度). Relative words (今年, 去年, 目前 …) need the article date; 目前 resolves
 * to the article's month (or year, when only the year is known).
 */
import { isDigit } from './chars';

export interface ArticleDate {
  year: number;
  month: number | null;
}

/** How strongly a date mention dates the quantities after it. */
export type DateKind =
  | 'explicit' // 2023年, 去年年底, 今年一季度: the period itself
  | 'now' // 目前, 截至目前, 2018年以来 (cumulative up to now)
  | 'weak-now' // 已, 累计: the statement is about the present, unless a date says otherwise
  | 'span'; // 2020年至2021年, 今年1-11月: a total over several years or part of one, which no single period holds

export interface DateMention {
  start: number;
  end: number;
  kind: DateKind;
  period: string;
}

const pad = (m: number): string => String(m).padStart(2, '0');
export const nowPeriod = (d: ArticleDate): string => (d.month === null ? String(d.year) : `${d.year}-${pad(d.month)}`);

/** 两年前, 三年前, 几年前, 5年前: some years back from the article, not a year the text names. */
const YEARS_AGO_NUMERALS = '一两二三四五六七八九十几数123456789';

const RELATIVE_YEARS: ReadonlyArray<readonly [string, number]> = [
  ['今年', 0],
  ['本年', 0],
  ['当年', 0],
  ['去年', -1],
  ['上年', -1],
  ['前年', -2],
  ['明年', 1],
];
const NOW_WORDS = ['截至目前', '截止目前', '截至当前', '迄今为止', '目前', '当前', '迄今', '至今', '如今', '现阶段', '眼下'];
/** 过去6年 (over the past six years) is a total up to now, like 累计. */
const WEAK_NOW_WORDS = ['已累计', '累计', '已有', '已经', '已', '现有', '过去'];
/**
 * 过去一年, 刚刚过去的一年: early in a year (an article of January to March, as work reports and reviews are), the year that
 * has just ended; later, the last twelve months, no calendar year.
 */
const PAST_YEAR_WORDS = ['刚刚过去的一年', '刚过去的一年', '过去的一年', '过去一年'];
const PAST_YEAR_UNTIL_MONTH = 3;
/** The edition of a recurring event that the article reports on: its year. */
const EDITION_WORDS = ['本届', '本次'];
/** Named plan periods: 十四五 (the 14th Five-Year Plan) ends in 2025. */
const PLAN_ENDS: ReadonlyArray<readonly [string, number]> = [
  ['十四五', 2025],
  ['十五五', 2030],
];

export const CN_MONTH: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};
const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** The period of a `span` mention over part of a year (it names no year of its own to read as one). */
export const PART_OF_YEAR = 'part of a year';

/**
 * The first `months` months of `year` as the contract's period: 1-3月 (the first three months) is the first quarter,
 * 1-6月 the first half, 1-9月 the first three quarters, 1-12月 the year; any other run of months is `PART_OF_YEAR`.
 */
export function firstMonthsPeriod(months: number, year: number): string {
  return months === 3
    ? `${year}-Q1`
    : months === 6
      ? `${year}-H1`
      : months === 9
        ? `${year}-Q1-Q3`
        : months === 12
          ? String(year)
          : PART_OF_YEAR;
}

/** 1-11月, 1至11月, 1～11月; 前11个月, 前十一个月, 首8个月 (Hong Kong): the year's first months, up to the one named. */
const MONTH_RANGE =
  /^(?:1|一)\s*(?:-|—|–|~|～|至|到)\s*(\d{1,2}|十[一二]?|[二三四五六七八九])\s*月(?:份)?|^[前首](\d{1,2}|十[一二]?|[两二三四五六七八九])个月/;

/** A period read from the text is explicit, unless it is only a part of a year no period holds (a span). */
export const datedKind = (period: string): DateKind => (period === PART_OF_YEAR ? 'span' : 'explicit');

/** The months a range reaches (11 of 1-11月), or null. */
function monthCount(word: string): number | null {
  const n = isDigit(word[0]) ? Number(word) : word === '两' ? 2 : (CN_MONTH[word] ?? null);
  return n !== null && n >= 2 && n <= 12 ? n : null;
}

/**
 * Reads what may follow 2024年 / 今年: a month, 底, a quarter, a half, 以来, or the first months of the
 * year (1-9月 is 2024-Q1-Q3). A run of months no period of the contract holds (1-11月, 前两个月) is
 * `PART_OF_YEAR`: a total over part of a year, which no chart point can stand for.
 */
/** The first months of a year written from `pos` (1-9月, 一至六月, 前9个月), before `to`: their length and how many months. */
function monthRangeAt(text: string, pos: number, to: number): { length: number; months: number } | null {
  const range = MONTH_RANGE.exec(text.slice(pos, to));
  const months = range ? monthCount(range[1] ?? range[2]!) : null;
  return range && months !== null ? { length: range[0].length, months } : null;
}

function readTail(text: string, pos: number, year: number): { end: number; period: string; since: boolean } {
  let j = pos;
  const range = monthRangeAt(text, j, j + 12);
  if (range) return { end: j + range.length, period: firstMonthsPeriod(range.months, year), since: false };
  if (text[j] === '年' && (text[j + 1] === '底' || text[j + 1] === '末')) j++; // 2024年年底
  if (text[j] === '底' || text[j] === '末') return { end: j + 1, period: `${year}-12`, since: false };
  // 2023年初: the start of the year, its first month (as 年底 is its last).
  if (text[j] === '初' && text[j - 1] === '年') return { end: j + 1, period: `${year}-01`, since: false };
  // 2024年上半年末: the half's end is its last month (a count as of then), as 年底 is the year's.
  if (text.startsWith('上半年', j) && (text[j + 3] === '末' || text[j + 3] === '底'))
    return { end: j + 4, period: `${year}-06`, since: false };
  if (text.startsWith('下半年', j) && (text[j + 3] === '末' || text[j + 3] === '底'))
    return { end: j + 4, period: `${year}-12`, since: false };
  if (text.startsWith('上半年', j)) return { end: j + 3, period: `${year}-H1`, since: false };
  if (text.startsWith('下半年', j)) return { end: j + 3, period: `${year}-H2`, since: false };
  if (text.startsWith('前三季度', j) || text.startsWith('前3季度', j)) return { end: j + 4, period: `${year}-Q1-Q3`, since: false };
  // 前三个季度, 第一个季度: the same with the classifier written.
  if (text.startsWith('前三个季度', j) || text.startsWith('前3个季度', j)) return { end: j + 5, period: `${year}-Q1-Q3`, since: false };
  const q = text[j] === '第' ? j + 1 : j;
  const classifier = text[q + 1] === '个' ? 1 : 0;
  if (QUARTER[text[q] ?? ''] !== undefined && text.startsWith('季度', q + 1 + classifier)) {
    const end = q + 3 + classifier;
    // 2020年三季度末: the quarter's end is its last month, as 年底 is the year's.
    if (text[end] === '末') return { end: end + 1, period: `${year}-${pad(QUARTER[text[q]!]! * 3)}`, since: false };
    return { end, period: `${year}-Q${QUARTER[text[q]!]}`, since: false };
  }
  // Hong Kong and Taiwan write the quarter without 度: 今年第一季, 首季, 前三季.
  if (q > j && QUARTER[text[q] ?? ''] !== undefined && text[q + 1] === '季')
    return { end: q + 2, period: `${year}-Q${QUARTER[text[q]!]}`, since: false };
  // 首三季, 首兩季 (Hong Kong): the first three quarters, the first half.
  if (text.startsWith('首三季', j)) return { end: j + 3, period: `${year}-Q1-Q3`, since: false };
  if (text.startsWith('首两季', j) || text.startsWith('首二季', j)) return { end: j + 3, period: `${year}-H1`, since: false };
  if (text.startsWith('首季', j)) return { end: j + 2, period: `${year}-Q1`, since: false };
  if (text.startsWith('前三季', j) || text.startsWith('前3季', j)) return { end: j + 3, period: `${year}-Q1-Q3`, since: false };
  // Month: 7月, 12月, 十一月, then 底/末/初/中旬 are still that month.
  let m: number | null = null;
  let k = j;
  if (isDigit(text[k])) {
    let digits = '';
    while (isDigit(text[k]) && digits.length < 2) digits += text[k++];
    m = Number(digits);
  } else {
    for (const key of ['十一', '十二', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']) {
      if (text.startsWith(key, k)) {
        m = CN_MONTH[key]!;
        k += key.length;
        break;
      }
    }
  }
  if (m !== null && m >= 1 && m <= 12 && text[k] === '月') {
    k++;
    if (text[k] === '底' || text[k] === '末' || text[k] === '初') k++;
    return { end: k, period: `${year}-${pad(m)}`, since: false };
  }
  if (text.startsWith('以来', j)) return { end: j + 2, period: String(year), since: true };
  if (text[j] === '起' || text.startsWith('开始', j)) return { end: j + 1, period: String(year), since: true };
  return { end: j, period: String(year), since: false };
}

/** The last year written out (2018年) before `at` in its sentence, or null. */
function yearBefore(text: string, at: number): number | null {
  let start = at;
  while (start > 0 && !'。！？\n'.includes(text[start - 1]!)) start--;
  const years = [...text.slice(start, at).matchAll(/(?<![0-9])((?:19|20)[0-9]{2})年/g)];
  return years.length > 0 ? Number(years.at(-1)![1]) : null;
}

/** The last year written out before `at` in its paragraph, within the sentence before it at most, or null. */
function yearInParagraphBefore(text: string, at: number): number | null {
  let start = at;
  let ends = 0;
  while (start > 0 && text[start - 1] !== '\n') {
    if ('。！？'.includes(text[start - 1]!) && ++ends > 1) break;
    start--;
  }
  const stretch = text.slice(start, at);
  // Not the last year of a span (2024—2026年), of a title in 《》, or of a target (到2025年).
  const years = [...stretch.matchAll(/(?<![0-9—–~\-至到])((?:19|20)[0-9]{2})年(?![—–~\-至到])/g)].filter(
    (y) => stretch.lastIndexOf('《', y.index) <= stretch.lastIndexOf('》', y.index),
  );
  return years.length > 0 ? Number(years.at(-1)![1]) : null;
}

/** Names of a yearly event whose editions are named by their year (WAIC2023, 2023世界人工智能大会). */
const EVENT_NAMES = /^\s?(?:WAIC|世界人工智能大会|世界人工智慧大會)/;
/** The year the event's first edition was held (the World Artificial Intelligence Conference, 2018): its Nth is N − 1 years later. */
export const FIRST_EDITION_YEAR = 2018;
/** Whether a text names such an event at all (most do not, and need no search for editions). */
export const EVENT_IN_TEXT = /WAIC|世界人工智能大会|世界人工智慧大會/;

/**
 * The year of the edition named last in `text[from, to)` (WAIC2023, 2023世界人工智能大会, WAIC 2024), or 0.
 * Not a period of its own (2024世界人工智能大会上发布的数据 may be of 2023): only an edition's own figures take it.
 */
export function editionNamed(text: string, from: number, to: number): number {
  let year = 0;
  // Every edition's name holds the event's name: a stretch without one names none.
  if (!EVENT_IN_TEXT.test(text.slice(from, to))) return 0;
  for (let i = from; i + 4 <= to; i++) if (isDigit(text[i])) year = editionYear(text, i) || year;
  return year;
}

/** The year of an edition named `2023世界人工智能大会` or `WAIC 2023` starting at `i`, or 0. */
function editionYear(text: string, i: number): number {
  for (let k = 0; k < 4; k++) if (!isDigit(text[i + k])) return 0;
  if (isDigit(text[i - 1]) || isDigit(text[i + 4]) || (text[i] !== '1' && text[i] !== '2')) return 0;
  const named = EVENT_NAMES.test(text.slice(i + 4, i + 14)) || /WAIC\s?$/.test(text.slice(Math.max(0, i - 5), i));
  return named ? Number(text.slice(i, i + 4)) : 0;
}

const AS_OF = /(?:截至|截止到|截止|截至到)$/;

/**
 * 截至2020年 (as of 2020) with no month: a past year taken up to its end, as 截至2020年底 is (2020-12).
 * A year not yet over (截至2025年 in 2025, a target) keeps the year.
 */
function asOfYearEnd(text: string, start: number, year: number, period: string, article: ArticleDate): string {
  if (period !== String(year) || year >= article.year || !AS_OF.test(text.slice(Math.max(0, start - 3), start))) return period;
  return `${year}-12`;
}

/** 2020年至2021年, 2021-2025年: where the second year of a span ends, or -1. */
function yearSpanEnd(text: string, pos: number): number {
  const mark = text[pos];
  if (mark !== '至' && mark !== '到' && mark !== '-' && mark !== '—' && mark !== '~' && mark !== '～') return -1;
  const y = pos + 1;
  for (let k = 0; k < 4; k++) if (!isDigit(text[y + k])) return -1;
  return text[y + 4] === '年' && !isDigit(text[y - 1] === mark ? undefined : text[y - 1]) ? y + 5 : -1;
}

/** How far after a date a 以来 may close the phrase it opens (去年9月底揭牌成立以来). */
const SINCE_REACH = 12;

/** Characters a date expression can start with; every other character is passed over at once. */
const FIRST = new Uint8Array(0x10000);
for (const w of [
  '1',
  '2',
  ...RELATIVE_YEARS.map((r) => r[0]),
  ...NOW_WORDS,
  ...WEAK_NOW_WORDS,
  ...EDITION_WORDS,
  ...PLAN_ENDS.map((p) => p[0]),
  ...PAST_YEAR_WORDS,
  '这一年',
]) {
  FIRST[w.charCodeAt(0)] = 1;
}

const THIS_CHAR = '这'.charCodeAt(0);

/** All date mentions in `text`, in order, resolved against `article`. */
export function scanDates(text: string, article: ArticleDate, reportYear: number | null = null): DateMention[] {
  const out: DateMention[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (FIRST[text.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    // 2025年即将过去。这一年，…突破5000亿元: "this year" after a year its paragraph named is that year. (这 is common: settled
    // here, before the other words are tried.)
    if (text.charCodeAt(i) === THIS_CHAR) {
      const named = text.startsWith('这一年', i) && !/[度来里中内]/.test(text[i + 3] ?? '') ? yearInParagraphBefore(text, i) : null;
      if (named !== null) out.push({ start: i, end: i + 3, kind: 'explicit', period: String(named) });
      i += named !== null ? 3 : 1;
      continue;
    }
    const ch = text[i]!;
    // 2024年…: a four-digit year that is not part of a longer number.
    if (
      isDigit(ch) &&
      !isDigit(text[i - 1]) &&
      isDigit(text[i + 1]) &&
      isDigit(text[i + 2]) &&
      isDigit(text[i + 3]) &&
      !isDigit(text[i + 4]) &&
      text[i + 4] === '年' &&
      (ch === '1' || ch === '2')
    ) {
      const year = Number(text.slice(i, i + 4));
      const tail = readTail(text, i + 5, year);
      const spanEnd = tail.period === String(year) && !tail.since ? yearSpanEnd(text, tail.end) : -1;
      if (spanEnd > 0) {
        out.push({ start: i, end: spanEnd, kind: 'span', period: text.slice(spanEnd - 5, spanEnd - 1) });
        i = spanEnd;
        continue;
      }
      out.push({
        start: i,
        end: tail.end,
        kind: tail.since ? 'now' : datedKind(tail.period),
        period: tail.since ? nowPeriod(article) : asOfYearEnd(text, i, year, tail.period, article),
      });
      i = tail.end;
      continue;
    }
    const rel = RELATIVE_YEARS.find((r) => text.startsWith(r[0], i));
    if (rel) {
      // 首届大会于2018年举办，当年参展企业约200家: "that year" after a year its sentence named is that year.
      const year = (rel[0] === '当年' ? yearBefore(text, i) : null) ?? article.year + rel[1];
      const tail = readTail(text, i + 2, year);
      out.push({
        start: i,
        end: tail.end,
        kind: tail.since ? 'now' : datedKind(tail.period),
        // 今年以来, 去年以来: a total up to now, as 2024年以来 is.
        period: tail.since ? nowPeriod(article) : asOfYearEnd(text, i, year, tail.period, article),
      });
      i = tail.end;
      continue;
    }
    const plan = PLAN_ENDS.find((p) => text.startsWith(p[0], i));
    if (plan) {
      let j = i + plan[0].length;
      if (text[j] === '”' || text[j] === '"') j++;
      if (text.startsWith('期末', j) || text[j] === '末') {
        const end = j + (text[j] === '末' ? 1 : 2);
        out.push({ start: i, end, kind: 'explicit', period: String(plan[1]) });
        i = end;
        continue;
      }
      // "十四五"初期, 十四五开局之年: the plan's first year (a five-year plan starts four years before it ends).
      const start = /^(?:期初|初期|初|开局之年|开局)/.exec(text.slice(j, j + 4));
      if (start) {
        out.push({ start: i, end: j + start[0].length, kind: 'explicit', period: String(plan[1] - 4) });
        i = j + start[0].length;
        continue;
      }
    }
    const pastYear =
      article.month !== null && article.month <= PAST_YEAR_UNTIL_MONTH ? PAST_YEAR_WORDS.find((w) => text.startsWith(w, i)) : undefined;
    if (pastYear) {
      out.push({ start: i, end: i + pastYear.length, kind: 'explicit', period: String(article.year - 1) });
      i += pastYear.length;
      continue;
    }
    // 截至今年一季度 is 截至 + 今年, not 至今 (so far).
    const now = NOW_WORDS.find((w) => text.startsWith(w, i) && !(w.endsWith('今') && text[i + w.length] === '年'));
    if (now) {
      out.push({ start: i, end: i + now.length, kind: 'now', period: nowPeriod(article) });
      i += now.length;
      continue;
    }
    const current = EDITION_WORDS.find((w) => text.startsWith(w, i));
    if (current) {
      out.push({ start: i, end: i + current.length, kind: 'explicit', period: String(article.year) });
      i += current.length;
      continue;
    }
    const weak = WEAK_NOW_WORDS.find((w) => text.startsWith(w, i));
    if (weak) {
      out.push({ start: i, end: i + weak.length, kind: 'weak-now', period: nowPeriod(article) });
      i += weak.length;
      continue;
    }
    i++;
  }
  // 去年9月底揭牌成立以来, 自2018年起: a date that opens a "since" phrase makes what follows a total up to now.
  for (const d of out) {
    if (d.kind !== 'explicit') continue;
    const tail = text.slice(d.end, d.end + SINCE_REACH);
    // …增至今年的150家 is 至 + 今年, not 至今 (so far).
    const at = tail.search(/以来|至今(?!年)/);
    if (at >= 0 && !/[，,。；;！？!?]/.test(tail.slice(0, at))) {
      d.kind = 'now';
      d.period = nowPeriod(article);
    }
  }
  // 两年前，模速空间只有18家企业: what stood some years ago is of a year the text leaves to be counted, never today's. Found
  // from each 年前 back (rare), not by a test at every numeral.
  const before = out.length;
  for (let at = text.indexOf('年前'); at > 0; at = text.indexOf('年前', at + 2)) {
    if (!YEARS_AGO_NUMERALS.includes(text[at - 1]!) || isDigit(text[at - 2])) continue;
    if (out.some((d) => d.start < at + 2 && at - 1 < d.end)) continue;
    out.push({ start: at - 1, end: at + 2, kind: 'span', period: String(article.year) });
  }
  if (out.length > before) out.sort((a, b) => a.start - b.start);
  // 相较去年同期增长33.3%, 比上年同期: the year a change is measured against is not when the figure is.
  const own = out.filter((d) => !isComparisonBase(text, d));
  const bareOnes = bareDates(text, article, own);
  // 上半年…；全年预计突破2400亿元: a bare half or quarter names the year 全年 is of, as a written year does.
  const known = bareOnes.length === 0 ? own : [...own, ...bareOnes].sort((a, b) => a.start - b.start);
  const bare = [...bareOnes, ...wholeYears(text, known, reportYear, article), ...samePeriods(text, out, known)];
  return bare.length === 0 ? own : [...own, ...bare].sort((a, b) => a.start - b.start);
}

/**
 * 今年前三季度…，预计全年将超过4500亿元: 全年 (the whole year) is the year of the date its sentence named before it;
 * with none before it in the sentence it says nothing of which year.
 */
function wholeYears(text: string, dates: ReadonlyArray<DateMention>, reportYear: number | null, article: ArticleDate): DateMention[] {
  const out: DateMention[] = [];
  // 预计全年将超过4500亿元, 到年底有望突破5万P: with no year before it, a whole year or a year's end still to come is the article's;
  // one that is done (年末全区共有人工智能企业510家), in an article of January to March, is the year just ended (as 过去一年 is).
  const ahead = (at: number, end: number, past: boolean): string | null => {
    const stop = text.slice(end).search(/[。！？!?\n]/);
    const rest = text.slice(end, stop < 0 ? text.length : end + stop);
    const lead = text.slice(Math.max(0, at - 4), at);
    // 到年底 is a deadline; 截至年底 and 截止到年底 (as of the year's end) are not.
    const aim = /(?:预计|力争|争取|有望)(?:截至|截止)?$/.test(text.slice(Math.max(0, at - 6), at));
    if (aim || FUTURE_AROUND.test(rest) || /(?:(?<!截止)到|(?<!截)至|预计|力争|争取|有望)$/.test(lead)) return String(article.year);
    return past && article.month !== null && article.month <= PAST_YEAR_UNTIL_MONTH ? String(article.year - 1) : null;
  };
  for (let at = text.indexOf('全年'); at >= 0; at = text.indexOf('全年', at + 2)) {
    if (dates.some((d) => d.start <= at && d.end > at)) continue; // 2024年全年
    let before: DateMention | undefined;
    for (const d of dates) if (d.end <= at && d.kind === 'explicit') before = d;
    const inSentence = before !== undefined && !/[。！？!?\n]/.test(text.slice(before.end, at));
    // 截至2024年末，…。全年新增…: with no report's year, the year its paragraph named before it (as for 年末 below).
    const inParagraph = before !== undefined && !text.slice(before.end, at).includes('\n');
    // 2025年上海市国民经济和社会发展统计公报: 全年 and 年末 in a report on one year are that year's.
    // 二、2020年主要工作 … 力争全年…突破350亿元: in a report on last year, what it strives for in the whole year is the new year's.
    const aim = AIM_BEFORE.test(text.slice(Math.max(0, at - AIM_REACH), at));
    const year = inSentence
      ? before!.period.slice(0, 4)
      : reportYear !== null && !aim
        ? String(reportYear)
        : inParagraph
          ? before!.period.slice(0, 4)
          : ahead(at, at + 2, false);
    if (year !== null) out.push({ start: at, end: at + 2, kind: 'explicit', period: year });
  }
  for (const hit of text.matchAll(/年末|年底/g)) {
    const at = hit.index;
    // 上年末, 去年底, 2024年年底, 今年年底: a year of its own.
    if (/[0-9〇零一二三四五六七八九上去今明本当前同年]/.test(text[at - 1] ?? '') || dates.some((d) => d.start <= at && d.end > at))
      continue;
    // 2025年上海人工智能产业规模…。截至年末，全市智能算力…: with no report's year, the year its paragraph named before it.
    let before: DateMention | undefined;
    for (const d of dates) if (d.end <= at && d.kind === 'explicit') before = d;
    const paragraphYear = before !== undefined && !text.slice(before.end, at).includes('\n') ? before.period.slice(0, 4) : null;
    // 年末 is a statistics word, for a year-end passed; 年底 only so after 截至 (全年引育… and 年底建成… may be plans).
    const past = hit[0] === '年末' || /(?:截至|截止)$/.test(text.slice(Math.max(0, at - 2), at));
    const year = reportYear !== null ? String(reportYear) : (paragraphYear ?? ahead(at, at + 2, past));
    if (year !== null) out.push({ start: at, end: at + 2, kind: 'explicit', period: `${year}-12` });
  }
  return out;
}

/** 力争全年, 争取全年…: an aim for the whole year, right before it. */
const AIM_BEFORE = /(?:力争|争取|确保)$/;
const AIM_REACH = 2;

/** Words after 全年 or 年底 in its sentence that put it ahead of the article: a forecast or an aim. */
const FUTURE_AROUND = /将(?!近)|有望|预计|力争|争取|计划|可望|目标/;

/** After a date, in its clause: 的 and a multiple (…的五倍, …的近3倍). */
const MULTIPLE_AFTER = /^[^，,。；;：:]{0,14}?的(?:近|约|超过|逾|超)?[0-9一二两三四五六七八九十几.]+倍/;

/** Words before a date that make it what a change is measured against: 较2019年增长83%, 比上年增长. */
export const BASE_BEFORE = /(?:较|比|相比|相较|较之|对比)\s*$/;
/** …after it: 与2019年相比. */
const BASE_AFTER = /^\s*(?:相比|比较|相较)/;

/**
 * 1-9月…。上年同期，园区人工智能企业营收为453.1亿元: a 同期 that opens a statement, with no comparison after it, is the
 * figure's own date: the part of the year the paragraph last named, in that year. With no part named before it, it says
 * nothing of which months, and stays a comparison's base.
 */
function samePeriods(text: string, all: ReadonlyArray<DateMention>, known: ReadonlyArray<DateMention>): DateMention[] {
  const out: DateMention[] = [];
  for (const d of all) {
    if (d.kind !== 'explicit' || !text.startsWith('同期', d.end) || text[d.end + 2] === '的') continue;
    if (BASE_BEFORE.test(text.slice(Math.max(0, d.start - 3), d.start)) || COMPARED_AFTER.test(text.slice(d.end + 2, d.end + 24))) continue;
    let part: DateMention | undefined;
    for (const k of known) if (k.end <= d.start && k.period.length > 4 && PERIOD_PART.test(k.period.slice(4))) part = k;
    if (part === undefined || text.slice(part.end, d.start).includes('\n')) continue;
    out.push({ start: d.start, end: d.end + 2, kind: 'explicit', period: d.period.slice(0, 4) + part.period.slice(4) });
  }
  return out;
}
/** A comparison in the rest of the clause after 同期: 同期增长, 同期相比, 同期下降. */
const COMPARED_AFTER = /^[^，,。；;]*?(?:增长|增加|下降|减少|提高|提升|相比|持平|翻)/;
/** The part of a year a period names after its year: -Q1, -H1, -Q1-Q3 (not a month, which 同期 does not repeat). */
const PERIOD_PART = /^-(?:Q[1-4]|H[12]|Q1-Q3)$/;

/**
 * 去年同期, 2023年同期, 较2019年, 与2019年相比: the base of a comparison — but not 同期的…, 较2018年的1340亿元,
 * which name a figure of that period.
 */
const isComparisonBase = (text: string, d: DateMention): boolean =>
  d.kind === 'explicit' &&
  ((text.startsWith('同期', d.end) && text[d.end + 2] !== '的') ||
    // 约为去年第二届大会的五倍, 是2018年的近3倍: the date of what a multiple is of.
    MULTIPLE_AFTER.test(text.slice(d.end, d.end + 24)) ||
    // 较2020年的1100家: after 较 the date is the base's even before 的 (2024年的产业规模 alone is the figure's own).
    BASE_BEFORE.test(text.slice(Math.max(0, d.start - 3), d.start)) ||
    (text[d.end] !== '的' && BASE_AFTER.test(text.slice(d.end, d.end + 4))));

/**
 * A part of the year or a month with no year of its own (上半年, 前三季度, 一季度, 截至6月底): the
 * latest such period that has ended by the article's date — this year's, or last year's when this
 * year's has not ended yet.
 */
const BARE_PARTS: Record<string, readonly [string, number]> = {
  前三季度: ['Q1-Q3', 9],
  前三个季度: ['Q1-Q3', 9],
  上半年: ['H1', 6],
  第一季度: ['Q1', 3],
  一季度: ['Q1', 3],
  第二季度: ['Q2', 6],
  二季度: ['Q2', 6],
  第三季度: ['Q3', 9],
  三季度: ['Q3', 9],
  // Hong Kong and Taiwan: 首季, 第一季, 前三季.
  前三季: ['Q1-Q3', 9],
  前3季: ['Q1-Q3', 9],
  前3季度: ['Q1-Q3', 9],
  首三季: ['Q1-Q3', 9],
  首两季: ['H1', 6],
  首季: ['Q1', 3],
  第一季: ['Q1', 3],
  第二季: ['Q2', 6],
  第三季: ['Q3', 9],
};
/** One scan for every bare part of a year and every 截至N月: the longer word first. */
const BARE =
  /(前三个季度|前三季度|前3季度|上半年|第一季度|一季度|第二季度|二季度|第三季度|三季度|前三季|前3季|首三季|首两季|首季|第一季|第二季|第三季)|(?:截至|截止到|截止|到)(1[0-2]|[1-9]|十一|十二|[一二三四五六七八九十])月(底|末)?/g;
/** 7月世界人工智能大会期间，…: a month opening a clause (not a day's date: 7月26日开幕). */
const MONTH_NUMBER = '(1[0-2]|[1-9]|十一|十二|[一二三四五六七八九十])$';
const MONTH_AFTER_MARK = new RegExp(`[。，；：！？\n]${MONTH_NUMBER}`);
const MONTH_AT_START = new RegExp(`(?:^|[。，；：！？\n])${MONTH_NUMBER}`);
/** 7月26日: a day's date, not a month. */
const DAY_AFTER = /^[0-9一二三四五六七八九十]{1,3}[日号]/;

function latestEnded(article: ArticleDate, endMonth: number): number {
  return article.month === null || article.month >= endMonth ? article.year : article.year - 1;
}

/** Whether [start, end) overlaps a mention of `sorted` (sorted by start): a binary search. */
function overlaps(sorted: ReadonlyArray<DateMention>, start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.start < end;
}

function bareDates(text: string, article: ArticleDate, taken: ReadonlyArray<DateMention>): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(BARE)) {
    if (m[1] !== undefined) {
      const at = m.index;
      const before = text[at - 1];
      if (before === '年' || before === '前' || (before !== undefined && before >= '0' && before <= '9')) continue;
      const end = at + m[1].length;
      if (overlaps(taken, at, end)) continue;
      const [part, endMonth] = BARE_PARTS[m[1]]!;
      // 截至三季度末, 上半年末: a part's end is its last month (a count as of then), as 年底 is the year's.
      if (text[end] === '末')
        out.push({ start: at, end: end + 1, kind: 'explicit', period: `${latestEnded(article, endMonth)}-${pad(endMonth)}` });
      else out.push({ start: at, end, kind: 'explicit', period: `${latestEnded(article, endMonth)}-${part}` });
      continue;
    }
    const month = CN_MONTH[m[2]!] ?? Number(m[2]);
    const start = m.index + m[0].length - m[2]!.length - 1 - (m[3] ? 1 : 0);
    const end = m.index + m[0].length;
    if (text[start - 1] === '年' || overlaps(taken, start, end)) continue;
    out.push({ start, end, kind: 'explicit', period: `${latestEnded(article, month)}-${pad(month)}` });
  }
  // Found from each 月 back, not by a pattern tried at every character.
  for (let at = text.indexOf('月'); at >= 0; at = text.indexOf('月', at + 1)) {
    const first = firstMonthsAt(text, at, article, taken);
    if (first !== null) {
      out.push(first);
      continue;
    }
    const from = Math.max(0, at - 3);
    const m = (from === 0 ? MONTH_AT_START : MONTH_AFTER_MARK).exec(text.slice(from, at));
    if (m === null || DAY_AFTER.test(text.slice(at + 1, at + 5))) continue;
    const end = at + 1;
    const start = end - m[1]!.length - 1;
    if (overlaps(taken, start, end)) continue;
    const month = CN_MONTH[m[1]!] ?? Number(m[1]);
    out.push({ start, end, kind: 'explicit', period: `${latestEnded(article, month)}-${pad(month)}` });
  }
  return out;
}

/** 1-9月新引进人工智能企业37家: the first months of a year with no year written, ending at the 月 at `at`; null if none. */
function firstMonthsAt(text: string, at: number, article: ArticleDate, taken: ReadonlyArray<DateMention>): DateMention | null {
  let from = -1;
  for (let k = at - 1; k >= 0 && k >= at - 6; k--)
    if (text[k] === '1' || text[k] === '一') {
      from = k;
      break;
    }
  if (from < 0 || /[0-9年]/.test(text[from - 1] ?? '')) return null;
  const range = monthRangeAt(text, from, at + 2);
  if (!range || from + range.length < at + 1 || overlaps(taken, from, from + range.length)) return null;
  const period = firstMonthsPeriod(range.months, latestEnded(article, range.months));
  return period === PART_OF_YEAR ? null : { start: from, end: from + range.length, kind: 'explicit', period };
}

/** Spans the quantity scanner must not read as quantities (2024年, 7月, 一季度). */
export function dateSpans(dates: ReadonlyArray<DateMention>): Array<{ start: number; end: number }> {
  return dates.filter((d) => d.kind !== 'weak-now').map((d) => ({ start: d.start, end: d.end }));
}
