// Binary cell grid → polygons that follow cell borders exactly.
//
// Boundary edges are directed with the inside on the left, so outer rings come out counter-clockwise
// and holes clockwise (GeoJSON's right-hand rule). At a saddle (two inside cells touching only at a
// corner) the trace turns left, which keeps 4-connected components apart; each component then has
// exactly one outer ring, and holes are grouped with the component on their left. A point lies
// inside the result exactly when its cell is inside, which is what makes isochrone precision
// measurable against graph nodes.

export interface CellGrid {
  width: number;
  height: number;
  /** 1 = inside, row-major, y up (row 0 is the southern edge). */
  inside: Uint8Array;
}

/** Rings in grid coordinates ([x, y] vertices at cell corners), grouped into polygons. */
export function cellPolygons(grid: CellGrid): number[][][][] {
  const { width: W, height: H, inside } = grid;
  const at = (i: number, j: number) => (i >= 0 && j >= 0 && i < W && j < H ? inside[j * W + i] : 0);
  const VW = W + 1;
  const nv = VW * (H + 1);
  // Up to two outgoing edges per vertex (two only at saddles); direction 0:+x 1:+y 2:-x 3:-y.
  const out1 = new Int8Array(nv).fill(-1);
  const out2 = new Int8Array(nv).fill(-1);
  const addEdge = (x: number, y: number, d: number) => {
    const v = y * VW + x;
    if (out1[v] < 0) out1[v] = d;
    else out2[v] = d;
  };
  let edgeCount = 0;
  for (let j = 0; j < H; j++) {
    for (let i = 0; i < W; i++) {
      if (!inside[j * W + i]) continue;
      if (!at(i, j - 1)) {
        addEdge(i, j, 0);
        edgeCount++;
      }
      if (!at(i + 1, j)) {
        addEdge(i + 1, j, 1);
        edgeCount++;
      }
      if (!at(i, j + 1)) {
        addEdge(i + 1, j + 1, 2);
        edgeCount++;
      }
      if (!at(i - 1, j)) {
        addEdge(i, j + 1, 3);
        edgeCount++;
      }
    }
  }
  const label = labelComponents(grid);
  const DX = [1, 0, -1, 0];
  const DY = [0, 1, 0, -1];
  // used bit 1: out1 consumed, bit 2: out2 consumed.
  const used = new Uint8Array(nv);
  const has = (v: number, dir: number) => out1[v] === dir || out2[v] === dir;
  const consume = (v: number, dir: number) => (used[v] |= out1[v] === dir ? 1 : 2);
  const outer = new Map<number, number[][]>();
  const holes = new Map<number, number[][][]>();
  for (let v0 = 0; v0 < nv && edgeCount > 0; v0++) {
    for (;;) {
      const startDir = out1[v0] >= 0 && !(used[v0] & 1) ? out1[v0] : out2[v0] >= 0 && !(used[v0] & 2) ? out2[v0] : -1;
      if (startDir < 0) break;
      const x0 = v0 % VW;
      const y0 = (v0 - x0) / VW;
      const leftCell = leftCellOf(x0, y0, startDir, W);
      const ring: number[][] = [];
      let x = x0;
      let y = y0;
      let d = startDir;
      let prevDir = -1;
      let area2 = 0;
      for (;;) {
        consume(y * VW + x, d);
        edgeCount--;
        if (d !== prevDir) ring.push([x, y]);
        prevDir = d;
        const nx = x + DX[d];
        const ny = y + DY[d];
        area2 += x * ny - nx * y;
        x = nx;
        y = ny;
        const w = y * VW + x;
        // Prefer a left turn (keeps diagonal neighbours apart at saddles), then straight, then right.
        const left = (d + 1) & 3;
        const right = (d + 3) & 3;
        const nd = has(w, left) ? left : has(w, d) ? d : right;
        if (w === v0 && nd === startDir) {
          // Closing: drop the start vertex when the ring arrives at it going straight on.
          if (nd === d) ring.shift();
          break;
        }
        d = nd;
      }
      ring.push([...ring[0]]);
      const comp = label[leftCell];
      if (area2 > 0) outer.set(comp, ring);
      else {
        const list = holes.get(comp) ?? [];
        list.push(ring);
        holes.set(comp, list);
      }
    }
  }
  const polygons: number[][][][] = [];
  for (const [comp, ring] of outer) polygons.push([ring, ...(holes.get(comp) ?? [])]);
  return polygons;
}

/** Index of the inside cell to the left of a boundary edge leaving (x, y) in direction d. */
function leftCellOf(x: number, y: number, d: number, W: number): number {
  if (d === 0) return y * W + x;
  if (d === 1) return y * W + (x - 1);
  if (d === 2) return (y - 1) * W + (x - 1);
  return (y - 1) * W + x;
}

/** 4-connected component labels of inside cells (0 for outside). */
function labelComponents(grid: CellGrid): Int32Array {
  const { width: W, height: H, inside } = grid;
  const label = new Int32Array(W * H);
  const queue = new Int32Array(W * H);
  let next = 0;
  for (let c = 0; c < W * H; c++) {
    if (!inside[c] || label[c]) continue;
    next++;
    let head = 0;
    let tail = 0;
    queue[tail++] = c;
    label[c] = next;
    while (head < tail) {
      const k = queue[head++];
      const i = k % W;
      const j = (k - i) / W;
      if (i > 0 && inside[k - 1] && !label[k - 1]) {
        label[k - 1] = next;
        queue[tail++] = k - 1;
      }
      if (i < W - 1 && inside[k + 1] && !label[k + 1]) {
        label[k + 1] = next;
        queue[tail++] = k + 1;
      }
      if (j > 0 && inside[k - W] && !label[k - W]) {
        label[k - W] = next;
        queue[tail++] = k - W;
      }
      if (j < H - 1 && inside[k + W] && !label[k + W]) {
        label[k + W] = next;
        queue[tail++] = k + W;
      }
    }
  }
  return label;
}
