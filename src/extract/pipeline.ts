/** Loaded articles + curated inputs → the whole data/metrics.json, validated. Pure and deterministic. */
import {
  parseMetricsFile,
  SCHEMA_VERSION,
  type BaseUnit,
  type DocumentRecord,
  type Fact,
  type MetricsFile,
  type Notice,
  type ParseResult,
  type Place,
} from '../schema/metricsFile';
import { forLanguage, toMetricDef, type Catalogue } from './catalogue';
import { extractArticleFacts, type ArticleFacts, type ExtractContext } from './facts';
import type { LoadedArticle } from './load';
import type { Gazetteer } from './curated';
import { PlaceMatcher } from './places';
import { withoutTakenOff } from './readerChoices';
import { byCodeUnit, findConflicts, toSeries } from './series';

export interface PipelineInput {
  articles: ReadonlyArray<LoadedArticle>;
  catalogue: Catalogue;
  gazetteer: Gazetteer;
  warnings: ReadonlyArray<Notice>;
}

/**
 * The largest value, in base units, that any real figure about one city's industry reaches: 1e16 yuan
 * is ten thousand times China's GDP. Compute, storage and tokens count in FLOPS, bytes and tokens, where
 * 100 EFLOPS is already 1e20, so they get a bound of their own. A figure past its bound is a misread.
 */
const DEFAULT_BOUND = 1e16;
const BOUNDS: Partial<Record<BaseUnit, number>> = { FLOPS: 1e24, bytes: 1e24, tokens: 1e24 };
/** Only a rate of change can fall below zero (下降5%); a count, an amount or an area cannot. */
const MAY_BE_NEGATIVE: ReadonlySet<BaseUnit> = new Set(['percent']);

export type ValueCheck = { ok: true } | { ok: false; reason: string };

/** Whether a figure's value is one a real article can state, and if not, why not. */
export function checkValue(value: number, unit: BaseUnit): ValueCheck {
  const bound = BOUNDS[unit] ?? DEFAULT_BOUND;
  if (!Number.isFinite(value)) return { ok: false, reason: 'is too long to be a number' };
  if (Math.abs(value) > bound) return { ok: false, reason: `reads as ${value} ${unit}, more than ${bound}, which no real figure reaches` };
  if (value < 0 && !MAY_BE_NEGATIVE.has(unit)) return { ok: false, reason: `reads as ${value} ${unit}, and ${unit} cannot be negative` };
  return { ok: true };
}

const excerpt = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** An article's facts with the impossible values left out, and a warning (file:line) for each. */
export function screenFacts(facts: ReadonlyArray<Fact>, file: string): { kept: Fact[]; warnings: Notice[] } {
  const kept: Fact[] = [];
  const warnings: Notice[] = [];
  for (const f of facts) {
    const check = checkValue(f.value, f.unit);
    if (check.ok) kept.push(f);
    else warnings.push({ file, line: f.source.line, message: `the figure "${excerpt(f.text)}" ${check.reason}; dropped` });
  }
  return { kept, warnings };
}

/** `target.push(...items)` passes every item as an argument and overflows the stack past ~100k items. */
function appendAll<T>(target: T[], items: ReadonlyArray<T>): void {
  for (const x of items) target.push(x);
}

/** What every article is read with: the catalogue in both languages and the gazetteer's matcher. */
export function extractContext(catalogue: Catalogue, gazetteer: Gazetteer): ExtractContext {
  return { catalogue: forLanguage(catalogue, 'zh'), englishCatalogue: forLanguage(catalogue, 'en'), places: new PlaceMatcher(gazetteer) };
}

/** The articles in the order the data file lists them (by id, code unit by code unit). */
export const inFileOrder = <T extends { id: string }>(articles: ReadonlyArray<T>): T[] =>
  [...articles].sort((a, b) => byCodeUnit(a.id, b.id));

/**
 * The data file from the articles. `extracted`, when given, is each article's facts in file order (`inFileOrder`), read
 * elsewhere (on worker threads) with `extractContext`: the file is the same as when they are read here.
 */
