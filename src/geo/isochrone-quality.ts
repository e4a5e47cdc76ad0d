// How well an isochrone polygon matches the network: of the graph nodes inside the polygon, the
// share reachable within the band (precision); of the reachable nodes, the share inside (recall).
// Point-in-polygon by ray casting on the GeoJSON itself, independent of how the polygon was made.
import type { IsochroneFeature } from './isochrone';
import type { WalkGraph } from './graph';

export function pointInMultiPolygon(x: number, y: number, polygons: number[][][][]): boolean {
  let inside = false;
  for (const poly of polygons) {
    for (const ring of poly) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

export interface BandQuality {
  minutes: number;
  precision: number;
  recall: number;
  inside: number;
  reached: number;
}

/** `reachedWithin(u)` says whether node u is reachable within the feature's band. */
export function isochroneQuality(
  g: WalkGraph,
  feature: IsochroneFeature,
  reachedWithin: (u: number) => boolean,
): BandQuality {
  const polys = feature.geometry.coordinates;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of polys)
    for (const [x, y] of p[0]) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  let inside = 0;
  let insideReached = 0;
  let reached = 0;
  for (let u = 0; u < g.nodeCount; u++) {
    const x = g.nodeLonE7[u] / 1e7;
    const y = g.nodeLatE7[u] / 1e7;
    const r = reachedWithin(u);
    if (r) reached++;
    const inBox = x >= minX && x <= maxX && y >= minY && y <= maxY;
    if (inBox && pointInMultiPolygon(x, y, polys)) {
      inside++;
      if (r) insideReached++;
    }
  }
  return {
    minutes: feature.properties.minutes,
    precision: inside === 0 ? 1 : insideReached / inside,
    recall: reached === 0 ? 1 : insideReached / reached,
    inside,
    reached,
  };
}
