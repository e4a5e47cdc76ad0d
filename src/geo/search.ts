// Shortest paths on integer arc weights with Dial's bucket queue.
//
// Weights are integers (decimetres, or centiseconds for a walking profile), so a circular array of
// buckets, one per distance value, replaces the heap: push and decrease-key are O(1) list edits,
// pop scans forward to the next non-empty bucket. The window holds max-weight + 1 buckets because
// every queued key lies in [current, current + max weight]. Total work is O(nodes + arcs + max
// distance), with no comparisons — typically 2–4× faster than a binary heap in JS.
//
// All buffers live in a caller-owned SearchSpace and are reset only where touched, so bounded
// searches (isochrones, routes) on a big graph cost what they visit, not the graph size.
import type { WalkGraph } from './graph';

export const UNREACHED = 0xffffffff;

export class SearchSpace {
  readonly dist: Uint32Array;
  /** Arc by which each node was reached (-1 for seeds); filled only when `parents` is asked for. */
  readonly parentArc: Int32Array;
  /** Settled nodes in order of distance; the first `settledCount` entries are valid. */
  readonly settled: Uint32Array;
  settledCount = 0;
  private readonly next: Int32Array;
  private readonly prev: Int32Array;
  private heads = new Int32Array(0);
  private readonly touched: Uint32Array;
  private touchedCount: number;

  constructor(readonly nodeCount: number) {
    this.dist = new Uint32Array(nodeCount).fill(UNREACHED);
    this.parentArc = new Int32Array(nodeCount).fill(-1);
    this.settled = new Uint32Array(nodeCount);
    this.next = new Int32Array(nodeCount);
    this.prev = new Int32Array(nodeCount);
    this.touched = new Uint32Array(nodeCount);
    this.touchedCount = 0;
  }

  /** Clear what the last search wrote: only the touched nodes, or everything when most were touched. */
  reset(): void {
    const n = this.touchedCount;
    if (n > this.nodeCount >>> 2) {
      this.dist.fill(UNREACHED);
      this.parentArc.fill(-1);
    } else {
      for (let i = 0; i < n; i++) {
        const u = this.touched[i];
        this.dist[u] = UNREACHED;
        this.parentArc[u] = -1;
      }
    }
    this.touchedCount = 0;
    this.settledCount = 0;
  }

  private window(size: number): Int32Array {
    let b = 1;
    while (b < size) b <<= 1;
    if (this.heads.length < b) this.heads = new Int32Array(b).fill(-1);
    return this.heads;
  }

  /**
   * Multi-source search. Seeds start at their own cost (partial edges from a snapped point); nodes
   * beyond `cutoff` are not settled. Stops early once `stopA` and `stopB` (node ids, -1 for none) are
   * both settled. Returns the number of settled nodes.
   */
  run(
    g: WalkGraph,
    weights: Uint32Array,
    maxWeight: number,
    seedNodes: ArrayLike<number>,
    seedCosts: ArrayLike<number>,
    cutoff = UNREACHED - 1,
    parents = false,
    stopA = -1,
    stopB = -1,
  ): number {
    this.reset();
    const dist = this.dist;
    const next = this.next;
    const prev = this.prev;
    const touched = this.touched;
    const settled = this.settled;
    const parentArc = this.parentArc;
    const arcOffset = g.arcOffset;
    const arcTarget = g.arcTarget;
    let minSeed = UNREACHED;
    let maxSeed = 0;
    for (let i = 0; i < seedCosts.length; i++) {
      if (seedCosts[i] < minSeed) minSeed = seedCosts[i];
      if (seedCosts[i] > maxSeed) maxSeed = seedCosts[i];
    }
    if (seedNodes.length === 0) return 0;
    const heads = this.window(Math.max(maxWeight, maxSeed - minSeed) + 1);
    const mask = heads.length - 1;
    let touchedCount = 0;
    let queued = 0;
    for (let i = 0; i < seedNodes.length; i++) {
      const u = seedNodes[i];
      const c = seedCosts[i];
      if (c > cutoff) continue;
      const d = dist[u];
      if (c >= d) continue;
      if (d === UNREACHED) {
        touched[touchedCount++] = u;
        queued++;
      } else {
        unlink(u, d);
      }
      dist[u] = c;
      link(u, c);
    }
    let cur = minSeed;
    let settledCount = 0;
    let stopsLeft = (stopA >= 0 ? 1 : 0) + (stopB >= 0 && stopB !== stopA ? 1 : 0);
    while (queued > 0) {
      const b = cur & mask;
      const u = heads[b];
      if (u < 0) {
        cur++;
        continue;
      }
      const nu = next[u];
      heads[b] = nu;
      if (nu >= 0) prev[nu] = -1;
      queued--;
      settled[settledCount++] = u;
      if (stopsLeft > 0 && (u === stopA || u === stopB) && --stopsLeft === 0) break;
      const end = arcOffset[u + 1];
      for (let a = arcOffset[u]; a < end; a++) {
        const nd = cur + weights[a];
        if (nd > cutoff) continue;
        const v = arcTarget[a];
        const d = dist[v];
        if (nd >= d) continue;
        if (d === UNREACHED) {
          touched[touchedCount++] = v;
          queued++;
        } else {
          unlink(v, d);
        }
        dist[v] = nd;
        if (parents) parentArc[v] = a;
        // link(v, nd), inlined: this is the hot path.
        const h = nd & mask;
        const first = heads[h];
        next[v] = first;
        prev[v] = -1;
        if (first >= 0) prev[first] = v;
        heads[h] = v;
      }
    }
    // Leave the window empty for the next run (an early stop leaves nodes queued).
    if (queued > 0) for (let i = 0; i < touchedCount; i++) heads[dist[touched[i]] & mask] = -1;
    this.touchedCount = touchedCount;
    this.settledCount = settledCount;
    return settledCount;

    function link(v: number, key: number): void {
      const h = key & mask;
      const first = heads[h];
      next[v] = first;
      prev[v] = -1;
      if (first >= 0) prev[first] = v;
      heads[h] = v;
    }
    function unlink(v: number, key: number): void {
      const p = prev[v];
      const n = next[v];
      if (p >= 0) next[p] = n;
      else heads[key & mask] = n;
      if (n >= 0) prev[n] = p;
    }
  }
}

const maxWeightCache = new WeakMap<Uint32Array, number>();

/** Largest arc weight, cached per weight array (it sizes the bucket window). */
export function maxWeightOf(weights: Uint32Array): number {
  let m = maxWeightCache.get(weights);
  if (m === undefined) {
    m = 0;
    for (let i = 0; i < weights.length; i++) if (weights[i] > m) m = weights[i];
    maxWeightCache.set(weights, m);
  }
  return m;
}
