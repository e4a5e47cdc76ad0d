// What each block holds: gated compounds (outline, private internal roads, gates, buildings),
// schools, small green spaces, the community market and the hill park. Pure functions of the
// layout, so the ways pass and the nodes pass emit the same elements.
import type { OsmTags } from '../osm/source';
import { categoryByDensity } from './categories';
import type { Emitter } from './emitter';
import { Quad, nodeId, sideMiddleNode, sideUV, wayId } from './geometry';
import { CellKind, type CityLayout } from './layout';
import { compoundName, shopStem } from './names';
import { hash32, rand01 } from './prng';

export interface PlannedGate {
  side: number;
  x: number;
  y: number;
  private: boolean;
}
export interface PlannedBuilding {
  number: number;
  x: number;
  y: number;
  levels: number;
  footprintM2: number;
  /** Block-local rectangle. */
  u0: number;
  v0: number;
  u1: number;
  v1: number;
}
export interface CompoundPlan {
  i: number;
  j: number;
  name: string;
  x: number;
  y: number;
  gates: PlannedGate[];
  buildings: PlannedBuilding[];
}

const SIDE_NAMES = ['南', '东', '北', '西'];
const U_BANDS: [number, number][] = [
  [0.13, 0.25],
  [0.31, 0.47],
  [0.53, 0.69],
  [0.75, 0.87],
];
const TAG = {
  ring: Object.freeze({ highway: 'service', service: 'driveway', access: 'private' }),
  inner: Object.freeze({ highway: 'footway', access: 'private' }),
  link: Object.freeze({ highway: 'service', access: 'private' }),
  stub: Object.freeze({ highway: 'service' }),
  footway: Object.freeze({ highway: 'footway' }),
  path: Object.freeze({ highway: 'path' }),
  steps: Object.freeze({ highway: 'steps' }),
};

const quadA = new Quad();

/** The plan of the compound in cell (i, j); cheap enough to recompute in each pass. */
export function compoundPlan(city: CityLayout, i: number, j: number): CompoundPlan {
  const q = quadA.set(city, i, j);
  const h = hash32(city.seed, i, j, 20);
  const name = city.compoundNames.get(city.cell(i, j)) ?? compoundName(h);
  const sides: number[] = [];
  for (let s = 0; s < 4; s++) if (city.sideOn(i, j, s)) sides.push(s);
  const wanted = Math.min(sides.length, 1 + (h % 3));
  const gates: PlannedGate[] = [];
  for (let g = 0; g < wanted; g++) {
    const s = sides[(g + (h >>> 8)) % sides.length];
    const [u, v] = sideUV(s, 0.1);
    gates.push({ side: s, x: q.x(u, v), y: q.y(u, v), private: rand01(city.seed, i, j, 30 + s) < 0.5 });
  }
  const buildings: PlannedBuilding[] = [];
  let number = 1;
  for (let a = 0; a < 4; a++)
    for (let b = 0; b < 4; b++) {
      if (rand01(city.seed, i, j, 40 + a * 4 + b) >= 0.75) continue;
      const [u0, u1] = U_BANDS[a];
      const [vb0, vb1] = U_BANDS[b];
      const dv = (vb1 - vb0) * 0.2;
      const v0 = vb0 + dv,
        v1 = vb1 - dv;
      const r = rand01(city.seed, i, j, 60 + a * 4 + b);
      const r2 = rand01(city.seed, i, j, 80 + a * 4 + b);
      const levels = r < 0.55 ? 6 + Math.floor(r2 * 2) : r < 0.85 ? 11 + Math.floor(r2 * 8) : 24 + Math.floor(r2 * 10);
      buildings.push({
        number: number++,
        levels,
        u0,
        v0,
        u1,
        v1,
        x: q.x((u0 + u1) / 2, (v0 + v1) / 2),
        y: q.y((u0 + u1) / 2, (v0 + v1) / 2),
        footprintM2: q.area(u0, v0, u1, v1),
      });
    }
  return { i, j, name, x: q.x(0.5, 0.5), y: q.y(0.5, 0.5), gates, buildings };
}

const RING_UV: [number, number][] = [
  [0.28, 0.28],
  [0.5, 0.28],
  [0.72, 0.28],
  [0.72, 0.5],
  [0.72, 0.72],
  [0.5, 0.72],
  [0.28, 0.72],
  [0.28, 0.5],
];

