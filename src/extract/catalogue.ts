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
import type { Bilingual, MetricDef } from '../schema/metricsFile';
import type { Catalogue, CatalogueEntry } from './curated';
import type { Span } from './segment';
import { baseCloseness } from './match/base';
import { anyWordOutside, continuedClause, segmentVeto, subjectPastAside } from './match/clause';
import { PLACED, SEGMENT, type Match, type MatchContext } from './match/context';
import { PART, WIDER_TOTAL, namesOwnPart, narrowerFollows, partClause, placePart } from './match/parts';
import { TIME_PART_LEAD, continuesEarlier, patternScore, phraseScore, referStart } from './match/phrase';
import { subjectHolds } from './match/subject';
import { cumulativeIntake, vetoed } from './match/veto';
import { HAN, type TextWindows, anyOf, anyWord } from './match/words';

export type { Catalogue, CatalogueEntry, Subjects, Veto } from './curated';

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
/** The catalogue's metrics by the units they are measured in (their own and `alsoUnits`), built once per catalogue. */
export function byUnit(cat: Catalogue): Map<string, CatalogueEntry[]> {
  let index = unitIndex.get(cat);
  if (!index) {
    index = new Map();
    for (const m of cat.metrics) for (const u of [m.unit, ...(m.alsoUnits ?? [])]) index.set(u, [...(index.get(u) ?? []), m]);
    unitIndex.set(cat, index);
  }
  return index;
}

const NO_MATCH: Match = { metric: null, reason: null };

/** Whether the subject past an aside of an English clause that is only its verb names one of `phrases`. */
function subjectNames(ctx: MatchContext, phrases: string[]): boolean {
  const subject = subjectPastAside(ctx);
  return subject !== null && anyOf(ctx.windows, phrases, subject.start, subject.end);
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

/**
 * 主论坛、分论坛等各类活动60余场, 大模型及上下游企业112家: a figure right after "等各类…", "各类…" or "及上下游…" counts every
 * kind the list names as examples, so a word near it that names one part (分论坛, 大模型) does not make it that part.
 */
const ALL_KINDS_BEFORE = /(?:等(?:各类|各种|多种)?|及(?:其)?(?:上下游|相关|配套))[^，,。；;、\s0-9]{1,6}$|各类[^，,。；;、\s0-9]{1,6}$/;
const allKinds = (ctx: MatchContext): boolean =>
  ctx.windows.memo(`allKinds@${ctx.quantity.start}`, () =>
    ALL_KINDS_BEFORE.test(ctx.windows.slice(Math.max(ctx.clause.start, ctx.quantity.start - 12), ctx.quantity.start)),
  );

/**
 * The figure's clause up to a second predicate an English clause joins with "and" after the figure (Xuhui added about 70 AI
 * enterprises and signed AI projects worth …): what the later predicate names is not near the figure.
 */
const AND_LATER_PREDICATE =
  /\s(?:and|while)\s+(?:also\s+)?(?:signed|attracted|added|raised|drew|brought|opened|launched|built|set up|introduced|released|hosted|housed|plans?|aims?|wants?|will|is|are|was|were|has|have|had)\b/;
/**
 * Whether the sentence has one of the words that exclude the metric. 创历届新高, 历届之最 (a record among the editions) say
 * nothing of a total over them: 历届 there does not exclude an edition's own figure.
 */
function sentenceExcludes(ctx: MatchContext, words: string[] | undefined, sentence: Span): boolean {
  if (!anyWordOutside(ctx, words, sentence)) return false;
  if (words === undefined || !RECORD_AMONG_EDITIONS.test(ctx.windows.slice(sentence.start, sentence.end))) return true;
  return anyWordOutside(
    ctx,
    words.filter((w) => w !== '历届'),
    sentence,
  );
}
const RECORD_AMONG_EDITIONS = /创历届|历届之最|历届最(?:高|多|大)/;

function ownPredicate(ctx: MatchContext): Span {
  const { clause, quantity, windows } = ctx;
  const after = windows.slice(quantity.end, clause.end);
  if (HAN.test(after)) return clause;
  const joined = AND_LATER_PREDICATE.exec(after) ?? CONCESSIVE.exec(after);
  return joined ? { start: clause.start, end: quantity.end + joined.index } : clause;
}
/** …drew about 120,000 visitors even though rules capped attendance at 30,000 people a day: a clause of concession after it. */
const CONCESSIVE = /\s(?:even though|even as|although|though|whereas|despite)\s/;

export function matchMetric(cat: Catalogue, ctx: MatchContext): Match {
  const candidates = byUnit(cat).get(ctx.quantity.unit);
  // Most quantities stand in a clause that names no metric of their unit: one scan settles them.
  // The clause's own words are asked once per clause; whether the figure refers back, or is one place's part of a whole, is
  // its own (其中北京94个、上海42个: Shanghai's part refers back, Beijing's before it does not).
  const phrases = (): string[] => unitPhrases(cat, ctx.quantity.unit);
  if (
    !candidates ||
    (!ctx.windows.memo(`${ctx.quantity.unit}@${ctx.clause.start}`, () => anyOf(ctx.windows, phrases(), ctx.clause.start, ctx.clause.end)) &&
      !(
        (continuesEarlier(ctx) || placePart(ctx)) &&
        ctx.windows.memo(`${ctx.quantity.unit}@before@${ctx.clause.start}`, () =>
          anyOf(ctx.windows, phrases(), referStart(ctx), ctx.clause.start),
        )
      ) &&
      !subjectNames(ctx, phrases()) &&
      !patternsOf(cat, ctx.quantity.unit).some((e) => patternScore(e, ctx) > 0))
  )
    return NO_MATCH;
  const sentence = ctx.sentence;
  let best: { id: string; score: number } | null = null;
  let refused: { reason: Bilingual; score: number } | null = null;
  // The same quantity is checked against many metrics: each veto and subject is looked up once, and the figure's own predicate.
  const vetoes = new Map<string, boolean>();
  let predicate: Span | undefined;
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
      sentenceExcludes(ctx, entry.excludeSentence, sentence) ||
      (!allKinds(ctx) &&
        (anyWordOutside(ctx, entry.excludeNear, (predicate ??= ownPredicate(ctx))) ||
          anyWordOutside(ctx, entry.excludeNear, continuedClause(ctx)))) ||
      anyWordOutside(ctx, entry.excludeBefore, { start: ctx.clause.start, end: ctx.quantity.start }) ||
      segmentVeto(ctx, entry.excludeSegment)
    )
      continue;
    if (entry.excludeAfter && anyWord(ctx.windows, entry.excludeAfter, afterQuantity(ctx))) continue;
    // 目前，试验区已引进人工智能企业68家: all brought in so far is no count of new entries (see cumulativeIntake).
    if (entry.kind === 'flow' && entry.allow?.includes('increase') && cumulativeIntake(ctx)) continue;
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
