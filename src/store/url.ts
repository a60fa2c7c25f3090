/**
 * The view lives in the URL: ?from=2020&to=2024&district=xuhui&lang=en&fact=ID.
 * Parsing never fails: an invalid or missing parameter falls back to its default.
 */
import { isGeoId, type GeoId } from '../schema/geo';
import type { Lang } from '../i18n/messages';
import type { YearBounds } from '../core/select';

export interface UrlView {
  from: number;
  to: number;
  district: GeoId;
  lang: Lang;
  fact: string | null;
}

const year = (raw: string | null, bounds: YearBounds): number | null => {
  if (raw === null || !/^\d{4}$/.test(raw)) return null;
  const y = Number(raw);
  return y >= bounds.min && y <= bounds.max ? y : null;
};

export function parseUrlView(search: string, bounds: YearBounds, defaultLang: Lang): UrlView {
  const q = new URLSearchParams(search);
  let from = year(q.get('from'), bounds) ?? bounds.min;
  let to = year(q.get('to'), bounds) ?? bounds.max;
  if (from > to) [from, to] = [bounds.min, bounds.max];
  const district = q.get('district');
  const lang = q.get('lang');
  const fact = q.get('fact');
  return {
    from,
    to,
    district: isGeoId(district) ? district : 'shanghai',
    lang: lang === 'zh' || lang === 'en' ? lang : defaultLang,
    fact: fact !== null && fact.length > 0 && fact.length < 200 ? fact : null,
  };
}

/** Only what differs from the defaults, in a fixed order, so equal views give equal URLs. */
export function serializeUrlView(view: UrlView, bounds: YearBounds, defaultLang: Lang): string {
  const q = new URLSearchParams();
  if (view.from !== bounds.min) q.set('from', String(view.from));
  if (view.to !== bounds.max) q.set('to', String(view.to));
  if (view.district !== 'shanghai') q.set('district', view.district);
  if (view.lang !== defaultLang) q.set('lang', view.lang);
  if (view.fact !== null) q.set('fact', view.fact);
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
}

export function browserLang(languages: ReadonlyArray<string>): Lang {
  const first = languages[0] ?? 'zh';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
