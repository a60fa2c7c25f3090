import { useEffect, useState, type RefObject } from 'react';

/** How far below the screen an element counts as near: it is set up just before it scrolls in. */
const MARGIN = '200px';

/**
 * Whether the element has come within 200 px of the screen (and stays true once it has), so that a costly
 * part (a chart, the map, and the code that draws them) is set up only when a reader is about to see it.
 * Rendered at build time (no window) it is false; in a browser with no IntersectionObserver it is true at once.
 */
export function useNearScreen(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof window !== 'undefined' && typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: MARGIN },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [near, ref]);
  return near;
}
