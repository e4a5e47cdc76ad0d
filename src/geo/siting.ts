// Where to put the missing facility: maximal covering location, greedy with lazy evaluation (CELF).
//
// Every candidate site gets one bounded search (cutoff = the chosen walking time) that lists the
// not-yet-covered residences it would bring within reach. Greedy then takes the candidate with the
// largest population gain, again and again; gains only shrink as residences get covered, so a stale
// gain is an upper bound and only the top of the queue needs re-counting (from its stored list, with
// no new search).
import type { Place, Residence } from './coverage';
import type { WalkGraph } from './graph';
import { maxWeightOf, SearchSpace } from './search';

export interface SitingOptions {
  graph: WalkGraph;
  weights: Uint32Array;
  residences: Residence[];
  /** Current time (weight units) from each residence to the nearest facility of the type. */
  currentTimes: Float64Array;
  /** Walking time (weight units) within which a residence counts as covered. */
  threshold: number;
  candidates: Place[];
  count: number;
}

export interface SiteRecommendation {
  candidate: number;
  /** Residents newly within the threshold if this site is added (after the ones chosen before it). */
  gainPopulation: number;
  /** Residences newly covered. */
  residences: number[];
}

export function recommendSites(o: SitingOptions): SiteRecommendation[] {
  const { graph: g, weights, residences, threshold } = o;
  const covered = new Uint8Array(residences.length);
  // Node → uncovered residences with the cost from that node to the residence's gate.
  const atNode = new Map<number, { r: number; cost: number }[]>();
  residences.forEach((res, r) => {
    if (o.currentTimes[r] <= threshold) {
      covered[r] = 1;
      return;
    }
    for (const p of res.places) {
      for (let k = 0; k < p.nodes.length; k++) {
        let list = atNode.get(p.nodes[k]);
        if (!list) atNode.set(p.nodes[k], (list = []));
        list.push({ r, cost: p.costs[k] });
      }
    }
  });
  const space = new SearchSpace(g.nodeCount);
  const maxW = maxWeightOf(weights);
  const lists: Int32Array[] = [];
  const gains = new Float64Array(o.candidates.length);
  const seen = new Int32Array(residences.length).fill(-1);
  o.candidates.forEach((c, ci) => {
    const n = space.run(g, weights, maxW, c.nodes, c.costs, threshold);
    const found: number[] = [];
    for (let i = 0; i < n; i++) {
      const u = space.settled[i];
      const entries = atNode.get(u);
      if (!entries) continue;
      for (const { r, cost } of entries) {
        if (seen[r] !== ci && space.dist[u] + cost <= threshold) {
          seen[r] = ci;
          found.push(r);
        }
      }
    }
    lists.push(Int32Array.from(found));
    gains[ci] = found.reduce((s, r) => s + residences[r].population, 0);
  });

  // Lazy greedy: a max-heap of (gain, candidate, round computed).
  const heap = o.candidates.map((_, ci) => ({ gain: gains[ci], ci, round: 0 }));
  heap.sort((a, b) => b.gain - a.gain || a.ci - b.ci);
  const out: SiteRecommendation[] = [];
  for (let round = 0; round < o.count && heap.length > 0;) {
    const top = heap[0];
    if (top.round !== round) {
      top.gain = 0;
      for (const r of lists[top.ci]) if (!covered[r]) top.gain += residences[r].population;
      top.round = round;
      siftDown(heap);
      continue;
    }
    if (top.gain <= 0) break;
    heap.shift();
    const newly = Array.from(lists[top.ci]).filter((r) => !covered[r]);
    for (const r of newly) covered[r] = 1;
    out.push({ candidate: top.ci, gainPopulation: top.gain, residences: newly });
    round++;
  }
  return out;
}

/** Restore heap order after the top's gain dropped (the array is kept sorted, descending). */
function siftDown(heap: { gain: number; ci: number }[]): void {
  const top = heap[0];
  let i = 0;
  while (
    i + 1 < heap.length &&
    (heap[i + 1].gain > top.gain || (heap[i + 1].gain === top.gain && heap[i + 1].ci < top.ci))
  ) {
    heap[i] = heap[i + 1];
    i++;
  }
  heap[i] = top;
}
