import { describe, expect, it } from 'vitest';
import { buildTrendOption, tooltipHtml, type TrendInput } from '../../src/charts/trendOption';
import { indexFacts, selectMetricSeries } from '../../src/core/select';
import { messages } from '../../src/i18n/messages';
import { fact, fixture } from '../core/fixture';

const facts = [
  fact({ id: 'a', value: 1340e8, period: '2018' }),
  fact({ id: 'b', value: 3800e8, period: '2023', qualifier: '>' }),
  fact({ id: 'c', value: 1180e8, period: '2025-Q1', qualifier: '>' }),
  fact({ id: 'd', value: 5000e8, period: '2025', status: 'forecast' }),
  fact({ id: 'e', value: 1e11, period: '2024-07', geo: 'xuhui' }),
  fact({ id: 'f', value: 2e11, period: '2024-12', geo: 'xuhui', doc: 'd2', source: { doc: 'd2', quote: '<img src=x onerror=alert(1)>', start: 0, end: 1, line: 1 } }),
];
const data = fixture(facts);
const metric = data.metrics[0]!;

function input(over: Partial<TrendInput> = {}): TrendInput {
  const view = { from: 2018, to: 2025, district: 'shanghai' as const };
  return {
    metric, series: selectMetricSeries(data, metric.id, view), from: view.from, to: view.to, lang: 'zh', t: messages('zh'),
    facts: indexFacts(data), documents: new Map(data.documents.map((d) => [d.id, d])), placeNames: new Map(),
    conflicts: new Set(['f']), selectedFact: null, ...over,
  };
}

type S = { type: string; name: string; data: Array<{ value: [number, number]; fact: string; symbol: string; symbolRotate: number; symbolSize: number; itemStyle: { color: string; borderColor: string } }>; lineStyle?: { type?: string } };
const seriesOf = (o: ReturnType<typeof buildTrendOption>) => (o as { series: S[] }).series;

describe('buildTrendOption', () => {
  it('a real time axis spanning the year range', () => {
    const o = buildTrendOption(input({ from: 2020, to: 2024 })) as { xAxis: { type: string; min: number; max: number } };
    expect(o.xAxis.type).toBe('time');
    expect(o.xAxis.min).toBe(Date.UTC(2020, 0, 1));
    expect(o.xAxis.max).toBe(Date.UTC(2024, 11, 31));
  });

  it('2024-07 and 2024-12 sit at their months, a year at mid-year', () => {
    const xuhui = seriesOf(buildTrendOption(input())).filter((s) => s.name === '徐汇区').flatMap((s) => s.data);
    expect(xuhui.map((d) => new Date(d.value[0]).toISOString().slice(0, 10))).toEqual(['2024-07-16', '2024-12-16']);
    const city = seriesOf(buildTrendOption(input())).filter((s) => s.name === '上海市').flatMap((s) => s.data);
    expect(new Date(city.find((d) => d.fact === 'a')!.value[0]).toISOString().slice(0, 10)).toBe('2018-07-02');
  });

  it('lower bounds are triangles, exact values circles', () => {
    const city = seriesOf(buildTrendOption(input())).find((s) => s.name === '上海市' && s.type === 'line' && !s.lineStyle?.type)!;
    expect(city.data.map((d) => [d.fact, d.symbol, d.symbolRotate])).toEqual([['a', 'circle', 0], ['b', 'triangle', 0]]);
  });

  it('forecasts are dashed and hollow, bridged from the last actual point', () => {
    const dashed = seriesOf(buildTrendOption(input())).find((s) => s.lineStyle?.type === 'dashed')!;
    expect(dashed.data.map((d) => d.fact)).toEqual(['b', 'd']);
    expect(dashed.data[1]!.itemStyle.color).toBe('#ffffff');
  });

  it('a part-year or month-dated figure of an annual flow is a separate, unjoined, dotted point', () => {
    const scatters = seriesOf(buildTrendOption(input())).filter((s) => s.type === 'scatter');
    expect(scatters.flatMap((s) => s.data.map((d) => d.fact)).sort()).toEqual(['c', 'e', 'f']);
    expect(scatters[0]!.data[0]!.itemStyle).toMatchObject({ color: '#ffffff', borderType: 'dotted' });
  });

  it('one colour per district; conflicting figures get a red ring; the selected fact is larger', () => {
    const s = seriesOf(buildTrendOption(input({ selectedFact: 'a' })));
    const city = s.find((x) => x.name === '上海市')!;
    const xuhui = s.filter((x) => x.name === '徐汇区').flatMap((x) => x.data);
    expect(city.data[0]!.itemStyle.borderColor).not.toBe(xuhui[0]!.itemStyle.borderColor);
    expect(xuhui.find((d) => d.fact === 'f')!.itemStyle.borderColor).toBe('#C00000');
    expect(city.data.find((d) => d.fact === 'a')!.symbolSize).toBeGreaterThan(city.data.find((d) => d.fact === 'b')!.symbolSize);
  });

  it('the tooltip gives value, qualifier, period, article and quote, as escaped text', () => {
    const html = tooltipHtml('b', input());
    expect(html).toContain('超3,800亿元');
    expect(html).toContain('2023');
    expect(html).toContain('文章一 &lt;b&gt;bold&lt;/b&gt;');
    expect(tooltipHtml('f', input())).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(tooltipHtml('f', input())).not.toContain('<img');
  });

  it('axis labels and the accessible description follow the language', () => {
    const o = buildTrendOption(input({ lang: 'en', t: messages('en') })) as { yAxis: { axisLabel: { formatter: (v: number) => string } }; aria: { label: { description: string } } };
    expect(o.yAxis.axisLabel.formatter(3800e8)).toBe('380 billion yuan');
    expect(o.aria.label.description).toBe('Trend chart: AI industry scale');
  });
});
