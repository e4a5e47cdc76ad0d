import type { FeatureCollection, Point } from 'geojson';
import type { CoverageItem, Recommendation } from '../../api/types';

/** Walking-minute classes for colouring residences: ≤5, ≤10, ≤15, beyond 15 or unreachable. */
export const COVERAGE_BANDS = ['m5', 'm10', 'm15', 'over'] as const;
export type CoverageBand = (typeof COVERAGE_BANDS)[number];

export const BAND_COLORS: Record<CoverageBand, string> = {
  m5: '#2f9e44',
  m10: '#fab005',
  m15: '#f76707',
  over: '#e03131',
};

/** Isochrone fills, from the widest (15 min) to the narrowest (5 min). */
export const ISOCHRONE_COLORS: Record<number, string> = { 5: '#1c7ed6', 10: '#4dabf7', 15: '#a5d8ff' };

export function bandOf(minutes: number | null): CoverageBand {
  if (minutes === null || !Number.isFinite(minutes) || minutes > 15) return 'over';
  if (minutes <= 5) return 'm5';
  if (minutes <= 10) return 'm10';
  return 'm15';
}

/** Residences as points carrying their band colour and a radius that grows with population. */
export function coverageToGeoJSON(items: readonly CoverageItem[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: items.map((r) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
      properties: {
        id: r.id,
        name: r.name,
        color: BAND_COLORS[bandOf(r.minutes)],
        radius: Math.min(12, 4 + Math.sqrt(Math.max(0, r.population)) / 10),
      },
    })),
  };
}

/** Recommended sites as numbered points (1 = the best). */
export function recommendationsToGeoJSON(items: readonly Recommendation[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: items.map((r, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
      properties: { rank: String(i + 1), gain: r.gainPopulation },
    })),
  };
}

/** Counts of population per band, for the legend. */
export function populationByBand(items: readonly CoverageItem[]): Record<CoverageBand, number> {
  const out: Record<CoverageBand, number> = { m5: 0, m10: 0, m15: 0, over: 0 };
  for (const r of items) out[bandOf(r.minutes)] += r.population;
  return out;
}
