// Coverage: for every residence, walking time to the nearest facility of each type.
//
// A place (residence gate or facility) is a snapped point: the two ends of its edge with the partial
// costs of reaching them. Per type, one multi-source search from all its facilities gives a time for
// every node; a residence's time is the best over its gates of (node time + partial cost to the gate).
// Adding a facility is incremental (a search seeded at the new place that only continues where it
// improves the stored times); removing or moving one recomputes that type only.
import type { WalkGraph } from './graph';
import { maxWeightOf, SearchSpace, UNREACHED } from './search';
import { seedsFromSnap, snapPoint } from './snap';

export interface Place {
  nodes: number[];
  /** Cost from the place to each node, in weight units. */
  costs: number[];
}

export function placeAt(g: WalkGraph, weights: Uint32Array, lon: number, lat: number, maxSnapM = 500): Place {
  return seedsFromSnap(g, snapPoint(g, lon, lat, maxSnapM), weights);
}

export interface Residence {
  /** Gates (or the footprint's centre when no gate is known). */
  places: Place[];
  population: number;
}

export class CoverageModel {
  private readonly dist = new Map<string, Uint32Array>();
  private readonly facilities = new Map<string, Place[]>();
  private readonly space: SearchSpace;
  private readonly maxW: number;

  constructor(
    readonly graph: WalkGraph,
    /** Arc weights (e.g. centiseconds of a walking profile, from arcTimeCs). */
    readonly weights: Uint32Array,
    readonly residences: Residence[],
    /** Searches stop at this time (weight units): farther facilities count as unreachable. */
    readonly cutoff?: number,
  ) {
    this.space = new SearchSpace(graph.nodeCount);
    this.maxW = maxWeightOf(weights);
  }

  types(): string[] {
    return [...this.facilities.keys()];
  }

  facilitiesOf(type: string): readonly Place[] {
    return this.facilities.get(type) ?? [];
  }

  /** Replace all facilities of a type and recompute its times. */
  setFacilities(type: string, places: Place[]): void {
    this.facilities.set(type, [...places]);
    this.recompute(type);
  }

  /** Add one facility: only nodes that get closer are touched. */
  addFacility(type: string, place: Place): void {
    const list = this.facilities.get(type);
    if (!list) return this.setFacilities(type, [place]);
    list.push(place);
    const dist = this.dist.get(type)!;
    improve(this.graph, this.weights, dist, place, this.cutoff ?? Infinity);
  }

  /** Remove one facility (by identity) and recompute the type. */
  removeFacility(type: string, place: Place): void {
    const list = this.facilities.get(type);
    if (!list) return;
    const i = list.indexOf(place);
    if (i >= 0) list.splice(i, 1);
    this.recompute(type);
  }

  /** Node times for a type (UNREACHED where no facility is reachable). */
  nodeTimes(type: string): Uint32Array | undefined {
    return this.dist.get(type);
  }

  /** Per residence, time to the nearest facility of `type` in weight units (Infinity if none). */
  residenceTimes(type: string): Float64Array {
    const out = new Float64Array(this.residences.length).fill(Infinity);
    const dist = this.dist.get(type);
    if (!dist) return out;
    this.residences.forEach((r, i) => {
      let best = Infinity;
      for (const p of r.places) {
        for (let k = 0; k < p.nodes.length; k++) {
          const d = dist[p.nodes[k]];
          if (d !== UNREACHED && d + p.costs[k] < best) best = d + p.costs[k];
        }
      }
      out[i] = best;
    });
    return out;
  }

  /** Population share (0..1) whose time to `type` is within each threshold (weight units). */
  shareWithin(type: string, thresholds: number[]): number[] {
    const times = this.residenceTimes(type);
    const total = this.residences.reduce((s, r) => s + r.population, 0);
    return thresholds.map((t) => {
      if (total === 0) return 0;
      let covered = 0;
      this.residences.forEach((r, i) => {
        if (times[i] <= t) covered += r.population;
      });
      return covered / total;
    });
  }

  private recompute(type: string): void {
    const places = this.facilities.get(type) ?? [];
    const nodes: number[] = [];
    const costs: number[] = [];
    for (const p of places) {
      nodes.push(...p.nodes);
      costs.push(...p.costs);
    }
    const dist = this.dist.get(type) ?? new Uint32Array(this.graph.nodeCount);
    dist.fill(UNREACHED);
    if (nodes.length > 0) {
      const n = this.space.run(this.graph, this.weights, this.maxW, nodes, costs, this.cutoff);
      for (let i = 0; i < n; i++) {
        const u = this.space.settled[i];
        dist[u] = this.space.dist[u];
      }
    }
    this.dist.set(type, dist);
  }
}

/**
 * Lower `dist` where a new source at `place` is closer. Plain Dijkstra on a small heap: it visits only
 * the region the new facility wins, which is what makes adding a shop cheap.
 */
function improve(g: WalkGraph, weights: Uint32Array, dist: Uint32Array, place: Place, cutoff: number): void {
  const heap: number[] = []; // pairs (cost, node) flattened
  const push = (c: number, u: number) => {
    heap.push(c, u);
    let i = heap.length / 2 - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[2 * p] <= heap[2 * i]) break;
      swap(heap, p, i);
      i = p;
    }
  };
  const pop = (): [number, number] => {
    const c = heap[0];
    const u = heap[1];
    const lastNode = heap.pop()!;
    const lastCost = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = lastCost;
      heap[1] = lastNode;
      let i = 0;
      const n = heap.length / 2;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < n && heap[2 * l] < heap[2 * m]) m = l;
        if (r < n && heap[2 * r] < heap[2 * m]) m = r;
        if (m === i) break;
        swap(heap, m, i);
        i = m;
      }
    }
    return [c, u];
  };
  for (let k = 0; k < place.nodes.length; k++) {
    const u = place.nodes[k];
    if (place.costs[k] < dist[u] && place.costs[k] <= cutoff) {
      dist[u] = place.costs[k];
      push(place.costs[k], u);
    }
  }
  while (heap.length > 0) {
    const [c, u] = pop();
    if (c > dist[u]) continue;
    for (let a = g.arcOffset[u]; a < g.arcOffset[u + 1]; a++) {
      const v = g.arcTarget[a];
      const nc = c + weights[a];
      if (nc < dist[v] && nc <= cutoff) {
        dist[v] = nc;
        push(nc, v);
      }
    }
  }
}

function swap(h: number[], i: number, j: number): void {
  const c = h[2 * i];
  const u = h[2 * i + 1];
  h[2 * i] = h[2 * j];
  h[2 * i + 1] = h[2 * j + 1];
  h[2 * j] = c;
  h[2 * j + 1] = u;
}
