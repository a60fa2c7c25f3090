import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import type { LoadState } from './loadData';
import { loadOffThread } from './loadOffThread';
import './app.css';
import { followSystemTheme } from '../store/themeStore';

followSystemTheme();
const root = document.getElementById('root');
// A transition: the first render of the whole dashboard yields to the browser every few milliseconds
// instead of holding the main thread (the page is already on screen, rendered at build time).
const mount = (el: HTMLElement, loaded?: LoadState): void =>
  startTransition(() =>
    createRoot(el).render(
      <StrictMode>
        <ErrorBoundary>
          <App currentYear={new Date().getFullYear()} {...(loaded ? { loaded } : {})} />
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
// Over the first screen rendered at build time, the app renders once its data is in: the page never
// goes blank or shows "loading" in between. With nothing there (the dev server), it shows its own loading state.
if (root && root.childElementCount > 0) void loadOffThread().then((state) => mount(root, state));
else if (root) mount(root);
