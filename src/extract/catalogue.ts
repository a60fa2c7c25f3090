/**
 * The metric catalogue (data/curated/metric-catalogue.json) and the rule that maps a quantity to a
 * metric. The rule is generic; what identifies each metric, what its subject is and what vetoes it
 * live in the catalogue as data.
 *
 * A quantity is charted only on positive evidence: a phrase naming the metric stands near it, its
 * unit (and classifier) fit, the clause's subject is the metric's subject (AI, not software or all
 * industry), and no veto applies (a ratio, an increase, a subset, money of another kind). When a
 * phrase matched but the evidence failed, the quantity stays a fact with `metric: null` and the
 * reason, so the facts table says why it is not on a chart.
 */
import type { BaseUnit, Bilingual, MetricDef } from '../schema/metricsFile';
import type { Catalogue, CatalogueEntry, Subjects, Veto } from './curated';
import type { Span } from './segment';
import { DISTRICTS } from '../schema/geo';
import { escapeRegExp, isDigit } from './chars';

export type { Catalogue, CatalogueEntry, Subjects, Veto } from './curated';

export interface MatchContext {
  /** Clean text as the catalogue reads it (lower-cased for English). */
  windows: TextWindows;
  /** `numberStart`: where the number starts, after a bound written before it (more than, to top). */
  quantity: Span & { unit: BaseUnit; counter: string | null; value: number; numberStart?: number };
  segment: Span;
  clause: Span;
  sentence: Span;
  placeKind: string | null;
  /** Where the sentence names places (市北高新技术服务业园区): words inside a name are not a subject. */
  placeNames?: ReadonlyArray<Span>;
  /** The figure before this one in its sentence, if any: a share right after it qualifies it (规模达1637亿元，占全市36%). */
  previous?: (Span & { unit: BaseUnit }) | undefined;
  /** Whether the document mentions a word, memoised by the caller. */
  documentHas: (word: string) => boolean;
  /** Where a phrase after the quantity may stand in its segment and clause: worked out once, by `reachOf`. */
  reach?: readonly [number, number];
  /** Memo of phraseScore: whether the figure is a later list item naming its own kind of firm (、科技型中小企业2000家). */
  ownKind?: boolean;
}

export interface Match {
  metric: string | null;
  /** Why a quantity that a phrase named was not mapped; null when mapped or when nothing named a metric. */
  reason: Bilingual | null;
}

/**
 * Scope weights: a phrase in the same 、-segment beats one elsewhere in the clause. A phrase in
 * another clause does not count: "…投资机构…，累计对接服务大模型企业43家" counts firms, not funds.
 */
const OWN = 3500;
const SEGMENT = 3000;
const OWN_WORD = 3100;
/** Nouns that count firms or people of any kind: inside a figure they do not say which kind. */
const COUNTER_NOUNS: ReadonlySet<string> = new Set([
  'firms',
  'companies',
  'enterprises',
  'businesses',
  'startups',
  'start-ups',
  'people',
  'persons',
  'talents',
  'talent',
]);
const CLAUSE = 2000;
/** A metric counted per park or zone outranks its city-level twin for a figure placed at one. */
const PLACED = 900;
/** How far back (in characters) the topic of a paragraph is looked for when the sentence names none. */
const TOPIC_WINDOW = 300;
/** How many characters before a figure an `adjacent` veto looks at (twice as many after it). */
const ADJACENT = 24;

const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (text: string, i: number): boolean => i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));
const latin = (w: string): boolean => isWordCode(w.charCodeAt(0));

/**
 * The text being matched, with its windows (a segment, clause or sentence) sliced once: the same
 * window is searched for many words. One per article.
 */
export class TextWindows {
  private readonly cache = new Map<number, string>();
  private readonly answers = new Map<string, boolean>();
  constructor(readonly text: string) {}

  /** A yes/no question about this text, answered once (several numbers share a clause). */
  memo(key: string, ask: () => boolean): boolean {
    let answer = this.answers.get(key);
    if (answer === undefined) {
      if (this.answers.size >= 1024) this.answers.clear();
      this.answers.set(key, (answer = ask()));
    }
    return answer;
  }

  slice(from: number, to: number): string {
    const length = to - from;
    if (length >= 4096) return this.text.slice(from, to);
    const key = from * 4096 + length;
    let hay = this.cache.get(key);
    if (hay === undefined) {
      if (this.cache.size >= 512) this.cache.clear();
      hay = this.text.slice(from, to);
      this.cache.set(key, hay);
    }
    return hay;
  }
}

/**
 * Where `word` occurs in `text[from, to)` as a word (Latin words need word boundaries), last or
 * first. Searches only the window, so that the cost is bounded by its length, not the article's.
 */
function findWord(win: TextWindows, word: string, from: number, to: number, last: boolean): number {
  if (to - from < word.length) return -1;
  const text = win.text;
  const hay = win.slice(from, to);
  const boundary = latin(word);
  let at = last ? hay.lastIndexOf(word) : hay.indexOf(word);
  while (at >= 0) {
    if (!boundary || (!isWordChar(text, from + at - 1) && !isWordChar(text, from + at + word.length))) return from + at;
    at = last ? (at === 0 ? -1 : hay.lastIndexOf(word, at - 1)) : hay.indexOf(word, at + 1);
  }
  return -1;
}

/**
 * A list of words compiled into one regular expression (longest first), so that a window is scanned
 * once for all of them instead of once per word. Latin words must stand as whole words.
 */
class WordSet {
  private readonly re: RegExp;
  constructor(words: ReadonlyArray<string>) {
    const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
    const escaped = sorted.map(escapeRegExp);
    this.re = escaped.length > 0 ? new RegExp(escaped.join('|'), 'g') : /(?!)/g;
  }

  /**
   * The next whole-word match at or after `re.lastIndex` in `hay` (the window `from` of `win`), or
   * null. Plain loops, no callbacks: this runs for every quantity against every word list.
   */
  private next(win: TextWindows, hay: string, from: number): RegExpExecArray | null {
    for (let m = this.re.exec(hay); m !== null; m = this.re.exec(hay)) {
      const at = from + m.index;
      if (!latin(m[0]) || (!isWordChar(win.text, at - 1) && !isWordChar(win.text, at + m[0].length))) return m;
      this.re.lastIndex = m.index + 1;
    }
    return null;
  }

  first(win: TextWindows, from: number, to: number): { at: number; word: string } | null {
    if (to <= from) return null;
    this.re.lastIndex = 0;
    const m = this.next(win, win.slice(from, to), from);
    return m ? { at: from + m.index, word: m[0] } : null;
  }

  /** The match that ends last (a longer one when two end together). */
  last(win: TextWindows, from: number, to: number): { at: number; word: string } | null {
    if (to <= from) return null;
    const hay = win.slice(from, to);
    this.re.lastIndex = 0;
    let best: RegExpExecArray | null = null;
    for (let m = this.next(win, hay, from); m !== null; m = this.next(win, hay, from)) {
      const end = m.index + m[0].length;
      const bestEnd = best ? best.index + best[0].length : -1;
      if (!best || end > bestEnd || (end === bestEnd && m[0].length > best[0].length)) best = m;
    }
    return best ? { at: from + best.index, word: best[0] } : null;
  }

  /** The length of the longest match, 0 when none. */
  longest(win: TextWindows, from: number, to: number): number {
    if (to <= from) return 0;
    const hay = win.slice(from, to);
    this.re.lastIndex = 0;
    let length = 0;
    for (let m = this.next(win, hay, from); m !== null; m = this.next(win, hay, from)) length = Math.max(length, m[0].length);
    return length;
  }
}

const wordSets = new WeakMap<ReadonlyArray<string>, WordSet>();
function wordSet(words: ReadonlyArray<string>): WordSet {
  let set = wordSets.get(words);
  if (!set) wordSets.set(words, (set = new WordSet(words)));
  return set;
}

const multiWords = new WeakMap<ReadonlyArray<string>, string[]>();
function multiWord(phrases: ReadonlyArray<string>): string[] {
  let list = multiWords.get(phrases);
  if (!list) multiWords.set(phrases, (list = phrases.filter((p) => /[a-z][ -][a-z]/.test(p))));
  return list;
}

const hasWord = (win: TextWindows, word: string, from: number, to: number): boolean => findWord(win, word, from, to, false) >= 0;
/** Whether any of `words` occurs as a word in `text[from, to)`; the list is compiled once. */
/** The last of `words` in `[from, to)`, where it starts and which it is; null when none. */
export const lastOf = (win: TextWindows, words: ReadonlyArray<string>, from: number, to: number): { at: number; word: string } | null =>
  words.length > 0 ? wordSet(words).last(win, from, to) : null;
export const anyOf = (win: TextWindows, words: ReadonlyArray<string>, from: number, to: number): boolean =>
  words.length > 0 && wordSet(words).first(win, from, to) !== null;
const anyWord = (win: TextWindows, words: string[] | undefined, span: Span): boolean =>
  words !== undefined && words.length > 0 && wordSet(words).first(win, span.start, span.end) !== null;

/** anyWord, not counting a word inside a place's name (服务 in 市北高新技术服务业园区). */
const anyWordOutside = (ctx: MatchContext, words: string[] | undefined, span: Span): boolean =>
  words !== undefined &&
  words.length > 0 &&
  wordOutside(wordSet(words), ctx.windows, span.start, span.end, false, ctx.placeNames ?? []) !== null;

/**
 * A word of `words` in the figure's own segment, outside place names, unless it is a facility after a word of the whole
 * (全市智算中心总规模达1155P: every centre of the city together, the city's capacity; 该智算中心 is one).
 */
