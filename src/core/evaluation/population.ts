// Population from OSM buildings when no census figures are loaded:
// footprint area × levels × usable share ÷ floor area per person. Defaults are documented in
// docs/reference/evaluation.md and overridable per call (cities differ).
import { metresPerDegree, type Building } from '../../geo';
import type { EvalResidence } from './engine';

export interface PopulationOptions {
  /** Gross floor area per resident, m² (China's urban average living space is ~35–40 m²; we use 35). */
  floorAreaPerPersonM2: number;
  /** Share of gross floor area that is homes (stairs, lobbies and walls take the rest). */
  usableShare: number;
  /** Levels assumed when building:levels is missing (typical 小区 walk-up). */
  defaultLevels: number;
  /** building=* values counted as homes; `yes` only counts with an explicit building:levels. */
  residentialTags: string[];
}

export const POPULATION_DEFAULTS: PopulationOptions = {
  floorAreaPerPersonM2: 35,
  usableShare: 0.8,
  defaultLevels: 6,
  residentialTags: ['residential', 'apartments', 'house', 'detached', 'semidetached_house', 'terrace', 'dormitory'],
};

/** Planar area of a lon/lat ring in m² (local equirectangular frame; fine at building scale). */
export function ringAreaM2(ring: [number, number][]): number {
  if (ring.length < 4) return 0;
  const mpd = metresPerDegree(ring[0][1]);
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    a += (x0 - ring[0][0]) * (y1 - ring[0][1]) - (x1 - ring[0][0]) * (y0 - ring[0][1]);
  }
  return Math.abs(a / 2) * mpd.lon * mpd.lat;
}

export function estimateResidences(buildings: Building[], options: Partial<PopulationOptions> = {}): EvalResidence[] {
  const o = { ...POPULATION_DEFAULTS, ...options };
  const out: EvalResidence[] = [];
  for (const b of buildings) {
    const tag = b.tags.building;
    const explicit = b.levels !== undefined;
    if (!o.residentialTags.includes(tag) && !(tag === 'yes' && explicit)) continue;
    const levels = b.levels ?? o.defaultLevels;
    const population = Math.round((ringAreaM2(b.ring) * levels * o.usableShare) / o.floorAreaPerPersonM2);
    if (population <= 0) continue;
    const n = b.ring.length - 1;
    const lon = b.ring.slice(0, n).reduce((s, p) => s + p[0], 0) / n;
    const lat = b.ring.slice(0, n).reduce((s, p) => s + p[1], 0) / n;
    out.push({
      id: `osm_w${b.osmId}`,
      name: b.tags.name ?? b.tags['addr:housenumber'] ?? `#${b.osmId}`,
      lon,
      lat,
      gates: [],
      population,
    });
  }
  return out;
}
