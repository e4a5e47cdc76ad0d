import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/helpers/tiny-map';
import { forEachEdge, WalkClass, type WalkGraph } from '../geo/graph';
import { maxWeightOf, SearchSpace, UNREACHED } from '../geo/search';
import { snapPoint } from '../geo/snap';
import { importOsm, ImportError } from './build';

const edges = (g: WalkGraph) => {
  const out: { u: number; v: number; m: number; cls: number }[] = [];
  forEachEdge(g, (e, u, v, dm) => out.push({ u, v, m: dm / 10, cls: g.edgeClass[e] }));
  return out;
};

/** Walking metres between the graph nodes nearest two map points. */
const metresBetween = (g: WalkGraph, a: [number, number], b: [number, number]) => {
  const s = snapPoint(g, a[0], a[1]);
  const t = snapPoint(g, b[0], b[1]);
  const from = s.fraction < 0.5 ? s.low : s.high;
  const to = t.fraction < 0.5 ? t.low : t.high;
  const space = new SearchSpace(g.nodeCount);
  space.run(g, g.arcLengthDm, maxWeightOf(g.arcLengthDm), [from], [0]);
  return space.dist[to] === UNREACHED ? Infinity : space.dist[to] / 10;
};

const square = {
  nodes: { A: [0, 0], X: [50, 0], B: [100, 0], C: [200, 0], D: [0, 100], E: [100, 100], F: [200, 100] } as Record<
    string,
    [number, number]
  >,
  ways: [{ path: 'A X B C' }, { path: 'D E F' }, { path: 'A D' }, { path: 'C F' }, { path: 'B E' }],
};