function segmentVeto(ctx: MatchContext, words: string[] | undefined): boolean {
  if (words === undefined || words.length === 0) return false;
  const set = wordSet(words);
  const span = ownSegment(ctx);
  for (let from = span.start; from < span.end;) {
    const hit = wordOutside(set, ctx.windows, from, span.end, false, ctx.placeNames ?? []);
    if (hit === null) return false;
    if (!FACILITIES.has(hit.word) || !WHOLE_BEFORE.test(ctx.windows.slice(Math.max(0, hit.at - 3), hit.at))) return true;
    from = hit.at + hit.word.length;
  }
  return false;
}
const WHOLE_BEFORE = /(?:全市|全区|全省|各区|所有|全部)$/;
/** Facilities whose name after a word of the whole means all of them: 全市智算中心, 全区数据中心. */
const FACILITIES: ReadonlySet<string> = new Set(['智算中心', '数据中心', '算力中心', '计算中心']);

/** The last (or first) word of `set` in [from, to) that does not stand inside one of `names`. */
function wordOutside(
  set: WordSet,
  win: TextWindows,
  from: number,
  to: number,
  last: boolean,
  names: ReadonlyArray<Span>,
): { at: number; word: string } | null {
  const nameAt = (at: number): Span | undefined => names.find((n) => at >= n.start && at < n.end);
  let found = last ? set.last(win, from, to) : set.first(win, from, to);
  for (let name = found && nameAt(found.at); found && name; name = found && nameAt(found.at))
    found = last ? set.last(win, from, name.start) : set.first(win, name.end, to);
  return found;
}

/** Where a phrase after the quantity may stand, in its segment and its clause (see `laterCounted`), once per quantity. */
function reachOf(ctx: MatchContext): readonly [number, number] {
  const t = ctx.windows.text;
  return (ctx.reach ??= [laterCounted(t, ctx.quantity.end, ctx.segment.end), laterCounted(t, ctx.quantity.end, ctx.clause.end)]);
}

/** A list item's own kind of firm or body right before its number: 、科技型中小企业2000家, 、高新技术企业超过500家. */
const OWN_KIND_ZH = /^[、，,]?[\u4e00-\u9fff]{2,12}(?:企业|公司|机构)(?:数量|总数)?(?:达到|达|超过|超|逾|约|近|共|有)?\s*$/;

function phraseScore(phrases: ReadonlyArray<string>, ctx: MatchContext): number {
  const { windows: text, segment, clause } = ctx;
  const set = wordSet(phrases);
  // English reads the noun into the figure (over 255 AI model companies): a phrase inside it is the figure's own.
  // Only a phrase of several words: a bare noun (companies) is the figure's counter, not what kind of firm it counts.
  const own = wordSet(multiWord(phrases)).longest(text, ctx.quantity.start, ctx.quantity.end);
  if (own > 0) return OWN + own * 10;
  // A single noun inside it (300,000 visitors and 1 billion online views) outranks a phrase elsewhere in the
  // segment, unless it is a bare counter (133 companies … are exhibiting: the verb says which firms).
  const ownWord = set.first(text, ctx.quantity.start, ctx.quantity.end);
  if (ownWord && !COUNTER_NOUNS.has(ownWord.word)) return OWN_WORD + ownWord.word.length * 10;
  // A bare counter inside the figure (300 companies) names the segment's metric only weakly: any phrase elsewhere
  // in the segment (…presented their latest products) outranks it, whatever their lengths.
  // 2场全体会议和133场论坛: a phrase after a later figure with words of its own is that figure's noun, not this one's.
  const [segmentEnd, clauseEnd] = reachOf(ctx);
  const inSegment = set.longest(text, segment.start, segmentEnd);
  const inside = ownWord ? set.longest(text, ctx.quantity.start, ctx.quantity.end) : 0;
  if (inSegment > inside) return SEGMENT + inSegment * 10;
  const outside = Math.max(set.longest(text, segment.start, ctx.quantity.start), set.longest(text, ctx.quantity.end, segmentEnd));
  if (outside > 0) return SEGMENT + outside * 10;
  if (inSegment > 0) return SEGMENT + 10;
  // 集聚人工智能企业410家、科技型中小企业2000家: a later item of a list that names its own kind of firm before its number
  // counts that kind; the earlier item's phrase is not its.
  if ((ctx.ownKind ??= segment.start > clause.start && OWN_KIND_ZH.test(text.slice(segment.start, ctx.quantity.start)))) return 0;
  const inClause = set.longest(text, clause.start, clauseEnd);
  if (inClause > 0) return CLAUSE + inClause * 10;
  // 企业新增200家，总数达到1200家: a total refers back to what the sentence counted before it; so does a clause
  // with no subject of its own, only when and a verb (…年均增长15%，2025年达到4000亿元; …, reaching 60 billion yuan).
  if (!continuesEarlier(ctx) && !placePart(ctx)) return 0;
  const before = set.longest(text, referStart(ctx), clause.start);
  return before > 0 ? REFERRED + before * 10 : 0;
}

/**
 * Where a clause that refers back may find what it counts: the whole sentence, past a ；(…各分布了134家、81家企业；其次是…，分别为
 * 30家、26家; 在浦东新区，人工智能企业已超过1200家；在徐汇，这一数字是1000家).
 */
const referStart = (ctx: MatchContext): number => wholeSentenceStart(ctx.windows.text, ctx.sentence.start);

/** Where the sentence that a ；-cut part belongs to starts: after the last 。, ！, ？ or line break before it. */
function wholeSentenceStart(text: string, start: number): number {
  if (start === 0 || !SEMICOLONS.has(text[start - 1]!)) return start;
  let s = start - 1;
  while (s > 0 && !SENTENCE_ENDS.has(text[s - 1]!)) s--;
  return s;
}
const SEMICOLONS: ReadonlySet<string> = new Set(['；', ';']);
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['。', '！', '？', '\n']);

/** Compiled `phrasePatterns`, per entry. */
const compiledPatterns = new WeakMap<CatalogueEntry, RegExp[]>();

/**
 * A metric's pattern in the figure's segment, before or after it (人工智能领域核心企业超过1000家, 超900家人工智能领域科技型
 * 企业): as strong as a phrase there.
 */
function patternScore(entry: CatalogueEntry, ctx: MatchContext): number {
  if (!entry.phrasePatterns) return 0;
  let patterns = compiledPatterns.get(entry);
  if (!patterns) compiledPatterns.set(entry, (patterns = entry.phrasePatterns.map((p) => new RegExp(p, 'u'))));
  const segment = ctx.windows.slice(ctx.segment.start, ctx.segment.end);
  let longest = 0;
  for (const p of patterns) longest = Math.max(longest, p.exec(segment)?.[0].length ?? 0);
  return longest > 0 ? SEGMENT + longest * 10 : 0;
}

/**
 * Another place's count set against the one before with the noun left out (Beijing has more than 2,000 AI companies,
 * while Shanghai has about 1,200): the words between the two. Shared by the catalogue (the clause continues the one
 * before) and the facts (the figure is a total of the earlier one's kind).
 */
