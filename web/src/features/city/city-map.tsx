import { useEffect, useMemo, useState } from 'react';
import type { FeatureCollection, Point } from 'geojson';
import type { Circle, DistrictScore } from '../../api/types';
import type { GeoJSONSource, MapLibreMap } from '../../map/maplibre';
import { MapView } from '../../map/map-view';

const SOURCE = 'city-circles';
const TIER_COLORS: Record<string, string> = {
  basic: '#1c7ed6',
  enhanced: '#7048e8',
  quality: '#f59f00',
  none: '#868e96',
};

function circlesToGeoJSON(
  circles: readonly Circle[],
  scores: ReadonlyMap<string, DistrictScore>,
  selected: string | undefined,
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: circles
      .filter((c) => c.centerLon !== undefined && c.centerLat !== undefined)
      .map((c) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [c.centerLon!, c.centerLat!] },
        properties: {
          id: c.id,
          name: c.name,
          color: TIER_COLORS[scores.get(c.id)?.tier ?? 'none'] ?? TIER_COLORS.none,
          radius: c.id === selected ? 14 : 9,
        },
      })),
  };
}

function addCircleLayers(map: MapLibreMap): void {
  if (map.getSource(SOURCE)) return;
  map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: 'city-circles',
    type: 'circle',
    source: SOURCE,
    paint: {
      'circle-color': ['get', 'color'],
      'circle-radius': ['get', 'radius'],
      'circle-opacity': 0.8,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  });
}

interface Props {
  circles: readonly Circle[];
  scores: readonly DistrictScore[];
  selected: string | undefined;
}

/** The district's circles as points coloured by tier; the selected one is larger and centred. */
export function CityMap({ circles, scores, selected }: Props) {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const byId = useMemo(() => new Map(scores.map((s) => [s.id, s])), [scores]);
  const data = useMemo(() => circlesToGeoJSON(circles, byId, selected), [circles, byId, selected]);
  useEffect(() => {
    if (!map) return;
    addCircleLayers(map);
    (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(data);
    const points = data.features.map((f) => f.geometry.coordinates as [number, number]);
    const focus = data.features.find((f) => f.properties?.id === selected);
    if (focus) map.flyTo({ center: focus.geometry.coordinates as [number, number], zoom: 14 });
    else if (points.length > 0) {
      const lons = points.map((p) => p[0]);
      const lats = points.map((p) => p[1]);
      map.fitBounds([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)], {
        padding: 48,
        maxZoom: 14,
        animate: false,
      });
    }
  }, [map, data, selected]);
  return <MapView height="min(60vh, 520px)" onMapReady={setMap} />;
}
