// Stage 5–7: keep the largest connected component, number nodes along a Hilbert curve (neighbours
// in space are neighbours in memory, which is what makes searches cache-friendly), lay out the CSR
// and the edge tree used for snapping.
import { buildEdgeTree, type EdgeTree } from '../geo/edge-tree';
import type { GraphMeta, WalkGraph } from '../geo/graph';
import type { EdgeList, Vertices } from './topology';

export interface ComponentReport {
  keptNodes: number;
  keptEdges: number;
  droppedComponents: number;
  droppedNodes: number;
  droppedEdges: number;
}

export function largestComponent(vertexCount: number, edges: EdgeList): { keep: Uint8Array; report: ComponentReport } {
  const parent = new Int32Array(vertexCount);
  for (let i = 0; i < vertexCount; i++) parent[i] = i;
  const find = (x: number) => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const u = edges.u.data;
  const v = edges.v.data;
  const hasEdge = new Uint8Array(vertexCount);
  for (let e = 0; e < edges.count; e++) {
    hasEdge[u[e]] = 1;
    hasEdge[v[e]] = 1;
    const a = find(u[e]);
    const b = find(v[e]);
    if (a !== b) parent[a] = b;
  }
  const size = new Uint32Array(vertexCount);
  let best = -1;
  let components = 0;
  for (let x = 0; x < vertexCount; x++) {
    if (!hasEdge[x]) continue;
    const r = find(x);
    if (size[r]++ === 0) components++;
    if (best < 0 || size[r] > size[best] || (size[r] === size[best] && r < best)) best = r;
  }
  const keep = new Uint8Array(vertexCount);
  let keptNodes = 0;
  let dropped = 0;
  for (let x = 0; x < vertexCount; x++) {
    if (!hasEdge[x]) continue;
    if (find(x) === best) {
      keep[x] = 1;
      keptNodes++;
    } else dropped++;
  }
  let keptEdges = 0;
  for (let e = 0; e < edges.count; e++) if (keep[u[e]]) keptEdges++;
  return {
    keep,
    report: {
      keptNodes,
      keptEdges,
      droppedComponents: Math.max(0, components - 1),
      droppedNodes: dropped,
      droppedEdges: edges.count - keptEdges,
    },
  };
}

/** Hilbert index of (x, y) on a 4096 × 4096 grid. */
function hilbert12(x: number, y: number): number {
  let d = 0;
  for (let s = 2048; s > 0; s >>= 1) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) {
        x = 4095 - x;
        y = 4095 - y;
      }
      const t = x;
      x = y;
      y = t;
    }
  }
  return d;
}