export const OTHER_PLACE_HAS =
  /(?:while|whereas|and)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}[a-z-]+(?:'s)?\s+(?:has|had|have|hosts|hosted|counts|counted|is home to|was home to)(?:\s+(?:about|around|nearly|over|more than|some|almost|roughly|approximately|just over|just under))?/;

/**
 * What stands before the figure of a clause that continues the one before it: a date, then only a verb; or an English
 * relative clause whose subject is the noun before it (the city's AI industry, which surpassed 450 billion yuan); "it"
 * and a verb (…has exceeded 2,900 P, and it is expected to surpass 20,000 P by 2027); or another place's count set against
 * it with the noun left out (Beijing has more than 2,000 AI companies, while Shanghai has about 1,200).
 */
const CONTINUES = new RegExp(
  [
    /^\s*(?:预计|有望|力争)?(?:(?:到|至|截至|截止)?(?:[0-9]{4}年(?:底|末)?|今年|明年|年底|届时|全年|目前|当前|现在))?\s*(?:将|要|力争|预计|有望|已|料|就|便|又|也|再)?(?:达到|达|突破|超过|增至|增长到|增长至|提升至|提高到|逾|超)(?:近|约|接近|将近)?\s*$/
      .source,
    /^\s*(?:and )?(?:reaching|to reach|reached|hitting)\s*$/.source,
    // …全球人工智能产业规模达3619亿美元，上海占4041亿元; …611款…完成备案，其中上海企业贡献40款: a place's part of the measure
    // before, as an amount.
    /^\s*[^\s，,。；;：:]{1,12}?(?:占|贡献)了?\s*$/.source,
    /^\s*(?:and )?(?:aiming|hoping|planning|expected|set|seeking) to(?: (?:exceed|reach|surpass|top|hit|hold|have))?\s*$/.source,
    /^\s*/.source + OTHER_PLACE_HAS.source + /\s*$/.source,
    /^\s*(?:which|that)(?: has| had)?(?: (?:surpassed|exceeded|reached|hit|topped|totaled|totalled|stood at|amounted to|grew to|rose to))?\s*$/
      .source,
    /^\s*(?:which|that)\s+(?:grew|rose|increased|expanded|jumped|climbed)\s+(?:by\s+)?[0-9.]+\s?(?:%|percent)\s+(?:year[- ]on[- ]year\s+)?to\s*$/
      .source,
    /^\s*(?:and |while )?it(?: is| was| will be)? (?:expected|projected|forecast|set|poised|likely|estimated) to(?: (?:exceed|reach|surpass|top|hit|grow to|rise to|increase to))?\s*$/
      .source,
    /^\s*(?:and )?it(?: has| had)? (?:surpassed|exceeded|reached|hit|topped|totaled|totalled|stood at|amounted to|grew to|rose to)\s*$/
      .source,
  ].join('|'),
);

/** Words before a colon that open a list, not a label (包括：12位图灵奖得主…; including: …). */
const LIST_INTRO = /(?:包括|包含|如下|其中|分别为|分别是|including|includes|include|such as|as follows|among them)\s*$/i;

/**
 * A clause that is only where the measure came from and went to (…快速增长，从2018年的1340亿元增至2024年的3800亿元; has grown
 * rapidly, from 130 billion yuan in 2018 to 380 billion yuan in 2024): the measure of the clause before.
 */
const FROM_TO =
  /^\s*(?:规模|总量|数量|总数|人数)?(?:从|由)[^，,。；;]{0,24}?(?:增至|增长到|增长至|增加到|增加至|提升至|提升到|提高到|跃升至|攀升至|升至|扩大到|扩大至|达到|到)?(?:[0-9]{4}年(?:底|末)?的?)?\s*$|^\s*(?:and\s+)?(?:(?:up|rising|rose|growing|grew|climbing|increasing|expanding)\s+)?from\s+(?:[^,;]{0,40}?\bto\s+)?$/;

/**
 * A clause that is only a part of the year before its figure (…产业规模逆势增长33.3%，其中一季度326亿元，二季度546亿元): the
 * same measure as the clause before, for a part of its period.
 */
const TIME_PART_LEAD =
  /^[\s，,]*(?:其中[\s，,:：]*)?(?:第?[一二三四1-4]季度|上半年|下半年|前三季度|(?:1[0-2]|[1-9])(?:[-—至](?:1[0-2]|[1-9]))?月份?)[\s，,]*(?:为|达|达到|实现|完成)?\s*$/;

/** The words of a bound the figure was read with (突破 of 突破5000亿元, exceeding of exceeding 20 billion yuan). */
function boundWords(ctx: MatchContext): string {
  const text = ctx.windows.text;
  let i = ctx.quantity.start;
  while (i < ctx.quantity.end && !isDigit(text[i]) && !CHINESE_DIGIT.test(text[i] ?? '')) i++;
  return text.slice(ctx.quantity.start, i).trim();
}
const CHINESE_DIGIT = /[零〇一二两三四五六七八九十百千万亿]/;

/** Whether a clause's figure is of what an earlier clause of its sentence named (a total of it, or its subject continued). */
const continuesEarlier = (ctx: MatchContext): boolean =>
  ctx.windows.memo(
    `continues@${ctx.clause.start}@${ctx.quantity.start}`,
    () =>
      anyOf(ctx.windows, TOTAL_WORDS, ctx.clause.start, ctx.clause.end) ||
      // The bound read into the figure (突破5000亿元) is the clause's verb: 今年有望突破5000亿元 continues the clause before.
      CONTINUES.test(ctx.windows.slice(ctx.clause.start, ctx.quantity.start) + boundWords(ctx)) ||
      TIME_PART_LEAD.test(ctx.windows.slice(ctx.clause.start, ctx.quantity.start)) ||
      FROM_TO.test(ctx.windows.slice(ctx.clause.start, ctx.quantity.start)) ||
      // 人工智能产业规模：3800亿元（2024年）; AI firms: 2,300: a value right after its label's colon.
      (/[:：]/.test(ctx.windows.text[ctx.clause.start - 1] ?? '') &&
        ctx.windows.slice(ctx.clause.start, ctx.quantity.start).trim() === '' &&
        !LIST_INTRO.test(ctx.windows.slice(Math.max(0, ctx.clause.start - 12), ctx.clause.start - 1))) ||
      DISTRIBUTES.test(ctx.windows.slice(ctx.clause.start, ctx.quantity.start)),
  );

/**
 * A clause that shares out a count among the places it or the clause before names (…重点企业主要集聚在浦东新区和徐汇区，各分布了
 * 134家、81家企业; 嘉定区和静安区均有16家): each figure is of what the sentence counted before. Only places may stand before the
 * word that shares out (航空服务艺术与管理和网络空间安全分别有29所 names what it counts).
 */
const DISTRIBUTES =
  /^[\s，,]*(?:[^\s，,。；;、和及与]{1,10}?(?:区|县|镇|园区|新城|岛|城)\s*(?:、|和|及|与)?\s*)*(?:各分布了?|各有|各为|分别为|分别有|分别是|分别达到?|均有|均为|均达到?)(?:\s*[0-9.]+[万亿千百]*[家个所款人名]?\s*(?:、|和|及|与|以及))*\s*$/;

/** Words that make a clause's figure the total of what an earlier clause named. */
const TOTAL_WORDS = [
  '总数',
  '总量',
  '总规模',
  '总金额',
  '总额',
  '总计',
  '合计',
  '共计',
  '累计达',
  '累计集聚',
  '这一数字',
  '这一数据',
  '该数字',
  'this figure',
  'the figure',
  'full-year figure',
  'full year figure',
  'annual figure',
  'full-year total',
  'the total',
  'in total',
  'a total of',
  'bringing the total',
  // …a key industry, with an average annual growth rate of 29% from 134 billion yuan in 2018 to …: the values of what grew.
  'increased from',
  'up from',
  'down from',
  'grew from',
  'rose from',
  'risen from',
  'grown from',
  'growth rate of',
];
const REFERRED = 1000;

/** The nearest subject word in `[from, to)`: the last one when looking back, the first when looking ahead. */
function nearestSubject(
  subjects: Subjects,
  text: TextWindows,
  from: number,
  to: number,
  last: boolean,
  names: ReadonlyArray<Span> = [],
): { subject: string; word: string } | null {
  const { set, subjectOf } = subjectIndex(subjects);
  // 市北高新技术服务业园区已集聚人工智能相关企业200余家: a word inside a place's name (服务业) is not the figure's subject.
  const found = wordOutside(set, text, from, to, last, names);
  if (!found) return null;
  const subject = subjectOf.get(found.word)!;
  // emerging industries – including biomedicine … and artificial intelligence (AI) – achieved …: an example inside an aside
  // that lists a wider subject's members is that subject's.
  if (subject !== 'other' && last) {
    const opener = wordSet(EXAMPLE_OPENERS).last(text, Math.max(from, found.at - EXAMPLE_REACH), found.at);
    // The verb after the aside may stand past the span searched (…, which covers e-commerce and AI, generated …).
    const end = found.at + found.word.length;
    // …of which artificial intelligence (AI) output reached …: the bracket that closes an acronym closes no aside; what
    // follows it may (… and artificial intelligence (AI) – achieved).
    const after = text.text[found.at - 1] === '(' && text.text[end] === ')' ? end + 1 : end;
    const closed =
      opener !== null && ASIDE_CLOSE.test(text.slice(after, Math.max(to, Math.min(text.text.length, after + ASIDE_VERB_REACH))));
    const head = closed ? set.last(text, Math.max(0, opener.at - EXAMPLE_REACH), opener.at) : null;
    if (head && subjectOf.get(head.word) === 'other') return { subject: 'other', word: head.word };
  }
  // 集成电路、生物医药、人工智能三大先导产业: the last of a list of industries is the list's, which is not one of them alone.
  if (subject !== 'other' && last) {
    const before = set.last(text, Math.max(0, found.at - 24), found.at);
    if (before && subjectOf.get(before.word) === 'other' && INDUSTRY_LIST_GLUE.test(text.slice(before.at + before.word.length, found.at)))
      return { subject: 'other', word: listOf(before.word, found.word) };
  }
  // 人工智能及数字产业项目, 300 AI and robotics companies: AI first in a list with another industry is the list's too.
  if (subject !== 'other') {
    const end = found.at + found.word.length;
    // The list may run past the span searched (300 companies in AI and robotics): only a joining word stands between.
    const next = set.first(text, end, Math.min(text.text.length, end + LIST_NEXT_REACH));
    if (next && subjectOf.get(next.word) === 'other' && INDUSTRY_LIST_GLUE.test(text.slice(end, next.at)))
      return { subject: 'other', word: listOf(found.word, next.word) };
  }
  return { subject, word: found.word };
}

/** Words that open a list of examples of what stands before them, and how far such a list may reach. */
const EXAMPLE_OPENERS = ['including', 'such as', 'which covers', 'that covers', 'covering', 'spanning', 'of which', '包括', '例如', '涵盖'];
const EXAMPLE_REACH = 80;
/** How far past the span searched the aside's closing comma and verb may be read. */
const ASIDE_VERB_REACH = 44;
/**
 * The aside of examples closes after the subject word: a dash or a bracket (… and artificial intelligence (AI) – achieved), or
 * a comma before the sentence's verb (the district's robotics industry, including humanoid robots, generated …).
 */
const ASIDE_CLOSE =
  /^\s*(?:\(ai\)\s*)?(?:(?:is|are) (?:just |only )?(?:an? |one )?(?:[a-z-]+ ){0,2}(?:part|component|segment|pillar)\s*)?(?:–|—|-\s|\)|）|,(?=\s+(?:generated|grew|rose|reached|accounted|posted|recorded|hit|totaled|totalled|was|were|is|are|has|had)\b))/;

/** Between the industries of a list: 、, 和, 与, 及, commas, and. */
/** Two industries named together: 集成电路、人工智能; ai and robotics. */
const listOf = (a: string, b: string): string => (/[a-z]$/.test(a) && /^[a-z]/.test(b) ? `${a} and ${b}` : `${a}、${b}`);
/** How far after AI the next industry of a list may end (" and biomedicine", 及数字产业). */
const LIST_NEXT_REACH = 20;
const INDUSTRY_LIST_GLUE = /^(?:产业|行业)?\s*(?:[、,，]|和|与|及|以及|and)\s*$/;

/** Every subject word and every other-industry word in one set, with what each one means. */
const subjectIndexes = new WeakMap<Subjects, { set: WordSet; subjectOf: Map<string, string> }>();
function subjectIndex(subjects: Subjects): { set: WordSet; subjectOf: Map<string, string> } {
  let index = subjectIndexes.get(subjects);
  if (!index) {
    const subjectOf = new Map<string, string>();
    for (const w of subjects.other) subjectOf.set(w, 'other');
    // A word listed both ways counts as the subject it names (人形机器人 is robots, not other).
    for (const [subject, words] of Object.entries(subjects.words)) for (const w of words) subjectOf.set(w, subject);
    index = { set: new WordSet([...subjectOf.keys()]), subjectOf };
    subjectIndexes.set(subjects, index);
  }
  return index;
}

