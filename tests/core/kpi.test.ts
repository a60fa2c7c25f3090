import { describe, expect, it } from 'vitest';
import { ratioQualifier, selectKpi } from '../../src/core/kpi';
import { selectFacts, selectMetricSeries, selectYearBounds } from '../../src/core/select';
import { parsePeriod } from '../../src/schema/period';
import { fact, fixture } from './fixture';

const data = fixture([
  fact({ value: 1340e8, period: '2018' }),
  fact({ value: 3800e8, period: '2023', qualifier: '>' }),
  fact({ value: 1180e8, period: '2025-Q1', qualifier: '>' }),
  fact({ value: 1e11, period: '2025', geo: 'xuhui', status: 'target' }),
  fact({ value: 34, period: '2024-07', metric: 'filed_models', unit: 'items' }),
  fact({ value: 82, period: '2025-07', metric: 'filed_models', unit: 'items' }),
  fact({ value: 22, period: '2024-07', metric: 'filed_models', unit: 'items', geo: 'xuhui' }),
  fact({ value: 5, period: null, metric: null, unit: 'items' }),
]);
const metric = (id: string) => data.metrics.find((m) => m.id === id)!;
const all = { from: 2018, to: 2025, district: 'shanghai' as const };

describe('KPI cards', () => {
  it('the latest comparable value: a quarter of an annual flow is not the year’s value', () => {
    const k = selectKpi(data, metric('ai_industry_scale'), all);
    expect([k.latest?.period, k.latest?.qualifier, k.latest?.value]).toEqual(['2023', '>', 3800e8]);
  });

  it('× and CAGR between the first and latest years, with what the bounds allow', () => {
    const k = selectKpi(data, metric('ai_industry_scale'), all);
    expect(k.ratio?.qualifier).toBe('>');
    expect(k.ratio?.value).toBeCloseTo(3800 / 1340, 6);
    expect(k.cagr?.value).toBeCloseTo((3800 / 1340) ** (1 / 5) - 1, 6);
  });

  it('two articles\' figures for the same year are no change (no "2024→2024: 1×")', () => {
    const d = fixture([
      fact({ value: 1500e8, period: '2024', geo: 'pudong' }),
      fact({ value: 1500e8, period: '2024', geo: 'pudong', doc: 'd2', id: 'd2@1' }),
    ]);
    const k = selectKpi(d, metric('ai_industry_scale'), { ...all, district: 'pudong' });
    expect(k.latest?.value).toBe(1500e8);
    expect([k.ratio, k.cagr]).toEqual([null, null]);
  });

  it('no CAGR without two whole years', () => {
    const k = selectKpi(data, metric('filed_models'), all);
    expect(k.ratio?.value).toBeCloseTo(82 / 34, 6);
    expect(k.cagr).toBeNull();
  });

  it('a figure dated by the article is a reported value: it can be the latest', () => {
    const d = fixture([
      fact({ value: 34, period: '2024-07', metric: 'filed_models', unit: 'items' }),
      fact({ value: 82, period: '2025-07', metric: 'filed_models', unit: 'items', periodBasis: 'publication' }),
    ]);
    const k = selectKpi(d, metric('filed_models'), all);
    expect([k.latest?.value, k.latest?.periodBasis]).toEqual([82, 'publication']);
    expect(k.ratio?.value).toBeCloseTo(82 / 34, 6);
  });

  it('a count dated only by a year already over when its article was written stood at that year’s end', () => {
    const d = fixture([
      fact({ value: 34, period: '2024-07', metric: 'filed_models', unit: 'items' }),
      // 2024年…累计达到60款, in an article of January 2025: after the July count, not before it.
      fact({ value: 60, period: '2024', metric: 'filed_models', unit: 'items', doc: 'd2' }),
    ]);
    expect(selectKpi(d, metric('filed_models'), all).latest?.value).toBe(60);
    const [v] = selectMetricSeries(d, 'filed_models', all);
    expect([...v!.points].sort((a, b) => a.info.time - b.info.time).map((p) => p.value)).toEqual([34, 60]);
    // A year's flow keeps the middle of its year.
    const flow = fixture([fact({ value: 3800e8, period: '2024', doc: 'd2' })]);
    expect(selectMetricSeries(flow, 'ai_industry_scale', all)[0]!.points[0]!.info.time).toBe(parsePeriod('2024')!.time);
  });

  it('the year range narrows what counts as latest', () => {
    expect(selectKpi(data, metric('filed_models'), { ...all, to: 2024 }).latest?.value).toBe(34);
  });

  it('a district shows its own series; a target is never the latest value', () => {
    expect(selectKpi(data, metric('filed_models'), { ...all, district: 'xuhui' }).latest?.value).toBe(22);
    expect(selectKpi(data, metric('ai_industry_scale'), { ...all, district: 'xuhui' }).latest).toBeNull();
  });

  it.each([
    ['>', '=', '>'],
    ['<', '=', '<'],
    ['=', '>', '<'],
    ['>', '>', '~'],
    ['=', '=', '='],
  ] as const)('ratio of %s over %s is %s', (a, b, q) => {
    expect(ratioQualifier(a, b)).toBe(q);
  });
});

describe('selectors', () => {
  it('year bounds come from dated points', () => {
    expect(selectYearBounds(data, 2026)).toEqual({ min: 2018, max: 2025 });
  });
  it('series inside the view: whole city shows every geo, a district only its own', () => {
    expect(
      selectMetricSeries(data, 'filed_models', all)
        .map((v) => v.series.geo)
        .sort(),
    ).toEqual(['shanghai', 'xuhui']);
    expect(selectMetricSeries(data, 'filed_models', { ...all, district: 'xuhui' }).map((v) => v.series.geo)).toEqual(['xuhui']);
    expect(selectMetricSeries(data, 'ai_industry_scale', { ...all, from: 2020 })[0]!.points.map((p) => p.period)).toEqual([
      '2023',
      '2025-Q1',
    ]);
  });
  it('facts inside the view keep undated and unmapped ones', () => {
    const ids = selectFacts(data, { ...all, from: 2024 }).map((f) => f.period);
    expect(ids).toEqual(['2025-Q1', '2025', '2024-07', '2025-07', '2024-07', null]);
    expect(selectFacts(data, { ...all, district: 'xuhui' })).toHaveLength(2);
  });
});
