// Isochrones that hug the street network.
//
// One bounded search gives walking times; for each band the reached street pieces (partial edges
// included) are drawn into a fine cell grid, city blocks enclosed by reached streets are filled, and
// the cells are traced into polygons. Graph nodes decide contested cells: a cell holding a node
// reached within the band is inside, a cell holding an unreached node is outside, and an enclosed
// area that holds an unreached node (a walled compound, the far bank of a river) is not filled.
// So the polygon never bridges a river or a railway the network cannot cross.
import { cellPolygons } from './cell-polygons';
import { metresPerDegree } from './distance';
import { polylineE7From } from './edge-geometry';
import { edgesInBox } from './edge-tree';
import { arcEdge, edgeEnds, type WalkGraph } from './graph';
import { arcTimeCs, PROFILES, type WalkProfile } from './profile';
import { maxWeightOf, SearchSpace, UNREACHED } from './search';
import { seedsFromSnap, snapPoint, type Snap } from './snap';

export interface IsochroneOptions {
  minutes: number[];
  profile?: WalkProfile;
  maxSnapM?: number;
  /** Raster cell size; default scales with the band (about 1/60 of its radius, 4–30 m). */
  cellM?: number;
  /** Reuse buffers across calls (one per graph and thread). */
  space?: SearchSpace;
}

export interface IsochroneFeature {
  type: 'Feature';
  properties: { minutes: number; cellM: number; reachedNodes: number };
  geometry: { type: 'MultiPolygon'; coordinates: number[][][][] };
}

export interface IsochroneResult {
  type: 'FeatureCollection';
  features: IsochroneFeature[];
  snap: Snap;
}

const spaces = new WeakMap<WalkGraph, SearchSpace>();

export function isochrone(g: WalkGraph, lon: number, lat: number, options: IsochroneOptions): IsochroneResult {
  const minutes = [...options.minutes].sort((a, b) => a - b);
  if (minutes.length === 0 || minutes.some((m) => !(m > 0 && m <= 240))) {
    throw new RangeError(`minutes must be a list of numbers in (0, 240], got ${options.minutes.join(',')}`);
  }
  const profile = options.profile ?? PROFILES.default;
  const snap = snapPoint(g, lon, lat, options.maxSnapM);
  const weights = arcTimeCs(g, profile);
  let space = options.space ?? spaces.get(g);
  if (!space) spaces.set(g, (space = new SearchSpace(g.nodeCount)));
  const seeds = seedsFromSnap(g, snap, weights);
  const cutoff = Math.round(minutes[minutes.length - 1] * 6000);
  space.run(g, weights, maxWeightOf(weights), seeds.nodes, seeds.costs, cutoff);
  const features = minutes.map((m) => bandFeature(g, space!, weights, snap, seeds, m, profile, options.cellM));
  return { type: 'FeatureCollection', features, snap };
}

function bandFeature(
  g: WalkGraph,
  space: SearchSpace,
  weights: Uint32Array,
  snap: Snap,
  seeds: { nodes: number[]; costs: number[] },
  minutes: number,
  profile: WalkProfile,
  cellOverride?: number,
): IsochroneFeature {
  const cb = Math.round(minutes * 6000);
  const dist = space.dist;
  const radiusM = minutes * profile.walkSpeedMPerMin;
  const cellM = cellOverride ?? Math.min(20, Math.max(3, radiusM / 90));
  const mpd = metresPerDegree(snap.lat);
  const kx = mpd.lon / 1e7 / cellM; // cells per E7 unit
  const ky = mpd.lat / 1e7 / cellM;

  // Pieces to draw, as flat runs of E7 points (NaN separates runs); bbox collected on the way.
  const pts: number[] = [];
  let minX = snap.lon * 1e7;
  let maxX = minX;
  let minY = snap.lat * 1e7;
  let maxY = minY;
  const addPoint = (x: number, y: number) => {
    pts.push(x, y);
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  };
  let reachedNodes = 0;
  for (let i = 0; i < space.settledCount; i++) {
    const u = space.settled[i];
    const du = dist[u];
    if (du > cb) break; // settled in order of distance
    reachedNodes++;
    for (let a = g.arcOffset[u]; a < g.arcOffset[u + 1]; a++) {
      const v = g.arcTarget[a];
      const w = weights[a];
      const frac = w === 0 ? 1 : Math.min(1, (cb - du) / w);
      if (frac === 1 && v < u && dist[v] !== UNREACHED && cb - dist[v] >= w) continue; // drawn whole from v's side
      drawArcPrefix(g, u, a, v, frac, addPoint, kx / ky);
      pts.push(NaN, NaN);
    }
  }
  // The snapped point's own edge, in case neither end is reached within the band.
  drawFromSnap(g, snap, seeds, cb, addPoint, kx / ky);
  pts.push(NaN, NaN);

  // A margin of 2.5 cells keeps the border free and puts axis-aligned streets mid-cell, not on a
  // cell boundary where rounding would pick a side.
  const margin = 2.5;
  const originX = minX - margin / kx;
  const originY = minY - margin / ky;
  const width = Math.ceil((maxX - minX) * kx + 2 * margin) + 1;
  const height = Math.ceil((maxY - minY) * ky + 2 * margin) + 1;
  const state = new Uint8Array(width * height); // 0 empty, 1 street, 2 unreached node, 3 reached node
  const cellOf = (x: number, y: number) => Math.floor((y - originY) * ky) * width + Math.floor((x - originX) * kx);
  for (let i = 0; i + 3 < pts.length; i += 2) {
    if (Number.isNaN(pts[i]) || Number.isNaN(pts[i + 2])) continue;
    traverse(
      (pts[i] - originX) * kx,
      (pts[i + 1] - originY) * ky,
      (pts[i + 2] - originX) * kx,
      (pts[i + 3] - originY) * ky,
      width,
      state,
    );
  }
  markNodes(g, dist, cb, originX, originY, kx, ky, width, height, state);
  const snapCell = cellOf(snap.lon * 1e7, snap.lat * 1e7);
  if (state[snapCell] !== 2) state[snapCell] = 3;
  const inside = fillEnclosed(state, width, height);
  const polygons = cellPolygons({ width, height, inside });
  const coordinates = polygons.map((poly) =>
    poly.map((ring) => ring.map(([x, y]) => [round7((originX + x / kx) / 1e7), round7((originY + y / ky) / 1e7)])),
  );
  return {
    type: 'Feature',
    properties: { minutes, cellM: Math.round(cellM * 100) / 100, reachedNodes },
    geometry: { type: 'MultiPolygon', coordinates },
  };
}