/** A subject word as an English reader reads it: its English name in the catalogue, else the word itself when it is English. */
export function subjectWordEn(subjects: Subjects, word: string): string {
  // 生物医药、人工智能: a list of industries, each named.
  if (word.includes('、'))
    return word
      .split('、')
      .map((w) => subjectWordEn(subjects, w))
      .join(' and ');
  return subjects.english[word] ?? (/[\u4e00-\u9fff]/.test(word) ? `another subject (${word})` : word);
}

/** How far past a quantity its own noun phrase reaches (200家AI企业, 3,000 pan-AI firms). */
const HEAD = 8;

/**
 * Whether the text ties the quantity to `subject`: a subject word in the quantity's own noun phrase
 * (3,000 pan-AI firms after 1,000 AI firms), else the nearest one before it in its clause, else after
 * it in the clause, else before it in the sentence or the paragraph just before.
 */
function subjectHolds(cat: Catalogue, subject: string, ctx: MatchContext): Bilingual | null {
  const { windows: text, clause, quantity } = ctx;
  const name = SUBJECT_NAMES[subject] ?? { zh: subject, en: subject };
  const about = (found: { subject: string; word: string }): Bilingual | null =>
    found.subject === subject
      ? null
      : { zh: `说的是${found.word}，不是${name.zh}`, en: `about ${subjectWordEn(cat.subjects, found.word)}, not ${name.en}` };
  // The quantity's own noun phrase: English puts it inside the quantity ("200 AI firms"), Chinese after it (100家集成电路企业).
  const names = ctx.placeNames ?? [];
  const own = nearestSubject(cat.subjects, text, quantity.start, Math.min(ctx.segment.end, quantity.end + HEAD), false, names);
  if (ctx.placeKind !== null && cat.subjects.impliedByPlaceKinds[subject]?.includes(ctx.placeKind)) {
    // A park of the subject's kind is about it, unless the figure's own words name another (… 100 chip design firms).
    const named = own ?? nearestSubject(cat.subjects, text, Math.max(clause.start, quantity.start - ADJACENT), quantity.start, true);
    if (named !== null) return about(named);
    // The zone signed 18 projects in AI, new energy and biomedicine with a total investment of …: AI listed with other
    // industries anywhere before the figure in its clause makes the figure the list's, even at an AI park.
    const listed = nearestSubject(cat.subjects, text, Math.max(ctx.sentence.start, clause.start - LIST_BACK), quantity.start, false);
    if (listed !== null && listed.subject === 'other' && /、| and /.test(listed.word)) return about(listed);
    // …新签约项目15个，总投资约58亿元，涵盖人工智能、生物医药、新材料等领域: so does a list of fields in the clause right after it.
    const fields = fieldsAfter(cat.subjects, subject, text, clause, ctx.sentence);
    return fields ? about(fields) : null;
  }
  // A zone's figure (张江科学城, 临港) must say in its own sentence that it is AI: a zone holds every
  // industry, and the article's topic does not make its total output an AI figure.
  // …模速空间集聚1500余家AI企业。张江则汇聚600多家企业: a zone set beside the one before it (则) continues its subject.
  const parallel = PARALLEL_SUBJECT.test(text.slice(ctx.sentence.start, Math.min(ctx.sentence.end, ctx.sentence.start + 16)));
  const lookBack =
    ctx.placeKind === 'area' && !parallel
      ? Math.max(ctx.sentence.start, clause.start - TOPIC_WINDOW)
      : Math.max(0, clause.start - TOPIC_WINDOW);
  const found =
    // The quantity's own noun phrase first, then the nearest word before it in its clause.
    own ??
    nearestSubject(cat.subjects, text, clause.start, quantity.start, true, names) ??
    // From the number on: English puts the subject inside the quantity ("200 AI firms").
    // …up to the next figure: over 300 tech startups, about 100 of which work on AI (the AI is the 100's).
    nearestSubject(cat.subjects, text, quantity.start, subjectReach(text.text, quantity.end, clause.end), false, names) ??
    nearestSubject(cat.subjects, text, lookBack, clause.start, true, names);
  if (found === null) return { zh: `原文未说明与${name.zh}有关`, en: `the text does not say it is about ${name.en}` };
  // 三大先导产业制造业总产值增长8.6%，其中，…人工智能增长3.2%: a part of another industry's whole is that whole's kind.
  if (found.subject === subject) {
    const before = ctx.windows.slice(ctx.sentence.start, quantity.start);
    const part = before.search(PART_WORDS);
    // A sentence that opens with the part word (Among all, … that of artificial intelligence rose 3.2 percent) takes
    // its whole from the end of the sentence before.
    const opens = part >= 0 && before.slice(0, part).trim() === '';
    const region = opens
      ? { start: Math.max(0, ctx.sentence.start - PART_WHOLE_BACK), end: ctx.sentence.start }
      : { start: ctx.sentence.start, end: ctx.sentence.start + part };
    const whole =
      part < 0
        ? null
        : opens
          ? wholeBefore(cat, text, region.start, region.end)
          : nearestSubject(cat.subjects, text, region.start, region.end, true);
    // 全区在线新经济…1206.4亿元。其中，人工智能产业实现营业收入412.6亿元: AI's own part of a wider grouping of industries
    // is AI's; only a part of a kind of output (工业总产值, 制造业, industrial output: AI's manufacturing) is that kind's.
    if (whole && whole.subject === 'other' && OUTPUT_KINDS.test(text.slice(region.start, region.end))) return about(whole);
    // 总投资约510亿元，涉及人工智能、集成电路、生物医药等领域: a clause right after that lists the fields makes the figure theirs.
    const fields = fieldsAfter(cat.subjects, subject, text, clause, ctx.sentence);
    if (fields) return about(fields);
  }
  return about(found);
}

/** A clause that lists the fields of what the one before counts: 涉及…, 涵盖…, spanning …, covering …. */
const FIELDS_OPENER =
  /^[，,]\s*(?:涉及|涵盖|覆盖|囊括|包括|包含|分布在|分布于|集中在|spanning|covering|across|in fields such as|in sectors such as|including)/;

/** The subject's own name, not one of its fields (大模型, 智能芯片): AI named beside other industries is a list of industries. */
const CORE_NAMES = new Set(['人工智能', 'ai', 'artificial intelligence']);

/**
 * The fields the clause after `clause` lists, when it names the subject itself beside another industry (人工智能、集成电路);
 * null otherwise. Fields inside the subject (涉及智能芯片、智能驾驶、大模型等领域) leave the figure the subject's.
 */
function fieldsAfter(
  subjects: Subjects,
  subject: string,
  text: TextWindows,
  clause: Span,
  sentence: Span,
): { subject: string; word: string } | null {
  if (clause.end >= sentence.end) return null;
  const opener = FIELDS_OPENER.exec(text.slice(clause.end, Math.min(sentence.end, clause.end + 24)));
  if (!opener) return null;
  const from = clause.end + opener[0].length;
  const stop = text.slice(from, sentence.end).search(/[，,；;。]/);
  const to = stop < 0 ? sentence.end : from + stop;
  const { set, subjectOf } = subjectIndex(subjects);
  let own: string | null = null;
  let other: string | null = null;
  for (let at = from; at < to;) {
    const hit = set.first(text, at, to);
    if (!hit) break;
    if (subjectOf.get(hit.word) === subject && CORE_NAMES.has(hit.word)) own ??= hit.word;
    else if (subjectOf.get(hit.word) === 'other') other ??= hit.word;
    at = hit.at + hit.word.length;
  }
  return own !== null && other !== null ? { subject: 'other', word: listOf(own, other) } : null;
}

/** Kinds of output a part of which is still that kind (人工智能制造业产值 is AI's manufacturing, not its industry). */
const OUTPUT_KINDS = /工业|制造|manufactur|industrial/;

/** How far before a figure's clause a list of industries that names AI may start (18 projects in AI, new energy and …). */
const LIST_BACK = 60;

/** A sentence whose subject is set beside the one before: 张江则…, 临港也…, 同样，…. */
const PARALLEL_SUBJECT = /^[^，,。]{1,10}(?:则|也|同样)|^\s*同样[，,]/;

const SUBJECT_NAMES: Record<string, Bilingual> = { ai: { zh: '人工智能', en: 'AI' }, robot: { zh: '人形机器人', en: 'humanoid robots' } };

/** A change just before the figure and "to": the figure is the level it reached. */
const LEVEL_AFTER_CHANGE = /[0-9](?:%|\s?percent|\s?per cent)?(\s+to\s+)$/;

