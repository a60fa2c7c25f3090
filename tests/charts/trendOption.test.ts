import { describe, expect, it } from 'vitest';
import { buildTrendOption, geoColor, tooltipHtml, type TrendInput } from '../../src/charts/trendOption';
import { indexFacts, selectMetricSeries } from '../../src/core/select';
import { messages } from '../../src/i18n/messages';
import { fact, fixture } from '../core/fixture';

const facts = [
  fact({ id: 'a', value: 1340e8, period: '2018' }),
  fact({ id: 'b', value: 3800e8, period: '2023', qualifier: '>' }),
  fact({ id: 'c', value: 1180e8, period: '2025-Q1', qualifier: '>' }),
  fact({ id: 'd', value: 5000e8, period: '2025', status: 'forecast' }),
  fact({ id: 'e', value: 1e11, period: '2024-07', geo: 'xuhui' }),
  fact({
    id: 'f',
    value: 2e11,
    period: '2024-12',
    geo: 'xuhui',
    doc: 'd2',
    source: { doc: 'd2', quote: '<img src=x onerror=alert(1)>', start: 0, end: 1, line: 1 },
  }),
  // A stock: 34 stated at 2023, 60 dated by a heading, 82 and 90 with no date in the text (as of d1's 2024-07-04, d2's 2025-01).
  fact({ id: 's1', value: 30, period: '2023', metric: 'filed_models', unit: 'items' }),
  fact({ id: 's2', value: 60, period: '2024-06', metric: 'filed_models', unit: 'items', periodBasis: 'context' }),
  fact({ id: 's3', value: 82, period: '2024-07', metric: 'filed_models', unit: 'items', periodBasis: 'publication', qualifier: '>' }),
  fact({
    id: 's4',
    value: 90,
    period: '2025-01',
    metric: 'filed_models',
    unit: 'items',
    periodBasis: 'publication',
    doc: 'd2',
    source: { doc: 'd2', quote: '目前已有90个。', start: 0, end: 1, line: 1 },
  }),
  fact({ id: 's5', value: 120, period: '2025', metric: 'filed_models', unit: 'items', status: 'target' }),
];
const data = fixture(facts);
const metric = data.metrics[0]!;

function input(over: Partial<TrendInput> = {}): TrendInput {
  const view = { from: 2018, to: 2025, district: 'shanghai' as const };
  return {
    metric,
    series: selectMetricSeries(data, metric.id, view),
    from: view.from,
    to: view.to,
    lang: 'zh',
    t: messages('zh'),
    facts: indexFacts(data),
    documents: new Map(data.documents.map((d) => [d.id, d])),
    placeNames: new Map(),
    conflicts: new Set(['f']),
    selectedFact: null,
    ...over,
  };
}

type S = {
  type: string;
  name: string;
  data: Array<{
    value: [number, number];
    fact: string;
    symbol: string;
    symbolRotate: number;
    symbolSize: number;
    itemStyle: { color: string; borderColor: string; borderWidth: number; borderType?: string };
  }>;
  lineStyle?: { type?: string };
};
const seriesOf = (o: ReturnType<typeof buildTrendOption>) => (o as { series: S[] }).series;

describe('buildTrendOption', () => {
  it('the time axis spans the years its points cover inside the filter, not every year the filter allows', () => {
    const filings = data.metrics.find((m) => m.id === 'filed_models')!;
    const view = { from: 2018, to: 2025, district: 'shanghai' as const };
    const o = buildTrendOption(input({ metric: filings, series: selectMetricSeries(data, filings.id, view) })) as {
      xAxis: { min: number; max: number };
    };
    expect([o.xAxis.min, o.xAxis.max]).toEqual([Date.UTC(2023, 0, 1), Date.UTC(2025, 11, 31)]);
  });

  it('a real time axis spanning the year range', () => {
    const o = buildTrendOption(input({ from: 2020, to: 2024 })) as { xAxis: { type: string; min: number; max: number } };
    expect(o.xAxis.type).toBe('time');
    expect(o.xAxis.min).toBe(Date.UTC(2020, 0, 1));
    expect(o.xAxis.max).toBe(Date.UTC(2024, 11, 31));
  });

  it('2024-07 and 2024-12 sit at their months, a year at mid-year', () => {
    const xuhui = seriesOf(buildTrendOption(input()))
      .filter((s) => s.name === '徐汇区')
      .flatMap((s) => s.data);
    expect(xuhui.map((d) => new Date(d.value[0]).toISOString().slice(0, 10))).toEqual(['2024-07-16', '2024-12-16']);
    const city = seriesOf(buildTrendOption(input()))
      .filter((s) => s.name === '上海市')
      .flatMap((s) => s.data);
    expect(new Date(city.find((d) => d.fact === 'a')!.value[0]).toISOString().slice(0, 10)).toBe('2018-07-02');
  });

  it('lower bounds are triangles, exact values circles', () => {
    const city = seriesOf(buildTrendOption(input())).find((s) => s.name === '上海市' && s.type === 'line' && !s.lineStyle?.type)!;
    expect(city.data.map((d) => [d.fact, d.symbol, d.symbolRotate])).toEqual([
      ['a', 'circle', 0],
      ['b', 'triangle', 0],
    ]);
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
    // Whose figure it is, first: points of two places may sit on each other.
    expect(html.startsWith('上海市 · <strong>')).toBe(true);
    expect(tooltipHtml('f', input()).startsWith('徐汇区')).toBe(true);
    expect(html).toContain('文章一 &lt;b&gt;bold&lt;/b&gt;');
    expect(tooltipHtml('f', input())).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(tooltipHtml('f', input())).not.toContain('<img');
  });

  it('axis labels and the accessible description follow the language', () => {
    const o = buildTrendOption(input({ lang: 'en', t: messages('en') })) as {
      yAxis: { axisLabel: { formatter: (v: number) => string } };
      aria: { label: { description: string } };
    };
    expect(o.yAxis.axisLabel.formatter(3800e8)).toBe('380 billion yuan');
    expect(o.aria.label.description).toBe('Trend chart: AI industry scale');
  });
});