const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

/** Append the first `frac` of arc a's geometry (from u towards v) through `add`. */
function drawArcPrefix(
  g: WalkGraph,
  u: number,
  a: number,
  v: number,
  frac: number,
  add: (x: number, y: number) => void,
  aspect: number,
): void {
  const e = arcEdge(g, u, a);
  if (frac >= 1) {
    // Whole edge: emit its points in walking order, no lengths needed (the common case).
    const s0 = g.geomOffset[e];
    const s1 = g.geomOffset[e + 1];
    add(g.nodeLonE7[u], g.nodeLatE7[u]);
    if (u < v) for (let k = s0; k < s1; k++) add(g.shapeE7[2 * k], g.shapeE7[2 * k + 1]);
    else for (let k = s1 - 1; k >= s0; k--) add(g.shapeE7[2 * k], g.shapeE7[2 * k + 1]);
    add(g.nodeLonE7[v], g.nodeLatE7[v]);
    return;
  }
  walkPrefix(polylineE7From(g, e, u, v), frac, add, aspect);
}

/** Emit the prefix of a polyline covering `frac` of its (planar) length. */
function walkPrefix(line: Float64Array, frac: number, add: (x: number, y: number) => void, aspect: number): void {
  add(line[0], line[1]);
  if (frac <= 0) return;
  let total = 0;
  const seg: number[] = [];
  for (let i = 0; i + 3 < line.length; i += 2) {
    const l = Math.hypot((line[i + 2] - line[i]) * aspect, line[i + 3] - line[i + 1]);
    seg.push(l);
    total += l;
  }
  let left = frac * total;
  for (let k = 0; k < seg.length; k++) {
    const i = 2 * k;
    if (seg[k] >= left || k === seg.length - 1) {
      const t = seg[k] > 0 ? Math.min(1, left / seg[k]) : 1;
      add(line[i] + (line[i + 2] - line[i]) * t, line[i + 1] + (line[i + 3] - line[i + 1]) * t);
      return;
    }
    add(line[i + 2], line[i + 3]);
    left -= seg[k];
  }
}

function drawFromSnap(
  g: WalkGraph,
  snap: Snap,
  seeds: { nodes: number[]; costs: number[] },
  cb: number,
  add: (x: number, y: number) => void,
  aspect: number,
): void {
  const line = polylineE7From(g, snap.edge, snap.low, snap.high);
  // Split the edge at the snapped point and draw from it towards each end as far as time allows.
  const px = snap.lon * 1e7;
  const py = snap.lat * 1e7;
  const k = snap.segment;
  const toLow = [px, py];
  for (let i = k; i >= 0; i--) toLow.push(line[2 * i], line[2 * i + 1]);
  const toHigh = [px, py];
  for (let i = k + 1; 2 * i < line.length; i++) toHigh.push(line[2 * i], line[2 * i + 1]);
  const [cLow, cHigh] = seeds.costs;
  walkPrefix(Float64Array.from(toLow), cLow === 0 ? 1 : Math.min(1, cb / cLow), add, aspect);
  add(NaN, NaN);
  walkPrefix(Float64Array.from(toHigh), cHigh === 0 ? 1 : Math.min(1, cb / cHigh), add, aspect);
}

