// Edge geometry in a chosen direction, for drawing, routes and partial edges.
import { arcEdge, type WalkGraph } from './graph';

export { arcEdge as arcEdgeOf };

/** Edge polyline as fixed-point E7 pairs (Float64 for arithmetic), oriented from `from` to `to`. */
export function polylineE7From(g: WalkGraph, e: number, from: number, to: number): Float64Array {
  const s0 = g.geomOffset[e];
  const s1 = g.geomOffset[e + 1];
  const n = s1 - s0 + 2;
  const out = new Float64Array(n * 2);
  const forward = from < to;
  out[0] = g.nodeLonE7[from];
  out[1] = g.nodeLatE7[from];
  for (let k = 0; k < s1 - s0; k++) {
    const s = forward ? s0 + k : s1 - 1 - k;
    out[2 + 2 * k] = g.shapeE7[2 * s];
    out[3 + 2 * k] = g.shapeE7[2 * s + 1];
  }
  out[2 * n - 2] = g.nodeLonE7[to];
  out[2 * n - 1] = g.nodeLatE7[to];
  return out;
}

/** Edge polyline in degrees, oriented from `from` to `to`. */
export function orientedPolyline(g: WalkGraph, e: number, from: number, to: number): [number, number][] {
  const line = polylineE7From(g, e, from, to);
  const out: [number, number][] = [];
  for (let i = 0; i < line.length; i += 2) out.push([line[i] / 1e7, line[i + 1] / 1e7]);
  return out;
}
