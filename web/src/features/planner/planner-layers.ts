import { useEffect } from 'react';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, MapLibreMap } from '../../map/maplibre';
import { ISOCHRONE_COLORS } from './coverage-bands';

export const PLANNER_SOURCE = {
  coverage: 'planner-coverage',
  isochrone: 'planner-isochrone',
  recommendations: 'planner-recommendations',
} as const;

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

function isochroneColor(): ExpressionSpecification {
  const pairs = Object.entries(ISOCHRONE_COLORS).flatMap(([m, c]) => [Number(m), c]);
  return ['match', ['get', 'minutes'], ...pairs, '#a5d8ff'] as unknown as ExpressionSpecification;
}

/** Adds the planner's sources and layers once per map: bands under the streets, points on top. */
export function addPlannerLayers(map: MapLibreMap): void {
  if (map.getSource(PLANNER_SOURCE.coverage)) return;
  map.addSource(PLANNER_SOURCE.coverage, { type: 'geojson', data: empty() });
  map.addSource(PLANNER_SOURCE.recommendations, { type: 'geojson', data: empty() });
  // Bands span a few hundred metres: tiling them at z12 and overzooming means one or two tiles
  // to cut per click instead of a dozen, which keeps click → drawn short.
  map.addSource(PLANNER_SOURCE.isochrone, { type: 'geojson', data: empty(), maxzoom: 12, buffer: 16 });
  const beforeStreets = map.getLayer('streets-casing') ? 'streets-casing' : undefined;
  map.addLayer(
    {
      id: 'planner-isochrone-fill',
      type: 'fill',
      source: PLANNER_SOURCE.isochrone,
      // Widest band first so the narrower ones are drawn over it.
      layout: { 'fill-sort-key': ['-', 0, ['get', 'minutes']] },
      paint: { 'fill-color': isochroneColor(), 'fill-opacity': ['case', ['has', 'warm'], 0, 0.45] },
    },
    beforeStreets,
  );
  map.addLayer({
    id: 'planner-isochrone-line',
    type: 'line',
    source: PLANNER_SOURCE.isochrone,
    paint: { 'line-color': '#1864ab', 'line-width': 1.2, 'line-opacity': ['case', ['has', 'warm'], 0, 1] },
  });
  map.addLayer({
    id: 'planner-coverage-circle',
    type: 'circle',
    source: PLANNER_SOURCE.coverage,
    paint: {
      'circle-color': ['get', 'color'],
      'circle-radius': ['get', 'radius'],
      'circle-opacity': 0.85,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1,
    },
  });
  map.addLayer({
    id: 'planner-recommendations-circle',
    type: 'circle',
    source: PLANNER_SOURCE.recommendations,
    paint: {
      'circle-color': '#7048e8',
      'circle-radius': 9,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  });
}

/** Bands with extra properties: `request` (which click drew them) or `warm` (drawn invisibly). */
export function tagBands(fc: unknown, extra: Record<string, number>): FeatureCollection {
  const bands = fc as FeatureCollection;
  return {
    ...bands,
    features: bands.features.map((f) => ({ ...f, properties: { ...f.properties, ...extra } })),
  };
}

export function setPlannerData(map: MapLibreMap, source: string, data: FeatureCollection): void {
  (map.getSource(source) as GeoJSONSource | undefined)?.setData(data);
}

/**
 * Keeps one planner source in step with React state. The map container's data-planner-status
 * reads 'ready' once the map has drawn the latest data (browser tests wait for it).
 */
export function usePlannerSource(map: MapLibreMap | null, source: string, data: FeatureCollection | undefined): void {
  useEffect(() => {
    if (!map) return;
    addPlannerLayers(map);
    setPlannerData(map, source, data ?? empty());
    const container = map.getContainer();
    container.dataset.plannerStatus = 'loading';
    const onIdle = () => (container.dataset.plannerStatus = 'ready');
    map.once('idle', onIdle);
    return () => void map.off('idle', onIdle);
  }, [map, source, data]);
}
