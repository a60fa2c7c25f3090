/** Display names of places in the reader's language: 徐汇区 · 模速空间 / Xuhui · ModelSpeed Space. */
import type { Lang } from '../i18n/messages';
import { DISTRICTS, SHANGHAI, type GeoId } from '../schema/geo';

export function geoName(geo: GeoId, lang: Lang): string {
  const g = geo === 'shanghai' ? SHANGHAI : (DISTRICTS.find((d) => d.id === geo) ?? SHANGHAI);
  return lang === 'zh' ? g.zh : g.en;
}

export function placeLabel(
  geo: GeoId,
  place: string | null | undefined,
  lang: Lang,
  placeNames: ReadonlyMap<string, { zh: string; en: string }>,
): string {
  const p = place ? placeNames.get(place) : undefined;
  return p ? `${geoName(geo, lang)} · ${lang === 'zh' ? p.zh : p.en}` : geoName(geo, lang);
}
