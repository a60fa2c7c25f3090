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

/**
 * Whether the element is within 200 px of the screen now (true and false as the reader scrolls), for a
 * part that is costly to keep up to date while nobody sees it. Rendered at build time it is false; with no
 * IntersectionObserver, always true.
 */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [on, setOn] = useState(() => typeof window !== 'undefined' && typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => setOn(entries[entries.length - 1]!.isIntersecting), { rootMargin: MARGIN });
    io.observe(el);
    return () => io.disconnect();
  }, [ref]);
  return on;
}

/**
 * `value` while `live`; otherwise the value it had when last live (or at first render), so a part off the
 * screen does not re-render on every change and catches up as it comes near.
 */
export function useHeldWhileAway<T>(value: T, live: boolean): T {
  const [held, setHeld] = useState(value);
  if (live && held !== value) setHeld(value);
  return live ? value : held;
}
