/**
 * How close a growth rate or share stands to the figure of the metric it is of.
 */
import type { Catalogue, CatalogueEntry } from '../curated';
import type { Span } from '../segment';
import { respectiveFigure, respectiveItem } from './clause';
import type { MatchContext } from './context';
import { anyWord, findWord, hasWord, multiChar } from './words';

/**
 * A rate or share must name what it qualifies: the base metric's phrase earlier in the sentence
 * (产业规模超过1180亿元,同比增长29%), or in its own clause. Returns how close that phrase stands
 * (a bonus: the nearest base wins when a sentence names several), or -1 when none is named.
 */
export function baseCloseness(cat: Catalogue, entry: CatalogueEntry, ctx: MatchContext): number {
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
  // Since 2018, Shanghai's AI industry has expanded …. It accounted for about 30 percent of the national total: "it" opening the
  // sentence is the measure the sentence before named.
  const from = POINTS_BACK_OPENING.test(ctx.windows.slice(ctx.sentence.start, ctx.sentence.start + 8))
    ? Math.max(0, ctx.sentence.start - POINTS_BACK_REACH)
    : ctx.sentence.start;
  for (const p of base.phrases) {
    const at = findWord(ctx.windows, p, from, ctx.quantity.start, true);
    // projects worth about 68 billion yuan, up 22 percent: a phrase inside one of the words that veto the base (projects worth)
    // does not name it.
    if (at >= 0 && insideVeto(base, ctx, at, p)) continue;
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
export const HEAD_SHARE = 150;

/** Whether a measure of another unit than `base`'s (a count of firms, talent) is named in `span`. */
export function otherMeasureNamed(cat: Catalogue, base: CatalogueEntry, ctx: MatchContext, span: Span): boolean {
  return cat.metrics.some(
    (m) => m.of === undefined && m.unit !== base.unit && m.unit !== 'percent' && anyWord(ctx.windows, multiChar(m.phrases), span),
  );
}

/** Whether the base's phrase found at `at` is part of one of the words that veto the base near it (projects worth, deals worth). */
function insideVeto(base: CatalogueEntry, ctx: MatchContext, at: number, phrase: string): boolean {
  for (const w of base.excludeNear ?? []) {
    const k = w.indexOf(phrase);
    if (k < 0 || w === phrase) continue;
    if (ctx.windows.slice(at - k, at - k + w.length) === w) return true;
  }
  return false;
}

/** An English sentence that opens with "it" or "its": it points back to the sentence before. */
const POINTS_BACK_OPENING = /^\s*(?:it|its)\b/i;
const POINTS_BACK_REACH = 160;
