// Great-circle distances. Edge lengths use haversine on the mean Earth radius (IUGG R1), which is
// within 0.5 % of the ellipsoid everywhere and exact enough for walking; what matters more is that
// every consumer uses the same stored lengths.

export const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

export function haversineM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** Metres per degree of longitude and latitude around `lat`, for local planar work (snapping, rasters). */
export function metresPerDegree(lat: number): { lon: number; lat: number } {
  const perDegLat = EARTH_RADIUS_M * RAD;
  return { lon: perDegLat * Math.cos(lat * RAD), lat: perDegLat };
}
