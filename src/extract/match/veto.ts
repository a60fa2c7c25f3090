/**
 * The catalogue's vetoes (a ratio, an increase, a subset, money of another kind) and a figure whose noun counts
 * something else.
 */
import type { Bilingual } from '../../schema/metricsFile';
import type { Catalogue, CatalogueEntry, Veto } from '../curated';
import { afterReporting, continuedClause, itemStart, listHeadHas, nextFigure, ownWords, respectiveItem } from './clause';
import { ADJACENT, HEAD, RUNNING_TOTAL, type MatchContext } from './context';
import { WordSet, anyWord } from './words';

/** All brought in so far (累计引进, 目前…已引进, 截至今年3月底…已引进): a count of what is there, not of an increase. */
const CUMULATIVE_INTAKE =
  /(?:累计|共计|至今已|迄今已|(?:目前|截至[^，,。；;]{1,12})[，,]?[^，,。；;]{0,16}已)(?:引进|引入|招引)[^，,。；;]{0,16}$/;
/** Whether the figure's sentence up to it says all brought in so far (CUMULATIVE_INTAKE); asked once per figure. */
export const cumulativeIntake = (ctx: MatchContext): boolean =>
  ctx.windows.memo(`intake@${ctx.quantity.start}`, () => CUMULATIVE_INTAKE.test(ctx.windows.slice(ctx.sentence.start, ctx.quantity.start)));

/** How far before a figure a `lead` veto's words may end: among its 1,300 …. */
const LEAD = 12;

/** The lead of a part after a figure (…, including 32 with …; ，其中…): what follows it is the part's. */
const PART_LEAD_AFTER = /[,，]\s*(?:including\b|of which\b|among them\b|among which\b|其中)/i;

/** A change just before the figure and "to": the figure is the level it reached. */
export const LEVEL_AFTER_CHANGE = /[0-9](?:%|\s?percent|\s?per cent)?(?:\s+(?:this|last) year|\s+in (?:19|20)[0-9]{2})?(\s+to\s+)$/;

/** The first veto that applies to a quantity for this metric, as its reason; null when none does. */
export function vetoed(cat: Catalogue, entry: CatalogueEntry, ctx: MatchContext, seen: Map<string, boolean>): Bilingual | null {
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
  // nearly 300 AI businesses, including 32 with annual revenue above …: what follows a part's lead qualifies the part.
  const partLead = PART_LEAD_AFTER.exec(ctx.windows.slice(ctx.quantity.end, followingEnd));
  const stop = Math.min(andVerb?.index ?? Infinity, partLead?.index ?? Infinity);
  const following = { start: ctx.quantity.end, end: stop === Infinity ? followingEnd : ctx.quantity.end + stop };
  for (const v of cat.vetoes) {
    if (entry.allow?.includes(v.id)) continue;
    // 目前，试验区已引进人工智能企业68家, 累计引进…: all brought in so far is what is there, no increase.
    if (v.id === 'increase' && cumulativeIntake(ctx)) continue;
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
              : v.scope === 'lead'
                ? anyWord(ctx.windows, v.words, {
                    start: Math.max(ctx.clause.start, ctx.quantity.start - LEAD),
                    end: ctx.quantity.start,
                  }) && !onlyInside(ctx.windows.slice(Math.max(ctx.clause.start, ctx.quantity.start - LEAD), ctx.quantity.start), v)
                : v.scope === 'before'
                  ? anyWord(ctx.windows, v.words, before) && !onlyInside(ctx.windows.slice(before.start, before.end), v)
                  : ownWords(ctx, v.words, v.change === true ? ownAfterChange : own) || (v.headsList === true && listHeadHas(ctx, v.words));
      if (!applies && v.continues === true) {
        const continued = continuedClause(ctx);
        // ModelSpeed Space, the city's flagship large-model incubator, has attracted 70 firms: in English, a word of the head
        // in the subject the clause continues counts only where it qualifies a noun of firms or people (top AI talent).
        applies =
          v.scope === 'head' && !/[\u4e00-\u9fff]/.test(ctx.windows.slice(continued.start, continued.end))
            ? qualifiesCountedNoun(ctx.windows.slice(continued.start, continued.end), v.words)
            : anyWord(ctx.windows, v.words, continued);
      }
      // Six more Shanghai universities, 20 more large models, 12 additional services: an English count of more is an increase.
      // Of the first 11 large models approved …: the first batch, not the stock.
      if (!applies && v.id === 'increase')
        applies =
          MORE_OF.test(ctx.windows.slice(ctx.quantity.start, ctx.quantity.end)) ||
          FIRST_BATCH.test(ctx.windows.slice(Math.max(0, ctx.quantity.start - 12), ctx.quantity.start)) ||
          // In October, 12 AI firms registered in Songjiang, bringing the district's total to 310: what brings a total is added.
          BRINGS_TOTAL.test(ctx.windows.slice(ctx.quantity.end, ctx.sentence.end)) ||
          // In 2025, 74 AI companies settled in the special area: firms that came in a past time (not "have settled") were added.
          ARRIVED_AFTER.test(ctx.windows.slice(ctx.quantity.end, ctx.quantity.end + 40));
      if (applies && v.whenSentence) applies = anyWord(ctx.windows, v.whenSentence, ctx.sentence);
      seen.set(key, applies);
    }
    if (applies) return v.reason;
  }
  return null;
}

