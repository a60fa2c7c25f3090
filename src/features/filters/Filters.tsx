import { useId } from 'react';
import { DISTRICTS, SHANGHAI, isGeoId } from '../../schema/geo';
import { useData } from '../../store/dataContext';
import { useLang, useT, useView } from '../../store/hooks';
import { useViewStore } from '../../store/viewStore';

export function Filters() {
  const t = useT();
  const lang = useLang();
  const { bounds, districtsWithData } = useData();
  const view = useView();
  const setYears = useViewStore((s) => s.setYears);
  const setDistrict = useViewStore((s) => s.setDistrict);
  const replace = useViewStore((s) => s.replace);
  const id = useId();
  const clamp = (v: number) => Math.min(bounds.max, Math.max(bounds.min, v));
  const name = (d: { zh: string; en: string }) => (lang === 'zh' ? d.zh : d.en);
  return (
    <section className="filters" aria-label={t.filters}>
      <fieldset className="years">
        <legend>{t.years}</legend>
        <div className="range">
          <label htmlFor={`${id}-from-r`} className="sr-only">{t.from}</label>
          <input id={`${id}-from-r`} type="range" min={bounds.min} max={bounds.max} step={1} value={view.from}
            onChange={(e) => setYears(Math.min(Number(e.target.value), view.to), view.to)} />
          <label htmlFor={`${id}-to-r`} className="sr-only">{t.to}</label>
          <input id={`${id}-to-r`} type="range" min={bounds.min} max={bounds.max} step={1} value={view.to}
            onChange={(e) => setYears(view.from, Math.max(Number(e.target.value), view.from))} />
        </div>
        <label>
          {t.from}
          <input type="number" inputMode="numeric" min={bounds.min} max={bounds.max} value={view.from}
            onChange={(e) => { const v = Number(e.target.value); if (Number.isInteger(v) && v >= bounds.min && v <= bounds.max) setYears(clamp(v), view.to); }} />
        </label>
        <label>
          {t.to}
          <input type="number" inputMode="numeric" min={bounds.min} max={bounds.max} value={view.to}
            onChange={(e) => { const v = Number(e.target.value); if (Number.isInteger(v) && v >= bounds.min && v <= bounds.max) setYears(view.from, clamp(v)); }} />
        </label>
      </fieldset>
      <label className="district">
        {t.district}
        <select value={view.district} onChange={(e) => { if (isGeoId(e.target.value)) setDistrict(e.target.value); }}>
          <option value="shanghai">{name(SHANGHAI)} · {t.wholeCity}</option>
          {DISTRICTS.map((d) => (
            <option key={d.id} value={d.id}>{name(d)}{districtsWithData.has(d.id) ? '' : ` ${t.noData}`}</option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => replace({ from: bounds.min, to: bounds.max, district: 'shanghai', lang, fact: null })}>{t.reset}</button>
    </section>
  );
}