/** The first veto that applies to a quantity for this metric, as its reason; null when none does. */
function vetoed(cat: Catalogue, entry: CatalogueEntry, ctx: MatchContext, seen: Map<string, boolean>): Bilingual | null {
  // What stands before the counted noun: in Chinese before the figure (上下游企业40家), in English inside it as well (nearly 40
  // upstream and downstream enterprises), where the figure's own words run up to its noun.
  const before = respectiveItem(ctx) ?? { start: ctx.segment.start, end: ctx.quantity.end };
  // What follows the next figure is about that figure (… and more than 100 investment institutions while being home to 10 unicorns).
  // "…, which added that AI industrial output is expected to surpass …": the words of saying are not the figure's own.
  const ownStart = afterReporting(ctx, itemStart(ctx));
  // …rose another 24% to 150.4 billion yuan, increased by 300 to 2,600: the figure after "to" is the level reached; the change
  // before it is the other figure's.
  const level = LEVEL_AFTER_CHANGE.exec(ctx.windows.slice(Math.max(ownStart, ctx.quantity.start - 16), ctx.quantity.start));
  const own = { start: ownStart, end: nextFigure(ctx.windows.text, ctx.quantity.end, ctx.segment.end) };
  const ownAfterChange = level ? { start: ctx.quantity.start - level[1]!.length, end: own.end } : own;
  // Across 、: the words before a list apply to each item (带动周边落地200多家AI企业、100余家投资机构).
  const adjacent = { start: Math.max(ctx.clause.start, ctx.quantity.start - ADJACENT), end: ctx.quantity.start };
  // English qualifies the noun after it: "183 AI companies with annual revenue of more than …".
  // … up to the next figure: 3 key enterprises in the field of artificial intelligence with a value of over 10 billion yuan.
  // …gather 1,000 AI firms and to lift AI industry revenue above 100 billion yuan: not past an "and" that starts another verb.
  const followingEnd = Math.max(
    Math.min(ctx.segment.end, ctx.quantity.end + 2 * ADJACENT),
    nextFigure(ctx.windows.text, ctx.quantity.end, ctx.segment.end),
  );
  const andVerb = AND_VERB.exec(ctx.windows.slice(ctx.quantity.end, followingEnd));
  const following = { start: ctx.quantity.end, end: andVerb ? ctx.quantity.end + andVerb.index : followingEnd };
  for (const v of cat.vetoes) {
    if (entry.allow?.includes(v.id)) continue;
    // A share's own head is the whole it is a share of, before or after it: 顶尖人才占全国总量的43%, 40% of the nation's top AI talent.
    const share = v.scope === 'head' && entry.of !== undefined;
    const key = share ? `${v.id} of` : v.id;
    let applies = seen.get(key);
    if (applies === undefined) {
      applies =
        v.scope === 'head'
          ? anyWord(
              ctx.windows,
              v.words,
              share
                ? { start: ctx.clause.start, end: nextFigure(ctx.windows.text, ctx.quantity.end, ctx.clause.end) }
                : { start: ctx.quantity.numberStart ?? ctx.quantity.start, end: Math.min(ctx.segment.end, ctx.quantity.end + HEAD) },
            ) ||
            // 其中高端人才超过1万人: the subject of a figure's own clause part names what it counts, before it.
            (!share && anyWord(ctx.windows, v.words, { start: own.start, end: ctx.quantity.start }))
          : v.scope === 'noun'
            ? countsOther(ctx, v)
            : v.scope === 'adjacent'
              ? anyWord(ctx.windows, v.words, adjacent) || anyWord(ctx.windows, v.words, following)
              : v.scope === 'before'
                ? anyWord(ctx.windows, v.words, before)
                : ownWords(ctx, v.words, v.change === true ? ownAfterChange : own) || (v.headsList === true && listHeadHas(ctx, v.words));
      if (!applies && v.continues === true) applies = anyWord(ctx.windows, v.words, continuedClause(ctx));
      if (applies && v.whenSentence) applies = anyWord(ctx.windows, v.whenSentence, ctx.sentence);
      seen.set(key, applies);
    }
    if (applies) return v.reason;
  }
  return null;
}

/** An English "and" that opens another verb phrase: and to lift, and will raise, and has. */
const AND_VERB = /\s(?:and|while)\s+(?:to|will|would|plans? to|aims? to)\s/i;

/** How far after a Chinese count its noun may start (30个人工智能应用场景: past the words that qualify it). */
const NOUN_REACH = 10;
/** How far before a count its noun may end (应用场景超过300个, 创新中心12个: its bound or verb between). */
const NOUN_BACK = 4;

/** The veto's own words and the nouns counts count, as one set, per veto. */
const nounSets = new WeakMap<Veto, WordSet>();
function nounSet(v: Veto): WordSet {
  let set = nounSets.get(v);
  if (!set) nounSets.set(v, (set = new WordSet([...v.words, ...(v.counted ?? [])])));
  return set;
}

/**
 * Whether a count counts one of the veto's nouns (30个人工智能应用场景, 30 AI application projects): English ends the
 * figure with its noun; Chinese puts it after the figure, nouns run together read as one whose last word is the head
 * (园区企业: firms), or, with none after it, right before the figure (应用场景超过300个).
 */
function countsOther(ctx: MatchContext, v: Veto): boolean {
  const { windows, quantity, segment } = ctx;
  const english = /[a-z]/i.test(windows.text[quantity.end - 1] ?? '');
  if (quantity.unit === 'persons' && english) return modifiesNext(ctx, v);
  if (quantity.unit !== 'items') return false;
  const nouns = nounSet(v);
  const other = (word: string): boolean => v.words.includes(word);
  if (english) {
    const last = nouns.last(windows, quantity.numberStart ?? quantity.start, quantity.end);
    return (last !== null && last.at + last.word.length === quantity.end && other(last.word)) || modifiesNext(ctx, v);
  }
  const end = Math.min(segment.end, quantity.end + NOUN_REACH);
  let head = nouns.first(windows, quantity.end, end);
  if (head !== null) {
    let next = nouns.first(windows, head.at + head.word.length, end);
    while (next !== null && next.at === head.at + head.word.length) {
      head = next;
      next = nouns.first(windows, head.at + head.word.length, end);
    }
    return other(head.word);
  }
  const before = nouns.last(windows, Math.max(segment.start, quantity.start - NOUN_BACK - NOUN_REACH), quantity.start);
  return before !== null && quantity.start - (before.at + before.word.length) <= NOUN_BACK && other(before.word);
}

/** 10,000 talent apartments: an English figure's noun that modifies the veto's noun right after it, which is what it counts. */
function modifiesNext(ctx: MatchContext, v: Veto): boolean {
  const { windows, quantity, segment } = ctx;
  if (windows.text[quantity.end] !== ' ') return false;
  const next = nounSet(v).first(windows, quantity.end + 1, Math.min(segment.end, quantity.end + 1 + NOUN_REACH * 2));
  return next !== null && next.at === quantity.end + 1 && v.words.includes(next.word);
}

/** A clause with no words of its own before its figure, only a verb of change or level (，新增44家; ，增幅达259%). */
const VERB_ONLY_LEAD =
  /^[\s，,]*(?:同比|较上年|比上年)?(?:新增|新引进|净增|增加了?|增长了?|增至|增长到|达到|达|突破|超过|共|累计|共计|合计|有)\s*$/;

/**
 * An English clause that is only its verb before the figure (A metaverse hall, a WAIC first since 2018, attracted 370,000
 * visits): its subject opens the sentence, past any aside between commas.
 */
const EN_VERB_ONLY_LEAD =
  /^\s*(?:and\s+)?(?:has\s+|have\s+|had\s+)?(?:attracted|drew|draws|reached|hit|saw|received|recorded|welcomed|hosted|housed|gathered|counted|had|has|have)\s+(?:a total of\s+)?$/;

/** The clause before the figure's, when the figure's clause only continues it; an empty span otherwise. */
function continuedClause(ctx: MatchContext): Span {
  const { clause, sentence, quantity, windows } = ctx;
  const none = { start: clause.start, end: clause.start };
  if (clause.start <= sentence.start) return none;
  if (EN_VERB_ONLY_LEAD.test(windows.slice(clause.start, quantity.start))) return { start: sentence.start, end: clause.start };
  if (!VERB_ONLY_LEAD.test(windows.slice(clause.start, quantity.start))) return none;
  let start = clause.start - 1;
  while (start > sentence.start && !CLAUSE_BREAKS.has(windows.text[start - 1]!)) start--;
  return { start, end: clause.start };
}
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', '，', ';', '；', ':', '：']);

/** The figure's 、-segment up to the next figure: what follows another figure is about that one (…computing power—96% dedicated to AI). */
const ownSegment = (ctx: MatchContext): Span => ({
  start: ctx.segment.start,
  end: nextFigure(ctx.windows.text, ctx.quantity.end, ctx.segment.end),
});

/** How long a bracketed aside right after a figure may be. */
const ASIDE_REACH = 60;

/** Where a bracketed aside right after `pos` ends (1200P（每秒12亿亿次浮点运算）), or `pos` when none follows. */
function asideEnd(text: string, pos: number): number {
  if (text[pos] !== '(' && text[pos] !== '（') return pos;
  for (let k = pos + 1; k < text.length && k <= pos + ASIDE_REACH; k++) {
    if (text[k] === ')' || text[k] === '）') return k + 1;
    if (text[k] === '(' || text[k] === '（' || text[k] === '。') return pos;
  }
  return pos;
}

/** Whether one of `words` stands in the figure's own words, leaving out an aside that explains its unit (每秒 there is no ratio). */
function ownWords(ctx: MatchContext, words: string[], own: Span): boolean {
  const resume = asideEnd(ctx.windows.text, ctx.quantity.end);
  if (resume === ctx.quantity.end) return anyWordPastBound(ctx, words, own);
  const lead = anyWordPastBound(ctx, words, { start: own.start, end: ctx.quantity.end });
  return lead || (resume < own.end && anyWord(ctx.windows, words, { start: resume, end: own.end }));
}

/**
 * A word of the span, not counting the figure's own bound written before its number: "expected to top 100 EFLOPS" is no
 * top-100 list, "more than" no comparison.
 */
function anyWordPastBound(ctx: MatchContext, words: string[], span: Span): boolean {
  const { start, numberStart } = ctx.quantity;
  if (numberStart === undefined || numberStart <= start || start < span.start || numberStart > span.end)
    return anyWord(ctx.windows, words, span);
  return (
    anyWord(ctx.windows, words, { start: span.start, end: start }) || anyWord(ctx.windows, words, { start: numberStart, end: span.end })
  );
}

/** How far into its clause the word that heads a list may start (在算力规模方面，新增通算50P、智算1200P: at once). */
const LIST_HEAD = 2;
/** The longest word that may head a list (新增, 新引进, newly added …). */
const LIST_HEAD_WORD = 12;

/**
 * A word that opens the clause heads the whole 、-list after it (新增通算50P、智算1,200P、超算…: every item is an
 * increase), unless the figure's own item says it is a total (企业新增200家、总数达1200家).
 */
function listHeadHas(ctx: MatchContext, words: ReadonlyArray<string>): boolean {
  const { clause, segment, windows } = ctx;
  if (segment.start <= clause.start || windows.text[segment.start - 1] !== '、') return false;
  if (anyOf(windows, TOTAL_WORDS, segment.start, ctx.quantity.end)) return false;
  const head = wordSet(words).first(windows, clause.start, Math.min(segment.start, clause.start + LIST_HEAD + LIST_HEAD_WORD));
  return head !== null && head.at - clause.start <= LIST_HEAD;
}

