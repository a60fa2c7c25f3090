import { useEffect, useState, type RefObject } from 'react';

/** How far below the screen an element counts as near: it is set up just before it scrolls in. */
const MARGIN = '200px';

/**
 * How much of a part at the top of the page must be on the screen for it to be set up: the map and the headline
 * trends are set up as soon as they are seen, not when only their title row peeks in at the bottom of a phone's
 * first screen (where setting them up would hold up the page's first seconds for a drawing nobody sees yet).
 */
export const SEEN = { margin: '0px', threshold: 0.2 } as const;

/**
 * Whether the element has come within 200 px of the screen (and stays true once it has), so that a costly
 * part (a chart, the map, and the code that draws them) is set up only when a reader is about to see it;
 * with `SEEN`, once a fifth of it is on the screen.
 * Rendered at build time (no window) it is false; in a browser with no IntersectionObserver it is true at once.
 */
export function useNearScreen(
  ref: RefObject<Element | null>,
  when: { margin: string; threshold: number } = { margin: MARGIN, threshold: 0 },
): boolean {
  const [near, setNear] = useState(() => typeof window !== 'undefined' && typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: when.margin, threshold: when.threshold },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [near, ref, when.margin, when.threshold]);
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
