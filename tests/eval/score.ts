/**
 * Scores the extract step against a hand-made gold list: recall (gold figures charted with the
 * right metric, value, place, period and qualifier) and precision (charted points that are gold).
 * Used for the development set (read while writing rules) and the held-out set (never read).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSeeds } from '../../src/extract/load';
import { buildMetricsFile } from '../../src/extract/pipeline';
import type { MetricsFile } from '../../src/schema/metricsFile';
import { parsePeriod, PERIOD_PATTERN, stockPeriodInfo } from '../../src/schema/period';
import { catalogue, gazetteer, gazetteerFile } from '../extract/helpers';

export interface GoldFigure {
  text: string;
  quote: string;
  value: number;
  metric: string;
  geo: string;
  place: string | null;
  period: string | null;
  qualifier: string;
  status: string;
}

export interface GoldArticle {
  file: string;
  figures: GoldFigure[];
  mustNotChart: Array<{ text: string; quote: string; value: number; reason: string }>;
}

export interface Charted {
  doc: string;
  metric: string;
  geo: string;
  place: string | null;
  period: string | null;
  qualifier: string;
  value: number;
  text: string;
  quote: string;
  /** The article's date (YYYY, YYYY-MM or YYYY-MM-DD). */
  published: string;
  /** Where the point's period came from: the clause, its sentence or heading, or the article's date. */
  periodBasis: string | null;
}

export interface Score {
  /** Gold figures a chart can hold: dated, with a period of the contract's form. */
  gold: number;
  /** Gold figures left out of recall: no period (a flow the text does not date) or a span of years (2021-2025). */
  unchartable: number;
  found: number;
  charted: number;
  correct: number;
  /** Charted points whose value is on the must-not-chart list. */
  forbidden: number;
  missed: Array<{ file: string; figure: GoldFigure; near: Charted | null; kind: string }>;
  wrong: Charted[];
  /**
   * Why each wrong point is wrong, as counts only (safe to print for a held-out set): the fields in which it
   * differs from the nearest gold figure of the same value (`period`, `place+period` …), `must-not-chart`, or
   * `no gold figure` (a value the gold neither charts nor forbids).
   */
  wrongKinds: Record<string, number>;
  /**
   * Why each gold figure was missed, as counts only (safe to print for a held-out set), by the article's language:
   * `not read` (no quantity of that value), `not charted` (read, no metric or refused), or the fields in which the
   * closest charted point of that value differs (`period`, `place` …).
   */
  missedKinds: Record<string, number>;
  /** Per language of the article (the file name's prefix: hans, hant, en): gold found of gold, charted points right of charted. */
  byLanguage: Record<string, { gold: number; found: number; charted: number; correct: number }>;
  /**
   * `found` and `correct` again, a period right when it puts the point where the gold's would go on the time axis: a count
   * dated only by a year already over when the article appeared sits at that year's end, so `2023` and `2023-12` (截至2023年底)
   * are one place (the gold sets write either). Strict figures above stay the ones the floors check.
   */
  onChart: { found: number; correct: number };
  /** Charted points and those right, by where their period came from (`stated`, `context`, `publication`); counts only. */
  byBasis: Record<string, { charted: number; correct: number }>;
}

const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(1e-6, Math.abs(b) * 1e-6);