/** A verb of saying and its "that": what follows is what was said (he added that …, the report noted that …). */
const REPORTING =
  /\b(?:said|says|added|adds|noted|notes|stated|states|announced|reported|revealed|disclosed|explained|predicted|estimated)\s+that\b/g;

/** Where the figure's own words start once a verb of saying before it is left out (English only; else `start`). */
function afterReporting(ctx: MatchContext, start: number): number {
  const lead = ctx.windows.slice(start, ctx.quantity.start);
  let end = -1;
  for (const m of lead.matchAll(REPORTING)) end = m.index + m[0].length;
  return end < 0 ? start : start + end;
}

/** A list's joining word between two figures' items: the last one before a figure starts that figure's item. */
const ITEM_GLUE = /(?:\band\b|\bas well as\b|以及|和|及|与|、)/g;

/**
 * Where the quantity's own list item starts: after the joining word that follows the number before it in
 * its segment (40 AI unicorns and more than 3,000 AI companies: "unicorns" is the first item's word), else
 * the segment's start.
 */
function itemStart(ctx: MatchContext): number {
  const { segment, quantity } = ctx;
  const text = ctx.windows.text;
  let last = quantity.start - 1;
  while (last >= segment.start && !isDigit(text[last])) last--;
  if (last < segment.start) return segment.start;
  // 上市企业和独角兽企业分别有40家和10家: the names stand before all the figures, so every one is each figure's.
  if (RESPECTIVELY.test(text.slice(segment.start, last))) return segment.start;
  let start = segment.start;
  for (const m of text.slice(last + 1, quantity.start).matchAll(ITEM_GLUE)) start = last + 1 + m.index + m[0].length;
  return start;
}

const RESPECTIVELY = /分别|\brespectively\b/;

/** The names a 分别 pairs with its figures, in order: 核心产业规模、相关产业规模分别突破300亿元和3000亿元. */
const NAME_GLUE = /、|和|及|与|以及/g;

/**
 * In 甲、乙分别达X和Y the second figure is 乙's: the span of the name that a 分别 pairs with the figure, when
 * the names before it and the figures after it are as many; null otherwise (no 分别, or a count that does not match).
 */
function respectiveItem(ctx: MatchContext): Span | null {
  const { clause, quantity } = ctx;
  const text = ctx.windows.text;
  const mark = text.lastIndexOf('分别', quantity.start);
  if (mark < clause.start) return null;
  // The figures from 分别 to this one, and after it: each run of digits starts one (300亿元和3000亿元).
  const index = figuresIn(text, mark + 2, quantity.start);
  const names: Span[] = [];
  let from = clause.start;
  for (const m of text.slice(clause.start, mark).matchAll(NAME_GLUE)) {
    names.push({ start: from, end: clause.start + m.index });
    from = clause.start + m.index + m[0].length;
  }
  names.push({ start: from, end: mark });
  const figures = index + 1 + figuresIn(text, quantity.end, clause.end);
  return names.length >= 2 && names.length === figures ? names[index]! : null;
}

/**
 * 企业达550余家、产业规模达200亿元，较2019年分别增长83%、67%: a 分别 clause that names nothing before its figures pairs
 * them, in order, with the figures the sentence gave before it; the span of the earlier figure's own words (from the
 * mark before it) is returned for the figure at the same rank. Null when there is no such pairing.
 */
function respectiveFigure(ctx: MatchContext): Span | null {
  const { clause, quantity, sentence } = ctx;
  const text = ctx.windows.text;
  const mark = text.lastIndexOf('分别', quantity.start);
  if (mark < clause.start || NAME_GLUE_ONE.test(text.slice(clause.start, mark))) return null;
  const index = figuresIn(text, mark + 2, quantity.start);
  const count = index + 1 + figuresIn(text, quantity.end, clause.end);
  const earlier = figureStarts(text, sentence.start, clause.start);
  if (count < 2 || earlier.length < count) return null;
  const at = earlier[earlier.length - count + index]!;
  let start = at;
  while (start > sentence.start && !ITEM_MARKS.has(text[start - 1]!)) start--;
  return { start, end: at };
}
const NAME_GLUE_ONE = /、|和|及|与|以及/;
const ITEM_MARKS: ReadonlySet<string> = new Set(['、', ',', '，', ';', '；']);

/** Where the figures in [from, to) start: runs of digits, a decimal's second part not counted. */
function figureStarts(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (isDigit(text[i]) && !isDigit(text[i - 1]) && text[i - 1] !== '.') out.push(i);
  return out;
}

/** How many figures start in [from, to). */
const figuresIn = (text: string, from: number, to: number): number => figureStarts(text, from, to).length;

/** Where the next figure after `from` starts (its first digit), or `to`. */
/** How far after a figure its subject may be named: up to the next figure, unless that one only continues a chain (1,200 and 1,000 AI firms). */
function subjectReach(text: string, from: number, to: number): number {
  // 18.5 billion yuan (US$2.5 billion) into Shanghai's AI start-ups: the same amount in another currency is no other figure.
  const open = text[from] === ' ' ? from + 1 : from;
  const aside = asideEnd(text, open);
  const resume = Math.min(to, aside > open ? aside : from);
  const next = nextFigure(text, resume, to);
  return /^(?:\s|,|，|、|and\b|和|与|及)*$/.test(text.slice(resume, next)) ? to : next;
}

/**
 * A later figure with a counter of its own (133场, 28家; 超千家 in 超200家上下游企业、超千家人工智能规上企业): where it starts,
 * unless only glue stands before it; else `to`.
 */
function laterCounted(text: string, from: number, to: number): number {
  const digits = nextFigure(text, from, to);
  const next = Math.min(digits, laterChineseCounted(text, from, digits));
  if (next >= to || /^(?:\s|,|，|、|和|与|及)*$/.test(text.slice(from, next))) return to;
  return next < digits || COUNTED.test(text.slice(next, next + 12)) ? next : to;
}
const COUNTED = /^[0-9.,]+\s*(?:余|多)?[场家个款位人项所座名]/;
/** The numerals a count in Chinese is written with (千家, 三十余所), one list for the quick test and the pattern. */
const COUNT_NUMERALS = '一二两三四五六七八九十百千万';
const CHINESE_COUNTED = new RegExp(`^[${COUNT_NUMERALS}]+(?:余|多)?[场家个款位人项所座名]`);
const CHINESE_NUMERALS: ReadonlySet<string> = new Set(COUNT_NUMERALS);

/** The first figure in Chinese numerals with a counter (千家, 三十余所) in [from, to), or `to`. */
function laterChineseCounted(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++)
    if (CHINESE_NUMERALS.has(text[i]!) && !CHINESE_NUMERALS.has(text[i - 1] ?? '') && CHINESE_COUNTED.test(text.slice(i, i + 8))) return i;
  return to;
}

function nextFigure(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return to;
}

/**
 * A rate or share must name what it qualifies: the base metric's phrase earlier in the sentence
 * (产业规模超过1180亿元,同比增长29%), or in its own clause. Returns how close that phrase stands
 * (a bonus: the nearest base wins when a sentence names several), or -1 when none is named.
 */
function baseCloseness(cat: Catalogue, entry: CatalogueEntry, ctx: MatchContext): number {
  const base = cat.metrics.find((m) => m.id === entry.of);
  if (!base) return -1;
  let nearest = -1;
  // Of two bases named at the same place, the longer phrase is the more specific (large model companies, not companies).
  let length = 0;
  const consider = (end: number, p: string): void => {
    if (end > nearest || (end === nearest && p.length > length)) [nearest, length] = [end, p.length];
  };
  // 产业规模和企业数量分别增长30%和20%: the second rate is of the firms, whatever the sentence names elsewhere.
  const paired = respectiveItem(ctx) ?? respectiveFigure(ctx);
  if (paired) {
    for (const p of base.phrases) {
      const at = findWord(ctx.windows, p, paired.start, paired.end, true);
      if (at >= 0) consider(at + p.length, p);
    }
    return nearest < 0 ? -1 : 99 + Math.min(length, 99) / 100;
  }
  // 产业规模同比增长超过20%，人工智能企业数量同比增长近20%: a clause that names another measure before its rate is that
  // measure's rate, whatever an earlier clause named.
  const lead = { start: ctx.clause.start, end: ctx.quantity.start };
  if (!anyWord(ctx.windows, base.phrases, ctx.clause) && otherMeasureNamed(cat, base, ctx, lead)) return -1;
  // 全国三分之一的人工智能人才和四分之一的人工智能企业: the noun right after a share's 的 is what it is a share of.
  if (ctx.windows.text[ctx.quantity.end] === '的' && ctx.quantity.end < ctx.clause.end) {
    const from = ctx.quantity.end + 1;
    let own = 0;
    for (const p of base.phrases) if (ctx.windows.text.startsWith(p, from) && p.length > own) own = p.length;
    if (own > 0) return HEAD_SHARE + own / 100;
  }
  for (const p of base.phrases) {
    const at = findWord(ctx.windows, p, ctx.sentence.start, ctx.quantity.start, true);
    if (at >= 0) consider(at + p.length, p);
    else if (hasWord(ctx.windows, p, ctx.quantity.end, ctx.clause.end)) consider(ctx.quantity.start, p);
  }
  if (nearest < 0) return -1;
  // 人工智能企业规模达1637.92亿元，占全市36%: a figure between the name and the share is what the share is of; an
  // amount is not a count of firms.
  const between = ctx.previous;
  // Other shares in between are a list of shares of the same (Beijing (34.1 percent) and Shanghai (33.7 percent)).
  if (between && between.start >= nearest && between.end <= ctx.quantity.start && between.unit !== base.unit && between.unit !== 'percent')
    return -1;
  return Math.max(1, 99 - Math.floor((ctx.quantity.start - nearest) / 4)) + Math.min(length, 99) / 100;
}

