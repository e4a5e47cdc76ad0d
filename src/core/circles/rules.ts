import type { LonLat } from './model';

/** [minLon, minLat, maxLon, maxLat] of a ring. */
export function ringBbox(ring: readonly LonLat[]): [number, number, number, number] {
  let a = Infinity,
    b = Infinity,
    c = -Infinity,
    d = -Infinity;
  for (const [x, y] of ring) {
    if (x < a) a = x;
    if (y < b) b = y;
    if (x > c) c = x;
    if (y > d) d = y;
  }
  return [a, b, c, d];
}
