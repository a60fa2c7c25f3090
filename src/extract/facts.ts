/**
 * One article → its facts: every quantity with period, place, qualifier, status, metric and the
 * sentence it came from. Pure: the caller hands in the decoded text and the article date.
 */
import type { GeoId } from '../schema/geo';
import type { Fact, Status, Unread } from '../schema/metricsFile';
import { matchMetric, type CatalogueEntry } from './catalogue';
import { dateSpans, nowPeriod, scanDates, type ArticleDate, type DateMention } from './dates';
import { cleanText, toOriginalSpan, type CleanText } from './normalize';
import { scanQuantities, type Mention } from './numbers';
import type { PlaceMatcher, PlaceMention } from './places';
import { segmentAround, splitClauses, splitSentences, type Sentence, type Span } from './segment';

export interface ArticleInput {
  id: string;
  /** The decoded file, front matter included: offsets point into this string. */
  original: string;
  date: ArticleDate;
}

export interface ExtractContext {
  catalogue: ReadonlyArray<CatalogueEntry>;
  places: PlaceMatcher;
}

export interface ArticleFacts {
  facts: Fact[];
  unread: Unread[];
  /** Gazetteer ids the article names anywhere. */
  places: string[];
}

const FORECAST_WORDS = ['预计', '预期', '有望', '计划', '力争', '将', '拟'];
/** 将X作为… is the object marker 把, not the future tense. */
const BA_VERBS = ['作为', '视为', '列为', '纳入'];
const TARGET_WORDS = ['目标'];

/** Items of a sorted list that fall inside [start, end). Linear when called with increasing spans. */
function inside<T extends Span>(items: ReadonlyArray<T>, span: Span): T[] {
  return items.filter((x) => x.start >= span.start && x.end <= span.end);
}

function lastBefore<T extends Span>(items: ReadonlyArray<T>, from: number, to: number, keep: (x: T) => boolean = () => true): T | undefined {
  for (let k = items.length - 1; k >= 0; k--) {
    const x = items[k]!;
    if (x.end <= to && x.start >= from && keep(x)) return x;
  }
  return undefined;
}

const dated = (d: DateMention): boolean => d.kind !== 'weak-now';

/** Period of a quantity that is not part of a 从…到… range: the nearest date before it. */
function periodOf(m: Mention, clause: Span, sentence: Span, dates: ReadonlyArray<DateMention>): string | null {
  const inClause = lastBefore(dates, clause.start, m.start, dated);
  if (inClause) return inClause.period;
  const inSentence = lastBefore(dates, sentence.start, m.start, dated);
  if (inSentence) return inSentence.period;
  return lastBefore(dates, sentence.start, m.start)?.period ?? null;
}

interface RangeYears {
  from: string | null;
  to: string | null;
}

/**
 * Periods for the quantities of one sentence. Handles "从2018年的183家增长到2023年的348家", the
 * parallel clause after it that inherits its years ("产业规模从1340亿元增长到超3800亿元"), and a
 * range with no year anywhere in the sentence, whose end is the figure as of the article date and
 * whose start is undated.
 */
function sentencePeriods(text: string, sentence: Sentence, clauses: Span[], mentions: Mention[], dates: DateMention[], now: string): Map<Mention, string | null> {
  const out = new Map<Mention, string | null>();
  const sentenceHasDate = dates.some(dated);
  let inherited: RangeYears | null = null;
  for (const clause of clauses) {
    const ms = inside(mentions, clause);
    for (let k = 0; k < ms.length; k++) {
      const m1 = ms[k]!;
      if (out.has(m1)) continue;
      const m2 = ms[k + 1];
      const lead = text.slice(k === 0 ? clause.start : ms[k - 1]!.end, m1.start);
      const mid = m2 ? text.slice(m1.end, m2.start) : '';
      const fromAt = lead.lastIndexOf('从');
      if (m2 && fromAt >= 0 && mid.length <= 30 && (mid.includes('到') || mid.includes('至'))) {
        const leadStart = m1.start - lead.length + fromAt;
        const d1 = lastBefore(dates, leadStart, m1.start, dated);
        const d2 = lastBefore(dates, m1.end, m2.start, dated);
        let years: RangeYears;
        if (d1 || d2) years = { from: d1?.period ?? null, to: d2?.period ?? null };
        else if (inherited) years = inherited;
        else if (!sentenceHasDate) years = { from: null, to: now };
        else years = { from: null, to: periodOf(m2, clause, sentence, dates) };
        inherited = years;
        out.set(m1, years.from);
        out.set(m2, years.to);
        continue;
      }
      out.set(m1, periodOf(m1, clause, sentence, dates));
    }
  }
  return out;
}

/** 目标 marks a target; 预计/将… (or a period after the article's date) a forecast. */
function statusOf(text: string, clause: Span, sentence: Span, period: string | null, now: string): Status {
  const clauseText = text.slice(clause.start, clause.end);
  if (TARGET_WORDS.some((w) => clauseText.includes(w))) return 'target';
  const upTo = text.slice(sentence.start, clause.end);
  if (FORECAST_WORDS.some((w) => upTo.includes(w)) && !BA_VERBS.some((w) => upTo.includes(w))) return 'forecast';
  return period !== null && period.slice(0, 4) > now.slice(0, 4) ? 'forecast' : 'actual';
}

/** A place right after these verbs is what the subject relies on or works with, not where it is. */
const OBJECT_VERBS = ['依托', '依靠', '借助', '毗邻', '联合', '对标', '对接'];

