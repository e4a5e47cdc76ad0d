import { describe, expect, it } from 'vitest';
import { bandOf, BAND_COLORS, coverageToGeoJSON, populationByBand, recommendationsToGeoJSON } from './coverage-bands';

describe('coverage bands', () => {
  it('classes walking minutes into ≤5, ≤10, ≤15 and beyond', () => {
    expect(bandOf(0)).toBe('m5');
    expect(bandOf(5)).toBe('m5');
    expect(bandOf(5.1)).toBe('m10');
    expect(bandOf(10)).toBe('m10');
    expect(bandOf(15)).toBe('m15');
    expect(bandOf(15.01)).toBe('over');
    expect(bandOf(null)).toBe('over');
  });

  it('colours residences by band and sums population per band', () => {
    const items = [
      { id: 'res_1', name: 'A', lon: 116, lat: 39, population: 100, minutes: 3 },
      { id: 'res_2', name: 'B', lon: 116.1, lat: 39.1, population: 50, minutes: null },
    ];
    const fc = coverageToGeoJSON(items);
    expect(fc.features[0].properties?.color).toBe(BAND_COLORS.m5);
    expect(fc.features[1].properties?.color).toBe(BAND_COLORS.over);
    expect(populationByBand(items)).toEqual({ m5: 100, m10: 0, m15: 0, over: 50 });
  });

  it('numbers recommendations from 1', () => {
    const fc = recommendationsToGeoJSON([{ lon: 1, lat: 2, gainPopulation: 300, residences: [] }]);
    expect(fc.features[0].properties).toEqual({ rank: '1', gain: 300 });
  });
});