/** Whether every veto word in `said` stands inside one of the veto's `except` words (签约 of 签约入驻). */
function onlyInside(said: string, v: Veto): boolean {
  if (v.except === undefined) return false;
  let rest = said;
  for (const e of v.except) rest = rest.split(e).join(' '.repeat(e.length));
  return !v.words.some((w) => rest.includes(w));
}

/** A count of more of its noun: 20 more large models, six more universities, 12 additional services (not "more than"). */
const MORE_OF = /^[a-z0-9][a-z0-9,.-]*\s+(?:more|additional|extra)\s+(?!than\b)[a-z]/i;

/** The rest of a clause that brings a running total to a level: the figure before it is what was added. */
const BRINGS_TOTAL = new RegExp(
  String.raw`^[^.;]{0,60}?,\s*(?:bringing|taking|raising|pushing|lifting)\s+${RUNNING_TOTAL}(?:\s+of\s+[a-z -]{2,30})?\s+to\b`,
  'i',
);

/**
 * An active simple past of arriving right after a count's noun: settled in, moved into (not "have settled", what is there;
 * not "were registered in the city by the end of May", a count at a date).
 */
export const ARRIVED_AFTER = /^\s+(?:settled|moved|relocated|landed)\s+(?:in|into|at|on)\b(?![^.;]{0,40}\bby\b)/i;

/** The first N of a kind: a first batch. */
const FIRST_BATCH = /\b(?:the|its) first\s+$/i;

/** An English "and" that opens another verb phrase: and to lift, and will raise, and has. */
export const AND_VERB = /\s(?:and|while)\s+(?:to|will|would|plans? to|aims? to)\s/i;

/** How far after a Chinese count its noun may start (30个人工智能应用场景: past the words that qualify it). */
export const NOUN_REACH = 10;
/** How far before a count its noun may end (应用场景超过300个, 创新中心12个: its bound or verb between). */
export const NOUN_BACK = 4;

/** The veto's own words and the nouns counts count, as one set, per veto. */
export const nounSets = new WeakMap<Veto, WordSet>();
export function nounSet(v: Veto): WordSet {
  let set = nounSets.get(v);
  if (!set) nounSets.set(v, (set = new WordSet([...v.words, ...(v.counted ?? [])])));
  return set;
}

/**
 * Whether a count counts one of the veto's nouns (30个人工智能应用场景, 30 AI application projects): English ends the
 * figure with its noun; Chinese puts it after the figure, nouns run together read as one whose last word is the head
 * (园区企业: firms), or, with none after it, right before the figure (应用场景超过300个).
 */
export function countsOther(ctx: MatchContext, v: Veto): boolean {
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
export function modifiesNext(ctx: MatchContext, v: Veto): boolean {
  const { windows, quantity, segment } = ctx;
  if (windows.text[quantity.end] !== ' ') return false;
  const next = nounSet(v).first(windows, quantity.end + 1, Math.min(segment.end, quantity.end + 1 + NOUN_REACH * 2));
  return next !== null && next.at === quantity.end + 1 && v.words.includes(next.word);
}

/** Whether one of `words` stands right before a noun of firms or people in an English span (top AI talent, leading firms). */
function qualifiesCountedNoun(span: string, words: ReadonlyArray<string>): boolean {
  for (const w of words) {
    for (let at = span.indexOf(w); at >= 0; at = span.indexOf(w, at + 1)) {
      if (at > 0 && /[a-z0-9]/.test(span[at - 1]!)) continue;
      if (COUNTED_NOUN_AFTER.test(span.slice(at + w.length))) return true;
    }
  }
  return false;
}
/** A noun of firms or people within two words. */
const COUNTED_NOUN_AFTER =
  /^(?:\s+[\w'’-]+){0,2}?\s+(?:firms|companies|enterprises|businesses|startups|start-ups|talents?|professionals|researchers|scholars|experts|people|engineers|scientists|workers|employees|specialists)\b/;
