// Coordinates: stored in WGS-84; accepted in WGS-84 (GPS, OSM, 天地图), GCJ-02 (高德, 腾讯, WeChat) or
// BD-09 (百度), with the source system recorded. See DOMAIN.md §7.
import gcoord from 'gcoord';

export const CRS_LIST = ['WGS84', 'GCJ02', 'BD09'] as const;
export type Crs = (typeof CRS_LIST)[number];

export interface LonLat {
  lon: number;
  lat: number;
}

const CRS_CONST = { WGS84: gcoord.WGS84, GCJ02: gcoord.GCJ02, BD09: gcoord.BD09 } as const;

const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

/** Converts to WGS-84, rounded to 1e-7° (about 1 cm). */
export function toWgs84(lon: number, lat: number, crs: Crs): [number, number] {
  const [x, y] = crs === 'WGS84' ? [lon, lat] : gcoord.transform([lon, lat], CRS_CONST[crs], gcoord.WGS84);
  return [round7(x), round7(y)];
}

/** Converts from WGS-84 to another system (for maps and apps that expect GCJ-02). */
export function fromWgs84(lon: number, lat: number, crs: Crs): [number, number] {
  const [x, y] = crs === 'WGS84' ? [lon, lat] : gcoord.transform([lon, lat], gcoord.WGS84, CRS_CONST[crs]);
  return [round7(x), round7(y)];
}

/** Rough mainland-China box; catches swapped lon/lat and zeros. */
export function isOutsideChina(lon: number, lat: number): boolean {
  return !(lon >= 73 && lon <= 136 && lat >= 3 && lat <= 54);
}

/** A problem with a coordinate pair, or null: not a number, or outside China (lon/lat swapped?). */
export function coordinatesProblem(lon: number, lat: number): string | null {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return 'not a number';
  if (isOutsideChina(lon, lat)) return `(${lon}, ${lat}) is outside China; lon/lat swapped?`;
  return null;
}
