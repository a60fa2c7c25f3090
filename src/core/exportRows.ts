/**
 * Tidy rows for CSV export: one row per point (or per fact), the machine columns first
 * (metric, geo, period, value, unit, qualifier, status), then what a reader needs to trust them.
 * CSV text: UTF-8 with a byte-order mark (Excel reads Chinese correctly), and any text cell that
 * begins with = + - @ tab or CR is prefixed with ' so a spreadsheet does not run it as a formula.
 * Numeric cells stay numbers. The last two columns say where the period came from: `period_basis`
 * as in the data (stated, context, publication; empty when undated) and `period_note` in words
 * ("as of the article's date (2024-07-04); the text states no date"; "period not stated" when undated).
 * `added_in_browser` is `yes` for a figure from an article the reader added in this browser. `place` and `place_name` are
 * the park or cluster a figure is at (its gazetteer id, and its name in the reader's language), empty for a district's or
 * the city's own figure. `not_charted_reason` says, in the reader's language, why a figure is not on the charts.
 * The qualifier is written as a word (`exact`, `lower_bound`, `upper_bound`, `approximate`): the data's `=` would
 * reach a spreadsheet as `'=` once guarded against formulas, and the words read without a key.
 */
import { messages, type Lang } from '../i18n/messages';
import type { DocumentRecord, Fact, MetricDef, MetricsFile, Qualifier } from '../schema/metricsFile';
import { isNotShanghai } from '../schema/factReasons';
import { formatFact, whyNotCharted } from './format';
import { geoName, parkName } from './names';
import { periodNote } from './periodNote';
import { selectMetricSeries, type View } from './select';

export const CSV_FIELDS = [
  'metric',
  'geo',
  'period',
  'value',
  'unit',
  'qualifier',
  'status',
  'metric_name',
  'district_name',
  'display_value',
  'article_title',
  'article_outlet',
  'article_date',
  'quote',
  'period_basis',
  'period_note',
  'added_in_browser',
  // A park's or cluster's figure is not the district's: without these a district's row and its park's read as two values of
  // one figure (徐汇区 150 and 徐汇区 80 large-model firms, the second at 模速空间).
  'place',
  'place_name',
  // Why a figure is not on the charts (another industry, an increase, no period …), as the facts table says it; empty
  // for a charted one.
  'not_charted_reason',
] as const;
export type CsvRow = Record<(typeof CSV_FIELDS)[number], string | number>;

export const FORMULA_START = /^[=+\-@\t\r]/;
/** The CSV's qualifier column: the data's symbol as a word. */
export const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = {
  '=': 'exact',
  '>': 'lower_bound',
  '<': 'upper_bound',
  '~': 'approximate',
};
export const BOM = '\uFEFF';

interface Lookups {
  metrics: ReadonlyMap<string, MetricDef>;
  documents: ReadonlyMap<string, DocumentRecord>;
  facts: ReadonlyMap<string, Fact>;
  /** Documents the reader added in this browser (not part of the published data). */
  localDocs?: ReadonlySet<string>;
  /** Parks' and clusters' names by gazetteer id. */
  placeNames?: ReadonlyMap<string, { zh: string; en: string }>;
}

function row(f: Fact, metric: MetricDef | undefined, lang: Lang, lookups: Lookups): CsvRow {
  const doc = lookups.documents.get(f.doc);
  const t = messages(lang);
  return {
    metric: f.metric ?? '',
    geo: f.geo,
    period: f.period ?? '',
    value: f.value,
    unit: f.unit,
    qualifier: QUALIFIER_WORDS[f.qualifier],
    status: f.status,
    metric_name: metric ? (lang === 'zh' ? metric.label.zh : metric.label.en) : '',
    district_name: isNotShanghai(f) ? t.notShanghai : geoName(f.geo, lang),
    display_value: formatFact(f, lang),
    article_title: doc?.title ?? f.doc,
    article_outlet: doc?.outlet ?? '',
    article_date: doc?.published ?? '',
    quote: f.source.quote,
    period_basis: f.periodBasis ?? '',
    period_note: f.period === null ? t.notStated : (periodNote(f, doc, t) ?? ''),
    added_in_browser: lookups.localDocs?.has(f.doc) ? 'yes' : '',
    place: f.place ?? '',
    place_name: parkName(f.place, lang, lookups.placeNames) ?? f.place ?? '',
    not_charted_reason: whyNotCharted(f, lang, t) ?? '',
  };
}

/** Every series point inside the year and district filters (dated points; one per point). */
export function toSeriesRows(data: MetricsFile, view: View, lang: Lang, lookups: Lookups): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const m of data.metrics) {
    for (const v of selectMetricSeries(data, m.id, view)) {
      for (const p of v.points) {
        const f = lookups.facts.get(p.fact);
        if (f) rows.push(row(f, m, lang, lookups));
      }
    }
  }
  return rows;
}

/** The facts table's rows, in the order shown. */
export function toFactRows(facts: ReadonlyArray<Fact>, lang: Lang, lookups: Lookups): CsvRow[] {
  return facts.map((f) => row(f, f.metric ? lookups.metrics.get(f.metric) : undefined, lang, lookups));
}

/** shanghai-ai_ai_industry_scale_xuhui_2018-2025.png: what it is, where, which years. */
export function exportFileName(what: string, geo: string, from: number, to: number, ext: 'png' | 'svg' | 'csv'): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `shanghai-ai_${safe(what)}_${safe(geo)}_${from === to ? from : `${from}-${to}`}.${ext}`;
}
