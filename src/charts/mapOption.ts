/**
 * buildMapOption: districts shaded by the chosen measure, clusters as points sized by their latest
 * enterprise count. Pure. Districts with no report are drawn hatched grey, never as the colour of 0.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { formatFact, groupDigits } from '../core/format';
import { outletAndDate } from '../core/names';
import type { ClusterPoint, DistrictValue, MapMeasure } from '../core/mapData';
import type { Lang, Messages } from '../i18n/messages';
import { DISTRICTS, type GeoId } from '../schema/geo';
import type { DocumentRecord, Fact, MetricDef } from '../schema/metricsFile';
import { MAP_LAYOUT, placeClusterLabels, type FixedLabel } from './clusterLabels';
import { escapeHtml } from './escape';
import type { HatchFill } from './hatch';
import { CHART_COLORS, type ChartColors, type ChartTheme } from './palette';
import { formatPeriod } from '../schema/period';

/** Registered under its own name: ECharts decorates a map named `china` with the South China Sea inset. */
export const MAP_NAME = 'shanghai-districts-datav';
export const NO_REPORT = CHART_COLORS.light.noReport;

export interface MapInput {
  districts: DistrictValue[];
  clusters: ClusterPoint[];
  measure: MapMeasure;
  selected: GeoId;
  lang: Lang;
  t: Messages;
  documents: ReadonlyMap<string, DocumentRecord>;
  /** The page's theme; exports leave it out and draw light. */
  theme?: ChartTheme;
  /** Whether the wheel, a pinch or a drag zooms and pans the map (the reader's choice). */
  roam?: boolean;
  /** Metric names, so a cluster's tooltip says what each of its figures counts. */
  metrics?: ReadonlyMap<string, MetricDef>;
  /** The hatching of "no report" as a tile drawn once (the page); without it, an ECharts decal (exports, tests). */
  hatch?: HatchFill | undefined;
  /** Where each district's name is drawn (by its Chinese name), so that a name a cluster's point covers moves clear of it. */
  centers?: ReadonlyMap<string, readonly [number, number]> | undefined;
  /** The map's canvas in CSS pixels, where its cluster names are placed; exports leave it out (the smallest frame they draw). */
  size?: { width: number; height: number } | undefined;
}

/** The smallest frame an export draws the map in (the overview's map panel): names placed for it fit any larger one. */
const EXPORT_MAP_SIZE = { width: 560, height: 380 };

/** Degrees within which a cluster's point covers a district's name (徐汇's under 模速空间's). */
const COVERS_NAME = 0.035;
/** Where a covered district's name goes (pixels from its place): to the left, clear of the point. */
const CLEAR_OFFSET = [-30, 0] as const;

/** The district names drawn on the map, where they are drawn (known only with `centers`), for the clusters' names to avoid. */
function districtNames(input: MapInput, drawn: ReadonlyArray<ClusterPoint>): FixedLabel[] {
  if (!input.centers) return [];
  return DISTRICTS.flatMap((d) => {
    const at = input.centers!.get(d.zh);
    if (!at || (CROWDED.includes(d.id) && d.id !== input.selected)) return [];
    const covered = nameCovered(d.zh, input.centers, drawn);
    return [{ lng: at[0], lat: at[1], text: districtLabel(d.zh, input.lang), ...(covered ? { offset: CLEAR_OFFSET } : {}) }];
  });
}

/** Whether one of the drawn clusters' points sits on the district's name. */
function nameCovered(zh: string, centers: MapInput['centers'], drawn: ReadonlyArray<ClusterPoint>): boolean {
  const at = centers?.get(zh);
  return at !== undefined && drawn.some((c) => Math.hypot(c.place.lng - at[0], c.place.lat - at[1]) < COVERS_NAME);
}

const CROWDED: GeoId[] = ['huangpu', 'jingan', 'hongkou', 'changning'];

function districtLabel(zh: string, lang: Lang): string {
  if (lang === 'zh') return zh.replace(/(新区|区)$/, '');
  return DISTRICTS.find((d) => d.zh === zh)?.en ?? zh;
}

export function clusterSize(c: ClusterPoint): number {
  return c.latest ? Math.min(28, 9 + Math.sqrt(c.latest.value) * 0.6) : 9;
}

/** 2025-07, or 2025-07 (article's date) when the text gives no date and the article's is used. */
export function periodWithBasis(f: Pick<Fact, 'period' | 'periodBasis'>, t: Messages, lang: Lang): string {
  if (f.period === null) return t.notStated;
  const period = formatPeriod(f.period, lang);
  return f.periodBasis === 'publication' ? t.publicationShort(period) : period;
}

