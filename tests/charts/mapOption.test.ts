import { describe, expect, it } from 'vitest';
import { buildMapOption, clusterSize, clusterTooltip, MAP_NAME, shadeBins, NO_REPORT, type MapInput } from '../../src/charts/mapOption';
import { selectClusters, selectDistrictValues } from '../../src/core/mapData';
import { placeClusterLabels } from '../../src/charts/clusterLabels';
import { selectFacts } from '../../src/core/select';
import { splitData } from '../../src/core/splitData';
import { messages } from '../../src/i18n/messages';
import { extractSeedsFile } from '../extract/helpers';
import { fact } from '../core/fixture';

const data = extractSeedsFile();
const all = { from: 2018, to: 2025, district: 'shanghai' as const };
const input = (over: Partial<MapInput> = {}): MapInput => ({
  districts: selectDistrictValues(data, all, 'facts'),
  clusters: selectClusters(data, all),
  measure: 'facts',
  selected: 'shanghai',
  lang: 'zh',
  t: messages('zh'),
  documents: new Map(data.documents.map((d) => [d.id, d])),
  ...over,
});
type MapSeries = {
  type: string;
  data: Array<{
    name: string;
    district?: string;
    value: unknown;
    itemStyle?: { areaColor?: string };
    cluster?: unknown;
    symbolSize?: number;
  }>;
};

describe('map data', () => {
  it('districts with no report are null, not zero; Xuhui and Pudong have reports', () => {
    const values = selectDistrictValues(data, all, 'facts');
    expect(values).toHaveLength(16);
    expect(values.find((d) => d.district === 'xuhui')!.value).toBeGreaterThan(10);
    expect(values.find((d) => d.district === 'pudong')!.value).toBeGreaterThan(0);
    expect(values.find((d) => d.district === 'chongming')!.value).toBeNull();
  });

  it('the enterprise measure is the latest reported count: Xuhui 255 large-model firms (end 2024)', () => {
    const x = selectDistrictValues(data, all, 'enterprises').find((d) => d.district === 'xuhui')!;
    expect([x.value, x.fact?.period]).toEqual([255, '2024-12']);
    expect(selectDistrictValues(data, { ...all, to: 2024 }, 'enterprises').find((d) => d.district === 'xuhui')!.value).toBe(255);
    expect(
      selectDistrictValues(data, { ...all, from: 2018, to: 2023 }, 'enterprises').find((d) => d.district === 'xuhui')!.value,
    ).toBeNull();
  });

  it("the districts' values follow the years only, and a repeated view is answered from the same list", () => {
    expect(selectDistrictValues(data, { from: 2018, to: 2025 }, 'facts')).toEqual(selectDistrictValues(data, all, 'facts'));
    expect(selectFacts(data, all)).toBe(selectFacts(data, { ...all }));
    expect(selectFacts(data, { ...all, district: 'xuhui' })).not.toBe(selectFacts(data, all));
    expect(selectFacts(data, { ...all, district: 'xuhui' }).every((f) => f.geo === 'xuhui')).toBe(true);
  });

  it("a cluster's figures are the charted ones, whether or not every number of the articles has been loaded", () => {
    const core = splitData(data)!.core as typeof data;
    const ids = (d: typeof data, view = all) => selectClusters(d, view).map((c) => [c.place.id, c.facts.map((f) => f.id)] as const);
    expect(data.facts.length).toBeGreaterThan(core.facts.length);
    expect(ids(data)).toEqual(ids(core));
    expect(ids(data, { ...all, from: 2019, to: 2022 })).toEqual(ids(core, { ...all, from: 2019, to: 2022 }));
    const facts = selectClusters(data, all).flatMap((c) => c.facts);
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.metric !== null && f.period !== null)).toBe(true);
  });

  it('the year filter changes what the clusters carry', () => {
    const mosu = (to: number) => selectClusters(data, { ...all, to }).find((c) => c.place.id === 'mosu_space')!;
    expect(mosu(2025).facts.length).toBeGreaterThan(mosu(2023).facts.length);
  });
});

