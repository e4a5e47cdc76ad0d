import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { CATEGORY_COLORS, DEFAULT_CATEGORY_COLOR } from './category-colors';
import type { MapSettings } from './settings';

export const SOURCE = { streets: 'streets', buildings: 'buildings', merchants: 'merchants', tiles: 'basemap' } as const;
export const BACKGROUND_COLOR = '#f3efe6';

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

function categoryColorExpression(): ExpressionSpecification {
  const pairs = Object.entries(CATEGORY_COLORS).flat();
  return ['match', ['get', 'cat'], ...pairs, DEFAULT_CATEGORY_COLOR] as unknown as ExpressionSpecification;
}

/** Wider lines for bigger roads; the server passes OSM `highway` through as a property. */
function streetWidth(extra: number): ExpressionSpecification {
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    13,
    [
      'match',
      ['get', 'highway'],
      ['primary', 'secondary', 'trunk'],
      2 + extra,
      ['tertiary', 'residential'],
      1.2 + extra,
      0.6 + extra,
    ],
    18,
    [
      'match',
      ['get', 'highway'],
      ['primary', 'secondary', 'trunk'],
      14 + extra,
      ['tertiary', 'residential'],
      9 + extra,
      4 + extra,
    ],
  ];
}

/** Our own vector drawing; an optional raster basemap goes underneath it. */
export function buildStyle(settings: MapSettings, osmAttribution: string): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {
      [SOURCE.buildings]: { type: 'geojson', data: empty(), attribution: osmAttribution },
      [SOURCE.streets]: { type: 'geojson', data: empty(), attribution: osmAttribution },
      [SOURCE.merchants]: { type: 'geojson', data: empty() },
    },
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND_COLOR } }],
  };
  if (settings.tileUrl) {
    style.sources[SOURCE.tiles] = {
      type: 'raster',
      tiles: [settings.tileUrl],
      tileSize: 256,
      attribution: settings.tileAttribution,
    };
    style.layers.push({ id: 'basemap', type: 'raster', source: SOURCE.tiles });
  }
  style.layers.push(
    {
      id: 'buildings-fill',
      type: 'fill',
      source: SOURCE.buildings,
      paint: { 'fill-color': '#d8cfc0', 'fill-outline-color': '#b5a896', 'fill-opacity': 0.9 },
    },
    {
      id: 'streets-casing',
      type: 'line',
      source: SOURCE.streets,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#c9c1b3', 'line-width': streetWidth(1.5) },
    },
    {
      id: 'streets-line',
      type: 'line',
      source: SOURCE.streets,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': streetWidth(0) },
    },
    {
      id: 'merchants-circle',
      type: 'circle',
      source: SOURCE.merchants,
      paint: {
        'circle-color': categoryColorExpression(),
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 13, 3, 17, 7],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
  );
  return style;
}