describe('a figure dated by the article (periodBasis publication)', () => {
  const stock = data.metrics.find((m) => m.id === 'filed_models')!;
  const view = { from: 2018, to: 2025, district: 'shanghai' as const };
  const stockInput = (over: Partial<TrendInput> = {}) =>
    input({ metric: stock, series: selectMetricSeries(data, stock.id, view), conflicts: new Set(), ...over });
  const blue = geoColor('shanghai', undefined);

  it('is hollow — white fill, solid border in the series colour — and stays on the solid line', () => {
    const s = seriesOf(buildTrendOption(stockInput()));
    const solid = s.find((x) => x.type === 'line' && !x.lineStyle?.type)!;
    expect(solid.data.map((d) => d.fact)).toEqual(['s1', 's2', 's3', 's4']);
    const style = (id: string) => solid.data.find((d) => d.fact === id)!.itemStyle;
    expect(style('s3')).toEqual({ color: '#ffffff', borderColor: blue, borderWidth: 2 });
    expect(style('s4')).toEqual({ color: '#ffffff', borderColor: blue, borderWidth: 2 });
    expect(solid.data.find((d) => d.fact === 's3')!.symbol).toBe('triangle'); // still a lower bound
  });

  it('the series legend is a filled swatch, so a hollow mark means only what the legend says', () => {
    expect((buildTrendOption(stockInput()) as { legend: { icon: string } }).legend.icon).toBe('roundRect');
  });

  it('a stated or context-dated figure stays filled', () => {
    const solid = seriesOf(buildTrendOption(stockInput())).find((x) => x.type === 'line' && !x.lineStyle?.type)!;
    expect(solid.data.find((d) => d.fact === 's1')!.itemStyle.color).toBe(blue);
    expect(solid.data.find((d) => d.fact === 's2')!.itemStyle.color).toBe(blue);
  });

  it('keeps the other encodings: a ring when contested, larger when selected, target dashed from it', () => {
    const s = seriesOf(buildTrendOption(stockInput({ conflicts: new Set(['s3']), selectedFact: 's4' })));
    const solid = s.find((x) => x.type === 'line' && !x.lineStyle?.type)!;
    expect(solid.data.find((d) => d.fact === 's3')!.itemStyle).toEqual({ color: '#ffffff', borderColor: '#C00000', borderWidth: 3 });
    expect(solid.data.find((d) => d.fact === 's4')!.symbolSize).toBe(18);
    const dashed = s.find((x) => x.lineStyle?.type === 'dashed')!;
    expect(dashed.data.map((d) => d.fact)).toEqual(['s4', 's5']);
  });

  it('the tooltip says the date is the article’s, with the article’s full date, in both languages', () => {
    expect(tooltipHtml('s3', stockInput())).toContain('按文章发布日期（2024-07-04）计；原文未写明时间');
    expect(tooltipHtml('s4', stockInput())).toContain('按文章发布日期（2025-01）计；原文未写明时间');
    expect(tooltipHtml('s3', stockInput({ lang: 'en', t: messages('en') }))).toContain(
      'as of the article&#39;s date (2024-07-04); the text states no date',
    );
  });

  it('the tooltip says when the period came from the sentence or heading, and nothing for a stated one', () => {
    expect(tooltipHtml('s2', stockInput())).toContain('时间取自上下文（同句、标题或前文的截至日期）');
    expect(tooltipHtml('s2', stockInput({ lang: 'en', t: messages('en') }))).toContain(
      'period taken from the text around it (the sentence, its heading or an earlier as-of date)',
    );
    const stated = tooltipHtml('s1', stockInput());
    expect(stated).not.toContain('按文章发布日期');
    expect(stated).not.toContain('时间取自');
  });
});

