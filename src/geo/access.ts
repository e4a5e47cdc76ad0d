// The access matrix: for every node, the distance to the nearest facility of each category.
// One multi-source search per category (all facilities of the category seeded at once), written
// into a caller-owned row-major Float32Array [node][category]. Infinity = unreachable or beyond the
// cutoff. Categories are independent, so callers may split them across threads (see cli/).
import type { WalkGraph } from './graph';
import { maxWeightOf, SearchSpace } from './search';
import { snapPoint, type Snap } from './snap';

export interface CategorySeeds {
  category: string;
  nodes: Uint32Array;
  /** Starting cost of each seed in weight units (0 for a facility on a node). */
  costs: Uint32Array;
}

export interface AccessJob {
  weights: Uint32Array;
  /** Multiplier from weight units to output units (0.1 for decimetres → metres). */
  scale: number;
  /** In weight units; Infinity for none. */
  cutoff: number;
  seeds: CategorySeeds[];
  /** Column of each entry of `seeds` in the output rows. */
  columns: number[];
  /** Total number of columns K in the output. */
  width: number;
}

/** Fill the columns of `out` ([node][width]) that `job` names. */
export function accessMatrixInto(
  g: WalkGraph,
  job: AccessJob,
  out: Float32Array,
  space = new SearchSpace(g.nodeCount),
): void {
  const { weights, scale, width } = job;
  const maxW = maxWeightOf(weights);
  const cutoff = Number.isFinite(job.cutoff) ? Math.floor(job.cutoff) : undefined;
  for (let c = 0; c < job.seeds.length; c++) {
    const col = job.columns[c];
    for (let u = col; u < out.length; u += width) out[u] = Infinity;
    const s = job.seeds[c];
    const settledCount = space.run(g, weights, maxW, s.nodes, s.costs, cutoff);
    const settled = space.settled;
    const dist = space.dist;
    for (let i = 0; i < settledCount; i++) {
      const u = settled[i];
      out[u * width + col] = dist[u] * scale;
    }
  }
}

export interface FacilityInput {
  category: string;
  /** Either a node id … */
  node?: number;
  /** … or a coordinate, snapped onto the nearest edge. */
  lon?: number;
  lat?: number;
}

/**
 * Seeds per category, in first-seen category order. A facility snapped onto an edge seeds both ends
 * with the partial lengths (decimetres of `weights`).
 */
export function facilitySeeds(
  g: WalkGraph,
  facilities: FacilityInput[],
  weights: Uint32Array,
  maxSnapM = 500,
  onSnap?: (f: FacilityInput, snap: Snap) => void,
): CategorySeeds[] {
  const byCat = new Map<string, { nodes: number[]; costs: number[] }>();
  for (const f of facilities) {
    let entry = byCat.get(f.category);
    if (!entry) byCat.set(f.category, (entry = { nodes: [], costs: [] }));
    if (f.node !== undefined) {
      if (!Number.isInteger(f.node) || f.node < 0 || f.node >= g.nodeCount) {
        throw new RangeError(`node ${f.node} is not a node of this graph (0..${g.nodeCount - 1})`);
      }
      entry.nodes.push(f.node);
      entry.costs.push(0);
    } else {
      const snap = snapPoint(g, f.lon!, f.lat!, maxSnapM);
      onSnap?.(f, snap);
      const arc = lowArc(g, snap);
      const toLow = Math.round(weights[arc] * snap.fraction);
      entry.nodes.push(snap.low, snap.high);
      entry.costs.push(toLow, weights[arc] - toLow);
    }
  }
  return [...byCat].map(([category, e]) => ({
    category,
    nodes: Uint32Array.from(e.nodes),
    costs: Uint32Array.from(e.costs),
  }));
}

function lowArc(g: WalkGraph, snap: Snap): number {
  const owned = g.edgeBase[snap.low + 1] - g.edgeBase[snap.low];
  return g.arcOffset[snap.low + 1] - owned + (snap.edge - g.edgeBase[snap.low]);
}
