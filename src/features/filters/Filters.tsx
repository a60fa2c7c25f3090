import { lazy, Suspense, useId, useState } from 'react';
import { RangeShape } from './RangeShape';
import { OverviewExport } from './OverviewExport';
import { geoName } from '../../core/names';
import { DISTRICTS, SHANGHAI, isGeoId } from '../../schema/geo';
import { useData } from '../../store/dataContext';
import { useLang, useT, useView } from '../../store/hooks';
import { useViewStore } from '../../store/viewStore';

// The slider's code (Radix) loads after the first paint, in its own chunk; until then the same shape is drawn.
const YearRange = lazy(() => import('./YearRange'));

export function Filters() {
  const t = useT();
  const lang = useLang();
  const { bounds, districtsWithData } = useData();
  const view = useView();
  const setYears = useViewStore((s) => s.setYears);
  const setDistrict = useViewStore((s) => s.setDistrict);
  const replace = useViewStore((s) => s.replace);
  const name = (d: { zh: string; en: string }) => (lang === 'zh' ? d.zh : d.en);
  return (
    <section className="filters" aria-label={t.filters}>
      <fieldset className="years">
        <legend>{t.years}</legend>
        <Suspense fallback={<RangeShape from={view.from} to={view.to} min={bounds.min} max={bounds.max} />}>
          <YearRange
            from={view.from}
            to={view.to}
            min={bounds.min}
            max={bounds.max}
            fromLabel={t.from}
            toLabel={t.to}
            onChange={setYears}
          />
        </Suspense>
        <YearInput
          label={t.from}
          value={view.from}
          min={bounds.min}
          max={bounds.max}
          onCommit={(v) => setYears(v, Math.max(v, view.to))}
          outOfRange={t.yearOutOfRange(bounds.min, bounds.max)}
        />
        <YearInput
          label={t.to}
          value={view.to}
          min={bounds.min}
          max={bounds.max}
          onCommit={(v) => setYears(Math.min(v, view.from), v)}
          outOfRange={t.yearOutOfRange(bounds.min, bounds.max)}
        />
      </fieldset>
      <label className="district">
        {t.district}
        <select
          value={view.district}
          onChange={(e) => {
            if (isGeoId(e.target.value)) setDistrict(e.target.value);
          }}
        >
          <option value="shanghai">
            {name(SHANGHAI)} · {t.wholeCity}
          </option>
          {DISTRICTS.map((d) => (
            <option key={d.id} value={d.id}>
              {name(d)}
              {districtsWithData.has(d.id) ? '' : ` ${t.noData}`}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="reset"
        onClick={() => replace({ from: bounds.min, to: bounds.max, district: 'shanghai', lang, fact: null })}
      >
        {t.reset}
      </button>
      <CopyLink />
      <span className="overview-export">
        <span aria-hidden="true">{t.overview}</span>
        <OverviewExport />
      </span>
      <Chips />
    </section>
  );
}

/** The filters that narrow the view, each a chip that removes it (the years back to all, the district back to the city). */
function Chips() {
  const t = useT();
  const lang = useLang();
  const { bounds } = useData();
  const view = useView();
  const setYears = useViewStore((s) => s.setYears);
  const setDistrict = useViewStore((s) => s.setDistrict);
  const chips: Array<{ key: string; label: string; remove: () => void }> = [];
  if (view.from !== bounds.min || view.to !== bounds.max)
    chips.push({ key: 'years', label: t.yearsChip(view.from, view.to), remove: () => setYears(bounds.min, bounds.max) });
  if (view.district !== 'shanghai')
    chips.push({ key: 'district', label: geoName(view.district, lang), remove: () => setDistrict('shanghai') });
  if (chips.length === 0) return null;
  // A removed chip's button is gone: the keyboard goes on to the chip after it, or to the filters' Reset.
  const removeAndMoveOn = (c: (typeof chips)[number], button: HTMLButtonElement): void => {
    const list = button.closest('ul');
    const next = button.closest('li')?.nextElementSibling?.querySelector('button') ?? list?.querySelector<HTMLButtonElement>('li button');
    const target = next && next !== button ? next : list?.closest('section')?.querySelector<HTMLButtonElement>('button.reset');
    c.remove();
    target?.focus();
  };
  return (
    <ul className="chips" aria-label={t.activeFilters}>
      {chips.map((c) => (
        <li key={c.key}>
          <button type="button" className="chip" aria-label={t.removeFilter(c.label)} onClick={(e) => removeAndMoveOn(c, e.currentTarget)}>
            {c.label} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * Copies the address, which holds the whole view (years, district, selected figure), with the language said
 * outright: the address leaves out a language that is the reader's default, and the recipient's may differ.
 */
function CopyLink() {
  const t = useT();
  const lang = useLang();
  const [said, setSaid] = useState('');
  const copy = async (): Promise<void> => {
    try {
      const link = new URL(window.location.href);
      link.searchParams.set('lang', lang);
      await navigator.clipboard.writeText(link.href);
      setSaid(t.linkCopied);
    } catch {
      setSaid(t.linkNotCopied);
    }
    // Said once, then gone: a line that stays would describe a link the view has since changed.
    setTimeout(() => setSaid(''), 4000);
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {t.copyLink}
      </button>
      <span role="status" className="muted">
        {said}
      </span>
    </span>
  );
}

/**
 * A typed year. While the reader types ("2", "20", "202") the draft is theirs; a complete year
 * inside the bounds is applied at once, anything else is put back when the field loses focus.
 */
function YearInput({
  label,
  value,
  min,
  max,
  onCommit,
  outOfRange,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit: (v: number) => void;
  /** What to say of a whole year typed outside the data's years (it is not applied). */
  outOfRange: string;
}) {
  const [draft, setDraft] = useState(String(value));
  // A new value from outside (a slider, the URL) replaces the draft: adjusted while rendering, not in an effect.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(String(value));
  }
  // A whole year outside the data's years is not applied: say so, rather than put it back without a word.
  const outside = /^\d{4}$/.test(draft) && (Number(draft) < min || Number(draft) > max);
  const noteId = useId();
  return (
    <span className="year-input">
      <label>
        {label}
        <input
          aria-describedby={noteId}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          aria-invalid={outside || undefined}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            const v = Number(e.target.value);
            if (/^\d{4}$/.test(e.target.value) && v >= min && v <= max) onCommit(v);
          }}
          onBlur={() => setDraft(String(value))}
        />
      </label>
      {/* Outside the label, so the field's name stays its label; read out as its description. */}
      <span id={noteId} role="status" className="muted year-note">
        {outside ? outOfRange : ''}
      </span>
    </span>
  );
}