describe('importOsm: topology', () => {
  it('splits ways at intersections and collapses degree-2 chains into one edge with its geometry', async () => {
    const { graph: g } = await importOsm(tinyMap('square', square).source);
    // Only B and E have degree 3; A, C, D, F and X become shape points.
    expect(g.nodeCount).toBe(2);
    expect(
      edges(g)
        .map((e) => e.m)
        .sort((a, b) => a - b),
    ).toEqual([100, 300, 300]);
    expect(g.shapeE7.length / 2).toBe(5); // X, A, D on one side; C, F on the other
  });

  it('keeps the largest connected component and reports what it dropped', async () => {
    const map = tinyMap('islands', {
      nodes: { ...square.nodes, P: [1000, 1000], Q: [1100, 1000], R: [1100, 1100] },
      ways: [...square.ways, { path: 'P Q' }, { path: 'Q R' }],
    });
    const r = await importOsm(map.source);
    expect(r.report.droppedComponents).toBe(1);
    expect(r.report.droppedNodes).toBe(2); // P and R (Q collapses into the P–R edge)
    expect(r.graph.nodeCount).toBe(2);
  });

  it('keeps zero-length edges between distinct nodes at the same place', async () => {
    const map = tinyMap('zero', {
      nodes: { A: [0, 0], B: [100, 0], B2: [100, 0], C: [200, 0], N: [100, 50], S: [100, -50] },
      ways: [{ path: 'A B' }, { path: 'B2 C' }, { path: 'B B2' }, { path: 'B N' }, { path: 'B2 S' }],
    });
    const { graph: g } = await importOsm(map.source);
    expect(edges(g).some((e) => e.m === 0)).toBe(true);
    expect(metresBetween(g, map.lonLat.A, map.lonLat.C)).toBeCloseTo(200, 1);
  });

  it('does not join distinct nodes that merely share coordinates', async () => {
    const map = tinyMap('dup', {
      nodes: { A: [0, 0], B: [100, 0], B2: [100, 0], C: [200, 0], D: [300, 0], E: [200, 100] },
      ways: [{ path: 'A B' }, { path: 'B2 C D' }, { path: 'C E' }],
    });
    const r = await importOsm(map.source);
    expect(r.report.droppedComponents).toBe(1);
    expect(r.report.droppedNodes).toBe(2); // A and B
    expect(r.graph.nodeCount).toBe(4); // B2, C, D, E
  });

  it('turns a closed loop into two edges (no self-loops) and drops a degenerate loop', async () => {
    const map = tinyMap('loop', {
      nodes: { A: [-100, 0], B: [0, 0], P: [50, 50], Q: [100, 0], R: [50, -50] },
      ways: [{ path: 'A B' }, { path: 'B P Q R B' }, { path: 'A A' }],
    });
    const { graph: g } = await importOsm(map.source);
    const es = edges(g);
    expect(es.every((e) => e.u !== e.v)).toBe(true);
    const ring = es.filter((e) => e.m > 100);
    expect(ring).toHaveLength(2);
    expect(ring[0].m + ring[1].m).toBeCloseTo(4 * Math.hypot(50, 50), 0);
    // Both halves meet at the far side of the loop: walking there takes half the ring.
    expect(metresBetween(g, map.lonLat.B, map.lonLat.Q)).toBeCloseTo(2 * Math.hypot(50, 50), 0);
  });

  it('splits ways where a node is missing from the extract', async () => {
    const map = tinyMap('gap', {
      nodes: { A: [0, 0], B: [100, 0], C: [300, 0], D: [400, 0] },
      ways: [{ path: 'A B C D' }],
    });
    // Reference a node that is not in the file between B and C.
    const src = map.source;
    const gapped = {
      name: 'gap',
      read: (sink: Parameters<typeof src.read>[0], o: Parameters<typeof src.read>[1]) =>
        src.read(
          {
            ...sink,
            way: sink.way && ((id, refs, tags) => sink.way!(id, [refs[0], refs[1], 999, refs[2], refs[3]], tags)),
          },
          o,
        ),
    };
    const r = await importOsm(gapped);
    expect(r.report.droppedComponents).toBe(1);
    expect(edges(r.graph)).toHaveLength(1);
    expect(edges(r.graph)[0].m).toBeCloseTo(100, 1);
  });

  it('keeps a vertex where the walk class changes, so steps keep their own cost', async () => {
    const map = tinyMap('steps', {
      nodes: { A: [0, 0], B: [100, 0], C: [130, 0] },
      ways: [{ path: 'A B' }, { path: 'B C', tags: { highway: 'steps' } }],
    });
    const { graph: g } = await importOsm(map.source);
    expect(g.nodeCount).toBe(3);
    expect(
      edges(g)
        .map((e) => e.cls)
        .sort(),
    ).toEqual([WalkClass.normal, WalkClass.steps]);
  });

  it('clips to a bounding box while importing', async () => {
    const map = tinyMap('clip', {
      nodes: { A: [0, 0], B: [100, 0], C: [200, 0], D: [100, 100], E: [100, -100] },
      ways: [{ path: 'A B C' }, { path: 'D B E' }],
    });
    const [cLon] = map.lonLat.C;
    const [, dLat] = map.lonLat.D;
    const bbox: [number, number, number, number] = [
      map.lonLat.A[0] - 1e-4,
      map.lonLat.E[1] - 1e-4,
      cLon - 1e-4,
      dLat + 1e-4,
    ];
    const r = await importOsm(map.source, { bbox });
    expect(r.graph.meta.bbox[2]).toBeLessThan(cLon);
    expect(edges(r.graph).reduce((s, e) => s + e.m, 0)).toBeCloseTo(300, 0);
  });

  it('refuses input without walkable ways, and a malformed bbox', async () => {
    const none = tinyMap('none', {
      nodes: { A: [0, 0], B: [10, 0] },
      ways: [{ path: 'A B', tags: { highway: 'motorway' } }],
    });
    await expect(importOsm(none.source)).rejects.toThrow(ImportError);
    await expect(importOsm(none.source)).rejects.toThrow(/no walkable ways/);
    const some = tinyMap('some', square);
    await expect(importOsm(some.source, { bbox: [1, 1, 0, 0] })).rejects.toThrow(/bbox/);
    await expect(importOsm(some.source, { bbox: [0, 0, 1, 1] })).rejects.toThrow(/inside bbox/);
  });

  it('keeps POIs (nodes and way centroids) and buildings with levels', async () => {
    const map = tinyMap('features', {
      nodes: {
        ...square.nodes,
        S: { at: [50, 10], tags: { shop: 'convenience', name: '便利店', opening_hours: '24/7' } },
        K1: [120, 20],
        K2: [180, 20],
        K3: [180, 80],
        K4: [120, 80],
      },
      ways: [
        ...square.ways,
        { path: 'K1 K2 K3 K4 K1', tags: { building: 'residential', 'building:levels': '18', amenity: 'kindergarten' } },
      ],
    });
    const r = await importOsm(map.source);
    expect(r.features.pois.map((p) => p.tags.shop ?? p.tags.amenity).sort()).toEqual(['convenience', 'kindergarten']);
    const kg = r.features.pois.find((p) => p.osmType === 'way')!;
    const [cx, cy] = [(map.lonLat.K1[0] + map.lonLat.K2[0]) / 2, (map.lonLat.K1[1] + map.lonLat.K4[1]) / 2];
    expect(kg.lon).toBeCloseTo(cx, 6);
    expect(kg.lat).toBeCloseTo(cy, 6);
    expect(r.features.buildings).toHaveLength(1);
    expect(r.features.buildings[0].levels).toBe(18);
  });
});

