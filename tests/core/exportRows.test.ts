import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/core/csv';
import { BOM, CSV_FIELDS, exportFileName, toFactRows, toSeriesRows } from '../../src/core/exportRows';
import { indexFacts } from '../../src/core/select';
import { wrapText } from '../../src/core/wrap';
import { fact, fixture } from './fixture';

const facts = [
  fact({ id: 'a', value: 1340e8, period: '2018' }),
  fact({
    id: 'b',
    value: 3800e8,
    period: '2023',
    qualifier: '>',
    source: { doc: 'd1', quote: '=HYPERLINK("http://x")超3800亿元', start: 0, end: 5, line: 2 },
  }),
  fact({ id: 'c', value: 22, period: '2024-07', metric: 'filed_models', unit: 'items', counter: '个', geo: 'xuhui' }),
  fact({
    id: 'd',
    value: -5,
    period: null,
    metric: null,
    unit: 'percent',
    source: { doc: 'd1', quote: '+5 or -5', start: 0, end: 1, line: 1 },
  }),
  fact({
    id: 'e',
    value: 82,
    period: '2024-07',
    metric: 'filed_models',
    unit: 'items',
    counter: '款',
    periodBasis: 'publication',
    qualifier: '>',
  }),
  fact({ id: 'f', value: 60, period: '2024-12', metric: 'filed_models', unit: 'items', counter: '个', periodBasis: 'context' }),
];
const data = fixture(facts);
const lookups = {
  metrics: new Map(data.metrics.map((m) => [m.id, m])),
  documents: new Map(data.documents.map((d) => [d.id, d])),
  facts: indexFacts(data),
};
const parse = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

