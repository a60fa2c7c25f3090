/** The words baked into an exported figure: title and unit, active filters, legend, and the articles the numbers come from. */
import type { View } from '../core/select';
import type { MapMeasure } from '../core/mapData';
import { geoName, outletAndDate } from '../core/names';
import type { Lang, Messages } from '../i18n/messages';
import type { BaseUnit, DocumentRecord, Fact } from '../schema/metricsFile';
import type { FigureFrame } from './figure';

export function filtersLine(view: View, lang: Lang, t: Messages): string {
  const years = view.from === view.to ? String(view.from) : `${view.from}–${view.to}`;
  // "District Shanghai" is no district: the whole city is named as the filter shows it (上海市 · 全市, Shanghai · Whole city).
  const place =
    view.district === 'shanghai' ? `${geoName('shanghai', lang)} · ${t.wholeCity}` : `${t.district} ${geoName(view.district, lang)}`;
  return `${t.years} ${years} · ${place}`;
}

/** The key to a trend chart's marks as one line of an exported figure, each symbol kept with its words. */
export const marksLegend = (t: Messages): string =>
  legendItems(t)
    .map((i) => `${i.symbol}\u00a0${i.label}`)
    .join('   ');

/** What the map's marks mean, for an exported figure that holds the map: the hatch of "no report" and the clusters' points. */
/** The map's key in words: what the shades count (the key's bins alone do not say), no report, clusters. */
export const mapLegend = (t: Messages, measure: MapMeasure): string =>
  `${t.shadedBy(t.measures[measure])}   ▨\u00a0${t.noReport}   ●\u00a0${t.clusters}`;

/** What each mark on a trend chart means: the page's legend and the exported figure's say the same. */
export function legendItems(t: Messages): Array<{ symbol: string; label: string; conflict?: boolean }> {
  return [
    { symbol: '●', label: t.exact },
    { symbol: '▲', label: t.lowerBound },
    { symbol: '▼', label: t.upperBound },
    { symbol: '◆', label: t.approx },
    { symbol: '○ ┄', label: `${t.forecast} / ${t.target}` },
    { symbol: '─○─', label: t.publicationLegend },
    { symbol: '◌', label: t.notAnnual },
    { symbol: '◎', label: t.conflict, conflict: true },
  ];
}

/**
 * One line per article behind the figures, in file order: 来源：title（outlet，date）; an article the reader added
 * in this browser says so (it is not part of the published data).
 */
export function sourcesLines(
  factIds: Iterable<string>,
  facts: ReadonlyMap<string, Fact>,
  documents: ReadonlyMap<string, DocumentRecord>,
  t: Messages,
  localDocs: ReadonlySet<string> = new Set(),
): string[] {
  const docs = new Set<string>();
  for (const id of factIds) {
    const f = facts.get(id);
    if (f) docs.add(f.doc);
  }
  return [...docs].sort().map((id) => {
    const d = documents.get(id);
    return `${t.source}${t.colon}${d?.title ?? id} (${outletAndDate(d, localDocs.has(id), t)})`;
  });
}

/** The frame of an exported figure: a trend chart's (with its unit and the legend) or the map's (with its credit). */
export function figureFrame(input: {
  title: string;
  unit: BaseUnit | null;
  view: View;
  lang: Lang;
  t: Messages;
  factIds: Iterable<string>;
  facts: ReadonlyMap<string, Fact>;
  documents: ReadonlyMap<string, DocumentRecord>;
  credit: string | null;
  localDocs?: ReadonlySet<string>;
  /** The key to a figure with no unit (the map's); a chart's is the key to its marks. */
  legend?: string;
}): FigureFrame {
  const { t, unit } = input;
  return {
    product: t.appName,
    title: unit === null ? input.title : t.titleWithUnit(input.title, t.unitNames[unit]),
    filters: filtersLine(input.view, input.lang, t),
    legend: unit === null ? (input.legend ?? null) : marksLegend(t),
    sources: sourcesLines(input.factIds, input.facts, input.documents, t, input.localDocs),
    credit: input.credit,
    moreSources: t.moreSources,
  };
}
