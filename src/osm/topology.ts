// Stage 3 and 4: split ways into vertex-to-vertex pieces, then collapse degree-2 chains.
//
// A node becomes a vertex when it is used by two walkable ways (or twice by one), ends a way, borders
// a gap (a node missing from the extract or outside the clip box), or blocks passage. A blocking node
// (a closed gate) is not shared: every way that reaches it gets its own dead-end copy, so walkers come
// up to the gate from either side but cannot pass it.
// Collapsing then removes vertices of degree 2 whose two pieces have the same walk class, keeping
// their coordinates as shape points. Closed loops become two edges split at their middle point,
// so no self-loop survives (self-loops never shorten a path but would still need drawing and snapping).
import { haversineM } from '../geo/distance';
import { growF64, growI32, growU32, growU8, type Growable } from './growable';
import type { NodesPass, WaysPass } from './read-passes';

/** Edges between vertices with their shape points; used for raw pieces and for collapsed edges. */
export class EdgeList {
  u = growI32();
  v = growI32();
  cls = growU8();
  lengthM = growF64();
  /** Shape points of edge e are pairs [shapeStart[e], shapeStart[e+1]) of `shape`. */
  shapeStart = growU32();
  shape = growI32(1 << 16);
  constructor() {
    this.shapeStart.push(0);
  }
  get count(): number {
    return this.u.length;
  }
  add(u: number, v: number, cls: number, lengthM: number): void {
    this.u.push(u);
    this.v.push(v);
    this.cls.push(cls);
    this.lengthM.push(lengthM);
    this.shapeStart.push(this.shape.length / 2);
  }
}

export interface Vertices {
  lonE7: Growable<Int32Array>;
  latE7: Growable<Int32Array>;
}

/** Split walkable ways into pieces between vertices. */
export function splitWays(ways: WaysPass, nodes: NodesPass): { vertices: Vertices; pieces: EdgeList } {
  const { index, walkRefs, walkStart, walkClass, walkUse } = ways;
  const { lonE7, latE7, present, blocked } = nodes;
  const vertexOf = new Int32Array(index.size).fill(-1);
  const vertices: Vertices = { lonE7: growI32(1 << 14), latE7: growI32(1 << 14) };
  const pieces = new EdgeList();
  const newVertex = (slot: number) => {
    vertices.lonE7.push(lonE7[slot]);
    vertices.latE7.push(latE7[slot]);
    return vertices.lonE7.length - 1;
  };
  const vertexFor = (slot: number) => {
    if (blocked[slot]) return newVertex(slot);
    if (vertexOf[slot] < 0) vertexOf[slot] = newVertex(slot);
    return vertexOf[slot];
  };

  for (let w = 0; w + 1 < walkStart.length; w++) {
    const cls = walkClass[w];
    const end = walkStart[w + 1];
    let from = -1; // vertex id where the current piece starts, -1 outside a run
    let prevSlot = -1;
    let lengthM = 0;
    for (let i = walkStart[w]; i < end; i++) {
      const slot = index.get(walkRefs[i]);
      if (!present[slot]) {
        // A gap: the node before it was already made a vertex (see `nextPresent`), so the piece
        // is closed; start afresh after the gap.
        from = -1;
        prevSlot = -1;
        lengthM = 0;
        continue;
      }
      if (prevSlot >= 0) lengthM += segmentM(prevSlot, slot);
      const isVertex = walkUse[slot] >= 2 || blocked[slot] || i === end - 1 || from < 0 || !nextPresent(i, end);
      if (from < 0) {
        from = vertexFor(slot);
        pieces.shape.length = pieces.shapeStart.data[pieces.count] * 2;
      } else if (isVertex) {
        const to = vertexFor(slot);
        pieces.add(from, to, cls, lengthM);
        // A blocking node ends this piece at one copy and starts the next from another.
        from = blocked[slot] ? vertexFor(slot) : to;
        lengthM = 0;
      } else {
        pieces.shape.push2(lonE7[slot], latE7[slot]);
      }
      prevSlot = slot;
    }
    // Drop shape points of an unfinished piece (cannot happen: the last present node is a vertex).
    pieces.shape.length = pieces.shapeStart.data[pieces.count] * 2;
  }
  return { vertices, pieces };

  function nextPresent(i: number, end: number): boolean {
    return i + 1 < end && present[index.get(walkRefs[i + 1])] === 1;
  }
  function segmentM(a: number, b: number): number {
    return haversineM(lonE7[a] / 1e7, latE7[a] / 1e7, lonE7[b] / 1e7, latE7[b] / 1e7);
  }
}

