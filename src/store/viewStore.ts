/**
 * What the reader chose — years, district, language, selected fact — and nothing derived from data.
 */
import { create } from 'zustand';
import type { GeoId } from '../schema/geo';
import type { Lang } from '../i18n/messages';
import type { UrlView } from './url';

export interface ViewState extends UrlView {
  setYears: (from: number, to: number) => void;
  setDistrict: (district: GeoId) => void;
  setLang: (lang: Lang) => void;
  selectFact: (fact: string | null) => void;
  /** Replace the whole view (from the URL, or a reset). */
  replace: (view: UrlView) => void;
}

export const useViewStore = create<ViewState>()((set) => ({
  from: 0,
  to: 0,
  district: 'shanghai',
  lang: 'zh',
  fact: null,
  setYears: (from, to) => set(from <= to ? { from, to } : { from: to, to: from }),
  setDistrict: (district) => set({ district }),
  setLang: (lang) => set({ lang }),
  selectFact: (fact) => set({ fact }),
  replace: (view) => set({ ...view }),
}));

export const pickUrlView = (s: ViewState): UrlView => ({ from: s.from, to: s.to, district: s.district, lang: s.lang, fact: s.fact });
