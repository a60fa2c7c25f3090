import { useEffect, type RefObject } from 'react';
import { useData } from './dataContext';
import { useT } from './hooks';
import { useNearScreen } from '../ui/useNearScreen';

/**
 * A list of every fact asks for them (the details file) when it comes near the screen. Returns the line
 * to show while they are not in (loading, or why they could not be read), null once they are.
 */
export function useAllFacts(ref: RefObject<Element | null>): string | null {
  const near = useNearScreen(ref);
  const { complete, requestAll, detailsError } = useData();
  const t = useT();
  useEffect(() => {
    if (near && !complete) requestAll();
  }, [near, complete, requestAll]);
  if (complete) return null;
  return detailsError ? `${t.loadError}: ${detailsError.file} — ${detailsError.reason}` : t.loadingAll;
}