function emitOutline(e: Emitter, q: Quad, L: number, inset: number, tags: OsmTags, local = 64, way = 2): void {
  const uv: [number, number][] = [
    [inset, inset],
    [1 - inset, inset],
    [1 - inset, 1 - inset],
    [inset, 1 - inset],
  ];
  if (e.nodes) for (let k = 0; k < 4; k++) e.node(nodeId(L, local + k), q.x(...uv[k]), q.y(...uv[k]), null);
  if (e.ways) {
    e.begin();
    for (let k = 0; k < 4; k++) e.ref(nodeId(L, local + k));
    e.ref(nodeId(L, local)).end(wayId(L, way), tags);
  }
}

export function emitCompound(e: Emitter, city: CityLayout, i: number, j: number, buildings: boolean): void {
  const plan = compoundPlan(city, i, j);
  const L = city.lattice(i, j);
  const q = quadA.set(city, i, j);
  emitOutline(e, q, L, 0.1, { landuse: 'residential', name: plan.name });
  if (e.nodes) {
    for (let k = 0; k < 8; k++) e.node(nodeId(L, 68 + k), q.x(...RING_UV[k]), q.y(...RING_UV[k]), null);
    e.node(nodeId(L, 76), q.x(0.5, 0.5), q.y(0.5, 0.5), null);
    for (const g of plan.gates) {
      const tags: OsmTags = { barrier: 'gate', name: `${plan.name}${SIDE_NAMES[g.side]}门` };
      if (g.private) tags.access = 'private';
      e.node(nodeId(L, 77 + g.side), g.x, g.y, tags);
    }
  }
  if (e.ways) {
    e.begin();
    for (let k = 0; k < 8; k++) e.ref(nodeId(L, 68 + k));
    e.ref(nodeId(L, 68)).end(wayId(L, 3), TAG.ring);
    e.way(wayId(L, 4), TAG.inner, nodeId(L, 75), nodeId(L, 76), nodeId(L, 71));
    e.way(wayId(L, 5), TAG.inner, nodeId(L, 69), nodeId(L, 76), nodeId(L, 73));
    for (const g of plan.gates) {
      const gate = nodeId(L, 77 + g.side);
      e.way(wayId(L, 6 + g.side), TAG.stub, sideMiddleNode(city, i, j, g.side), gate);
      e.way(wayId(L, 10 + g.side), TAG.link, gate, nodeId(L, 69 + 2 * g.side));
    }
  }
  if (!buildings) return;
  for (let b = 0; b < plan.buildings.length; b++) {
    const p = plan.buildings[b];
    const base = 90 + b * 4;
    if (e.nodes) {
      e.node(nodeId(L, base), q.x(p.u0, p.v0), q.y(p.u0, p.v0), null);
      e.node(nodeId(L, base + 1), q.x(p.u1, p.v0), q.y(p.u1, p.v0), null);
      e.node(nodeId(L, base + 2), q.x(p.u1, p.v1), q.y(p.u1, p.v1), null);
      e.node(nodeId(L, base + 3), q.x(p.u0, p.v1), q.y(p.u0, p.v1), null);
    }
    if (e.ways) {
      const tags = { building: 'residential', 'building:levels': String(p.levels), name: `${p.number}号楼` };
      e.begin()
        .ref(nodeId(L, base))
        .ref(nodeId(L, base + 1))
        .ref(nodeId(L, base + 2))
        .ref(nodeId(L, base + 3))
        .ref(nodeId(L, base));
      e.end(wayId(L, 14 + b), tags);
    }
  }
}

/** Shops along the south street of a compound (big-city mode; the demo adds its own merchants). */
export function emitShops(e: Emitter, city: CityLayout, i: number, j: number): void {
  if (!e.nodes || !city.sideOn(i, j, 0)) return;
  const L = city.lattice(i, j);
  const q = quadA.set(city, i, j);
  const count = hash32(city.seed, i, j, 21) % 4;
  for (let k = 0; k < count; k++) {
    const cat = categoryByDensity(rand01(city.seed, i, j, 100 + k));
    const h = hash32(city.seed, i, j, 110 + k);
    const tags: OsmTags = {
      ...cat.tags,
      name: shopStem(h) + cat.words[h % cat.words.length],
      opening_hours: cat.hours[(h >>> 5) % cat.hours.length],
    };
    const t = 0.2 + 0.2 * k;
    e.node(nodeId(L, 160 + k), q.x(t, 0.05), q.y(t, 0.05), tags);
  }
}

/** Footways from the streets on each side to entry nodes, then to an inner node. */
function emitEntries(
  e: Emitter,
  city: CityLayout,
  i: number,
  j: number,
  q: Quad,
  inner: (s: number) => number,
  tags: OsmTags,
): void {
  const L = city.lattice(i, j);
  for (let s = 0; s < 4; s++) {
    if (!city.sideOn(i, j, s)) continue;
    const [u, v] = sideUV(s, 0.1);
    if (e.nodes) e.node(nodeId(L, 77 + s), q.x(u, v), q.y(u, v), null);
    if (e.ways) e.way(wayId(L, 6 + s), tags, sideMiddleNode(city, i, j, s), nodeId(L, 77 + s), inner(s));
  }
}

