import { describe, expect, it } from 'vitest';
import { boundsOf, merchantsToGeoJSON } from './geojson';

describe('map GeoJSON helpers', () => {
  it('bounds cover points, lines and polygons', () => {
    const bounds = boundsOf([
      {
        features: [
          {
            geometry: {
              type: 'LineString',
              coordinates: [
                [116.1, 39.9],
                [116.3, 39.8],
              ],
            },
          },
        ],
      },
      {
        features: [
          {
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [116.0, 40.0],
                  [116.05, 40.1],
                  [116.0, 40.0],
                ],
              ],
            },
          },
          { geometry: null },
        ],
      },
      undefined,
    ]);
    expect(bounds).toEqual([116.0, 39.8, 116.3, 40.1]);
  });

  it('has no bounds without coordinates', () => {
    expect(boundsOf([{ features: [] }])).toBeUndefined();
  });

  it('colours merchants by their top-level category', () => {
    const fc = merchantsToGeoJSON([
      {
        id: 'mer_1',
        name: '修鞋',
        categories: ['B10.shoe'],
        lon: 116,
        lat: 39,
        openingHours: null,
        openNow: null,
        status: 'active',
        phoneMasked: null,
        address: null,
      },
    ]);
    expect(fc.features[0].properties).toEqual({ id: 'mer_1', name: '修鞋', cat: 'B10' });
    expect(fc.features[0].geometry.coordinates).toEqual([116, 39]);
  });
});