describe('importOsm: gated compounds', () => {
  // A public street A–B–C; a compound road from B through gate G to the homes H–I.
  const compound = (gateTags: Record<string, string>, roadTags: Record<string, string> = { highway: 'service' }) =>
    tinyMap('compound', {
      nodes: {
        A: [0, 0],
        B: [100, 0],
        C: [200, 0],
        G: { at: [100, 30], tags: { barrier: 'gate', ...gateTags } },
        H: [100, 80],
        I: [150, 80],
        J: [150, 130],
      },
      ways: [
        { path: 'A B C', tags: { highway: 'residential' } },
        { path: 'B G H I', tags: roadTags },
        { path: 'H J', tags: roadTags },
      ],
    });

  it('an open gate lets walkers in', async () => {
    const m = compound({});
    const { graph: g } = await importOsm(m.source);
    expect(metresBetween(g, m.lonLat.A, m.lonLat.I)).toBeCloseTo(100 + 80 + 50, 0);
  });

  it('a private gate closes by default: the compound is cut off (and dropped as its own component)', async () => {
    const m = compound({ access: 'private' });
    const r = await importOsm(m.source);
    expect(r.report.droppedComponents).toBe(1);
    // The stub up to the gate stays, so the street side reaches the gate itself.
    expect(edges(r.graph).reduce((s, e) => s + e.m, 0)).toBeCloseTo(230, 0);
  });

  it('with private paths counted as walkable, the private gate opens', async () => {
    const m = compound({ access: 'private' });
    const { graph: g } = await importOsm(m.source, { privateAccess: 'walkable' });
    expect(metresBetween(g, m.lonLat.A, m.lonLat.I)).toBeCloseTo(230, 0);
  });

  it('private compound roads are excluded by default and walkable (class private) with the switch', async () => {
    const m = compound({}, { highway: 'service', access: 'private' });
    const closed = await importOsm(m.source);
    expect(closed.graph.nodeCount).toBe(2);
    const open = await importOsm(m.source, { privateAccess: 'walkable' });
    expect(edges(open.graph).some((e) => e.cls === WalkClass.private)).toBe(true);
  });

  it('a locked gate stays closed even with the switch', async () => {
    const m = compound({ locked: 'yes' });
    const r = await importOsm(m.source, { privateAccess: 'walkable' });
    expect(r.report.droppedComponents).toBe(1);
  });
});
