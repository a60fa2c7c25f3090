/** Display names of places in the reader's language: 徐汇区 · 模速空间 / Xuhui · ModelSpeed Space. */
import type { Lang } from '../i18n/messages';
import { DISTRICTS, SHANGHAI, type GeoId } from '../schema/geo';
import type { Status } from '../schema/metricsFile';

export function geoName(geo: GeoId, lang: Lang): string {
  const g = geo === 'shanghai' ? SHANGHAI : (DISTRICTS.find((d) => d.id === geo) ?? SHANGHAI);
  return lang === 'zh' ? g.zh : g.en;
}

/** A park's or cluster's name in the reader's language (模速空间 / ModelSpeed Space), or null when it has none. */
export function parkName(
  place: string | null | undefined,
  lang: Lang,
  placeNames: ReadonlyMap<string, { zh: string; en: string }> | undefined,
): string | null {
  const p = place ? placeNames?.get(place) : undefined;
  return p ? (lang === 'zh' ? p.zh : p.en) : null;
}

export function placeLabel(
  geo: GeoId,
  place: string | null | undefined,
  lang: Lang,
  placeNames: ReadonlyMap<string, { zh: string; en: string }>,
): string {
  const park = parkName(place, lang, placeNames);
  return park === null ? geoName(geo, lang) : `${geoName(geo, lang)} · ${park}`;
}

/** A forecast's or target's word after its period, " (预测)" / " (target)"; nothing for an actual figure. */
export const statusSuffix = (status: Status, t: { status: Record<Status, string> }): string =>
  status === 'actual' ? '' : ` (${t.status[status]})`;

/**
 * Where an article came from, as a figure's source line shows it: outlet and date, and "added here" for one the
 * reader added in this browser (2025-05-20 alone when the outlet is not known).
 */
export function outletAndDate(
  doc: { outlet: string | null; published: string } | undefined,
  local: boolean,
  t: { local: { localMark: string } },
): string {
  return [doc?.outlet, doc?.published, local ? t.local.localMark : null].filter(Boolean).join(', ');
}
