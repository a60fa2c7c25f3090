/**
 * How strongly a metric's phrase names a figure: in its own words, its segment, its clause or a clause it
 * continues; and patterns that name a metric without a phrase.
 */
import type { CatalogueEntry } from '../curated';
import { isDigit } from '../chars';
import { laterCounted, subjectPastAside } from './clause';
import { CLAUSE, COUNTER_NOUNS, DISTRIBUTES, OWN, OWN_WORD, REFERRED, SEGMENT, TOTAL_WORDS, type MatchContext } from './context';
import { placePart } from './parts';
import { anyOf, multiWord, wordSet } from './words';

/** Where a phrase after the quantity may stand, in its segment and its clause (see `laterCounted`), once per quantity. */
export function reachOf(ctx: MatchContext): readonly [number, number] {
  const t = ctx.windows.text;
  return (ctx.reach ??= [laterCounted(t, ctx.quantity.end, ctx.segment.end), laterCounted(t, ctx.quantity.end, ctx.clause.end)]);
}

/** A list item's own kind of firm or body right before its number: 、科技型中小企业2000家, 、高新技术企业超过500家. */
export const OWN_KIND_ZH = /^[、，,]?[\u4e00-\u9fff]{2,12}(?:企业|公司|机构)(?:数量|总数)?(?:达到|达|超过|超|逾|约|近|共|有)?\s*$/;

export function phraseScore(phrases: ReadonlyArray<string>, ctx: MatchContext): number {
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
  const subject = subjectPastAside(ctx);
  if (subject !== null) {
    const named = set.longest(text, subject.start, subject.end);
    return named > 0 ? REFERRED + named * 10 : 0;
  }
  if (!continuesEarlier(ctx) && !placePart(ctx)) return 0;
  const before = set.longest(text, referStart(ctx), clause.start);
  return before > 0 ? REFERRED + before * 10 : 0;
}

/**
 * Where a clause that refers back may find what it counts: the whole sentence, past a ；(…各分布了134家、81家企业；其次是…，分别为
 * 30家、26家; 在浦东新区，人工智能企业已超过1200家；在徐汇，这一数字是1000家).
 */
export const referStart = (ctx: MatchContext): number => wholeSentenceStart(ctx.windows.text, ctx.sentence.start);

/** Where the sentence that a ；-cut part belongs to starts: after the last 。, ！, ？ or line break before it. */
export function wholeSentenceStart(text: string, start: number): number {
  if (start === 0 || !SEMICOLONS.has(text[start - 1]!)) return start;
  let s = start - 1;
  while (s > 0 && !SENTENCE_ENDS.has(text[s - 1]!)) s--;
  return s;
}
export const SEMICOLONS: ReadonlySet<string> = new Set(['；', ';']);
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['。', '！', '？', '\n']);

/** Compiled `phrasePatterns`, per entry. */
export const compiledPatterns = new WeakMap<CatalogueEntry, RegExp[]>();

/**
 * A metric's pattern in the figure's segment, before or after it (人工智能领域核心企业超过1000家, 超900家人工智能领域科技型
 * 企业): as strong as a phrase there.
 */
export function patternScore(entry: CatalogueEntry, ctx: MatchContext): number {
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
export const CONTINUES = new RegExp(
  [
    /^\s*(?:预计|有望|力争)?(?:(?:到|至|截至|截止)?(?:[0-9]{4}年(?:底|末)?|今年|明年|年底|届时|全年|目前|当前|现在))?\s*(?:将|要|力争|预计|有望|已|料|就|便|又|也|再)?(?:经[^，,。；;\s]{0,8}?)?(?:达到|达|突破|超过|增至|增长到|增长至|提升至|提高到|逾|超|修订为|调整为|更正为|修正为)(?:近|约|接近|将近)?\s*$/
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
export const LIST_INTRO = /(?:包括|包含|如下|其中|分别为|分别是|including|includes|include|such as|as follows|among them)\s*$/i;

/**
 * A clause that is only where the measure came from and went to (…快速增长，从2018年的1340亿元增至2024年的3800亿元; has grown
 * rapidly, from 130 billion yuan in 2018 to 380 billion yuan in 2024): the measure of the clause before.
 */
export const FROM_TO =
  /^\s*(?:规模|总量|数量|总数|人数)?(?:从|由)[^，,。；;]{0,24}?(?:增至|增长到|增长至|增加到|增加至|提升至|提升到|提高到|跃升至|攀升至|升至|扩大到|扩大至|达到|到)?(?:[0-9]{4}年(?:底|末)?的?)?\s*$|^\s*(?:and\s+)?(?:(?:up|rising|rose|growing|grew|climbing|increasing|expanding)\s+)?from\s+(?:[^,;]{0,40}?\bto\s+)?$/;

/**
 * A clause that is only a part of the year before its figure (…产业规模逆势增长33.3%，其中一季度326亿元，二季度546亿元): the
 * same measure as the clause before, for a part of its period.
 */
export const TIME_PART_LEAD =
  /^[\s，,]*(?:其中[\s，,:：]*)?(?:第?[一二三四1-4]季度|上半年|下半年|前三季度|(?:1[0-2]|[1-9])(?:[-—至](?:1[0-2]|[1-9]))?月份?)[\s，,]*(?:为|达|达到|实现|完成)?\s*$/;

/** The words of a bound the figure was read with (突破 of 突破5000亿元, exceeding of exceeding 20 billion yuan). */
export function boundWords(ctx: MatchContext): string {
  const text = ctx.windows.text;
  let i = ctx.quantity.start;
  while (i < ctx.quantity.end && !isDigit(text[i]) && !CHINESE_DIGIT.test(text[i] ?? '')) i++;
  return text.slice(ctx.quantity.start, i).trim();
}
export const CHINESE_DIGIT = /[零〇一二两三四五六七八九十百千万亿]/;

/** Whether a clause's figure is of what an earlier clause of its sentence named (a total of it, or its subject continued). */
export const continuesEarlier = (ctx: MatchContext): boolean =>
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
