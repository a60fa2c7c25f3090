import { lazy, Suspense, useRef } from 'react';
import { SEEN, useNearScreen } from '../../ui/useNearScreen';

// The map's code and geometry load in their own chunk, when the map comes near the screen.
const ClusterMap = lazy(() => import('./ClusterMap').then((m) => ({ default: m.ClusterMap })));
/** The map, set up when a fifth of it is on the screen; until then (and in the page rendered at build time) a placeholder of its height. */
export function NearMap() {
  const holder = useRef<HTMLDivElement>(null);
  const near = useNearScreen(holder, SEEN);
  // The height the map takes before it is set up (app.css), so that what follows does not jump when it is.
  const placeholder = <div className="map-placeholder" />;
  return (
    <div ref={holder} id="map" className="map-holder">
      {near ? (
        <Suspense fallback={placeholder}>
          <ClusterMap />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
