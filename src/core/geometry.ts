/** Point-in-polygon for GeoJSON (Polygon / MultiPolygon rings of [lng, lat]), by ray casting. */
export type Ring = ReadonlyArray<readonly [number, number] | number[]>;
export type PolygonCoords = ReadonlyArray<Ring>;

function inRing(lng: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole. */
function inPolygon(lng: number, lat: number, polygon: PolygonCoords): boolean {
  const [outer, ...holes] = polygon;
  return outer !== undefined && inRing(lng, lat, outer) && !holes.some((h) => inRing(lng, lat, h));
}

export function inGeometry(lng: number, lat: number, geometry: { type: string; coordinates: unknown }): boolean {
  if (geometry.type === 'Polygon') return inPolygon(lng, lat, geometry.coordinates as PolygonCoords);
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as PolygonCoords[]).some((p) => inPolygon(lng, lat, p));
  return false;
}
