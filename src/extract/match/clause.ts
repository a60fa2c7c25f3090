/**
 * How far a figure's own words reach: its clause, the segment between figures, asides, list items, "respectively"
 * pairs, and words outside those bounds.
 */
import type { Span } from '../segment';
import { isDigit } from '../chars';
import { TOTAL_WORDS, type MatchContext } from './context';
import { type TextWindows, type WordSet, anyOf, anyWord, wordSet } from './words';

/** anyWord, not counting a word inside a place's name (服务 in 市北高新技术服务业园区). */
export const anyWordOutside = (ctx: MatchContext, words: string[] | undefined, span: Span): boolean =>
  words !== undefined &&
  words.length > 0 &&
  wordOutside(wordSet(words), ctx.windows, span.start, span.end, false, ctx.placeNames ?? []) !== null;

/**
 * A word of `words` in the figure's own segment, outside place names, unless it is a facility after a word of the whole
 * (全市智算中心总规模达1155P: every centre of the city together, the city's capacity; 该智算中心 is one).
 */
export function segmentVeto(ctx: MatchContext, words: string[] | undefined): boolean {
  if (words === undefined || words.length === 0) return false;
  const set = wordSet(words);
  const span = ownSegment(ctx);
  for (let from = span.start; from < span.end;) {
    const hit = wordOutside(set, ctx.windows, from, span.end, false, ctx.placeNames ?? []);
    if (hit === null) return false;
    if (!FACILITIES.has(hit.word) || !WHOLE_BEFORE.test(ctx.windows.slice(Math.max(0, hit.at - 9), hit.at))) return true;
    from = hit.at + hit.word.length;
  }
  return false;
}
/** 全市智算中心, 全市人工智能计算中心, 各类计算中心: every centre of the city together. */
export const WHOLE_BEFORE = /(?:全市|全区|全省|各区|各类|所有|全部)(?:人工智能|AI|智能)?$/;
/** Facilities whose name after a word of the whole means all of them: 全市智算中心, 全区数据中心. */
export const FACILITIES: ReadonlySet<string> = new Set(['智算中心', '数据中心', '算力中心', '计算中心']);