export function clusterTooltip(c: ClusterPoint, input: MapInput): string {
  const name = input.lang === 'zh' ? c.place.zh : c.place.en;
  const rows = c.facts.slice(0, 8).map((f) => {
    const doc = input.documents.get(f.doc);
    const metric = f.metric ? input.metrics?.get(f.metric) : undefined;
    const what = metric ? (input.lang === 'zh' ? metric.label.zh : metric.label.en) : input.t.unmapped;
    // A forecast or a target says so; the source is its outlet and date, as everywhere else (the title when it has no outlet).
    const status = f.status === 'actual' ? '' : ` (${input.t.status[f.status]})`;
    const source = doc?.outlet ? outletAndDate(doc, false, input.t) : (doc?.title ?? f.doc);
    return `${escapeHtml(formatFact(f, input.lang))} ${escapeHtml(what)}${escapeHtml(status)} · ${escapeHtml(periodWithBasis(f, input.t, input.lang))} · ${escapeHtml(source)}`;
  });
  const more = c.facts.length > 8 ? [`… +${c.facts.length - 8}`] : [];
  return [`<strong>${escapeHtml(name)}</strong>`, ...(rows.length ? rows : [escapeHtml(input.t.noValue)]), ...more].join('<br>');
}

/**
 * Per-district styles of the geo component, one entry per district that needs any: the smallest central
 * districts would pile their labels on their neighbours' at the city-wide zoom (their names show on hover,
 * when selected, and in the district buttons below the map); the selected district keeps its shade and gets
 * an outline; a district with no report is hatched when the tile is given (see `MapInput.hatch`).
 */
function regions(input: MapInput, drawn: ReadonlyArray<ClusterPoint>, colors: ChartColors): object[] {
  const noReport = new Set(input.hatch ? input.districts.filter((d) => d.value === null).map((d) => d.district) : []);
  return DISTRICTS.flatMap((d) => {
    const selected = d.id === input.selected;
    const crowded = CROWDED.includes(d.id) && !selected;
    const covered = !crowded && nameCovered(d.zh, input.centers, drawn);
    if (!selected && !crowded && !covered && !noReport.has(d.id)) return [];
    return [
      {
        name: d.zh,
        ...(crowded ? { label: { show: false } } : {}),
        ...(selected || covered
          ? { label: { show: true, ...(selected ? { fontWeight: 'bold' } : {}), ...(covered ? { offset: CLEAR_OFFSET } : {}) } }
          : {}),
        itemStyle: {
          ...(noReport.has(d.id) ? { areaColor: input.hatch } : {}),
          ...(selected ? { borderColor: colors.selected, borderWidth: 2.5 } : {}),
        },
      },
    ];
  });
}

/**
 * The map's shades as up to four bins of whole numbers, each labelled with the counts it holds (1–4, 5–8, …):
 * districts are shaded by counts, so bins that share an end ("0–3", "3–7") say nothing about a district of 3.
 */
export function shadeBins(max: number): Array<{ gte: number; lte: number; label: string }> {
  const top = Math.max(1, Math.ceil(max));
  const step = Math.ceil(top / 4);
  const bins: Array<{ gte: number; lte: number; label: string }> = [];
  for (let lo = 1; lo <= top; lo += step) {
    const hi = Math.min(top, lo + step - 1);
    bins.push({ gte: lo, lte: hi, label: lo === hi ? String(lo) : `${groupDigits(lo)}–${groupDigits(hi)}` });
  }
  return bins;
}