/** A share's own noun outranks any base named elsewhere in the sentence (99 at most). */
const HEAD_SHARE = 150;

/** Whether a measure of another unit than `base`'s (a count of firms, talent) is named in `span`. */
function otherMeasureNamed(cat: Catalogue, base: CatalogueEntry, ctx: MatchContext, span: Span): boolean {
  return cat.metrics.some(
    (m) => m.of === undefined && m.unit !== base.unit && m.unit !== 'percent' && anyWord(ctx.windows, multiChar(m.phrases), span),
  );
}
/** Phrases of two characters or more (one character names nothing on its own). */
const multiCharCache = new WeakMap<string[], string[]>();
function multiChar(phrases: string[]): string[] {
  let out = multiCharCache.get(phrases);
  if (!out) multiCharCache.set(phrases, (out = phrases.filter((p) => p.length >= 2)));
  return out;
}

const HAN = /[\u3400-\u9fff]/;

/** English names a firm by any of these: a phrase written with one is read with each (LLM firms, LLM startups). */
const FIRM_NOUNS = ['companies', 'firms', 'enterprises', 'businesses', 'startups', 'start-ups'];
function withFirmNouns(phrases: string[]): string[] {
  const out = new Set(phrases);
  for (const p of phrases) {
    const noun = FIRM_NOUNS.find((n) => p === n || p.endsWith(` ${n}`));
    if (noun) for (const n of FIRM_NOUNS) out.add(p.slice(0, p.length - noun.length) + n);
  }
  return [...out];
}

/**
 * The catalogue as one language's text is matched. English text is matched lower-cased, so every
 * word is lower-cased and Chinese words are left out; Chinese text keeps the words that can occur
 * in it (Chinese, or Latin written as Chinese articles write it: AI, Token, WAIC). Fewer words,
 * the same matches, and every quantity is checked against fewer of them.
 */
export function forLanguage(cat: Catalogue, language: 'zh' | 'en'): Catalogue {
  const keep = language === 'en' ? (w: string): boolean => !HAN.test(w) : (w: string): boolean => HAN.test(w) || /[A-Z0-9]/.test(w);
  const pick = (ws: string[]): string[] => ws.filter(keep).map((w) => (language === 'en' ? w.toLowerCase() : w));
  const metrics = cat.metrics.map((m): CatalogueEntry => {
    const out: CatalogueEntry = { ...m, phrases: language === 'en' ? withFirmNouns(pick(m.phrases)) : pick(m.phrases) };
    // Classifiers are the same in every language (an English noun is read as its classifier: firms → 家).
    for (const key of [
      'excludeNear',
      'excludeBefore',
      'excludeSegment',
      'excludeAfter',
      'excludeSentence',
      'narrowerAfter',
      'requireSentence',
      'requireDocument',
    ] as const) {
      const ws = m[key];
      if (ws) out[key] = pick(ws);
    }
    return out;
  });
  const words = Object.fromEntries(Object.entries(cat.subjects.words).map(([k, ws]) => [k, pick(ws)]));
  return {
    metrics,
    subjects: { ...cat.subjects, words, other: pick(cat.subjects.other) },
    vetoes: cat.vetoes.map((v) =>
      v.whenSentence ? { ...v, words: pick(v.words), whenSentence: pick(v.whenSentence) } : { ...v, words: pick(v.words) },
    ),
  };
}

/** The catalogue's metrics by unit, built once per catalogue: a quantity is matched only against its own. */
const unitIndex = new WeakMap<Catalogue, Map<string, CatalogueEntry[]>>();
function byUnit(cat: Catalogue): Map<string, CatalogueEntry[]> {
  let index = unitIndex.get(cat);
  if (!index) {
    index = new Map();
    for (const m of cat.metrics) for (const u of [m.unit, ...(m.alsoUnits ?? [])]) index.set(u, [...(index.get(u) ?? []), m]);
    unitIndex.set(cat, index);
  }
  return index;
}

const NO_MATCH: Match = { metric: null, reason: null };

/** Words that open a part of what the sentence named before: 其中, of which, among them (also for places, facts.ts). */
export const PART_WORDS = /其中|of which|among them|among which|among all|among these/;
/** How far before a sentence that opens with a part word its whole may be named. */
const PART_WHOLE_BACK = 160;

/**
 * The whole the sentence before names, for a sentence that opens with a part word: another industry's, unless AI is
 * among what it names (上海对人工智能、软件和互联网人才吸引力很强…。其中，…人工智能领域人才占全国的三分之一).
 */
function wholeBefore(cat: Catalogue, text: TextWindows, from: number, to: number): ReturnType<typeof nearestSubject> {
  if (anyWord(text, cat.subjects.words['ai'], { start: from, end: to })) return null;
  return nearestSubject(cat.subjects, text, from, to, true);
}
/** The same, or 包括 / including, ending the clause before a figure's clause. */
const PART_OPENERS = new RegExp(`(?:${PART_WORDS.source}|包括|including)[\\s,，:：]*$`);
/** The same words opening the figure's own clause. */
const PART_HEAD = new RegExp(`(?:^|[，,;；:：\\s])(?:${PART_WORDS.source})`);
const PART: Bilingual = {
  zh: '“其中”之后说的是前面所说的一部分，原文未在此处点明指标',
  en: "a part of what the sentence named before ('of which'), and the figure's own words name no metric",
};

/**
 * In a part clause, whether the figure's own words name the metric: its segment after any 包括 / including
 * (其中，出席的嘉宾包括院士20多人 counts academicians, not guests).
 */
function namesOwnPart(entry: CatalogueEntry, ctx: MatchContext): boolean {
  const { windows, segment, quantity } = ctx;
  const include = wordSet(INCLUDE_WORDS).last(windows, segment.start, quantity.start);
  const from = include ? include.at + include.word.length : segment.start;
  return wordSet(entry.phrases).first(windows, from, segment.end) !== null;
}
const INCLUDE_WORDS = ['包括', '包含', '含', 'including', 'include', 'includes'];

/**
 * 共有34款大模型通过备案，其中徐汇区21款、浦东新区8款: a part that is only one of Shanghai's districts is that district's
 * figure of the same measure (其中核心承载区6.1万平方米 and 其中西岸主会场区 are parts, not districts).
 */
function placePart(ctx: MatchContext): boolean {
  let known = placeParts.get(ctx.quantity);
  if (known === undefined) placeParts.set(ctx.quantity, (known = placePartOf(ctx)));
  return known;
}
/** placePart per quantity: asked once for each metric a quantity is checked against. */
const placeParts = new WeakMap<object, boolean>();
function placePartOf(ctx: MatchContext): boolean {
  // Shanghai has 34 registered large models, of which 21 are in Xuhui; …, with about 400 of them in Pudong.
  if (
    EN_PART_LEAD.test(ctx.windows.slice(ctx.clause.start, ctx.quantity.start)) &&
    EN_DISTRICT_AFTER.test(ctx.windows.slice(ctx.quantity.end, ctx.clause.end))
  )
    return true;
  if (!partClause(ctx)) return false;
  const lead = ctx.windows.slice(ctx.segment.start, ctx.quantity.start).replace(PART_LEAD_WORD, '');
  return PLACE_ONLY.test(lead);
}
const EN_PART_LEAD = /^\s*(?:of which|with|among them|and)\s*$/i;
/** After an English part's number: (of them) (are/were) (based/located) in <district>. */
const EN_DISTRICT_AFTER = new RegExp(
  `^\\s+(?:of them\\s+|of these\\s+)?(?:are\\s+|were\\s+|is\\s+)?(?:based\\s+|located\\s+|registered\\s+)?(?:in|from)\\s+(?:${DISTRICTS.map((d) => d.en).join('|')})\\b`,
  'i',
);
const PART_LEAD_WORD = /^[\s，,]*(?:其中|当中)[\s，,：:]*/;
/**
 * One of Shanghai's districts alone (徐汇区, 浦东新区, 徐汇), or the city as a part of a wider whole (全国…其中上海企业贡献40款), its
 * firms, then at most a verb.
 */
const PLACE_ONLY = new RegExp(
  `^(?:(?:${DISTRICTS.map((d) => d.zh.replace(/(新区|区)$/, '')).join('|')})(?:新区|区)?|上海市?)(?:的?企业)?(?:有|为|达|共有|拥有|贡献了?|占)?\\s*$`,
);

/** Whether the quantity's clause opens with 其中 / of which (the word may end the clause before). */
function partClause(ctx: MatchContext): boolean {
  const { windows, clause, quantity } = ctx;
  return windows.memo(`part@${clause.start}`, () => {
    const head = windows.slice(Math.max(ctx.sentence.start, clause.start - 12), Math.min(quantity.start, clause.start + 8));
    return PART_HEAD.test(head) || PART_OPENERS.test(windows.slice(Math.max(ctx.sentence.start, clause.start - 12), clause.start));
  });
}

/** 天眼查: 人工智能相关企业近273.1万余家 is the country's registry, not Shanghai's AI firms. */
const tooLarge = (max: number): Bilingual => ({
  zh: `数值大于上海此项数字的合理上限（${max.toLocaleString('zh-CN')}），说的应是更大的范围`,
  en: `larger than any Shanghai figure of this kind can be (${max.toLocaleString('en-US')}): it is about something wider`,
});

/** 只有7名员工: a team, not the talent of a city, a district or a park. */
const tooSmall = (min: number): Bilingual => ({
  zh: `数值小于此项数字的合理下限（${min.toLocaleString('zh-CN')}），说的应是一家机构或一个团队`,
  en: `smaller than any figure of this kind (${min.toLocaleString('en-US')}): it is about one organisation or team`,
});

