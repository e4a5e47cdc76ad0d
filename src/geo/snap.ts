// Snapping a coordinate onto the nearest edge: nearest-first walk of the edge tree, exact projection onto
// each candidate segment in a local planar frame (metres), partial edge lengths both ways.
import { metresPerDegree } from './distance';
import { nearestEdges } from './edge-tree';
import { edgeArc, edgeEnds, type WalkGraph } from './graph';

export interface Snap {
  edge: number;
  /** Edge ends: `low` and `high` node ids (the canonical direction of the geometry). */
  low: number;
  high: number;
  /** Position along the edge from `low`, 0..1 of its length. */
  fraction: number;
  /** Distance from the query point to the snapped point, metres. */
  distanceM: number;
  lon: number;
  lat: number;
  /** Index of the segment the point lies on (0 = from `low` to the first shape point). */
  segment: number;
}

export class SnapError extends Error {
  constructor(
    readonly lon: number,
    readonly lat: number,
    readonly maxDistanceM: number,
    readonly nearestM?: number,
  ) {
    super(
      `point ${lon.toFixed(6)},${lat.toFixed(6)} is more than ${maxDistanceM} m from any walkable street` +
        (nearestM !== undefined ? ` (nearest is ${Math.round(nearestM)} m away)` : '') +
        '; check the coordinate order (lon,lat) and that the point lies inside the imported area',
    );
    this.name = 'SnapError';
  }
}

/** Nearest point on the network within `maxDistanceM` (default 500 m), or a SnapError. */
export function snapPoint(g: WalkGraph, lon: number, lat: number, maxDistanceM = 500): Snap {
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    throw new RangeError(`coordinate ${lon},${lat} is not a valid lon,lat in degrees`);
  }
  const mpd = metresPerDegree(lat);
  const kx = mpd.lon / 1e7; // metres per E7 unit
  const ky = mpd.lat / 1e7;
  const qx = lon * 1e7;
  const qy = lat * 1e7;

  let best = Infinity;
  let bestEdge = -1;
  let bestSeg = 0;
  let bestT = 0;
  let bestAlong = 0;
  let bestTotal = 0;
  nearestEdges(g.tree, g.edgeCount, qx, qy, kx, ky, () => Math.min(best, maxDistanceM), testEdge);
  if (bestEdge < 0) {
    // Nothing within reach: look again without the limit, only to say how far the network is.
    nearestEdges(g.tree, g.edgeCount, qx, qy, kx, ky, () => best, testEdge);
  }
  if (bestEdge < 0 || best > maxDistanceM) {
    throw new SnapError(lon, lat, maxDistanceM, bestEdge >= 0 ? best : undefined);
  }
  const [low, high] = edgeEnds(g, bestEdge);
  const pts = polyline(bestEdge, low, high);
  const x0 = pts[2 * bestSeg];
  const y0 = pts[2 * bestSeg + 1];
  const sx = x0 + (pts[2 * bestSeg + 2] - x0) * bestT;
  const sy = y0 + (pts[2 * bestSeg + 3] - y0) * bestT;
  return {
    edge: bestEdge,
    low,
    high,
    fraction: bestTotal > 0 ? bestAlong / bestTotal : 0,
    distanceM: best,
    lon: sx / 1e7,
    lat: sy / 1e7,
    segment: bestSeg,
  };

  function polyline(e: number, low: number, high: number): Float64Array {
    const s0 = g.geomOffset[e];
    const s1 = g.geomOffset[e + 1];
    const out = new Float64Array((s1 - s0 + 2) * 2);
    out[0] = g.nodeLonE7[low];
    out[1] = g.nodeLatE7[low];
    for (let s = s0; s < s1; s++) {
      out[2 * (s - s0 + 1)] = g.shapeE7[2 * s];
      out[2 * (s - s0 + 1) + 1] = g.shapeE7[2 * s + 1];
    }
    out[out.length - 2] = g.nodeLonE7[high];
    out[out.length - 1] = g.nodeLatE7[high];
    return out;
  }

  function testEdge(e: number): void {
    const [low, high] = edgeEnds(g, e);
    const pts = polyline(e, low, high);
    let total = 0;
    let localBest = Infinity;
    let seg = 0;
    let t = 0;
    let alongAtBest = 0;
    for (let s = 0; s + 3 < pts.length; s += 2) {
      const ax = (pts[s] - qx) * kx;
      const ay = (pts[s + 1] - qy) * ky;
      const dx = (pts[s + 2] - pts[s]) * kx;
      const dy = (pts[s + 3] - pts[s + 1]) * ky;
      const len2 = dx * dx + dy * dy;
      const tt = len2 > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len2)) : 0;
      const px = ax + dx * tt;
      const py = ay + dy * tt;
      const d = Math.sqrt(px * px + py * py);
      const segLen = Math.sqrt(len2);
      if (d < localBest) {
        localBest = d;
        seg = s / 2;
        t = tt;
        alongAtBest = total + segLen * tt;
      }
      total += segLen;
    }
    if (localBest < best || (localBest === best && e < bestEdge)) {
      best = localBest;
      bestEdge = e;
      bestSeg = seg;
      bestT = t;
      bestAlong = alongAtBest;
      bestTotal = total;
    }
  }
}

/**
 * Seeds for a search from a snapped point: the two edge ends with the partial costs of reaching them
 * along the edge, in the units of `weights` (rounded; low + high partials add up to the arc weight).
 */
export function seedsFromSnap(g: WalkGraph, snap: Snap, weights: Uint32Array): { nodes: number[]; costs: number[] } {
  const w = weights[edgeArc(g, snap.edge, snap.low)];
  const toLow = Math.round(w * snap.fraction);
  return { nodes: [snap.low, snap.high], costs: [toLow, w - toLow] };
}
