import { useData } from '../../store/dataContext';
import { useT } from '../../store/hooks';
import { useViewStore } from '../../store/viewStore';

export function Header() {
  const t = useT();
  const { data, bounds } = useData();
  const lang = useViewStore((s) => s.lang);
  const setLang = useViewStore((s) => s.setLang);
  return (
    <header className="header">
      <div>
        <h1>{t.appName}</h1>
        <p className="muted">
          {t.coverage(data.documents.length, bounds.min, bounds.max)} · {t.tagline}
        </p>
      </div>
      <button
        type="button"
        className="lang"
        lang={lang === 'zh' ? 'en' : 'zh'}
        onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
        aria-label={`${t.language}: ${t.switchTo}`}
      >
        {t.switchTo}
      </button>
    </header>
  );
}
