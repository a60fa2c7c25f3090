/**
 * Two-way sync between the store and the address bar: each change pushes a history entry (so Back
 * steps through views), and Back/Forward put the URL's view back into the store.
 */
import { useLayoutEffect } from 'react';
import type { YearBounds } from '../core/select';
import type { Lang } from '../i18n/messages';
import { parseUrlView, serializeUrlView } from './url';
import { pickUrlView, useViewStore } from './viewStore';

export function useUrlSync(bounds: YearBounds, defaultLang: Lang): void {
  // Before the first paint: the dashboard renders nothing until the URL's view is in the store.
  useLayoutEffect(() => {
    const read = () => useViewStore.getState().replace(parseUrlView(window.location.search, bounds, defaultLang));
    read();
    // Normalise the address (drop invalid parameters) without adding a history entry.
    const initial = serializeUrlView(pickUrlView(useViewStore.getState()), bounds, defaultLang);
    if (initial !== window.location.search)
      window.history.replaceState(null, '', `${window.location.pathname}${initial}${window.location.hash}`);
    let applying = false;
    const onPop = () => {
      applying = true;
      read();
      applying = false;
    };
    window.addEventListener('popstate', onPop);
    const unsubscribe = useViewStore.subscribe((state) => {
      if (applying) return;
      const next = serializeUrlView(pickUrlView(state), bounds, defaultLang);
      if (next !== window.location.search) window.history.pushState(null, '', `${window.location.pathname}${next}${window.location.hash}`);
    });
    return () => {
      window.removeEventListener('popstate', onPop);
      unsubscribe();
    };
  }, [bounds, defaultLang]);
}
