/**
 * Two-way sync between the store and the address bar: each change pushes a history entry (so Back
 * steps through views), and Back/Forward put the URL's view back into the store.
 */
import { useLayoutEffect, useState } from 'react';
import type { YearBounds } from '../core/select';
import type { Lang } from '../i18n/messages';
import { parseUrlView, serializeUrlView } from './url';
import { pickUrlView, useViewStore } from './viewStore';

/**
 * The address's view, put in the store during the dashboard's first render, before any part of it reads
 * the store: that render is the whole dashboard, in the transition the page started it in (main.tsx), so it
 * yields to the browser as it goes. Put there by an effect (as before), it arrived after a first commit of
 * nothing and re-rendered the whole dashboard at once, synchronously: the longest task of the page's load.
 */
export function useInitialUrlView(bounds: () => YearBounds, defaultLang: Lang): void {
  useState(() => {
    if (typeof window !== 'undefined') useViewStore.getState().replace(parseUrlView(window.location.search, bounds(), defaultLang));
  });
}

export function useUrlSync(bounds: YearBounds, defaultLang: Lang): void {
  // The view is in the store from the first render (useInitialUrlView); read again here, an equal view
  // re-renders nothing. Then the address follows the store and the store follows back and forward.
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