describe('percent metrics', () => {
  const share = {
    id: 'ai_talent__share_of_country',
    label: { zh: '人工智能人才占全国比重', en: "Share of the country's AI talent" },
    unit: 'percent' as const,
    kind: 'stock' as const,
    headline: false,
  };
  const pf = [
    fact({ id: 'p1', value: 100 / 3, period: '2024-07', metric: share.id, unit: 'percent', periodBasis: 'publication' }),
    fact({ id: 'p2', value: 29, period: '2025', metric: share.id, unit: 'percent', qualifier: '~' }),
  ];
  const pdata = { ...fixture(pf), metrics: [share] };
  const view = { from: 2018, to: 2025, district: 'shanghai' as const };
  const pinput = (lang: 'zh' | 'en') =>
    input({ metric: share, series: selectMetricSeries(pdata, share.id, view), facts: indexFacts(pdata), lang, t: messages(lang) });

  it('the axis is in percent and the tooltip writes the share as a percentage', () => {
    const o = buildTrendOption(pinput('zh')) as { yAxis: { axisLabel: { formatter: (v: number) => string } } };
    expect(o.yAxis.axisLabel.formatter(30)).toBe('30%');
    expect(o.yAxis.axisLabel.formatter(12.5)).toBe('12.5%');
    expect(tooltipHtml('p1', pinput('zh'))).toContain('<strong>33.3%</strong>');
    expect(tooltipHtml('p2', pinput('zh'))).toContain('<strong>约29%</strong>');
    expect(tooltipHtml('p2', pinput('en'))).toContain('<strong>about 29%</strong>');
  });
});

describe('points from an article the reader added in this browser', () => {
  it('have a dashed ring and say so in the tooltip; the others do not', () => {
    const local = { localDocs: new Set(['d2']) };
    const models = buildTrendOption({
      ...input(local),
      metric: data.metrics.find((m) => m.id === 'filed_models')!,
      series: selectMetricSeries(data, 'filed_models', { from: 2018, to: 2025, district: 'shanghai' }),
    }) as { series: S[] };
    const points = models.series.flatMap((x) => x.data);
    expect(points.find((d) => d.fact === 's4')!.itemStyle.borderType).toBe('dashed');
    expect(points.find((d) => d.fact === 's3')!.itemStyle.borderType).toBeUndefined();
    expect(tooltipHtml('s4', input(local))).toContain('来自你在本浏览器中添加的文章');
    expect(tooltipHtml('s3', input(local))).not.toContain('本浏览器');
  });
});

describe('the same figure in several articles', () => {
  const copies = [
    fact({ id: 'x1', value: 3800e8, period: '2023', qualifier: '>' }),
    fact({
      id: 'x2',
      value: 3800e8,
      period: '2023',
      qualifier: '>',
      doc: 'd2',
      source: { doc: 'd2', quote: '超3800亿元', start: 0, end: 1, line: 1 },
    }),
    fact({
      id: 'x3',
      value: 3800e8,
      period: '2023',
      qualifier: '>',
      doc: 'd3',
      source: { doc: 'd3', quote: '超3800亿元', start: 0, end: 1, line: 1 },
    }),
    fact({
      id: 'x4',
      value: 3800e8,
      period: '2023',
      qualifier: '=',
      doc: 'd3',
      source: { doc: 'd3', quote: '3800亿元', start: 2, end: 3, line: 1 },
    }),
    fact({ id: 'x5', value: 1340e8, period: '2018' }),
  ];
  const same = fixture(copies);
  const view = { from: 2018, to: 2025, district: 'shanghai' as const };
  const over = (selectedFact: string | null): TrendInput => ({
    ...input(),
    facts: indexFacts(same),
    documents: new Map(same.documents.map((d) => [d.id, d])),
    series: selectMetricSeries(same, same.metrics[0]!.id, view),
    conflicts: new Set(),
    selectedFact,
  });
  it('is drawn once, and its tooltip says how many articles give it', () => {
    const points = seriesOf(buildTrendOption(over(null))).flatMap((x) => x.data);
    expect(points.map((d) => d.fact).sort()).toEqual(['x1', 'x4', 'x5']);
    const mark = points.find((d) => d.fact === 'x1') as unknown as { sources: number };
    expect(mark.sources).toBe(3);
    expect(tooltipHtml('x1', over(null), 3)).toContain('3 篇文章给出同一数字');
    expect(tooltipHtml('x5', over(null), 1)).not.toContain('同一数字');
  });
  it('its tooltip names the other articles that give it, by title, outlet and date', () => {
    const points = seriesOf(buildTrendOption(over(null))).flatMap((x) => x.data);
    const mark = points.find((d) => d.fact === 'x1') as unknown as { also: string[] };
    expect(mark.also.sort()).toEqual(['x2', 'x3']);
    const html = tooltipHtml('x1', over(null), 3, mark.also);
    expect(html).toContain('· 文章二 — 经济日报 2025-01');
    // Titles are escaped like the rest of the tooltip.
    expect(tooltipHtml('x2', over(null), 2, ['x1'])).toContain('· 文章一 &lt;b&gt;bold&lt;/b&gt; — 青年报 2024-07-04');
  });
  it('stands for the selected figure when that is one of them', () => {
    const points = seriesOf(buildTrendOption(over('x3'))).flatMap((x) => x.data);
    expect(points.map((d) => d.fact).sort()).toEqual(['x3', 'x4', 'x5']);
    expect(points.find((d) => d.fact === 'x3')!.symbolSize).toBe(18);
  });
});