/** Collapse degree-2 chains of pieces into edges; split closed loops at their middle. */
export function collapseChains(vertices: Vertices, pieces: EdgeList): EdgeList {
  const nv = vertices.lonE7.length;
  const np = pieces.count;
  const pu = pieces.u.data;
  const pv = pieces.v.data;
  const pcls = pieces.cls.data;
  const degree = new Uint32Array(nv + 1);
  for (let e = 0; e < np; e++) {
    degree[pu[e]]++;
    degree[pv[e]]++;
  }
  const incOffset = new Uint32Array(nv + 1);
  for (let i = 0; i < nv; i++) incOffset[i + 1] = incOffset[i] + degree[i];
  const fill = incOffset.slice(0, nv);
  const inc = new Uint32Array(incOffset[nv]);
  for (let e = 0; e < np; e++) {
    inc[fill[pu[e]]++] = e * 2; // leaves from u
    inc[fill[pv[e]]++] = e * 2 + 1; // leaves from v
  }
  const collapsible = new Uint8Array(nv);
  for (let x = 0; x < nv; x++) {
    if (degree[x] !== 2) continue;
    const a = inc[incOffset[x]] >>> 1;
    const b = inc[incOffset[x] + 1] >>> 1;
    if (a !== b && pcls[a] === pcls[b]) collapsible[x] = 1;
  }
  const used = new Uint8Array(np);
  const out = new EdgeList();
  const lon = vertices.lonE7;
  const lat = vertices.latE7;

  const walk = (start: number, firstHalf: number) => {
    let half = firstHalf;
    const at = start;
    let lengthM = 0;
    const cls = pcls[half >>> 1];
    const shapeFrom = out.shape.length;
    for (;;) {
      const e = half >>> 1;
      used[e] = 1;
      lengthM += pieces.lengthM.data[e];
      appendShape(e, (half & 1) === 1);
      const next = half & 1 ? pu[e] : pv[e];
      if (!collapsible[next] || next === start) {
        emit(at, next, cls, lengthM, shapeFrom);
        return;
      }
      out.shape.push2(lon.data[next], lat.data[next]);
      const i0 = incOffset[next];
      const other = inc[i0] >>> 1 === e ? inc[i0 + 1] : inc[i0];
      half = other;
    }
  };
  const appendShape = (e: number, reverse: boolean) => {
    const s0 = pieces.shapeStart.data[e];
    const s1 = pieces.shapeStart.data[e + 1];
    const src = pieces.shape.data;
    if (!reverse) for (let s = s0; s < s1; s++) out.shape.push2(src[2 * s], src[2 * s + 1]);
    else for (let s = s1 - 1; s >= s0; s--) out.shape.push2(src[2 * s], src[2 * s + 1]);
  };
  const emit = (u: number, v: number, cls: number, lengthM: number, shapeFrom: number) => {
    if (u !== v) {
      out.add(u, v, cls, lengthM);
      return;
    }
    // A loop: split at the middle shape point, or drop it when it has none (u → u directly).
    const n = (out.shape.length - shapeFrom) / 2;
    const pts = out.shape.data.slice(shapeFrom, out.shape.length);
    out.shape.length = shapeFrom;
    if (n === 0) return;
    const mid = n >>> 1;
    const m = lon.length;
    lon.push(pts[2 * mid]);
    lat.push(pts[2 * mid + 1]);
    const part = (from: number, to: number, a: number, b: number) => {
      let len = 0;
      let px = lon.data[from];
      let py = lat.data[from];
      for (let s = a; s < b; s++) {
        len += haversineM(px / 1e7, py / 1e7, pts[2 * s] / 1e7, pts[2 * s + 1] / 1e7);
        px = pts[2 * s];
        py = pts[2 * s + 1];
        out.shape.push2(px, py);
      }
      len += haversineM(px / 1e7, py / 1e7, lon.data[to] / 1e7, lat.data[to] / 1e7);
      out.add(from, to, cls, len);
    };
    part(u, m, 0, mid);
    part(m, u, mid + 1, n);
  };

  for (let x = 0; x < nv; x++) {
    if (collapsible[x]) continue;
    for (let i = incOffset[x]; i < incOffset[x + 1]; i++) if (!used[inc[i] >>> 1]) walk(x, inc[i]);
  }
  // What is left are rings of collapsible vertices only: start each at one of its vertices.
  for (let e = 0; e < np; e++) if (!used[e]) walk(pu[e], e * 2);
  return out;
}
