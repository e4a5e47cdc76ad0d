// Spatial index over edges: a packed R-tree whose leaves are the edges themselves, in edge-id order.
//
// Edge ids follow their low node, and nodes follow a Hilbert curve, so runs of 16 consecutive edges
// are already spatially compact: the tree stores only the boxes of internal nodes (16 bytes per 16
// edges, ~1 byte per edge) instead of a box or a cell entry per edge. Same idea as flatbush's packed
// Hilbert R-tree, with the sort done once by the graph's own numbering.
import { forEachEdge, type EdgeTree, type WalkGraph } from './graph';

export type { EdgeTree };

export const TREE_FANOUT = 16;

/** Build the tree for a graph whose arrays are final (everything but the tree itself). */
export function buildEdgeTree(g: Omit<WalkGraph, 'tree'>): EdgeTree {
  const counts: number[] = [];
  for (let n = g.edgeCount; ;) {
    n = Math.ceil(n / TREE_FANOUT);
    counts.push(Math.max(1, n));
    if (n <= 1) break;
  }
  const levelStart = [0];
  for (const c of counts) levelStart.push(levelStart[levelStart.length - 1] + c);
  const boxes = new Int32Array(levelStart[levelStart.length - 1] * 4);
  for (let i = 0; i < boxes.length; i += 4) {
    boxes[i] = 0x7fffffff;
    boxes[i + 1] = 0x7fffffff;
    boxes[i + 2] = -0x80000000;
    boxes[i + 3] = -0x80000000;
  }
  const grow = (b: number, x: number, y: number) => {
    const o = b * 4;
    if (x < boxes[o]) boxes[o] = x;
    if (y < boxes[o + 1]) boxes[o + 1] = y;
    if (x > boxes[o + 2]) boxes[o + 2] = x;
    if (y > boxes[o + 3]) boxes[o + 3] = y;
  };
  forEachEdge(g as WalkGraph, (e, u, v) => {
    const b = Math.floor(e / TREE_FANOUT);
    grow(b, g.nodeLonE7[u], g.nodeLatE7[u]);
    grow(b, g.nodeLonE7[v], g.nodeLatE7[v]);
    for (let s = g.geomOffset[e]; s < g.geomOffset[e + 1]; s++) grow(b, g.shapeE7[2 * s], g.shapeE7[2 * s + 1]);
  });
  for (let level = 1; level < counts.length; level++) {
    for (let i = levelStart[level - 1]; i < levelStart[level]; i++) {
      const parent = levelStart[level] + Math.floor((i - levelStart[level - 1]) / TREE_FANOUT);
      const o = i * 4;
      if (boxes[o] > boxes[o + 2]) continue; // empty
      grow(parent, boxes[o], boxes[o + 1]);
      grow(parent, boxes[o + 2], boxes[o + 3]);
    }
  }
  return { boxes, levelStart };
}

/**
 * Visit edges in order of their leaf box's distance from (x, y) (E7 units, scaled by kx/ky metres per
 * unit), skipping every box farther than `bound()` metres. `visit` may lower the bound as it finds
 * closer edges.
 */
export function nearestEdges(
  tree: EdgeTree,
  edgeCount: number,
  x: number,
  y: number,
  kx: number,
  ky: number,
  bound: () => number,
  visit: (edge: number) => void,
): void {
  const { boxes, levelStart } = tree;
  const top = levelStart.length - 2;
  const boxDist = (b: number) => {
    const o = b * 4;
    const dx = x < boxes[o] ? boxes[o] - x : x > boxes[o + 2] ? x - boxes[o + 2] : 0;
    const dy = y < boxes[o + 1] ? boxes[o + 1] - y : y > boxes[o + 3] ? y - boxes[o + 3] : 0;
    return Math.hypot(dx * kx, dy * ky);
  };
  const descend = (level: number, index: number) => {
    if (level === 0) {
      const end = Math.min(edgeCount, (index + 1) * TREE_FANOUT);
      for (let e = index * TREE_FANOUT; e < end; e++) visit(e);
      return;
    }
    // Children of box `index` at `level` are boxes (or edges, at level 1) index*16 … index*16+15.
    if (level === 1) {
      descend(0, index);
      return;
    }
    const childLevel = level - 1;
    const first = levelStart[childLevel - 1] + index * TREE_FANOUT;
    const last = Math.min(levelStart[childLevel], first + TREE_FANOUT);
    const order: [number, number][] = [];
    for (let c = first; c < last; c++) order.push([boxDist(c), c - levelStart[childLevel - 1]]);
    order.sort((a, b) => a[0] - b[0]);
    for (const [d, child] of order) {
      if (d > bound()) break;
      descend(childLevel, child);
    }
  };
  const root = levelStart[top];
  if (boxDist(root) > bound()) return;
  descend(top + 1, 0);
}

/** Every leaf (a run of edges [first, end)) whose box meets [minX, minY, maxX, maxY] (E7). */
export function edgesInBox(
  tree: EdgeTree,
  edgeCount: number,
  minX: number,
  minY: number,
  maxX: number,
  maxY: number,
  visit: (first: number, end: number) => void,
): void {
  const { boxes, levelStart } = tree;
  const meets = (b: number) => {
    const o = b * 4;
    return boxes[o] <= maxX && boxes[o + 2] >= minX && boxes[o + 1] <= maxY && boxes[o + 3] >= minY;
  };
  const descend = (level: number, index: number) => {
    // `level` ≥ 1: box `index` within its level.
    if (!meets(levelStart[level - 1] + index)) return;
    if (level === 1) {
      visit(index * TREE_FANOUT, Math.min(edgeCount, (index + 1) * TREE_FANOUT));
      return;
    }
    const count = levelStart[level - 1] - levelStart[level - 2];
    const end = Math.min(count, (index + 1) * TREE_FANOUT);
    for (let c = index * TREE_FANOUT; c < end; c++) descend(level - 1, c);
  };
  descend(levelStart.length - 1, 0);
}