export function extractFolder(dir: string): MetricsFile {
  const loaded = loadSeeds(join(dir, 'articles'), { list: (d) => readdirSync(d), read: (d, n) => readFileSync(join(d, n)) });
  if (loaded.errors.length > 0) throw new Error(loaded.errors.map((e) => `${e.file}: ${e.message}`).join('; '));
  const r = buildMetricsFile({ articles: loaded.articles, catalogue, gazetteer: gazetteerFile, warnings: loaded.warnings });
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

/** Whether a charted place names the gold place (by the gazetteer's Chinese name or any alias). */
function samePlace(goldPlace: string | null, place: string | null): boolean {
  if (goldPlace === null) return true;
  const entry = gazetteer.find((g) => g.id === place);
  return entry !== undefined && (entry.zh === goldPlace || entry.aliases.includes(goldPlace) || goldPlace.includes(entry.zh));
}

const STOCKS = new Set(catalogue.metrics.filter((m) => m.kind === 'stock').map((m) => m.id));

/** Where a period puts a point of `metric` on the time axis, as the dashboard places it. */
function chartTime(metric: string, period: string, published: string): number | null {
  const info = parsePeriod(period);
  if (info === null) return null;
  return (STOCKS.has(metric) ? stockPeriodInfo(info, published) : info).time;
}

function matches(f: GoldFigure, c: Charted, onChart = false): boolean {
  return (
    c.metric === f.metric &&
    sameValue(c.value, f.value) &&
    c.geo === f.geo &&
    (c.period === f.period ||
      (onChart &&
        c.period !== null &&
        f.period !== null &&
        chartTime(c.metric, c.period, c.published) === chartTime(c.metric, f.period, c.published))) &&
    c.qualifier === f.qualifier &&
    samePlace(f.place, c.place)
  );
}

export function score(dir: string): Score {
  const gold = (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { articles: GoldArticle[] }).articles;
  const data = extractFolder(dir);
  const published = new Map(data.documents.map((d) => [d.id, d.published]));
  const charted: Charted[] = data.series.flatMap((s) =>
    s.points.map((p) => {
      const fact = data.facts.find((f) => f.id === p.fact)!;
      return {
        doc: p.source.doc,
        metric: s.metric,
        geo: s.geo,
        place: s.place ?? null,
        period: p.period,
        qualifier: p.qualifier,
        value: p.value,
        text: fact.text,
        quote: p.source.quote,
        published: published.get(p.source.doc)!,
        periodBasis: p.periodBasis,
      };
    }),
  );
  const result: Score = {
    gold: 0,
    unchartable: 0,
    found: 0,
    charted: charted.length,
    correct: 0,
    forbidden: 0,
    missed: [],
    wrong: [],
    wrongKinds: {},
    missedKinds: {},
    byLanguage: {},
    onChart: { found: 0, correct: 0 },
    byBasis: {},
  };
  const tally = (file: string): Score['byLanguage'][string] =>
    (result.byLanguage[file.split('-')[0]!] ??= { gold: 0, found: 0, charted: 0, correct: 0 });
  const used = new Set<Charted>();
  for (const a of gold) {
    const doc = a.file.replace(/\.[^.]+$/, '');
    const mine = charted.filter((c) => c.doc === doc);
    for (const f of a.figures) {
      if (f.period === null || !PERIOD_PATTERN.test(f.period)) {
        result.unchartable++;
        continue;
      }
      result.gold++;
      tally(a.file).gold++;
      if (mine.some((c) => matches(f, c, true))) result.onChart.found++;
      const hit = mine.find((c) => matches(f, c));
      if (hit) {
        result.found++;
        tally(a.file).found++;
        used.add(hit);
      } else {
        const near = mine.find((c) => sameValue(c.value, f.value)) ?? null;
        const lang = a.file.split('-')[0]!;
        const kind = near ? missedDiff(f, near) : notCharted(data.facts.find((x) => x.doc === doc && sameValue(x.value, f.value)));
        result.missed.push({ file: a.file, figure: f, near, kind });
        result.missedKinds[`${lang}: ${kind}`] = (result.missedKinds[`${lang}: ${kind}`] ?? 0) + 1;
      }
    }
    for (const c of mine) {
      tally(a.file).charted++;
      if (a.figures.some((f) => matches(f, c))) {
        tally(a.file).correct++;
        continue;
      }
      if (a.mustNotChart.some((x) => sameValue(x.value, c.value))) result.forbidden++;
    }
  }
  for (const c of charted) {
    if (gold.some((a) => a.file.replace(/\.[^.]+$/, '') === c.doc && a.figures.some((f) => matches(f, c, true)))) result.onChart.correct++;
    const basis = (result.byBasis[c.periodBasis ?? 'none'] ??= { charted: 0, correct: 0 });
    basis.charted++;
    if (used.has(c) || gold.some((a) => a.file.replace(/\.[^.]+$/, '') === c.doc && a.figures.some((f) => matches(f, c)))) {
      result.correct++;
      basis.correct++;
    } else {
      result.wrong.push(c);
      const kind = wrongKind(
        c,
        gold.find((a) => a.file.replace(/\.[^.]+$/, '') === c.doc),
      );
      result.wrongKinds[kind] = (result.wrongKinds[kind] ?? 0) + 1;
    }
  }
  return result;
}

/** Why a gold figure's value was not charted, in a few words: not read, undated, no metric named, or the refusal. */
function notCharted(fact: MetricsFile['facts'][number] | undefined): string {
  if (!fact) return 'not read';
  if (fact.metric !== null && fact.period === null) return 'not charted: undated';
  if (fact.reason === null) return 'not charted: no metric named';
  // The refusal's opening words; "about <an industry>, not AI" without the industry (held-out text stays unprinted).
  if (fact.reason.en.startsWith('about ')) return 'not charted: about another subject';
  return `not charted: ${fact.reason.en
    .split(/[\s,:(]+/)
    .slice(0, 4)
    .join(' ')}`;
}

function missedDiff(f: GoldFigure, c: Charted): string {
  return [
    c.metric !== f.metric ? 'metric' : '',
    c.geo !== f.geo || !samePlace(f.place, c.place) ? 'place' : '',
    c.period !== f.period ? 'period' : '',
    c.qualifier !== f.qualifier ? 'qualifier' : '',
  ]
    .filter(Boolean)
    .join('+');
}

/** The fields in which a wrong point differs from the closest gold figure of its value, or why there is none. */
function wrongKind(c: Charted, article: GoldArticle | undefined): string {
  const same = article?.figures.filter((f) => sameValue(f.value, c.value)) ?? [];
  const diffs = same.map((f) =>
    [
      c.metric !== f.metric ? 'metric' : '',
      c.geo !== f.geo || !samePlace(f.place, c.place) ? 'place' : '',
      c.period !== f.period ? 'period' : '',
      c.qualifier !== f.qualifier ? 'qualifier' : '',
    ].filter(Boolean),
  );
  diffs.sort((a, b) => a.length - b.length);
  if (diffs[0]) return diffs[0].join('+');
  return article?.mustNotChart.some((x) => sameValue(x.value, c.value)) ? 'must-not-chart' : 'no gold figure';
}

/** Per-language figures in one line: "en 5/9, 4/6; hans …". */
export const byLanguage = (s: Score): string =>
  Object.entries(s.byLanguage)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([lang, t]) => `${lang} ${t.found}/${t.gold}, ${t.correct}/${t.charted}`)
    .join('; ');

export const percent = (num: number, den: number): string => (den === 0 ? 'n/a' : `${((100 * num) / den).toFixed(1)}%`);