/** The last (or first) word of `set` in [from, to) that does not stand inside one of `names`. */
export function wordOutside(
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

/** A clause with no words of its own before its figure, only a verb of change or level (，新增44家; ，增幅达259%). */
export const VERB_ONLY_LEAD =
  /^[\s，,]*(?:同比|较上年|比上年)?(?:(?:总数|总量)(?:已)?)?(?:新增|新引进|净增|增加了?|增长了?|增至|增长到|达到|达|突破|超过|共|累计|共计|合计|有)\s*$/;

/**
 * An English clause that is only its verb before the figure (A metaverse hall, a WAIC first since 2018, attracted 370,000
 * visits): its subject opens the sentence, past any aside between commas.
 */
export const EN_VERB_ONLY_LEAD =
  /^\s*(?:and\s+)?(?:has\s+|have\s+|had\s+)?(?:attracted|drew|draws|reached|hit|saw|received|recorded|welcomed|hosted|housed|gathered|counted|had|has|have)\s+(?:a total of\s+)?$/;

/**
 * An English clause that is only a verb of level or of change to a level before the figure, its subject before an aside
 * (The number of AI companies in Yangpu, once a textile hub, has risen to some 600; Shanghai's AI industry, a pillar of
 * its economy, grew to 380 billion yuan): the measure is what the sentence named before.
 */
export const EN_LEVEL_VERB_LEAD =
  /^\s*(?:(?:has|have|had)\s+)?(?:(?:now|also|already|since|steadily|rapidly|further)\s+)?(?:(?:risen|rose|grown|grew|climbed|increased|jumped|expanded|surged|swelled|soared)\s+to|reached|hit|surpassed|exceeded|topped|passed|totaled|totalled|numbered|stood at|stands at|amounted to|came to|(?:is|are)\s+(?:now\s+)?(?:on track|expected|projected|forecast|set|poised|likely)\s+to\s+(?:reach|exceed|surpass|top|hit|rise to|grow to|increase to))(?:\s+(?:some|about|around|nearly|almost|roughly|approximately|over|more than|at least|close to|just over|just under))?\s*$/;

/**
 * The subject of an English clause that is only a verb of level (see `EN_LEVEL_VERB_LEAD`): the clause before the one aside
 * between commas that comes right before it, when it holds no figure of its own (not "Revenue at SenseTime, …, fell to …,
 * while its losses, driven by R&D, rose to 6 billion yuan": the subject there is "its losses"). Null otherwise.
 */
export function subjectPastAside(ctx: MatchContext): Span | null {
  const { clause, sentence, quantity, windows } = ctx;
  if (clause.start <= sentence.start || !EN_LEVEL_VERB_LEAD.test(windows.slice(clause.start, quantity.start))) return null;
  const t = windows.text;
  let asideEnd = clause.start;
  while (asideEnd > sentence.start && /\s/.test(t[asideEnd - 1]!)) asideEnd--;
  if (t[asideEnd - 1] !== ',') return null;
  const breakBefore = (from: number): number => {
    let k = from;
    while (k > sentence.start && !CLAUSE_BREAKS.has(t[k - 1]!)) k--;
    return k;
  };
  const asideStart = breakBefore(asideEnd - 1);
  if (asideStart <= sentence.start || t[asideStart - 1] !== ',') return null;
  const subject = { start: breakBefore(asideStart - 1), end: asideStart - 1 };
  // Revenue at SenseTime, …; capacity at the Lingang data centre, …; funding for the Shanghai AI Lab, …: one organisation's.
  const said = t.slice(subject.start, subject.end);
  return /[0-9]/.test(said) || ONE_BODY_SUBJECT.test(said) ? null : subject;
}

/** A subject that is one organisation's or facility's measure, not a place's. */
const ONE_BODY_SUBJECT =
  /\b(?:at|for)\b|\b(?:company|firm|lab|laboratory|institute|university|centre|center|campus|facility|platform|group|corporation|startup|unicorn)(?:'s)?\b/i;

/** The clause before the figure's, when the figure's clause only continues it; an empty span otherwise. */
export function continuedClause(ctx: MatchContext): Span {
  const { clause, sentence, quantity, windows } = ctx;
  const none = { start: clause.start, end: clause.start };
  if (clause.start <= sentence.start) return none;
  const lead = windows.slice(clause.start, quantity.start);
  if (EN_VERB_ONLY_LEAD.test(lead)) return { start: sentence.start, end: clause.start };
  const subject = subjectPastAside(ctx);
  if (subject !== null) return { start: subject.start, end: clause.start };
  const clauseBefore = (): Span => {
    let start = clause.start - 1;
    while (start > sentence.start && !CLAUSE_BREAKS.has(windows.text[start - 1]!)) start--;
    return { start, end: clause.start };
  };
  // 大会开幕首日，入场人次达到6.5万人次: a clause before that only says which day is the figure's own time (looked for only
  // when the clause before ends as a day does: 日, 天, day).
  const last = windows.text[clause.start - 2] ?? '';
  if (last === '日' || last === '天' || last === 'y') {
    const before = clauseBefore();
    if (DAY_ONLY_CLAUSE.test(windows.slice(before.start, clause.start - 1))) return before;
  }
  if (!VERB_ONLY_LEAD.test(lead)) return none;
  return clauseBefore();
}
/** A clause that only names a day of an event: (大会)开幕首日, 第二天, 当日, on the first day. */
const DAY_ONLY_CLAUSE =
  /^\s*[^，,。；;]{0,20}(?:首日|第一天|第二天|第三天|次日|开幕日|当天|当日)\s*$|^\s*on (?:the|its) (?:first|second|third|opening) day\s*$/i;
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', '，', ';', '；', ':', '：']);

/** The figure's 、-segment up to the next figure: what follows another figure is about that one (…computing power—96% dedicated to AI). */
export const ownSegment = (ctx: MatchContext): Span => ({
  start: ctx.segment.start,
  end: nextFigure(ctx.windows.text, ctx.quantity.end, ctx.segment.end),
});

/** How long a bracketed aside right after a figure may be. */
export const ASIDE_REACH = 60;

/** Where a bracketed aside right after `pos` ends (1200P（每秒12亿亿次浮点运算）), or `pos` when none follows. */
export function asideEnd(text: string, pos: number): number {
  if (text[pos] !== '(' && text[pos] !== '（') return pos;
  for (let k = pos + 1; k < text.length && k <= pos + ASIDE_REACH; k++) {
    if (text[k] === ')' || text[k] === '）') return k + 1;
    if (text[k] === '(' || text[k] === '（' || text[k] === '。') return pos;
  }
  return pos;
}

/** Whether one of `words` stands in the figure's own words, leaving out an aside that explains its unit (每秒 there is no ratio). */
export function ownWords(ctx: MatchContext, words: string[], own: Span): boolean {
  const resume = asideEnd(ctx.windows.text, ctx.quantity.end);
  if (resume === ctx.quantity.end) return anyWordPastBound(ctx, words, own);
  const lead = anyWordPastBound(ctx, words, { start: own.start, end: ctx.quantity.end });
  return lead || (resume < own.end && anyWord(ctx.windows, words, { start: resume, end: own.end }));
}

/**
 * A word of the span, not counting the figure's own bound written before its number: "expected to top 100 EFLOPS" is no
 * top-100 list, "more than" no comparison.
 */
export function anyWordPastBound(ctx: MatchContext, words: string[], span: Span): boolean {
  const { start, numberStart } = ctx.quantity;
  if (numberStart === undefined || numberStart <= start || start < span.start || numberStart > span.end)
    return anyWord(ctx.windows, words, span);
  return (
    anyWord(ctx.windows, words, { start: span.start, end: start }) || anyWord(ctx.windows, words, { start: numberStart, end: span.end })
  );
}

/** How far into its clause the word that heads a list may start (在算力规模方面，新增通算50P、智算1200P: at once). */
export const LIST_HEAD = 2;
/** The longest word that may head a list (新增, 新引进, newly added …). */
export const LIST_HEAD_WORD = 12;

/**
 * A word that opens the clause heads the whole 、-list after it (新增通算50P、智算1,200P、超算…: every item is an
 * increase), unless the figure's own item says it is a total (企业新增200家、总数达1200家).
 */
export function listHeadHas(ctx: MatchContext, words: ReadonlyArray<string>): boolean {
  const { clause, segment, windows } = ctx;
  if (segment.start <= clause.start || windows.text[segment.start - 1] !== '、') return false;
  if (anyOf(windows, TOTAL_WORDS, segment.start, ctx.quantity.end)) return false;
  const head = wordSet(words).first(windows, clause.start, Math.min(segment.start, clause.start + LIST_HEAD + LIST_HEAD_WORD));
  return head !== null && head.at - clause.start <= LIST_HEAD;
}

/** A verb of saying and its "that": what follows is what was said (he added that …, the report noted that …). */
export const REPORTING =
  /\b(?:said|says|added|adds|noted|notes|stated|states|announced|reported|revealed|disclosed|explained|predicted|estimated)\s+that\b/g;

/** Where the figure's own words start once a verb of saying before it is left out (English only; else `start`). */
export function afterReporting(ctx: MatchContext, start: number): number {
  const lead = ctx.windows.slice(start, ctx.quantity.start);
  let end = -1;
  for (const m of lead.matchAll(REPORTING)) end = m.index + m[0].length;
  return end < 0 ? start : start + end;
}

/** A list's joining word between two figures' items: the last one before a figure starts that figure's item. */
export const ITEM_GLUE = /(?:\band\b|\bas well as\b|以及|和|及|与|、)/g;

/**
 * Where the quantity's own list item starts: after the joining word that follows the number before it in
 * its segment (40 AI unicorns and more than 3,000 AI companies: "unicorns" is the first item's word), else
 * the segment's start.
 */
export function itemStart(ctx: MatchContext): number {
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

export const RESPECTIVELY = /分别|\brespectively\b/;

/** The names a 分别 pairs with its figures, in order: 核心产业规模、相关产业规模分别突破300亿元和3000亿元. */
export const NAME_GLUE = /、|和|及|与|以及/g;

/**
 * In 甲、乙分别达X和Y the second figure is 乙's: the span of the name that a 分别 pairs with the figure, when
 * the names before it and the figures after it are as many; null otherwise (no 分别, or a count that does not match).
 */
export function respectiveItem(ctx: MatchContext): Span | null {
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
export function respectiveFigure(ctx: MatchContext): Span | null {
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
export const NAME_GLUE_ONE = /、|和|及|与|以及/;
export const ITEM_MARKS: ReadonlySet<string> = new Set(['、', ',', '，', ';', '；']);

/** Where the figures in [from, to) start: runs of digits, a decimal's second part not counted. */
export function figureStarts(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (isDigit(text[i]) && !isDigit(text[i - 1]) && text[i - 1] !== '.') out.push(i);
  return out;
}

/** How many figures start in [from, to). */
export const figuresIn = (text: string, from: number, to: number): number => figureStarts(text, from, to).length;

/** Where the next figure after `from` starts (its first digit), or `to`. */
/** How far after a figure its subject may be named: up to the next figure, unless that one only continues a chain (1,200 and 1,000 AI firms). */
export function subjectReach(text: string, from: number, to: number): number {
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
export function laterCounted(text: string, from: number, to: number): number {
  let digits = nextFigure(text, from, to);
  // …numbered 1,200 at the end of 2024, including 45 large model companies: a year on the way is no figure.
  while (digits < to && YEAR_AT.test(text.slice(digits, digits + 6))) digits = nextFigure(text, digits + 4, to);
  const next = Math.min(digits, laterChineseCounted(text, from, digits));
  // 119家海内外企业携400余项新产品参展: the later figure is what the firms carry; the verb after both is theirs too.
  if (next >= to || /^(?:\s|,|，|、|和|与|及|and\b)*$/.test(text.slice(from, next)) || /携带?\s*$/.test(text.slice(from, next))) return to;
  return next < digits || COUNTED.test(text.slice(next, next + 12)) || COUNTED_EN.test(text.slice(next, next + 48)) ? next : to;
}
export const COUNTED = /^[0-9.,]+\s*(?:余|多)?[场家个款位人项所座名]/;
/** 45 large model companies, 300 AI startups: an English count with its own noun. */
const COUNTED_EN =
  /^[0-9][0-9.,]*\+?\s+(?:[a-z][a-z-]*\s+){0,3}?(?:companies|firms|enterprises|startups|start-ups|businesses|models|llms|services|people|professionals|talents|universities|colleges|projects|exhibitors|institutions)\b/i;
/** A year (2024, 2024年) standing where a figure might. */
const YEAR_AT = /^(?:19|20)[0-9]{2}(?![0-9%]|[.,][0-9])/;
/** The numerals a count in Chinese is written with (千家, 三十余所), one list for the quick test and the pattern. */
export const COUNT_NUMERALS = '一二两三四五六七八九十百千万';
export const CHINESE_COUNTED = new RegExp(`^[${COUNT_NUMERALS}]+(?:余|多)?[场家个款位人项所座名]`);
export const CHINESE_NUMERALS: ReadonlySet<string> = new Set(COUNT_NUMERALS);

/** The first figure in Chinese numerals with a counter (千家, 三十余所) in [from, to), or `to`. */
export function laterChineseCounted(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++)
    if (CHINESE_NUMERALS.has(text[i]!) && !CHINESE_NUMERALS.has(text[i - 1] ?? '') && CHINESE_COUNTED.test(text.slice(i, i + 8))) return i;
  return to;
}

export function nextFigure(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return to;
}
