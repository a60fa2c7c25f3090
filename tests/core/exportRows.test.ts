import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, CSV_FIELDS, exportFileName, toCsv, toFactRows, toSeriesRows } from '../../src/core/exportRows';
import { indexFacts } from '../../src/core/select';
import { wrapText } from '../../src/core/wrap';
import { fact, fixture } from './fixture';

const facts = [
  fact({ id: 'a', value: 1340e8, period: '2018' }),
  fact({ id: 'b', value: 3800e8, period: '2023', qualifier: '>', source: { doc: 'd1', quote: '=HYPERLINK("http://x")超3800亿元', start: 0, end: 5, line: 2 } }),
  fact({ id: 'c', value: 22, period: '2024-07', metric: 'filed_models', unit: 'items', counter: '个', geo: 'xuhui' }),
  fact({ id: 'd', value: -5, period: null, metric: null, unit: 'percent', source: { doc: 'd1', quote: '+5 or -5', start: 0, end: 1, line: 1 } }),
];
const data = fixture(facts);
const lookups = { metrics: new Map(data.metrics.map((m) => [m.id, m])), documents: new Map(data.documents.map((d) => [d.id, d])), facts: indexFacts(data) };
const parse = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

describe('CSV export', () => {
  it('one row per point inside the filters, the machine columns first', () => {
    const rows = toSeriesRows(data, { from: 2020, to: 2025, district: 'shanghai' }, 'zh', lookups);
    expect(rows.map((r) => [r.metric, r.geo, r.period, r.value])).toEqual([['ai_industry_scale', 'shanghai', '2023', 3800e8], ['filed_models', 'xuhui', '2024-07', 22]]);
    expect(toSeriesRows(data, { from: 2018, to: 2025, district: 'xuhui' }, 'en', lookups).map((r) => [r.district_name, r.display_value])).toEqual([['Xuhui', '22']]);
  });

  it('begins with a byte-order mark and the documented header', () => {
    const csv = toCsv(toSeriesRows(data, { from: 2018, to: 2025, district: 'shanghai' }, 'zh', lookups));
    expect(csv.startsWith(BOM)).toBe(true);
    expect(parse(csv)[0]).toEqual([...CSV_FIELDS]);
    expect(CSV_FIELDS.slice(0, 7)).toEqual(['metric', 'geo', 'period', 'value', 'unit', 'qualifier', 'status']);
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

  it('file names say what, where and which years', () => {
    expect(exportFileName('ai_industry_scale', 'xuhui', 2018, 2025, 'png')).toBe('shanghai-ai_ai_industry_scale_xuhui_2018-2025.png');
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