describe('buildMapOption', () => {
  it('the legend of the shades says what they count, beside the ranges', () => {
    const legend = (measure: 'facts' | 'enterprises', lang: 'zh' | 'en') =>
      (buildMapOption(input({ measure, lang, t: messages(lang) })) as { visualMap: { text: string[]; showLabel: boolean } }).visualMap;
    expect(legend('facts', 'en').text[0]).toBe('charted figures');
    expect(legend('enterprises', 'zh').text[0]).toBe('最新企业数（文章给出时）');
    expect(legend('facts', 'zh').showLabel).toBe(true);
  });

  it('draws the 16 districts on its own map name, and every gazetteer place the articles name', () => {
    const o = buildMapOption(input()) as { geo: { map: string }; series: MapSeries[] };
    expect(o.geo.map).toBe(MAP_NAME);
    expect(MAP_NAME).not.toBe('china');
    expect(o.series[0]!.data).toHaveLength(16);
    // Only clusters with a figure in the view are drawn: an empty point would take the pointer from one that has figures.
    const withFigures = selectClusters(data, all).filter((c) => c.facts.length > 0);
    expect(withFigures.length).toBeGreaterThan(0);
    expect(withFigures.length).toBeLessThan(data.places.length);
    expect(o.series[1]!.data.map((d) => d.name).sort()).toEqual(withFigures.map((c) => c.place.id).sort());
  });

  it('"no report" is hatched grey with no value, not the colour of zero', () => {
    const o = buildMapOption(input()) as { series: MapSeries[] };
    const chongming = o.series[0]!.data.find((d) => d.district === 'chongming')!;
    expect(chongming.value).toBe('-');
    expect(chongming.itemStyle?.areaColor).toBe(NO_REPORT);
  });

  it('on the page, "no report" is one hatch tile drawn once, set on the district itself, not a decal per district', () => {
    const hatch = { image: {} as HTMLCanvasElement, repeat: 'repeat' as const, scaleX: 1, scaleY: 1 };
    const o = buildMapOption(input({ hatch, selected: 'chongming' })) as {
      series: MapSeries[];
      geo: { regions: Array<{ name: string; label?: { show?: boolean }; itemStyle?: { areaColor?: unknown; borderWidth?: number } }> };
    };
    const regions = new Map(o.geo.regions.map((r) => [r.name, r]));
    expect(o.geo.regions).toHaveLength(regions.size);
    // A district with no report, selected: hatched and outlined in one entry; one with a report is not hatched.
    expect(regions.get('崇明区')?.itemStyle).toEqual(expect.objectContaining({ areaColor: hatch, borderWidth: 2.5 }));
    expect(regions.get('徐汇区')?.itemStyle?.areaColor).toBeUndefined();
    // A crowded central district with no report keeps its hidden label.
    expect(regions.get('虹口区')).toEqual(expect.objectContaining({ label: { show: false }, itemStyle: { areaColor: hatch } }));
    expect(o.series[0]!.data.every((d) => !('decal' in (d.itemStyle ?? {})))).toBe(true);
  });

  it('the shades are bins of whole counts that never share an end, covering 1 to the largest', () => {
    for (const max of [1, 3, 4, 13, 255, 1300]) {
      const bins = shadeBins(max);
      expect(bins.length).toBeLessThanOrEqual(4);
      expect(bins[0]!.gte).toBe(1);
      expect(bins[bins.length - 1]!.lte).toBe(max);
      for (let i = 1; i < bins.length; i++) expect(bins[i]!.gte).toBe(bins[i - 1]!.lte + 1);
    }
    expect(shadeBins(13).map((b) => b.label)).toEqual(['1–4', '5–8', '9–12', '13']);
    expect(shadeBins(3).map((b) => b.label)).toEqual(['1', '2', '3']);
  });

  it('clusters are sized by their latest figure', () => {
    const clusters = selectClusters(data, all);
    const mosu = clusters.find((c) => c.place.id === 'mosu_space')!;
    const maqiao = clusters.find((c) => c.place.id === 'maqiao_ai_zone')!;
    expect(clusterSize(mosu)).toBeGreaterThan(clusterSize(maqiao));
  });

  it("cluster names never sit on another name or on another point, at a phone's width and a desktop's, in both languages", () => {
    const drawn = selectClusters(data, all).filter((c) => c.facts.length > 0);
    for (const size of [
      { width: 366, height: 340 },
      { width: 775, height: 440 },
    ])
      for (const lang of ['zh', 'en'] as const) {
        const placed = placeClusterLabels(drawn, size, clusterSize, lang);
        // The largest point is always named; what is named is the drawn clusters only.
        const largest = [...drawn].sort((a, b) => clusterSize(b) - clusterSize(a))[0]!;
        expect(placed.has(largest.place.id)).toBe(true);
        expect([...placed.keys()].every((id) => drawn.some((c) => c.place.id === id))).toBe(true);
      }
  });

  it('a name that would cover another point goes to another side, or is left to the tooltip', () => {
    const point = (id: string, lng: number, lat: number, n: number) =>
      ({ place: { id, zh: '模速空间', en: 'ModelSpeed Space', lng, lat }, facts: [{}], latest: { value: n } }) as unknown as Parameters<
        typeof clusterSize
      >[0];
    // Two points a few pixels apart, the second to the right of the first: the first's name cannot go right.
    const a = point('a', 121.45, 31.18, 900);
    const b = point('b', 121.57, 31.18, 100);
    const placed = placeClusterLabels([a, b], { width: 366, height: 340 }, clusterSize, 'en');
    expect(placed.get('a')).not.toEqual({ position: 'right', dx: 0, dy: 0 });
    // Points on top of each other: each name takes a place of its own (a side, or moved out along a line).
    const pile = ['p', 'q', 'r', 's', 't', 'u'].map((id) => point(id, 121.45, 31.18, 50));
    const places = [...placeClusterLabels(pile, { width: 366, height: 340 }, clusterSize, 'zh').values()];
    expect(places.length).toBeGreaterThan(4);
    expect(new Set(places.map((p) => JSON.stringify(p))).size).toBe(places.length);
  });

  it("a name moved off its point is not led back by a line through a district's name", () => {
    const point = (id: string, n: number) =>
      ({
        place: { id, zh: '模速空间', en: 'ModelSpeed Space', lng: 121.45, lat: 31.18 },
        facts: [{}],
        latest: { value: n },
      }) as unknown as Parameters<typeof clusterSize>[0];
    const size = { width: 366, height: 340 };
    // Names around the point on every side but one corner: the name must go there, not across them.
    const pile = [point('a', 900), point('b', 800), point('c', 700), point('d', 600), point('e', 500)];
    const free = placeClusterLabels(pile, size, clusterSize, 'zh');
    const moved = [...free.entries()].filter(([, p]) => p.dx !== 0 || p.dy !== 0);
    expect(moved.length).toBeGreaterThan(0);
    // A district's name right where the first moved name's line would run: that place is no longer taken.
    const [id, first] = moved[0]!;
    const blocker = { lng: 121.45, lat: 31.18, text: '闵行', offset: [first.dx / 2, first.dy / 2] as const };
    const placed = placeClusterLabels(pile, size, clusterSize, 'zh', [blocker]);
    expect(placed.get(id)).not.toEqual(first);
  });

  it('the selected district is outlined', () => {
    const o = buildMapOption(input({ selected: 'xuhui' })) as {
      geo: { regions: Array<{ name: string; itemStyle?: { borderWidth?: number } }> };
    };
    expect(o.geo.regions.find((r) => r.name === '徐汇区')?.itemStyle?.borderWidth).toBeGreaterThan(1);
  });
});

