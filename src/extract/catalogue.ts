/**
 * The metric catalogue (data/curated/metric-catalogue.json) and the rule that maps a quantity to a
 * metric. The rule is generic; what identifies each metric lives in the catalogue as data.
 */
import type { BaseUnit, MetricDef } from '../schema/metricsFile';
import type { Span } from './segment';

export interface CatalogueEntry {
  id: string;
  label: { zh: string; en: string };
  unit: BaseUnit;
  kind: 'flow' | 'stock';
  headline: boolean;
  /** Words that name the metric; one must stand near the quantity. */
  phrases: string[];
  /** Classifiers the quantity must carry (款/个 for models, 家 for firms); any when absent. */
  counters?: string[];
  /** Veto: one of these in the quantity's clause means it is something else (对接服务 …). */
  excludeNear?: string[];
  excludeSentence?: string[];
  requireSentence?: string[];
  requireDocument?: string[];
  /** The quantity must be placed at a gazetteer entry of one of these kinds. */
  placeKinds?: string[];
}

export interface MatchContext {
  text: string;
  quantity: Span & { unit: BaseUnit; counter: string | null };
  segment: Span;
  clause: Span;
  sentence: Span;
  placeKind: string | null;
  /** Whether the document mentions a word, memoised by the caller. */
  documentHas: (word: string) => boolean;
}

/**
 * Scope weights: a phrase in the same 、-segment beats one elsewhere in the clause. A phrase in
 * another clause does not count: "…投资机构…，累计对接服务大模型企业43家" counts firms, not funds.
 */
const SEGMENT = 3000;
const CLAUSE = 2000;

function phraseScore(entry: CatalogueEntry, ctx: MatchContext): number {
  const { text, segment, clause } = ctx;
  let best = 0;
  for (const phrase of entry.phrases) {
    const len = phrase.length * 10;
    if (text.slice(segment.start, segment.end).includes(phrase)) best = Math.max(best, SEGMENT + len);
    else if (text.slice(clause.start, clause.end).includes(phrase)) best = Math.max(best, CLAUSE + len);
  }
  return best;
}

const anyIn = (haystack: string, words: string[] | undefined): boolean => words?.some((w) => haystack.includes(w)) ?? false;

/** The best metric for a quantity, or null when none fits. */
export function matchMetric(catalogue: ReadonlyArray<CatalogueEntry>, ctx: MatchContext): string | null {
  const clauseText = ctx.text.slice(ctx.clause.start, ctx.clause.end);
  const sentenceText = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
  let best: { id: string; score: number } | null = null;
  for (const entry of catalogue) {
    if (entry.unit !== ctx.quantity.unit) continue;
    if (entry.counters && !entry.counters.includes(ctx.quantity.counter ?? '')) continue;
    if (entry.placeKinds && !(ctx.placeKind !== null && entry.placeKinds.includes(ctx.placeKind))) continue;
    if (entry.requireDocument && !entry.requireDocument.some(ctx.documentHas)) continue;
    if (entry.requireSentence && !anyIn(sentenceText, entry.requireSentence)) continue;
    if (anyIn(sentenceText, entry.excludeSentence) || anyIn(clauseText, entry.excludeNear)) continue;
    let score = phraseScore(entry, ctx);
    if (score === 0) continue;
    // A metric with extra conditions that all hold is more specific than one without.
    if (entry.placeKinds || entry.requireSentence) score += 100;
    if (!best || score > best.score) best = { id: entry.id, score };
  }
  return best?.id ?? null;
}

export function toMetricDef(entry: CatalogueEntry): MetricDef {
  return { id: entry.id, label: entry.label, unit: entry.unit, kind: entry.kind, headline: entry.headline };
}