/** Mark every cell a segment passes through (supercover traversal). */
function traverse(x0: number, y0: number, x1: number, y1: number, width: number, state: Uint8Array): void {
  let i = Math.floor(x0);
  let j = Math.floor(y0);
  const iEnd = Math.floor(x1);
  const jEnd = Math.floor(y1);
  const dx = x1 - x0;
  const dy = y1 - y0;
  const stepX = dx > 0 ? 1 : -1;
  const stepY = dy > 0 ? 1 : -1;
  const tDeltaX = dx !== 0 ? Math.abs(1 / dx) : Infinity;
  const tDeltaY = dy !== 0 ? Math.abs(1 / dy) : Infinity;
  let tMaxX = dx !== 0 ? (dx > 0 ? i + 1 - x0 : x0 - i) * tDeltaX : Infinity;
  let tMaxY = dy !== 0 ? (dy > 0 ? j + 1 - y0 : y0 - j) * tDeltaY : Infinity;
  let guard = Math.abs(iEnd - i) + Math.abs(jEnd - j) + 1;
  if (state[j * width + i] === 0) state[j * width + i] = 1;
  while ((i !== iEnd || j !== jEnd) && guard-- > 0) {
    if (tMaxX < tMaxY) {
      tMaxX += tDeltaX;
      i += stepX;
    } else {
      tMaxY += tDeltaY;
      j += stepY;
    }
    if (state[j * width + i] === 0) state[j * width + i] = 1;
  }
}

const nodeStamp = new WeakMap<WalkGraph, { stamp: Uint32Array; gen: number }>();

/**
 * Graph nodes decide their cells: a cell with more reached than unreached nodes is forced in, one
 * with more unreached nodes forced out (a tie goes to reached), whatever the streets drawn there.
 */
function markNodes(
  g: WalkGraph,
  dist: Uint32Array,
  cb: number,
  originX: number,
  originY: number,
  kx: number,
  ky: number,
  width: number,
  height: number,
  state: Uint8Array,
): void {
  const maxX = originX + width / kx;
  const maxY = originY + height / ky;
  let s = nodeStamp.get(g);
  if (!s) nodeStamp.set(g, (s = { stamp: new Uint32Array(g.nodeCount), gen: 0 }));
  const gen = ++s.gen;
  const stamp = s.stamp;
  const balance = new Int16Array(width * height); // reached − unreached nodes per cell
  const touched: number[] = [];
  const mark = (u: number) => {
    if (stamp[u] === gen) return;
    stamp[u] = gen;
    const i = Math.floor((g.nodeLonE7[u] - originX) * kx);
    const j = Math.floor((g.nodeLatE7[u] - originY) * ky);
    if (i < 0 || j < 0 || i >= width || j >= height) return;
    const c = j * width + i;
    const reached = dist[u] !== UNREACHED && dist[u] <= cb;
    if (state[c] < 2) {
      touched.push(c);
      state[c] = 2;
    }
    balance[c] += reached ? 1 : -1;
  };
  edgesInBox(g.tree, g.edgeCount, originX, originY, maxX, maxY, (first, end) => {
    // Edges of a leaf are consecutive, so their low nodes only move forward: one binary search per leaf.
    let u = edgeEnds(g, first)[0];
    for (let e = first; e < end; e++) {
      while (g.edgeBase[u + 1] <= e) u++;
      const owned = g.edgeBase[u + 1] - g.edgeBase[u];
      mark(u);
      mark(g.arcTarget[g.arcOffset[u + 1] - owned + (e - g.edgeBase[u])]);
    }
  });
  for (const c of touched) state[c] = balance[c] >= 0 ? 3 : 2;
}

/** Inside = street or reached-node cells, plus enclosed empty areas that hold no unreached node. */
function fillEnclosed(state: Uint8Array, W: number, H: number): Uint8Array {
  const n = W * H;
  const region = new Int32Array(n).fill(-1); // -2 = connected to the border
  const queue = new Int32Array(n);
  const isOut = (c: number) => state[c] === 0 || state[c] === 2;
  const inside = new Uint8Array(n);
  for (let c = 0; c < n; c++) if (!isOut(c)) inside[c] = 1;
  let id = 0;
  for (let start = 0; start < n; start++) {
    if (!isOut(start) || region[start] !== -1) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    region[start] = id;
    let touchesBorder = false;
    let holdsNode = false;
    while (head < tail) {
      const k = queue[head++];
      const i = k % W;
      const j = (k - i) / W;
      if (i === 0 || j === 0 || i === W - 1 || j === H - 1) touchesBorder = true;
      if (state[k] === 2) holdsNode = true;
      if (i > 0 && isOut(k - 1) && region[k - 1] === -1) {
        region[k - 1] = id;
        queue[tail++] = k - 1;
      }
      if (i < W - 1 && isOut(k + 1) && region[k + 1] === -1) {
        region[k + 1] = id;
        queue[tail++] = k + 1;
      }
      if (j > 0 && isOut(k - W) && region[k - W] === -1) {
        region[k - W] = id;
        queue[tail++] = k - W;
      }
      if (j < H - 1 && isOut(k + W) && region[k + W] === -1) {
        region[k + W] = id;
        queue[tail++] = k + W;
      }
    }
    if (!touchesBorder && !holdsNode) for (let q = 0; q < tail; q++) inside[queue[q]] = 1;
    id++;
  }
  return inside;
}