/**
 * Where a quantity is: the nearest place before it in its clause, else the place after it in the
 * clause ("…成功落地徐汇"), else the nearest place before it in the sentence that is not the object
 * of 依托/借助… ("模速空间将依托徐汇滨江七大组团，推出产业载体超过10万平方米" is at 模速空间).
 */
function placeOf(text: string, m: Mention, clause: Span, sentence: Span, places: ReadonlyArray<PlaceMention>): PlaceMention | undefined {
  const isObject = (p: PlaceMention): boolean => OBJECT_VERBS.some((v) => text.startsWith(v, p.start - v.length));
  return lastBefore(places, clause.start, m.start) ??
    places.find((p) => p.start >= m.end && p.end <= clause.end) ??
    lastBefore(places, sentence.start, m.start, (p) => !isObject(p));
}

/**
 * The quote as the article prints it (full-width punctuation kept), minus what clean-up removed:
 * the layout's line breaks inside the sentence and Markdown marks.
 */
function originalChars(original: string, clean: CleanText, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += original[clean.map[i]!];
  return out;
}

function lineStarts(s: string): number[] {
  const starts = [0];
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: ReadonlyArray<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function extractArticleFacts(input: ArticleInput, ctx: ExtractContext, clean: CleanText = cleanText(input.original)): ArticleFacts {
  const { text } = clean;
  const dates = scanDates(text, input.date);
  const { mentions, skipped } = scanQuantities(text, 0, text.length, dateSpans(dates));
  const placeMentions = ctx.places.scan(text);
  const sentences = splitSentences(text);
  const lines = lineStarts(input.original);
  const now = nowPeriod(input.date);
  const docWords = new Map<string, boolean>();
  const documentHas = (w: string): boolean => {
    let has = docWords.get(w);
    if (has === undefined) docWords.set(w, (has = text.includes(w)));
    return has;
  };

  const facts: Fact[] = [];
  const mentionedPlaces = new Set<string>();
  let mi = 0;
  let di = 0;
  let pi = 0;
  let carry: { paragraph: number; place: PlaceMention } | null = null;
  for (const sentence of sentences) {
    const ms: Mention[] = [];
    while (mi < mentions.length && mentions[mi]!.start < sentence.end) {
      if (mentions[mi]!.start >= sentence.start) ms.push(mentions[mi]!);
      mi++;
    }
    const ds: DateMention[] = [];
    while (di < dates.length && dates[di]!.start < sentence.end) {
      if (dates[di]!.start >= sentence.start) ds.push(dates[di]!);
      di++;
    }
    const ps: PlaceMention[] = [];
    while (pi < placeMentions.length && placeMentions[pi]!.start < sentence.end) {
      if (placeMentions[pi]!.start >= sentence.start) ps.push(placeMentions[pi]!);
      pi++;
    }
    for (const p of ps) if (p.place) mentionedPlaces.add(p.place);
    if (carry && carry.paragraph !== sentence.paragraph) carry = null;

    if (ms.length === 0) {
      const lastPlace = ps[ps.length - 1];
      if (lastPlace) carry = { paragraph: sentence.paragraph, place: lastPlace };
      continue;
    }
    const clauses = splitClauses(text, sentence);
    const periods = sentencePeriods(text, sentence, clauses, ms, ds, now);
    const quoteSpan = toOriginalSpan(clean, sentence.start, sentence.end);
    const quote = originalChars(input.original, clean, sentence.start, sentence.end);
    for (const m of ms) {
      const clause = clauses.find((c) => m.start >= c.start && m.start <= c.end) ?? sentence;
      const segment = segmentAround(text, m.numberStart, clause);
      // A sentence with no place before the figure continues the paragraph's topic: its district
      // always, its cluster only for metrics counted per cluster (模速空间 … 首期2万平方米的办公载体).
      // With no topic either, a place later in the sentence applies ("引入了40余家投资机构，搭建起模速空间…").
      const before = placeOf(text, m, clause, sentence, ps);
      const after = before ?? carry ? undefined : ps.find((p) => p.start >= m.end);
      const stated = before ?? after;
      const place = stated ?? carry?.place;
      const entry = place?.place ? ctx.places.gazetteer.get(place.place) : undefined;
      const metric = matchMetric(ctx.catalogue, {
        text, quantity: m, segment, clause, sentence, placeKind: entry?.kind ?? null, documentHas,
      });
      const perCluster = metric !== null && ctx.catalogue.find((c) => c.id === metric)?.placeKinds !== undefined;
      const geo: GeoId = place?.geo ?? 'shanghai';
      const span = toOriginalSpan(clean, m.start, m.end);
      const period = periods.get(m) ?? null;
      facts.push({
        id: `${input.id}@${span.start}`,
        doc: input.id,
        text: m.text,
        value: m.value,
        unit: m.unit,
        counter: m.counter,
        qualifier: m.qualifier,
        status: statusOf(text, clause, sentence, period, now),
        period,
        geo,
        place: (stated ?? (perCluster ? place : undefined))?.place ?? null,
        metric,
        start: span.start,
        end: span.end,
        source: { doc: input.id, quote, start: quoteSpan.start, end: quoteSpan.end, line: lineOf(lines, span.start) },
      });
    }
    const lastPlace = ps[ps.length - 1];
    if (lastPlace) carry = { paragraph: sentence.paragraph, place: lastPlace };
  }

  const unread: Unread[] = skipped.map((s) => {
    const span = toOriginalSpan(clean, s.start, s.end);
    return { doc: input.id, text: s.text, start: span.start, end: span.end, line: lineOf(lines, span.start), reason: s.reason };
  });
  return { facts, unread, places: [...mentionedPlaces].sort() };
}
