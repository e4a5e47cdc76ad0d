// Point-to-point walking route: snap both ends, one bucket-queue search that stops once both ends
// of the target edge are settled, then the path's geometry with partial edges at either end.
import { haversineM } from './distance';
import { edgeArc, type WalkGraph } from './graph';
import { arcEdgeOf, orientedPolyline } from './edge-geometry';
import { arcTimeCs, PROFILES, type WalkProfile } from './profile';
import { maxWeightOf, SearchSpace, UNREACHED } from './search';
import { seedsFromSnap, snapPoint, type Snap } from './snap';

export interface RouteResult {
  type: 'Feature';
  geometry: { type: 'LineString'; coordinates: [number, number][] };
  properties: { seconds: number; metres: number; minutes: number; from: [number, number]; to: [number, number] };
}

export class NoRouteError extends Error {
  constructor() {
    super('no walking route connects the two points');
    this.name = 'NoRouteError';
  }
}

const spaces = new WeakMap<WalkGraph, SearchSpace>();

export function route(
  g: WalkGraph,
  from: [number, number],
  to: [number, number],
  options: { profile?: WalkProfile; maxSnapM?: number; space?: SearchSpace } = {},
): RouteResult {
  const profile = options.profile ?? PROFILES.default;
  const weights = arcTimeCs(g, profile);
  const a = snapPoint(g, from[0], from[1], options.maxSnapM);
  const b = snapPoint(g, to[0], to[1], options.maxSnapM);
  let space = options.space ?? spaces.get(g);
  if (!space) spaces.set(g, (space = new SearchSpace(g.nodeCount)));
  const seeds = seedsFromSnap(g, a, weights);
  space.run(g, weights, maxWeightOf(weights), seeds.nodes, seeds.costs, undefined, true, b.low, b.high);
  const ends = seedsFromSnap(g, b, weights); // cost from each end of b's edge to the point b
  let best = Infinity;
  let via = -1;
  for (let i = 0; i < 2; i++) {
    const d = space.dist[ends.nodes[i]];
    if (d !== UNREACHED && d + ends.costs[i] < best) {
      best = d + ends.costs[i];
      via = ends.nodes[i];
    }
  }
  // Both points on the same edge: walking straight along it may beat going round.
  let direct = Infinity;
  if (a.edge === b.edge) direct = Math.abs(a.fraction - b.fraction) * weights[edgeArc(g, a.edge, a.low)];
  if (direct <= best) return finish(g, [pointsBetween(g, a, b), direct]);
  if (via < 0) throw new NoRouteError();
  // Walk parents back from `via` to a seed.
  const arcs: [number, number][] = [];
  for (let v = via; space.parentArc[v] >= 0;) {
    const arc = space.parentArc[v];
    const u = sourceOfArc(g, arc);
    arcs.push([u, arc]);
    v = u;
  }
  arcs.reverse();
  const start = arcs.length ? arcs[0][0] : via;
  const coords: [number, number][] = [];
  append(coords, pointsFromSnapTo(g, a, start));
  for (const [u, arc] of arcs) append(coords, orientedPolyline(g, arcEdgeOf(g, u, arc), u, g.arcTarget[arc]));
  append(coords, pointsFromSnapTo(g, b, via).reverse());
  return finish(g, [coords, best]);
}

function finish(_g: WalkGraph, [coords, cs]: [[number, number][], number]): RouteResult {
  let metres = 0;
  for (let i = 0; i + 1 < coords.length; i++)
    metres += haversineM(coords[i][0], coords[i][1], coords[i + 1][0], coords[i + 1][1]);
  const seconds = cs / 100;
  return {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: coords },
    properties: {
      seconds: Math.round(seconds * 10) / 10,
      metres: Math.round(metres * 10) / 10,
      minutes: Math.round((seconds / 60) * 10) / 10,
      from: coords[0],
      to: coords[coords.length - 1],
    },
  };
}

function append(out: [number, number][], pts: [number, number][]): void {
  for (const p of pts) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
}

/** Source node of an arc: the node whose arc range contains it (binary search on arcOffset). */
function sourceOfArc(g: WalkGraph, arc: number): number {
  let lo = 0;
  let hi = g.nodeCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (g.arcOffset[mid] <= arc) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** From the snapped point along its edge to one of the edge's ends. */
function pointsFromSnapTo(g: WalkGraph, s: Snap, end: number): [number, number][] {
  const line = orientedPolyline(g, s.edge, s.low, s.high);
  const pts: [number, number][] = [[s.lon, s.lat]];
  if (end === s.low) for (let i = s.segment; i >= 0; i--) pts.push(line[i]);
  else for (let i = s.segment + 1; i < line.length; i++) pts.push(line[i]);
  return pts;
}

/** Along one edge between two snapped points on it. */
function pointsBetween(g: WalkGraph, a: Snap, b: Snap): [number, number][] {
  const line = orientedPolyline(g, a.edge, a.low, a.high);
  const pts: [number, number][] = [[a.lon, a.lat]];
  if (a.segment < b.segment || (a.segment === b.segment && a.fraction <= b.fraction)) {
    for (let i = a.segment + 1; i <= b.segment; i++) pts.push(line[i]);
  } else {
    for (let i = a.segment; i > b.segment; i--) pts.push(line[i]);
  }
  pts.push([b.lon, b.lat]);
  return pts;
}