describe('cluster tooltips', () => {
  const place = {
    id: 'mosu_space',
    zh: '模速空间',
    en: 'ModelSpeed Space',
    kind: 'cluster' as const,
    district: 'xuhui' as const,
    lng: 121.45,
    lat: 31.17,
    facts: 2,
  };
  const stated = fact({
    value: 80,
    period: '2024-07',
    metric: 'cluster_enterprises',
    unit: 'items',
    counter: '家',
    qualifier: '<',
    place: 'mosu_space',
    geo: 'xuhui',
  });
  const dated = fact({
    value: 500,
    period: '2025-07',
    metric: 'cluster_enterprises',
    unit: 'items',
    counter: '家',
    qualifier: '>',
    place: 'mosu_space',
    geo: 'xuhui',
    periodBasis: 'publication',
  });
  const c = { place, facts: [stated, dated], latest: dated };

  it('say what each figure counts, and mark a figure dated only by the article', () => {
    const metrics = new Map(data.metrics.map((m) => [m.id, m]));
    const zh = clusterTooltip(c, input({ metrics }));
    const label = metrics.get(dated.metric!)!.label;
    expect(zh).toContain(`超500家 ${label.zh} · 2025年7月（按文章发布日期） ·`);
    expect(zh).toContain(`近80家 ${metrics.get(stated.metric!)!.label.zh} · 2024年7月 ·`);
    expect(clusterTooltip(c, input({ lang: 'en', t: messages('en'), metrics }))).toContain(
      `over 500 ${label.en} · Jul 2025 (article&#39;s date) ·`,
    );
  });

  it('a cluster point names its district, so clicking it filters there (Xuhui is mostly covered by its clusters)', () => {
    const o = buildMapOption(input()) as { series: MapSeries[] };
    const mosu = o.series[1]!.data.find((d) => d.name === 'mosu_space')!;
    expect(mosu.district).toBe('xuhui');
  });

  it('zooms and pans only when the reader asks: the wheel scrolls the page', () => {
    expect((buildMapOption(input()) as { geo: { roam: boolean } }).geo.roam).toBe(false);
    expect((buildMapOption(input({ roam: true })) as { geo: { roam: boolean } }).geo.roam).toBe(true);
  });

  it('in the dark theme the shades run from dark to bright, and no district is near white', () => {
    const shades = (theme: 'light' | 'dark') =>
      (buildMapOption(input({ theme })) as { visualMap: { inRange: { color: string[] } } }).visualMap.inRange.color;
    const lightness = (hex: string) => [1, 3, 5].reduce((n, i) => n + parseInt(hex.slice(i, i + 2), 16), 0) / 3;
    expect(shades('dark').map(lightness)).toEqual([...shades('dark').map(lightness)].sort((a, b) => a - b));
    expect(Math.max(...shades('dark').map(lightness))).toBeLessThan(200);
    expect(lightness(shades('light')[0]!)).toBeGreaterThan(200);
  });
});