describe('CSV export', () => {
  it('one row per point inside the filters, the machine columns first', () => {
    const rows = toSeriesRows(data, { from: 2020, to: 2025, district: 'shanghai' }, 'zh', lookups);
    expect(rows.map((r) => [r.metric, r.geo, r.period, r.value])).toEqual([
      ['ai_industry_scale', 'shanghai', '2023', 3800e8],
      ['filed_models', 'xuhui', '2024-07', 22],
      ['filed_models', 'shanghai', '2024-07', 82],
      ['filed_models', 'shanghai', '2024-12', 60],
    ]);
    expect(
      toSeriesRows(data, { from: 2018, to: 2025, district: 'xuhui' }, 'en', lookups).map((r) => [r.district_name, r.display_value]),
    ).toEqual([['Xuhui', '22']]);
  });

  it('begins with a byte-order mark and the documented header', () => {
    const csv = toCsv(toSeriesRows(data, { from: 2018, to: 2025, district: 'shanghai' }, 'zh', lookups));
    expect(csv.startsWith(BOM)).toBe(true);
    expect(parse(csv)[0]).toEqual([...CSV_FIELDS]);
    expect(CSV_FIELDS.slice(0, 7)).toEqual(['metric', 'geo', 'period', 'value', 'unit', 'qualifier', 'status']);
  });

  it('keeps the earlier columns in their order and appends period_basis, period_note and added_in_browser', () => {
    expect([...CSV_FIELDS]).toEqual([
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
      'place',
      'place_name',
      'not_charted_reason',
    ]);
  });

  it('a figure kept off the charts says why, in the reader’s language; a charted one leaves it empty', () => {
    const off = fact({
      id: 'o',
      value: 300,
      period: '2024-07',
      metric: null,
      unit: 'items',
      reason: { zh: '关于芯片，不是人工智能', en: 'about chips, not AI' },
    });
    const on = fact({ id: 'c', value: 82, period: '2025-07', metric: 'filed_models', unit: 'items' });
    expect(toFactRows([off, on], 'en', lookups).map((r) => r.not_charted_reason)).toEqual(['about chips, not AI', '']);
    expect(toFactRows([off], 'zh', lookups)[0]!.not_charted_reason).toBe('关于芯片，不是人工智能');
    // A figure tied to no measure says so, though the extract step gives no reason of its own.
    const unclassified = fact({ id: 'u', value: 12, period: null, metric: null, unit: 'items' });
    expect(toFactRows([unclassified], 'en', lookups)[0]!.not_charted_reason).toBe(
      'the text does not say which of the measures charted here it is',
    );
  });

  it("a park's figure names its park, so it does not read as a second value of its district's figure", () => {
    const park = fact({ id: 'p', value: 80, period: '2024-07', metric: 'filed_models', unit: 'items', geo: 'xuhui', place: 'mosu_space' });
    const withNames = { ...lookups, placeNames: new Map([['mosu_space', { zh: '模速空间', en: 'ModelSpeed Space' }]]) };
    const [zh] = toFactRows([park], 'zh', withNames);
    expect([zh!.district_name, zh!.place, zh!.place_name]).toEqual(['徐汇区', 'mosu_space', '模速空间']);
    expect(toFactRows([park], 'en', withNames)[0]!.place_name).toBe('ModelSpeed Space');
    // A district's own figure has no park.
    expect(toFactRows([facts[2]!], 'zh', withNames).map((r) => [r.place, r.place_name])).toEqual([['', '']]);
  });

  it('a figure dated by the article says so, with the article’s date, in the reader’s language', () => {
    const zh = parse(toCsv(toFactRows(facts, 'zh', lookups)));
    const header = zh[0]!;
    const col = (name: string) => header.indexOf(name);
    const e = zh.find((r) => r[col('display_value')] === '超82款')!;
    expect([e[col('period')], e[col('period_basis')], e[col('period_note')], e[col('article_date')]]).toEqual([
      '2024-07',
      'publication',
      '按文章发布日期（2024-07-04）计；原文未写明时间',
      '2024-07-04',
    ]);
    const en = toFactRows(facts, 'en', lookups);
    expect(en.find((r) => r.value === 82)!.period_note).toBe("as of the article's date (2024-07-04); the text states no date");
    expect(en.find((r) => r.value === 60)).toMatchObject({
      period_basis: 'context',
      period_note: 'period taken from the text around it (the sentence, its heading or an earlier as-of date)',
    });
    expect(toFactRows(facts, 'zh', lookups).find((r) => r.value === 60)!.period_note).toBe('时间取自上下文（同句、标题或前文的截至日期）');
  });

  it('a stated period has no note; an undated fact says its period is not stated', () => {
    const rows = toFactRows(facts, 'en', lookups);
    expect(rows.find((r) => r.value === 1340e8)).toMatchObject({ period_basis: 'stated', period_note: '' });
    expect(rows.find((r) => r.value === -5)).toMatchObject({ period: '', period_basis: '', period_note: 'period not stated' });
  });

  it('escapes text cells that would run as formulas; numbers stay numbers', () => {
    const csv = toCsv(toFactRows(facts, 'zh', lookups));
    const rows = parse(csv);
    const b = rows.find((r) => r[3] === '380000000000')!;
    expect(b[13]).toBe('\'=HYPERLINK("http://x")超3800亿元');
    const d = rows.find((r) => r[13]?.includes('5 or'))!;
    expect(d[13]).toBe("'+5 or -5");
    expect(d[3]).toBe('-5');
    expect(csv).toContain(',-5,');
    expect(b[11]).toBe('青年报');
    expect(b[7]).toBe('人工智能产业规模');
  });

  it('writes the qualifier as a word, so an exact figure is not taken for a formula', () => {
    const rows = parse(toCsv(toFactRows(facts, 'en', lookups)));
    const column = CSV_FIELDS.indexOf('qualifier');
    expect(rows.find((r) => r[3] === '134000000000')![column]).toBe('exact');
    expect(rows.find((r) => r[3] === '380000000000')![column]).toBe('lower_bound');
    expect(rows.slice(1).every((r) => !r[column]!.startsWith("'"))).toBe(true);
  });

  it('file names say what, where and which years', () => {
    expect(exportFileName('ai_industry_scale', 'xuhui', 2018, 2025, 'png')).toBe('shanghai-ai_ai_industry_scale_xuhui_2018-2025.png');
    expect(exportFileName('map-facts', 'shanghai', 2024, 2024, 'svg')).toBe('shanghai-ai_map-facts_shanghai_2024.svg');
  });
});

describe('text wrapping for exported images', () => {
  const measure = (s: string) => s.length * 10;
  it('breaks Chinese between characters and Latin at spaces', () => {
    expect(wrapText('上海人工智能产业数据', 40, measure)).toEqual(['上海人工', '智能产业', '数据']);
    expect(wrapText('Shanghai AI industry', 90, measure)).toEqual(['Shanghai', 'AI', 'industry']);
    expect(wrapText('', 40, measure)).toEqual([]);
  });
});

describe('figures from an article the reader added in this browser', () => {
  it('say so in the last column; the published ones leave it empty', () => {
    const rows = toFactRows(facts, 'en', { ...lookups, localDocs: new Set(['d1']) });
    expect(new Set(rows.map((r) => r.added_in_browser))).toEqual(new Set(['yes']));
    expect(new Set(toFactRows(facts, 'en', lookups).map((r) => r.added_in_browser))).toEqual(new Set(['']));
  });
});
