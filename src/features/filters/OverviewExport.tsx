/**
 * The whole overview as one publication-ready figure (PNG 2400×1350 or SVG, like a chart's): the headline
 * numbers, the map of districts and clusters, and the first two headline trends, for the filters on screen,
 * with the sources of every number in it.
 */
import { buildMapOption } from '../../charts/mapOption';
import { buildTrendOption } from '../../charts/trendOption';
import { exportFileName } from '../../core/exportRows';
import { formatFact } from '../../core/format';
import { plannedFigure, selectKpi, type Kpi } from '../../core/kpi';
import { mapSourceFactIds, selectClusters, selectDistrictValues } from '../../core/mapData';
import { geoName } from '../../core/names';
import { selectHeadlineTrends, type View } from '../../core/select';
import type { Lang, Messages } from '../../i18n/messages';
import { formatPeriod } from '../../schema/period';
import { useData, type DataIndex } from '../../store/dataContext';
import { useLang, useT, useView } from '../../store/hooks';
import { filtersLine, mapLegend, marksLegend, sourcesLines } from '../../ui/exportFrame';
import { FigureExport } from '../../ui/FigureExport';
import type { FigureSource, FigureTile } from '../../ui/figure';

function tile(kpi: Kpi, index: DataIndex, lang: Lang, t: Messages): FigureTile {
  const label = `${kpi.metric.label[lang]} · ${geoName(kpi.geo, lang)}`;
  const fact = kpi.latest ? index.facts.get(kpi.latest.fact) : undefined;
  if (kpi.latest && fact)
    return { label, value: formatFact(fact, lang), note: `${t.latest}${t.colon}${formatPeriod(kpi.latest.period, lang)}` };
  const planned = plannedFigure(kpi, index.facts);
  if (kpi.planned && planned)
    return { label, value: formatFact(planned, lang), note: `${t.status[kpi.planned.status]} · ${formatPeriod(kpi.planned.period, lang)}` };
  return { label, value: t.noValue, note: '' };
}

/** What the overview figure is drawn from, for the view on screen. Pure but for the data index. */
export function overviewFigure(
  index: DataIndex,
  view: View,
  lang: Lang,
  t: Messages,
  centers?: ReadonlyMap<string, readonly [number, number]>,
): FigureSource {
  const { data, facts, documents, placeNames, conflicts, metrics } = index;
  const kpis = data.metrics.filter((m) => m.headline).map((m) => selectKpi(data, m, view));
  const districts = selectDistrictValues(data, view, 'facts');
  const clusters = selectClusters(data, view);
  const trends = selectHeadlineTrends(data, view);
  const factIds = [
    ...kpis.flatMap((k) => [k.latest?.fact, k.planned?.fact].filter((id): id is string => id !== undefined)),
    ...mapSourceFactIds(data, view, 'facts', districts, clusters),
    ...trends.flatMap((c) => c.series.flatMap((v) => v.points.map((p) => p.fact))),
  ];
  return {
    overview: {
      tiles: kpis.map((k) => tile(k, index, lang, t)),
      map: buildMapOption({ districts, clusters, measure: 'facts', selected: view.district, lang, t, documents, metrics, centers }),
      trends: trends.map(({ metric, series }) => ({
        title: t.titleWithUnit(metric.label[lang], t.unitNames[metric.unit]),
        option: buildTrendOption({
          metric,
          series,
          from: view.from,
          to: view.to,
          lang,
          t,
          facts,
          documents,
          placeNames,
          conflicts,
          selectedFact: null,
        }),
      })),
    },
    frame: {
      product: t.appName,
      title: t.overviewTitle,
      filters: filtersLine(view, lang, t),
      // The key to the trends' marks only when a trend is drawn (a single year may leave none with three points).
      legend: [...(trends.length > 0 ? [marksLegend(t)] : []), mapLegend(t, 'facts')].join('   '),
      sources: sourcesLines(factIds, facts, documents, t, index.localDocs),
      credit: t.mapCredit,
      moreSources: t.moreSources,
    },
  };
}

export function OverviewExport() {
  const t = useT();
  const lang = useLang();
  const view = useView();
  const index = useData();
  return (
    <FigureExport
      name={t.overview}
      figure={async () => {
        // The map's module knows where each district's name is drawn; it loads with the export anyway.
        const { DISTRICT_CENTERS } = await import('../../charts/echartsMap');
        return overviewFigure(index, view, lang, t, DISTRICT_CENTERS);
      }}
      fileName={(ext) => exportFileName('overview', view.district, view.from, view.to, ext)}
    />
  );
}