export function emitOtherBlock(e: Emitter, city: CityLayout, i: number, j: number, kind: CellKind): void {
  const L = city.lattice(i, j);
  const q = quadA.set(city, i, j);
  const stem = shopStem(hash32(city.seed, i, j, 22));
  if (kind === CellKind.School) {
    emitOutline(e, q, L, 0.12, { amenity: 'school', name: `${stem}小学` });
  } else if (kind === CellKind.Green) {
    emitOutline(e, q, L, 0.1, { leisure: 'park', name: `${stem}游园` });
    if (e.nodes) e.node(nodeId(L, 76), q.x(0.5, 0.5), q.y(0.5, 0.5), null);
    emitEntries(e, city, i, j, q, () => nodeId(L, 76), TAG.footway);
  } else if (kind === CellKind.Market) {
    emitOutline(e, q, L, 0.1, { landuse: 'retail' });
    const name = city.features.marketName ?? `${stem}综合市场`;
    emitOutline(
      e,
      q,
      L,
      0.3,
      { building: 'retail', amenity: 'marketplace', name, opening_hours: 'Mo-Su 05:30-19:00' },
      90,
      14,
    );
    for (let s = 0; s < 4; s++) {
      const [u, v] = sideUV(s, 0.25);
      if (e.nodes && city.sideOn(i, j, s)) e.node(nodeId(L, 68 + s), q.x(u, v), q.y(u, v), null);
    }
    emitEntries(e, city, i, j, q, (s) => nodeId(L, 68 + s), TAG.footway);
  }
}

/** The hill park over the 2×2 cells from (i, j): loop path, steps to the peak, four entrances. */
export function emitPark(e: Emitter, city: CityLayout, i: number, j: number): void {
  const L = city.lattice(i, j);
  const q = quadA.set(city, i, j, 2);
  const name = city.features.parkName ?? `${shopStem(hash32(city.seed, i, j, 23))}山公园`;
  emitOutline(e, q, L, 0.06, { leisure: 'park', name });
  const loop = (k: number) => nodeId(L, 211 + (k % 12));
  if (e.nodes) {
    e.node(nodeId(L, 210), q.x(0.5, 0.5), q.y(0.5, 0.5), {
      natural: 'peak',
      name: name.replace('公园', ''),
      ele: '301',
    });
    for (let k = 0; k < 12; k++) {
      const a = (k * Math.PI) / 6;
      const r = 0.3 + (rand01(city.seed, L, k, 24) - 0.5) * 0.06;
      e.node(
        loop(k),
        q.x(0.5 + r * Math.cos(a), 0.5 + r * Math.sin(a)),
        q.y(0.5 + r * Math.cos(a), 0.5 + r * Math.sin(a)),
        null,
      );
    }
    const extra: [number, number, number][] = [
      [223, 0.7, 0.5],
      [224, 0.6, 0.53],
      [225, 0.3, 0.47],
      [226, 0.4, 0.5],
    ];
    for (const [k, u, v] of extra) e.node(nodeId(L, k), q.x(u, v), q.y(u, v), null);
    for (let s = 0; s < 4; s++) {
      const [u, v] = sideUV(s, 0.06);
      e.node(nodeId(L, 230 + s), q.x(u, v), q.y(u, v), null);
    }
  }
  if (!e.ways) return;
  e.begin();
  for (let k = 0; k <= 12; k++) e.ref(loop(k));
  e.end(wayId(L, 40), { highway: 'path', name: `${name}环山路` });
  e.way(wayId(L, 41), TAG.path, loop(0), nodeId(L, 223));
  e.way(wayId(L, 42), TAG.steps, nodeId(L, 223), nodeId(L, 224), nodeId(L, 210));
  e.way(wayId(L, 43), TAG.steps, loop(6), nodeId(L, 225), nodeId(L, 226), nodeId(L, 210));
  const gateLattice = [
    city.lattice(i + 1, j),
    city.lattice(i + 2, j + 1),
    city.lattice(i + 1, j + 2),
    city.lattice(i, j + 1),
  ];
  const loopAt = [9, 0, 3, 6];
  for (let s = 0; s < 4; s++) {
    e.way(wayId(L, 44 + s), TAG.footway, nodeId(gateLattice[s], 0), nodeId(L, 230 + s));
    e.way(wayId(L, 48 + s), s % 2 === 0 ? TAG.steps : TAG.path, nodeId(L, 230 + s), loop(loopAt[s]));
  }
}
