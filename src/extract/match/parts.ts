/**
 * A figure that is a part of what came before (其中, of which) or of a place's breakdown, and a total followed by
 * a narrower figure of the same measure.
 */
import type { Bilingual } from '../../schema/metricsFile';
import type { CatalogueEntry } from '../curated';
import { DISTRICTS } from '../../schema/geo';
import { PART_WORDS, type MatchContext } from './context';
import { wordSet } from './words';

/** The same, or 包括 / including, ending the clause before a figure's clause. */
export const PART_OPENERS = new RegExp(`(?:${PART_WORDS.source}|包括|including)[\\s,，:：]*$`);
/** The same words opening the figure's own clause. */
export const PART_HEAD = new RegExp(`(?:^|[，,;；:：\\s])(?:${PART_WORDS.source})`);
export const PART: Bilingual = {
  zh: '“其中”之后说的是前面所说的一部分，原文未在此处点明指标',
  en: "a part of what the sentence named before ('of which'), and the figure's own words name no metric",
};

/**
 * In a part clause, whether the figure's own words name the metric: its segment after any 包括 / including
 * (其中，出席的嘉宾包括院士20多人 counts academicians, not guests).
 */
export function namesOwnPart(entry: CatalogueEntry, ctx: MatchContext): boolean {
  const { windows, segment, quantity, clause } = ctx;
  // 其中，浦东新区、徐汇区人工智能产业规模分别达到1650亿元、1560亿元: every figure after 分别 has the words before it.
  if (windows.text.lastIndexOf('分别', quantity.start) >= Math.max(clause.start, segment.start - 24) && segment.start > clause.start) {
    const respective = windows.text.lastIndexOf('分别', quantity.start);
    if (wordSet(entry.phrases).first(windows, clause.start, respective) !== null) return true;
  }
  const include = wordSet(INCLUDE_WORDS).last(windows, segment.start, quantity.start);
  const from = include ? include.at + include.word.length : segment.start;
  return wordSet(entry.phrases).first(windows, from, segment.end) !== null;
}
export const INCLUDE_WORDS = ['包括', '包含', '含', 'including', 'include', 'includes'];

/**
 * 共有34款大模型通过备案，其中徐汇区21款、浦东新区8款: a part that is only one of Shanghai's districts is that district's
 * figure of the same measure (其中核心承载区6.1万平方米 and 其中西岸主会场区 are parts, not districts).
 */
export function placePart(ctx: MatchContext): boolean {
  let known = placeParts.get(ctx.quantity);
  if (known === undefined) placeParts.set(ctx.quantity, (known = placePartOf(ctx)));
  return known;
}
/** placePart per quantity: asked once for each metric a quantity is checked against. */
export const placeParts = new WeakMap<object, boolean>();
export function placePartOf(ctx: MatchContext): boolean {
  // Shanghai has 34 registered large models, of which 21 are in Xuhui; …, with about 400 of them in Pudong.
  if (
    EN_PART_LEAD.test(ctx.windows.slice(ctx.clause.start, ctx.quantity.start)) &&
    EN_DISTRICT_AFTER.test(ctx.windows.slice(ctx.quantity.end, ctx.clause.end))
  )
    return true;
  // Of the 748 generative AI services filed nationally …, 141 came from Shanghai and 205 from Beijing: a part of a whole the
  // sentence opened with, from a place.
  if (
    OF_OPENING.test(ctx.windows.slice(ctx.sentence.start, ctx.clause.start)) &&
    FROM_PLACE_AFTER.test(ctx.windows.slice(ctx.quantity.end, ctx.clause.end))
  )
    return true;
  if (!partClause(ctx)) return false;
  const lead = ctx.windows.slice(ctx.segment.start, ctx.quantity.start).replace(PART_LEAD_WORD, '');
  return PLACE_ONLY.test(lead);
}
export const EN_PART_LEAD = /^\s*(?:of which|with|among them|and)\s*$/i;
/** After an English part's number: (of them) (are/were) (based/located) in <district>. */
export const EN_DISTRICT_AFTER = new RegExp(
  `^\\s+(?:of them\\s+|of these\\s+)?(?:are\\s+|were\\s+|is\\s+)?(?:based\\s+|located\\s+|registered\\s+)?(?:in|from)\\s+(?:${DISTRICTS.map((d) => d.en).join('|')})\\b`,
  'i',
);
export const PART_LEAD_WORD = /^[\s，,]*(?:其中|当中)[\s，,：:]*/;
/** A sentence that opens with the whole it gives parts of: "Of the 748 … services filed nationally, …" (lower-cased). */
const OF_OPENING = /^\s*of (?:the |its |their )?[^,.;]{3,120},\s*$/;
/** After a part's number: came from Shanghai, were developed by companies in Xuhui, in Pudong (lower-cased). */
const FROM_PLACE_AFTER = new RegExp(
  `^\\s+(?:of them\\s+)?(?:(?:came|come|were|are|was|hail|hailed)\\s+from|(?:(?:are|were|is|was)\\s+)?(?:based|located|registered|developed(?:\\s+by\\s+(?:companies|firms|developers))?)\\s+in|in)\\s+(?:shanghai|${DISTRICTS.map((d) => d.en.toLowerCase()).join('|')})\\b`,
);
/**
 * One of Shanghai's districts alone (徐汇区, 浦东新区, 徐汇), or the city as a part of a wider whole (全国…其中上海企业贡献40款), its
 * firms, then at most a verb.
 */
export const PLACE_ONLY = new RegExp(
  `^(?:(?:${DISTRICTS.map((d) => d.zh.replace(/(新区|区)$/, '')).join('|')})(?:新区|区)?|上海市?)(?:的?企业)?(?:有|为|达|共有|拥有|贡献了?|约?占|占比)?\\s*$`,
);

/** Whether the quantity's clause opens with 其中 / of which (the word may end the clause before). */
export function partClause(ctx: MatchContext): boolean {
  const { windows, clause, quantity } = ctx;
  return windows.memo(`part@${clause.start}`, () => {
    const head = windows.slice(Math.max(ctx.sentence.start, clause.start - 12), Math.min(quantity.start, clause.start + 8));
    return PART_HEAD.test(head) || PART_OPENERS.test(windows.slice(Math.max(ctx.sentence.start, clause.start - 12), clause.start));
  });
}

/** How far after a figure the part clause that names the narrower measure may start. */
export const NARROWER_REACH = 40;
export const WIDER_TOTAL: Bilingual = {
  zh: '各类合计的总量，其后“其中”给出了本指标的那一部分',
  en: 'a total of every kind; the part this metric counts is given right after it (of which …)',
};

/**
 * 算力总规模达到2.4万P，其中智能算力2.18万P (or the next sentence: …180EFLOPS，排名全球第二。其中，通用算力137EFLOPS，智能算力
 * 41EFLOPS): a part word after the figure, then the metric's narrower measure with an amount of its own.
 */
export function narrowerFollows(words: string[], ctx: MatchContext): boolean {
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
export const PART_LEADS = ['其中', 'of which', 'including', 'among them'];
/** How far the part's sentence is read for the narrower measure. */
export const NARROWER_SCAN = 80;
export const PART_CLAUSE_END: ReadonlySet<string> = new Set([',', '，', ';', '；', '。', '.']);
export const SHARE_WORDS = /[%％]|占比|比重|percent|share/;
