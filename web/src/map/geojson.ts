import type { FeatureCollection, Point } from 'geojson';
import type { Merchant } from '../api/types';
import { topCategory } from './category-colors';

export type Bounds = [number, number, number, number];

/** Merchants as points carrying their top-level category for colouring. */
export function merchantsToGeoJSON(merchants: readonly Merchant[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: merchants.map((m) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [m.lon, m.lat] },
      properties: { id: m.id, name: m.name, cat: topCategory(m.categories[0]) },
    })),
  };
}

function extend(bounds: Bounds, coords: unknown): void {
  if (!Array.isArray(coords)) return;
  if (typeof coords[0] === 'number' && typeof coords[1] === 'number') {
    const [x, y] = coords as [number, number];
    if (x < bounds[0]) bounds[0] = x;
    if (y < bounds[1]) bounds[1] = y;
    if (x > bounds[2]) bounds[2] = x;
    if (y > bounds[3]) bounds[3] = y;
    return;
  }
  for (const c of coords) extend(bounds, c);
}

/** Bounding box over every coordinate of the given collections, or undefined when empty. */
export function boundsOf(
  collections: readonly (FeatureCollection | { features?: unknown[] } | undefined)[],
): Bounds | undefined {
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const fc of collections) {
    for (const f of (fc?.features ?? []) as { geometry?: { coordinates?: unknown } | null }[]) {
      extend(bounds, f.geometry?.coordinates);
    }
  }
  return Number.isFinite(bounds[0]) ? bounds : undefined;
}
