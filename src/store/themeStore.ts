/**
 * Light or dark. The page follows the system (prefers-color-scheme) until the reader picks one with
 * the toggle; the pick is kept in local storage. The script in index.html sets `data-theme` on <html>
 * before anything paints (see vite.config.ts), so the first screen is already in the right colours;
 * this store starts from that attribute and keeps it in step. Exports stay light whatever the theme.
 */
import { create } from 'zustand';

export type Theme = 'light' | 'dark';
export const THEME_KEY = 'theme';

interface ThemeState {
  theme: Theme;
  /** Whether the reader picked it (then the system's changes no longer apply). */
  chosen: boolean;
  toggle: () => void;
}

const systemTheme = (): Theme =>
  typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';

function storedTheme(): Theme | null {
  try {
    const v = localStorage.getItem(THEME_KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null; // storage disabled: the session still works, it is only not remembered
  }
}

function apply(theme: Theme): void {
  if (typeof document !== 'undefined') document.documentElement.setAttribute('data-theme', theme);
}

const initial = (): Theme => (typeof document === 'undefined' ? 'light' : (storedTheme() ?? systemTheme()));

export const useThemeStore = create<ThemeState>((set, get) => ({
  theme: initial(),
  chosen: typeof document !== 'undefined' && storedTheme() !== null,
  toggle: () => {
    const theme: Theme = get().theme === 'dark' ? 'light' : 'dark';
    apply(theme);
    try {
      localStorage.setItem(THEME_KEY, theme);
    } catch {
      // not remembered; the page still switches
    }
    set({ theme, chosen: true });
  },
}));

/** Follows the system's scheme while the reader has not picked one. Returns the unsubscribe. */
export function followSystemTheme(): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const query = matchMedia('(prefers-color-scheme: dark)');
  const onChange = () => {
    if (useThemeStore.getState().chosen) return;
    const theme = systemTheme();
    apply(theme);
    useThemeStore.setState({ theme });
  };
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