export function buildMapOption(input: MapInput): EChartsCoreOption {
  const { lang, t } = input;
  // A cluster with no figure in the view is not drawn: a point with nothing to say would take the pointer from one
  // that has (模速空间's figures sat under 西岸智塔's empty point).
  const drawn = input.clusters.filter((c) => c.facts.length > 0);
  // The largest points first, so that a small one is drawn over a large one and stays within reach.
  const order = [...drawn].sort((a, b) => clusterSize(b) - clusterSize(a));
  const labels = placeClusterLabels(drawn, input.size ?? EXPORT_MAP_SIZE, clusterSize, lang, districtNames(input, drawn));
  const colors = CHART_COLORS[input.theme ?? 'light'];
  const values = input.districts.map((d) => d.value).filter((v): v is number => v !== null);
  const max = Math.max(1, ...values);
  const data = input.districts.map((d) => {
    const district = DISTRICTS.find((x) => x.id === d.district)!;
    return {
      name: district.zh,
      district: d.district,
      value: d.value ?? '-',
      itemStyle:
        d.value === null && !input.hatch
          ? {
              areaColor: colors.noReport,
              decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4, color: colors.hatch },
            }
          : {},
    };
  });
  return {
    animation: false,
    backgroundColor: 'transparent',
    aria: { enabled: true, label: { description: t.mapTitle } },
    tooltip: {
      trigger: 'item',
      confine: true,
      // A cluster's figures wrap inside a phone's screen instead of running off it.
      extraCssText: 'white-space: normal; max-width: min(420px, 85vw);',
      formatter: (p: { seriesType?: string; data?: { district?: GeoId; value?: number | string; cluster?: ClusterPoint } }) => {
        if (p.data?.cluster) return clusterTooltip(p.data.cluster, input);
        const d = input.districts.find((x) => x.district === p.data?.district);
        if (!d) return '';
        const name = DISTRICTS.find((x) => x.id === d.district)!;
        const label = lang === 'zh' ? name.zh : name.en;
        if (d.value === null) return `${escapeHtml(label)}: ${escapeHtml(t.noReport)}`;
        // The count of figures says so (Pudong: 3 charted figures); an enterprise count is written with its unit.
        const v = d.fact ? formatFact(d.fact, lang) : `${d.value} (${t.measures[input.measure]})`;
        return `${escapeHtml(label)}: ${escapeHtml(v)}${d.fact ? ` (${escapeHtml(periodWithBasis(d.fact, t, lang))})` : ''}`;
      },
    },
    visualMap: {
      type: 'piecewise',
      seriesIndex: 0,
      pieces: shadeBins(max),
      inRange: { color: colors.shades },
      // What the shades count, after them: a dark district has more charted figures, not "more AI".
      text: [t.measures[input.measure], ''],
      showLabel: true,
      orient: 'horizontal',
      left: 0,
      bottom: 0,
      itemWidth: 14,
      textStyle: { fontSize: 11 },
    },
    geo: {
      map: MAP_NAME,
      // Off until the reader asks: a map that zooms on the wheel traps the page's scrolling.
      roam: input.roam ?? false,
      scaleLimit: { min: 1, max: 12 },
      zoom: 1,
      // The same layout the cluster names are placed for (clusterLabels.ts).
      layoutCenter: [`${MAP_LAYOUT.center.x * 100}%`, `${MAP_LAYOUT.center.y * 100}%`],
      layoutSize: `${MAP_LAYOUT.share * 100}%`,
      itemStyle: { areaColor: colors.noReport, borderColor: colors.border },
      label: {
        show: true,
        fontSize: 10,
        color: colors.text,
        // A halo in the page's background keeps a district's name readable on its darkest shade.
        textBorderColor: colors.surface,
        textBorderWidth: 2,
        formatter: (p: { name: string }) => districtLabel(p.name, lang),
      },
      emphasis: { label: { show: true }, itemStyle: { areaColor: '#ffd166' } },
      regions: regions(input, drawn, colors),
    },
    series: [
      {
        type: 'map',
        geoIndex: 0,
        selectedMode: false,
        data,
        label: { show: false },
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        symbol: 'circle',
        z: 5,
        label: {
          show: true,
          position: 'right',
          fontSize: 10,
          // A halo in the page's background keeps the name readable on any shade.
          textBorderColor: colors.surface,
          textBorderWidth: 2,
          color: colors.clusterLabel,
          formatter: (p: { data: { name_: string } }) => p.data.name_,
        },
        emphasis: { label: { show: true } },
        // Names are placed clear of each other, of the districts' names and of every point (clusterLabels.ts); one
        // moved away from its point has a line leading back to it.
        labelLayout: (p: { dataIndex: number }) => {
          const place = labels.get(order[p.dataIndex]?.place.id ?? '');
          return place ? { dx: place.dx, dy: place.dy } : {};
        },
        labelLine: { show: true, lineStyle: { color: colors.clusterLabel, width: 0.8 } },
        itemStyle: { color: '#D55E00', borderColor: colors.border, borderWidth: 1.5 },
        data: order.map((c) => ({
          name: c.place.id,
          name_: lang === 'zh' ? c.place.zh : c.place.en,
          value: [c.place.lng, c.place.lat],
          symbolSize: clusterSize(c),
          label: { show: labels.has(c.place.id), position: labels.get(c.place.id)?.position ?? 'right' },
          cluster: c,
          // A cluster covers part of its district: clicking it filters to the district (Xuhui is mostly its clusters).
          district: c.place.district,
        })),
      },
    ],
  };
}
