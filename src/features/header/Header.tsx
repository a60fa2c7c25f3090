import { useData } from '../../store/dataContext';
import { useT } from '../../store/hooks';
import { useThemeStore } from '../../store/themeStore';
import { useViewStore } from '../../store/viewStore';

/** `actions`: what the app shell adds beside the theme and language buttons (adding an article). */
export function Header({ actions }: { actions?: React.ReactNode }) {
  const t = useT();
  const { data, bounds } = useData();
  const lang = useViewStore((s) => s.lang);
  const setLang = useViewStore((s) => s.setLang);
  const toggleTheme = useThemeStore((s) => s.toggle);
  const theme = useThemeStore((s) => s.theme);
  return (
    <header className="header">
      <div>
        <h1>{t.appName}</h1>
        <p className="muted">
          {t.coverage(data.documents.length, bounds.min, bounds.max)} · {t.tagline}
        </p>
      </div>
      <div className="header-actions">
        {actions}
        <button type="button" className="theme" aria-pressed={theme === 'dark'} onClick={toggleTheme}>
          {t.themeToggle}
        </button>
        <button
          type="button"
          className="lang"
          lang={lang === 'zh' ? 'en' : 'zh'}
          onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          aria-label={`${t.language}: ${t.switchTo}`}
        >
          {t.switchTo}
        </button>
      </div>
    </header>
  );
}