/** Every phrase of the metrics of one unit, as one list per unit, built once per catalogue. */
const unitPhraseIndex = new WeakMap<Catalogue, Map<string, string[]>>();
function unitPhrases(cat: Catalogue, unit: string): string[] {
  let index = unitPhraseIndex.get(cat);
  if (!index) {
    index = new Map();
    for (const m of cat.metrics) for (const u of [m.unit, ...(m.alsoUnits ?? [])]) index.set(u, [...(index.get(u) ?? []), ...m.phrases]);
    unitPhraseIndex.set(cat, index);
  }
  return index.get(unit) ?? [];
}

/**
 * The quantity and the words right after it in its segment, where English writes what kind of thing it counts
 * (an English quantity's span holds its noun: Over 60 LLM startups).
 */
const AFTER_QUANTITY = 24;
const afterQuantity = (ctx: MatchContext): Span => ({
  start: ctx.quantity.start,
  end: Math.max(ctx.quantity.end, Math.min(ctx.segment.end, ctx.quantity.end + AFTER_QUANTITY)),
});

/** How far after a figure the part clause that names the narrower measure may start. */
const NARROWER_REACH = 40;
/**
 * 已连续举办七届，累计吸引超过1500家企业参展; a total of 2,000 exhibitors over its six editions: a total over several
 * editions of the event, which is no one edition's figure (第七届 is one edition).
 */
const SEVERAL_EDITIONS =
  /(?<![第0-9一二三四五六七八九十两])(?:[两二三四五六七八九十]{1,2}|[0-9]{1,2})\s?届|\b(?:two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2}) (?:editions|sessions)\b/i;
const CUMULATIVE = /累计|共计|总计|合计|cumulative|in total|a total of|altogether|combined/i;
const OVER_EDITIONS: Bilingual = {
  zh: '历届大会的累计数，不是某一届的数字',
  en: 'a total over several editions of the event, not one edition’s figure',
};

const WIDER_TOTAL: Bilingual = {
  zh: '各类合计的总量，其后“其中”给出了本指标的那一部分',
  en: 'a total of every kind; the part this metric counts is given right after it (of which …)',
};

/**
 * 算力总规模达到2.4万P，其中智能算力2.18万P (or the next sentence: …180EFLOPS，排名全球第二。其中，通用算力137EFLOPS，智能算力
 * 41EFLOPS): a part word after the figure, then the metric's narrower measure with an amount of its own.
 */
function narrowerFollows(words: string[], ctx: MatchContext): boolean {
  const { windows, quantity } = ctx;
  const text = windows.text;
  // 智能算力规模突破1.8万P。其中，…滴水湖智算中心一期达到5000P: a figure its own clause names as the narrower measure is that
  // measure already, whatever part follows.
  if (wordSet(words).last(windows, ctx.clause.start, quantity.start) !== null) return false;
  const part = wordSet(PART_LEADS).first(windows, quantity.end, Math.min(text.length, quantity.end + NARROWER_REACH));
  if (part === null) return false;
  let ends = 0;
  for (let k = quantity.end; k < part.at; k++) if (text[k] === '。') ends++;
  if (ends > 1) return false;
  let stop = part.at;
  while (stop < text.length && stop < part.at + NARROWER_SCAN && text[stop] !== '。') stop++;
  for (let at = part.at; at < stop;) {
    const hit = wordSet(words).first(windows, at, stop);
    if (hit === null) return false;
    // The part is an amount of its own (其中智能算力2.18万P), not a share of the total (其中智算占比超过95%).
    let e = hit.at + hit.word.length;
    while (e < stop && !PART_CLAUSE_END.has(text[e]!)) e++;
    const clause = windows.slice(hit.at, e);
    if (/[0-9]/.test(clause) && !SHARE_WORDS.test(clause)) return true;
    at = e + 1;
  }
  return false;
}
const PART_LEADS = ['其中', 'of which', 'including', 'among them'];
/** How far the part's sentence is read for the narrower measure. */
const NARROWER_SCAN = 80;
const PART_CLAUSE_END: ReadonlySet<string> = new Set([',', '，', ';', '；', '。', '.']);
const SHARE_WORDS = /[%％]|占比|比重|percent|share/;

/** The best metric for a quantity, or null with the reason the best candidate failed. */
/** The metrics of a unit that have patterns (up 12.8 percent), per catalogue: few, and most units have none. */
const patternEntries = new WeakMap<Catalogue, Map<string, CatalogueEntry[]>>();
function patternsOf(cat: Catalogue, unit: string): CatalogueEntry[] {
  let byUnitMap = patternEntries.get(cat);
  if (!byUnitMap) {
    byUnitMap = new Map();
    for (const e of cat.metrics) if (e.phrasePatterns) byUnitMap.set(e.unit, [...(byUnitMap.get(e.unit) ?? []), e]);
    patternEntries.set(cat, byUnitMap);
  }
  return byUnitMap.get(unit) ?? [];
}

export function matchMetric(cat: Catalogue, ctx: MatchContext): Match {
  const candidates = byUnit(cat).get(ctx.quantity.unit);
  // Most quantities stand in a clause that names no metric of their unit: one scan settles them.
  if (
    !candidates ||
    (!ctx.windows.memo(
      `${ctx.quantity.unit}@${ctx.clause.start}`,
      () =>
        anyOf(ctx.windows, unitPhrases(cat, ctx.quantity.unit), ctx.clause.start, ctx.clause.end) ||
        ((continuesEarlier(ctx) || placePart(ctx)) &&
          anyOf(ctx.windows, unitPhrases(cat, ctx.quantity.unit), referStart(ctx), ctx.clause.start)),
    ) &&
      !patternsOf(cat, ctx.quantity.unit).some((e) => patternScore(e, ctx) > 0))
  )
    return NO_MATCH;
  const sentence = ctx.sentence;
  let best: { id: string; score: number } | null = null;
  let refused: { reason: Bilingual; score: number } | null = null;
  // The same quantity is checked against many metrics: each veto and subject is looked up once.
  const vetoes = new Map<string, boolean>();
  const subjects = new Map<string, Bilingual | null>();
  const subjectOf = (subject: string): Bilingual | null => {
    let r = subjects.get(subject);
    if (r === undefined) subjects.set(subject, (r = subjectHolds(cat, subject, ctx)));
    return r;
  };
  for (const entry of candidates) {
    // Classifiers sort counts (家 firms, 款 models; 次 views of a metric counted in visits, 10亿次): other units have none.
    if (entry.counters && ctx.quantity.unit === 'items' && !entry.counters.includes(ctx.quantity.counter ?? '')) continue;
    if (entry.placeKinds && !(ctx.placeKind !== null && entry.placeKinds.includes(ctx.placeKind))) continue;
    // The phrase first: most candidates are not named near the number, and that settles them.
    let score = phraseScore(entry.phrases, ctx) || patternScore(entry, ctx);
    if (score === 0) continue;
    // 6000平方米的全域链接馆: a figure followed by 的 measures the noun after it; a phrase outside its segment does not name it.
    if (score < SEGMENT && ctx.windows.text[ctx.quantity.end] === '的') continue;
    if (entry.requireDocument && !entry.requireDocument.some(ctx.documentHas)) continue;
    if (entry.requireSentence && !anyWord(ctx.windows, entry.requireSentence, sentence)) continue;
    if (
      anyWordOutside(ctx, entry.excludeSentence, sentence) ||
      anyWordOutside(ctx, entry.excludeNear, ctx.clause) ||
      anyWordOutside(ctx, entry.excludeNear, continuedClause(ctx)) ||
      anyWordOutside(ctx, entry.excludeBefore, { start: ctx.clause.start, end: ctx.quantity.start }) ||
      segmentVeto(ctx, entry.excludeSegment)
    )
      continue;
    if (entry.excludeAfter && anyWord(ctx.windows, entry.excludeAfter, afterQuantity(ctx))) continue;
    if ((entry.editionYear || entry.kind === 'flow') && overEditions(ctx.windows, sentence)) {
      if (!refused || score > refused.score) refused = { reason: OVER_EDITIONS, score };
      continue;
    }
    if (entry.of !== undefined) {
      const closeness = baseCloseness(cat, entry, ctx);
      if (closeness < 0) continue;
      score += 100 + closeness;
    }
    // A metric with extra conditions that all hold is more specific than one without.
    if (entry.placeKinds || entry.requireSentence) score += 100;
    // A figure placed at a park or zone is that place's count, whatever words name it (at least 500 AI companies in Lin-gang).
    if (entry.placeKinds) score += PLACED;
    if (best && score <= best.score) continue;
    // 其中，… / of which …: a clause that names a part of what came before counts only what its own segment names.
    if (
      partClause(ctx) &&
      !namesOwnPart(entry, ctx) &&
      !TIME_PART_LEAD.test(ctx.windows.slice(ctx.clause.start, ctx.quantity.start)) &&
      !placePart(ctx)
    ) {
      if (!refused || score > refused.score) refused = { reason: PART, score };
      continue;
    }
    const reason =
      (entry.narrowerAfter && narrowerFollows(entry.narrowerAfter, ctx) ? WIDER_TOTAL : null) ??
      (entry.max !== undefined && ctx.quantity.value > entry.max ? tooLarge(entry.max) : null) ??
      (entry.min !== undefined && ctx.quantity.value < entry.min ? tooSmall(entry.min) : null) ??
      vetoed(cat, entry, ctx, vetoes) ??
      (entry.subject ? subjectOf(entry.subject) : null);
    if (reason !== null) {
      if (!refused || score > refused.score) refused = { reason, score };
      continue;
    }
    best = { id: entry.id, score };
  }
  if (best) return { metric: best.id, reason: null };
  return { metric: null, reason: refused?.reason ?? null };
}

function overEditions(windows: TextWindows, sentence: Span): boolean {
  return windows.memo(`editions@${sentence.start}`, () => {
    const text = windows.slice(sentence.start, sentence.end);
    return SEVERAL_EDITIONS.test(text) && CUMULATIVE.test(text);
  });
}

export function toMetricDef(entry: CatalogueEntry): MetricDef {
  return { id: entry.id, label: entry.label, unit: entry.unit, kind: entry.kind, headline: entry.headline };
}