export function buildMetricsFile(input: PipelineInput, extracted?: ReadonlyArray<ArticleFacts>): ParseResult {
  const articles = inFileOrder(input.articles);
  let ctx: ExtractContext | null = null;
  const documents: DocumentRecord[] = [];
  const file: MetricsFile = {
    schemaVersion: SCHEMA_VERSION,
    documents,
    metrics: input.catalogue.metrics.map(toMetricDef),
    series: [],
    facts: [],
    places: [],
    conflicts: [],
    unread: [],
    warnings: [...input.warnings],
  };
  const named = new Set<string>();
  for (const [i, a] of articles.entries()) {
    const result = extracted?.[i] ?? extractArticleFacts(a, (ctx ??= extractContext(input.catalogue, input.gazetteer)));
    documents.push({
      id: a.id,
      file: a.file,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      url: a.url,
      lang: result.lang,
      encoding: a.encoding,
      sha256: a.sha256,
    });
    const screened = screenFacts(withoutTakenOff(result.facts, a.notCharted), a.file);
    appendAll(file.facts, screened.kept);
    appendAll(file.warnings, screened.warnings);
    appendAll(file.unread, result.unread);
    for (const p of result.places) named.add(p);
  }
  file.series = toSeries(file.facts);
  file.conflicts = findConflicts(file.series);
  const factsAt = new Map<string, number>();
  for (const f of file.facts) if (f.place) factsAt.set(f.place, (factsAt.get(f.place) ?? 0) + 1);
  file.places = input.gazetteer.places
    .filter((g) => named.has(g.id))
    .map((g): Place => ({
      id: g.id,
      zh: g.zh,
      en: g.en,
      kind: g.kind,
      district: g.district,
      lng: g.lng,
      lat: g.lat,
      facts: factsAt.get(g.id) ?? 0,
    }))
    .sort((a, b) => byCodeUnit(a.id, b.id));
  const parsed = parseMetricsFile(file);
  return parsed.ok ? parsed : { ok: false, reason: locateFailure(file, parsed.reason) };
}

/** A schema failure at `facts.166.value` names the article and line the record came from. */
export function locateFailure(file: MetricsFile, reason: string): string {
  const m = /^(facts|unread)\.(\d+)\./.exec(reason);
  if (!m) return reason;
  const record = m[1] === 'facts' ? file.facts[Number(m[2])] : file.unread[Number(m[2])];
  if (!record) return reason;
  const doc = file.documents.find((d) => d.id === record.doc);
  const line = 'source' in record ? record.source.line : record.line;
  return `${doc?.file ?? record.doc}:${line}: ${reason}`;
}

/** Records per piece of `toJsonChunks`: about 2 MB of text, far below V8's string limit. */
const RECORDS_PER_CHUNK = 2000;
/**
 * `JSON.stringify({ k: records }, null, 2)` starts and ends with these; between them are the records at
 * the indent of a top-level array's items in the file (four spaces), joined by `,\n`.
 */
const WRAP_START = '{\n  "k": [\n';
const WRAP_END = '\n  ]\n}';

/**
 * `JSON.stringify(file, null, 2)` and a newline, in pieces: the same bytes, without building one string,
 * which V8 caps at about 512 MB (a 50 MB article dense with figures gives more than that). Each piece is
 * one call of JSON.stringify over a slice of an array, already at the file's indent: stringifying record
 * by record and re-indenting each took 1.6 to 3.6 times as long (500 articles, 16,600 facts).
 */
export function* toJsonChunks(file: MetricsFile): Generator<string> {
  let first = true;
  yield '{';
  for (const [key, value] of Object.entries(file)) {
    if (value === undefined) continue;
    yield `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (!Array.isArray(value) || value.length === 0) {
      yield JSON.stringify(value, null, 2).replaceAll('\n', '\n  ');
      continue;
    }
    yield '[';
    for (let i = 0; i < value.length; i += RECORDS_PER_CHUNK) {
      const wrapped = JSON.stringify({ k: value.slice(i, i + RECORDS_PER_CHUNK) }, null, 2);
      yield `${i === 0 ? '' : ','}\n${wrapped.slice(WRAP_START.length, wrapped.length - WRAP_END.length)}`;
    }
    yield '\n  ]';
  }
  yield '\n}\n';
}

export interface Summary {
  articles: number;
  /** Articles per language (zh-Hans, zh-Hant, en). */
  languages: Array<[string, number]>;
  quantities: number;
  unmapped: number;
  /** Points on the charts (mapped and dated; an article repeating a figure counts once). */
  charted: number;
  /** Mapped to a metric but given no period by the text: kept as facts, off the charts. */
  undated: number;
  /** Why quantities were not charted, most frequent first. */
  reasons: Array<[string, number]>;
  perMetric: Array<[string, number]>;
  conflicts: number;
  unread: number;
  warnings: number;
}

export function summarize(file: MetricsFile): Summary {
  const perMetric = new Map<string, number>(file.metrics.map((m) => [m.id, 0]));
  for (const f of file.facts) if (f.metric) perMetric.set(f.metric, (perMetric.get(f.metric) ?? 0) + 1);
  const languages = new Map<string, number>();
  for (const d of file.documents) languages.set(d.lang, (languages.get(d.lang) ?? 0) + 1);
  const reasons = new Map<string, number>();
  for (const f of file.facts) if (f.reason) reasons.set(f.reason.en, (reasons.get(f.reason.en) ?? 0) + 1);
  return {
    articles: file.documents.length,
    languages: [...languages.entries()].sort(),
    quantities: file.facts.length,
    unmapped: file.facts.filter((f) => f.metric === null).length,
    charted: file.series.reduce((n, s) => n + s.points.length, 0),
    undated: file.facts.filter((f) => f.metric !== null && f.period === null).length,
    reasons: [...reasons.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
    perMetric: [...perMetric.entries()],
    conflicts: file.conflicts.length,
    unread: file.unread.length,
    warnings: file.warnings.length,
  };
}