export function assembleGraph(
  vertices: Vertices,
  edges: EdgeList,
  keep: Uint8Array,
  meta: Omit<GraphMeta, 'bbox'>,
): WalkGraph {
  const nv = vertices.lonE7.length;
  const vLon = vertices.lonE7.data;
  const vLat = vertices.latE7.data;
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  let kept = 0;
  for (let x = 0; x < nv; x++) {
    if (!keep[x]) continue;
    kept++;
    if (vLon[x] < minLon) minLon = vLon[x];
    if (vLon[x] > maxLon) maxLon = vLon[x];
    if (vLat[x] < minLat) minLat = vLat[x];
    if (vLat[x] > maxLat) maxLat = vLat[x];
  }
  // Hilbert order: key (24 bits) and vertex id packed in one float64 so a native numeric sort does it.
  const spanLon = Math.max(1, maxLon - minLon);
  const spanLat = Math.max(1, maxLat - minLat);
  const order = new Float64Array(kept);
  let k = 0;
  for (let x = 0; x < nv; x++) {
    if (!keep[x]) continue;
    const hx = Math.min(4095, Math.floor(((vLon[x] - minLon) / spanLon) * 4096));
    const hy = Math.min(4095, Math.floor(((vLat[x] - minLat) / spanLat) * 4096));
    order[k++] = hilbert12(hx, hy) * 536870912 + x;
  }
  order.sort();
  const newId = new Int32Array(nv).fill(-1);
  const nodeLonE7 = new Int32Array(kept);
  const nodeLatE7 = new Int32Array(kept);
  for (let i = 0; i < kept; i++) {
    const x = order[i] % 536870912;
    newId[x] = i;
    nodeLonE7[i] = vLon[x];
    nodeLatE7[i] = vLat[x];
  }

  // Arcs: counting sort by source, then by (target, edge) inside each node so that parallel edges keep
  // the same relative order on both sides (see arcEdge in geo/graph.ts).
  const eu = edges.u.data;
  const ev = edges.v.data;
  const degree = new Uint32Array(kept + 1);
  let edgeCount = 0;
  for (let e = 0; e < edges.count; e++) {
    if (!keep[eu[e]]) continue;
    degree[newId[eu[e]]]++;
    degree[newId[ev[e]]]++;
    edgeCount++;
  }
  const arcOffset = new Uint32Array(kept + 1);
  for (let i = 0; i < kept; i++) arcOffset[i + 1] = arcOffset[i] + degree[i];
  const arcCount = arcOffset[kept];
  const arcTarget = new Uint32Array(arcCount);
  const arcSrcEdge = new Uint32Array(arcCount);
  const fill = arcOffset.slice(0, kept);
  for (let e = 0; e < edges.count; e++) {
    if (!keep[eu[e]]) continue;
    const a = newId[eu[e]];
    const b = newId[ev[e]];
    arcTarget[fill[a]] = b;
    arcSrcEdge[fill[a]++] = e;
    arcTarget[fill[b]] = a;
    arcSrcEdge[fill[b]++] = e;
  }
  for (let n = 0; n < kept; n++) {
    const s = arcOffset[n];
    const t = arcOffset[n + 1];
    for (let i = s + 1; i < t; i++) {
      const tg = arcTarget[i];
      const se = arcSrcEdge[i];
      let j = i - 1;
      while (j >= s && (arcTarget[j] > tg || (arcTarget[j] === tg && arcSrcEdge[j] > se))) {
        arcTarget[j + 1] = arcTarget[j];
        arcSrcEdge[j + 1] = arcSrcEdge[j];
        j--;
      }
      arcTarget[j + 1] = tg;
      arcSrcEdge[j + 1] = se;
    }
  }
  const arcLengthDm = new Uint32Array(arcCount);
  const lengthM = edges.lengthM.data;
  for (let a = 0; a < arcCount; a++) arcLengthDm[a] = Math.round(lengthM[arcSrcEdge[a]] * 10);

  // Edges in canonical order: for each node, its arcs to higher-numbered nodes.
  const edgeBase = new Uint32Array(kept + 1);
  const edgeClass = new Uint8Array(edgeCount);
  const geomOffset = new Uint32Array(edgeCount + 1);
  let shapeTotal = 0;
  const shapeStart = edges.shapeStart.data;
  let id = 0;
  for (let n = 0; n < kept; n++) {
    edgeBase[n] = id;
    for (let a = arcOffset[n]; a < arcOffset[n + 1]; a++) {
      if (arcTarget[a] <= n) continue;
      const e = arcSrcEdge[a];
      edgeClass[id] = edges.cls.data[e];
      shapeTotal += shapeStart[e + 1] - shapeStart[e];
      geomOffset[++id] = shapeTotal;
    }
  }
  edgeBase[kept] = id;
  const shapeE7 = new Int32Array(shapeTotal * 2);
  const src = edges.shape.data;
  id = 0;
  for (let n = 0; n < kept; n++) {
    for (let a = arcOffset[n]; a < arcOffset[n + 1]; a++) {
      if (arcTarget[a] <= n) continue;
      const e = arcSrcEdge[a];
      const forward = newId[eu[e]] === n;
      let o = geomOffset[id] * 2;
      if (forward)
        for (let s = shapeStart[e]; s < shapeStart[e + 1]; s++, o += 2) {
          shapeE7[o] = src[2 * s];
          shapeE7[o + 1] = src[2 * s + 1];
        }
      else
        for (let s = shapeStart[e + 1] - 1; s >= shapeStart[e]; s--, o += 2) {
          shapeE7[o] = src[2 * s];
          shapeE7[o + 1] = src[2 * s + 1];
        }
      id++;
    }
  }
  const graph: WalkGraph = {
    nodeCount: kept,
    edgeCount,
    arcCount,
    nodeLonE7,
    nodeLatE7,
    arcOffset,
    arcTarget,
    arcLengthDm,
    edgeBase,
    edgeClass,
    geomOffset,
    shapeE7,
    tree: undefined as unknown as EdgeTree,
    meta: { ...meta, bbox: [minLon / 1e7, minLat / 1e7, maxLon / 1e7, maxLat / 1e7] },
  };
  (graph as { tree: EdgeTree }).tree = buildEdgeTree(graph);
  return graph;
}
