/**
 * What a reader decided about an article's figures when adding it in the browser, kept in its front matter so the
 * build step honours it too: `not_charted: ["超600家"]` lists figures (as written) the reader took off the charts.
 * They stay in the facts, unmapped, with the reason.
 */
import type { Bilingual, Fact } from '../schema/metricsFile';

export const NOT_CHARTED_KEY = 'not_charted';

export const TAKEN_OFF: Bilingual = { zh: '添加文章时由读者移出图表', en: 'taken off the charts by the reader when adding the article' };

/** The facts with those whose text the reader listed unmapped, with the reason. */
export function withoutTakenOff(facts: Fact[], texts: ReadonlyArray<string>): Fact[] {
  if (texts.length === 0) return facts;
  const off = new Set(texts);
  return facts.map((f) => (off.has(f.text) && f.metric !== null ? { ...f, metric: null, reason: TAKEN_OFF } : f));
}
