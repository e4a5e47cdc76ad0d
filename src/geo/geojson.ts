// GeoJSON views of a graph, for maps (streets drawn from our own data, no external tiles).
import { forEachEdge, type WalkGraph, walkClassNames } from './graph';
import { orientedPolyline } from './edge-geometry';

export interface LineFeature {
  type: 'Feature';
  properties: { edge: number; cls: string; metres: number };
  geometry: { type: 'LineString'; coordinates: [number, number][] };
}

/** Every edge as a LineString (optionally only those whose bbox meets `bbox`). */
export function edgeGeometryGeoJSON(
  g: WalkGraph,
  bbox?: [number, number, number, number],
): { type: 'FeatureCollection'; features: LineFeature[] } {
  const features: LineFeature[] = [];
  forEachEdge(g, (e, u, v, lengthDm) => {
    const coordinates = orientedPolyline(g, e, u, v);
    if (bbox && !coordinates.some(([x, y]) => x >= bbox[0] && y >= bbox[1] && x <= bbox[2] && y <= bbox[3])) return;
    features.push({
      type: 'Feature',
      properties: { edge: e, cls: walkClassNames[g.edgeClass[e]] ?? 'normal', metres: lengthDm / 10 },
      geometry: { type: 'LineString', coordinates },
    });
  });
  return { type: 'FeatureCollection', features };
}
