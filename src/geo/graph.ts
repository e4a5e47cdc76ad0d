// The walking graph: CSR on typed arrays, frozen after build.
//
// Nodes are graph vertices (intersections, dead ends, class changes); degree-2 chains are collapsed
// into one undirected edge that keeps its shape points. Every undirected edge appears as two arcs.
// Arcs of a node are sorted by target, so the arcs that point to a higher-numbered node (the
// "canonical" arcs, one per undirected edge) form a contiguous suffix: an edge id is then derived in
// O(1) from the canonical arc (edgeBase[u] + rank in that suffix) and never stored per arc.
//
// Coordinates are fixed-point 1e-7 degrees (WGS-84) in Int32: exact for OSM (which uses the same
// resolution) and half the size of Float64. Arc lengths are integer decimetres, so distances sum
// exactly and bucket queues can be used.

/** Walk classes: a cost factor per class lives in the profile, not in the graph. */
export const WalkClass = {
  /** Ordinary walkable way (footway, residential street, …). */
  normal: 0,
  /** Steps: slower for everyone, much slower for elderly and child-escort profiles. */
  steps: 1,
  /** Paths inside gated compounds counted as walkable (access=private with the switch on). */
  private: 2,
  /** Tracks and unpaved paths. */
  rough: 3,
} as const;
export type WalkClass = (typeof WalkClass)[keyof typeof WalkClass];
export const walkClassNames = ['normal', 'steps', 'private', 'rough'] as const;

export const E7 = 1e7;

/**
 * Packed R-tree over edges (built in edge-tree.ts): boxes [minLonE7, minLatE7, maxLonE7, maxLatE7] of
 * internal nodes, level 1 (parents of 16 consecutive edges) first; levelStart[k] is where level k+1
 * starts and its last entry the total.
 */
export interface EdgeTree {
  boxes: Int32Array;
  levelStart: number[];
}

export interface GraphMeta {
  /** Where the graph came from (file name or generator), for messages. */
  source: string;
  /** Walking speed the graph was built for; queries may override it with a profile. */
  walkSpeedMPerMin: number;
  /** [minLon, minLat, maxLon, maxLat] of the kept nodes. */
  bbox: [number, number, number, number];
  /** The clip box used at import, if any. */
  clip?: [number, number, number, number];
  /** How private compound paths were treated at import. */
  privateAccess: 'exclude' | 'walkable';
  /** Import statistics (dropped components, ways kept, …). */
  stats: Record<string, number>;
}

export interface WalkGraph {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly arcCount: number;
  readonly nodeLonE7: Int32Array;
  readonly nodeLatE7: Int32Array;
  /** Arcs of node u are [arcOffset[u], arcOffset[u+1]), sorted by target. */
  readonly arcOffset: Uint32Array;
  readonly arcTarget: Uint32Array;
  /** Arc length in decimetres (integer). */
  readonly arcLengthDm: Uint32Array;
  /** Number of canonical arcs (edges) owned by nodes before u. Length nodeCount + 1. */
  readonly edgeBase: Uint32Array;
  readonly edgeClass: Uint8Array;
  /** Shape points of edge e (excluding its end nodes) are [geomOffset[e], geomOffset[e+1]). */
  readonly geomOffset: Uint32Array;
  /** Interleaved lon,lat fixed-point 1e-7 of shape points, in canonical direction (low node → high node). */
  readonly shapeE7: Int32Array;
  /** Packed R-tree over edges, for snapping and box queries. */
  readonly tree: EdgeTree;
  readonly meta: GraphMeta;
}

/** Edge id of arc `a` leaving node `u`, and whether the arc runs against the edge's canonical direction. */
export function arcEdge(g: WalkGraph, u: number, a: number): number {
  const target = g.arcTarget[a];
  if (target > u) {
    const owned = g.edgeBase[u + 1] - g.edgeBase[u];
    return g.edgeBase[u] + (a - (g.arcOffset[u + 1] - owned));
  }
  return g.edgeBase[target] + twinRank(g, u, a, target);
}

/** The canonical arc (low → high) of the reverse arc `a` (u → target, target < u), as a rank among target's canonical arcs. */
function twinRank(g: WalkGraph, u: number, a: number, target: number): number {
  // Parallel edges between the same pair keep the same relative order on both sides: the k-th arc
  // u → target is the twin of the k-th arc target → u.
  let k = 0;
  for (let b = a - 1; b >= g.arcOffset[u] && g.arcTarget[b] === target; b--) k++;
  const end = g.arcOffset[target + 1];
  const owned = g.edgeBase[target + 1] - g.edgeBase[target];
  const first = end - owned;
  let lo = first;
  while (lo < end && g.arcTarget[lo] !== u) lo++;
  return lo - first + k;
}

/** Endpoints [low, high] of edge e, found from the owning node by binary search on edgeBase. */
export function edgeEnds(g: WalkGraph, e: number): [number, number] {
  let lo = 0;
  let hi = g.nodeCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (g.edgeBase[mid] <= e) lo = mid;
    else hi = mid - 1;
  }
  // Nodes with no canonical arcs share an edgeBase value with their successor: move to the owner.
  while (g.edgeBase[lo + 1] <= e) lo++;
  const owned = g.edgeBase[lo + 1] - g.edgeBase[lo];
  const arc = g.arcOffset[lo + 1] - owned + (e - g.edgeBase[lo]);
  return [lo, g.arcTarget[arc]];
}

/** Canonical arc index of edge e (from its low end). */
export function edgeArc(g: WalkGraph, e: number, low: number): number {
  const owned = g.edgeBase[low + 1] - g.edgeBase[low];
  return g.arcOffset[low + 1] - owned + (e - g.edgeBase[low]);
}

/** Edge length in decimetres. */
export function edgeLengthDm(g: WalkGraph, e: number): number {
  const [low] = edgeEnds(g, e);
  return g.arcLengthDm[edgeArc(g, e, low)];
}

/**
 * Full polyline of edge e in canonical direction as fixed-point [lon,lat,…] (Int32 pairs), end nodes
 * included. Allocates: use for drawing and routes, not in hot loops.
 */
export function edgePolylineE7(g: WalkGraph, e: number, ends = edgeEnds(g, e)): Int32Array {
  const [u, v] = ends;
  const s0 = g.geomOffset[e];
  const s1 = g.geomOffset[e + 1];
  const out = new Int32Array((s1 - s0 + 2) * 2);
  out[0] = g.nodeLonE7[u];
  out[1] = g.nodeLatE7[u];
  out.set(g.shapeE7.subarray(s0 * 2, s1 * 2), 2);
  out[out.length - 2] = g.nodeLonE7[v];
  out[out.length - 1] = g.nodeLatE7[v];
  return out;
}

/** Node coordinate in degrees. */
export function nodeLonLat(g: WalkGraph, u: number): [number, number] {
  return [g.nodeLonE7[u] / E7, g.nodeLatE7[u] / E7];
}

/** Visit every undirected edge once, from its low end: (edge, low, high, lengthDm, canonical arc). */
export function forEachEdge(
  g: WalkGraph,
  fn: (e: number, low: number, high: number, lengthDm: number, arc: number) => void,
): void {
  for (let u = 0; u < g.nodeCount; u++) {
    const end = g.arcOffset[u + 1];
    const owned = g.edgeBase[u + 1] - g.edgeBase[u];
    const first = end - owned;
    for (let a = first; a < end; a++) fn(g.edgeBase[u] + (a - first), u, g.arcTarget[a], g.arcLengthDm[a], a);
  }
}
