import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsType } from 'echarts/core';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { DISTRICT_CENTERS, echarts } from '../../charts/echartsMap';
import { buildMapOption, clusterSize } from '../../charts/mapOption';
import { hatchFill } from '../../charts/hatch';
import { CHART_COLORS } from '../../charts/palette';
import {
  MAP_MEASURES,
  mapSourceFactIds,
  selectClusters,
  selectDistrictValues,
  type ClusterPoint,
  type MapMeasure,
} from '../../core/mapData';
import { formatFact, groupDigits } from '../../core/format';
import type { Lang } from '../../i18n/messages';
import { geoName } from '../../core/names';
import { DISTRICTS, type GeoId } from '../../schema/geo';
import { useData } from '../../store/dataContext';
import { useLang, useT, useView } from '../../store/hooks';
import { useThemeStore } from '../../store/themeStore';
import { useViewStore } from '../../store/viewStore';
import { exportFileName } from '../../core/exportRows';
import { figureFrame, mapLegend } from '../../ui/exportFrame';
import { FigureExport } from '../../ui/FigureExport';

/** The canvas's size in CSS pixels, where the cluster names are placed; undefined until it is laid out. */
function useCanvasSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } | undefined {
  const [size, setSize] = useState<{ width: number; height: number }>();
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const width = Math.round(el.clientWidth);
      const height = Math.round(el.clientHeight);
      setSize((s) => (s?.width === width && s.height === height ? s : { width, height }));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/** Clicking the selected district again clears the filter; reads the store at call time, so never stale. */
const toggleDistrict = (id: GeoId): void => {
  const { district, setDistrict } = useViewStore.getState();
  setDistrict(district === id ? 'shanghai' : id);
};

/** Where the map stood on the screen when a reader clicked it, until the page has changed for the click. */
let clickedAt: number | null = null;

const MAP_EVENTS = {
  click: (p: { seriesType?: string; data?: { district?: GeoId } }) => {
    // A district, or a cluster (which filters to its district).
    if (!p.data?.district) return;
    clickedAt = document.getElementById('map')?.getBoundingClientRect().top ?? null;
    toggleDistrict(p.data.district);
  },
};

/**
 * After a click on the map has changed the page above it (the chips, a KPI card's lines), the page scrolls by as
 * much as the map moved, so the district under the pointer stays there: clicking it again clears the filter.
 */
function useMapStaysPut(district: GeoId): void {
  useLayoutEffect(() => {
    if (clickedAt === null) return;
    const now = document.getElementById('map')?.getBoundingClientRect().top;
    if (now !== undefined && Math.abs(now - clickedAt) >= 1) window.scrollBy(0, now - clickedAt);
    clickedAt = null;
  }, [district]);
}

export function ClusterMap() {
  const t = useT();
  const lang = useLang();
  const view = useView();
  const { data, documents, facts, metrics, localDocs } = useData();
  const setDistrict = useViewStore((s) => s.setDistrict);
  useMapStaysPut(view.district);
  const [measure, setMeasure] = useState<MapMeasure>('facts');
  // Zoom and pan only when asked for; turning it off puts the whole city back (a fresh chart).
  const [roam, setRoam] = useState(false);
  const holder = useRef<HTMLDivElement>(null);
  // The districts' shades follow the years only: choosing a district does not recompute them.
  const { from, to } = view;
  const districts = useMemo(() => selectDistrictValues(data, { from, to }, measure), [data, from, to, measure]);
  const clusters = useMemo(() => selectClusters(data, view), [data, view]);
  const theme = useThemeStore((s) => s.theme);
  // The page's option in its theme and with the reader's zoom setting; the export draws the same inputs light and still.
  const input = useMemo(
    () => ({ districts, clusters, measure, selected: view.district, lang, t, documents, metrics, centers: DISTRICT_CENTERS }),
    [districts, clusters, measure, view.district, lang, t, documents, metrics],
  );
  const hatch = useMemo(() => hatchFill(CHART_COLORS[theme], window.devicePixelRatio || 1), [theme]);
  const size = useCanvasSize(holder);
  const option = useMemo(() => buildMapOption({ ...input, theme, roam, hatch, size }), [input, theme, roam, hatch, size]);
  const title = `${t.mapTitle} · ${t.measures[measure]}`;
  const figure = () => ({
    option: buildMapOption(input),
    frame: figureFrame({
      title,
      unit: null,
      view,
      lang,
      t,
      factIds: mapSourceFactIds(data, view, measure, districts, clusters),
      facts,
      documents,
      localDocs,
      credit: t.mapCredit,
      legend: mapLegend(t, measure),
    }),
  });
  // Merged, not replaced (no notMerge): replacing the series under the pointer makes ECharts read a
  // removed data item on the next mouseout. The map always has the same two series.
  // Where each district's label and each cluster point (of the latest render) sits on screen, so a browser
  // test can click one as a reader would.
  const clustersNow = useRef(clusters);
  useEffect(() => {
    clustersNow.current = clusters;
  });
  const onReady = (chart: EChartsType) => {
    chart.on('finished', () => {
      const px: Record<string, number[]> = {};
      for (const d of DISTRICTS) {
        const c = DISTRICT_CENTERS.get(d.zh);
        if (c) px[d.id] = chart.convertToPixel({ geoIndex: 0 }, c);
      }
      holder.current?.setAttribute('data-district-px', JSON.stringify(px));
      const clustersPx: Record<string, number[]> = {};
      for (const c of clustersNow.current) clustersPx[c.place.id] = chart.convertToPixel({ geoIndex: 0 }, [c.place.lng, c.place.lat]);
      holder.current?.setAttribute('data-cluster-px', JSON.stringify(clustersPx));
    });
  };
  return (
    <section className="map" aria-labelledby="map-h">
      <div className="section-head">
        <h2 id="map-h">{t.map}</h2>
        <label className="measure">
          {t.measure}
          <select value={measure} onChange={(e) => setMeasure(e.target.value as MapMeasure)}>
            {MAP_MEASURES.map((m) => (
              <option key={m} value={m}>
                {t.measures[m]}
              </option>
            ))}
          </select>
        </label>
        <FigureExport
          name={t.map}
          figure={figure}
          fileName={(ext) => exportFileName(`map-${measure}`, view.district, view.from, view.to, ext)}
        />
      </div>
      <div ref={holder} role="img" aria-label={t.mapTitle} className="map-canvas">
        {/* Named once, by this image: ECharts' own label on its canvas would name it a second time. */}
        <div aria-hidden="true" style={{ height: '100%', width: '100%' }}>
          <ReactEChartsCore
            key={roam ? 'roam' : 'still'}
            echarts={echarts}
            theme={theme}
            option={option}
            lazyUpdate
            onEvents={MAP_EVENTS}
            onChartReady={onReady}
            style={{ height: '100%', width: '100%' }}
          />
        </div>
      </div>
      <p className="map-legend muted">
        <span className="swatch no-report" aria-hidden="true" /> {t.noReport} · <span className="dot" aria-hidden="true" /> {t.clusters}
        <SizeKey clusters={clusters} lang={lang} /> · {t.zoomHint}{' '}
        <button type="button" aria-pressed={roam} onClick={() => setRoam((r) => !r)}>
          {t.zoomOn}
        </button>
      </p>
      {/* Every district as a button (the map's districts for a keyboard), folded away: the filters' picker does the same. */}
      <details className="district-list">
        <summary>{t.chooseDistrict}</summary>
        <nav aria-label={t.chooseDistrict} className="district-buttons">
          <button type="button" aria-pressed={view.district === 'shanghai'} onClick={() => setDistrict('shanghai')}>
            {geoName('shanghai', lang)}
          </button>
          {districts.map((d) => (
            <button key={d.district} type="button" aria-pressed={view.district === d.district} onClick={() => toggleDistrict(d.district)}>
              {geoName(d.district, lang)}
              {d.value === null ? '' : ` (${groupDigits(d.value, 3)})`}
            </button>
          ))}
        </nav>
      </details>
      <p className="credit">{t.mapCredit}</p>
    </section>
  );
}

/** The point sizes of the smallest and the largest cluster on the map, each with its enterprise count: what a size means. */
function SizeKey({ clusters, lang }: { clusters: ReadonlyArray<ClusterPoint>; lang: Lang }) {
  const counted = clusters.filter((c) => c.latest).sort((a, b) => a.latest!.value - b.latest!.value);
  const ends = counted.length > 1 ? [counted[0]!, counted[counted.length - 1]!] : counted;
  if (ends.length === 0) return null;
  return (
    <span className="size-key">
      {ends.map((c) => {
        const px = clusterSize(c);
        return (
          <span key={c.place.id}>
            {' '}
            <span className="dot" aria-hidden="true" style={{ width: px, height: px }} /> {formatFact(c.latest!, lang)}
          </span>
        );
      })}
    </span>
  );
}
