import { describe, expect, it } from 'vitest';
import { prng } from '../../test/helpers/prng';
import { randomMap } from '../../test/helpers/random-map';
import { referenceDistances, type EdgeRow } from '../../test/helpers/reference-dijkstra';
import { importOsm } from '../osm/build';
import { accessMatrixInto, facilitySeeds } from './access';
import { forEachEdge, type WalkGraph } from './graph';
import { arcTimeCs, PROFILES } from './profile';
import { maxWeightOf, SearchSpace, UNREACHED } from './search';

const rows = (g: WalkGraph): EdgeRow[] => {
  const out: EdgeRow[] = [];
  forEachEdge(g, (_e, u, v, dm) => out.push({ u, v, metres: dm / 10 }));
  return out;
};

describe('bucket-queue search against an independent Dijkstra', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`random map ${seed}: every node, one and several sources, with and without cutoff`, async () => {
      const { graph: g } = await importOsm(randomMap(seed).source);
      const rnd = prng(seed * 7);
      const space = new SearchSpace(g.nodeCount);
      const edgesList = rows(g);
      for (const cutoff of [Infinity, 300]) {
        for (const k of [1, 3]) {
          const sources = Array.from({ length: k }, () => Math.floor(rnd() * g.nodeCount));
          const ref = referenceDistances(
            g.nodeCount,
            edgesList,
            sources.map((node) => ({ node, metres: 0 })),
            cutoff,
          );
          space.run(
            g,
            g.arcLengthDm,
            maxWeightOf(g.arcLengthDm),
            sources,
            sources.map(() => 0),
            Number.isFinite(cutoff) ? cutoff * 10 : undefined,
          );
          for (let u = 0; u < g.nodeCount; u++) {
            const ours = space.dist[u] === UNREACHED ? Infinity : space.dist[u] / 10;
            if (ref[u] === Infinity) expect(ours).toBe(Infinity);
            else expect(Math.abs(ours - ref[u])).toBeLessThan(0.01);
          }
          // Settled order is by distance.
          for (let i = 1; i < space.settledCount; i++) {
            expect(space.dist[space.settled[i]]).toBeGreaterThanOrEqual(space.dist[space.settled[i - 1]]);
          }
        }
      }
    });
  }

  it('seeds with starting costs (partial edges) behave as virtual sources', async () => {
    const { graph: g } = await importOsm(randomMap(11).source);
    const space = new SearchSpace(g.nodeCount);
    const seeds = [0, 5, 9].filter((s) => s < g.nodeCount);
    const costs = [37, 0, 120];
    const ref = referenceDistances(
      g.nodeCount,
      rows(g),
      seeds.map((node, i) => ({ node, metres: costs[i] / 10 })),
    );
    space.run(g, g.arcLengthDm, maxWeightOf(g.arcLengthDm), seeds, costs);
    for (let u = 0; u < g.nodeCount; u++) expect(space.dist[u] / 10).toBeCloseTo(ref[u], 5);
  });

  it('stops early once both stop nodes are settled, and the next run starts clean', async () => {
    const { graph: g } = await importOsm(randomMap(12).source);
    const space = new SearchSpace(g.nodeCount);
    const full = new SearchSpace(g.nodeCount);
    full.run(g, g.arcLengthDm, maxWeightOf(g.arcLengthDm), [0], [0]);
    const target = full.settled[Math.floor(full.settledCount / 2)];
    const n = space.run(g, g.arcLengthDm, maxWeightOf(g.arcLengthDm), [0], [0], undefined, true, target);
    expect(n).toBeLessThan(full.settledCount);
    expect(space.dist[target]).toBe(full.dist[target]);
    space.run(g, g.arcLengthDm, maxWeightOf(g.arcLengthDm), [0], [0]);
    expect(Array.from(space.dist)).toEqual(Array.from(full.dist));
  });

  it('profile weights make steps slower and keep both arc directions equal', async () => {
    const { graph: g } = await importOsm(randomMap(3).source);
    const t = arcTimeCs(g, PROFILES.default);
    const e = arcTimeCs(g, PROFILES.elderly);
    forEachEdge(g, (edge, u, v, dm, arc) => {
      const factor = g.edgeClass[edge] === 1 ? 1.5 : 1;
      expect(t[arc]).toBe(Math.round(dm * factor * 10));
      // the reverse arc v → u carries the same time
      let back = -1;
      for (let a = g.arcOffset[v]; a < g.arcOffset[v + 1]; a++)
        if (g.arcTarget[a] === u && g.arcLengthDm[a] === dm) back = a;
      expect(t[back]).toBe(t[arc]);
      expect(e[arc]).toBeGreaterThan(t[arc] - 1);
    });
  });
});

describe('access matrix', () => {
  it('equals one reference search per category, including a facility on the query node', async () => {
    const { graph: g } = await importOsm(randomMap(21, 10).source);
    const facilities = [
      { category: 'b', node: 0 },
      { category: 'a', node: 3 },
      { category: 'a', node: g.nodeCount - 1 },
    ];
    const seeds = facilitySeeds(g, facilities, g.arcLengthDm);
    const out = new Float32Array(g.nodeCount * 2);
    accessMatrixInto(
      g,
      { weights: g.arcLengthDm, scale: 0.1, cutoff: Infinity, seeds, columns: [0, 1], width: 2 },
      out,
    );
    const edgesList = rows(g);
    seeds.forEach((s, col) => {
      const ref = referenceDistances(
        g.nodeCount,
        edgesList,
        Array.from(s.nodes, (node) => ({ node, metres: 0 })),
      );
      for (let u = 0; u < g.nodeCount; u++) expect(Math.abs(out[u * 2 + col] - ref[u])).toBeLessThan(0.01);
    });
    expect(out[0 * 2 + 0]).toBe(0); // facility b sits on node 0
  });

  it('writes Infinity beyond the cutoff', async () => {
    const { graph: g } = await importOsm(randomMap(22, 10).source);
    const seeds = facilitySeeds(g, [{ category: 'x', node: 0 }], g.arcLengthDm);
    const out = new Float32Array(g.nodeCount);
    accessMatrixInto(g, { weights: g.arcLengthDm, scale: 0.1, cutoff: 2000, seeds, columns: [0], width: 1 }, out);
    const ref = referenceDistances(g.nodeCount, rows(g), [{ node: 0, metres: 0 }], 200);
    for (let u = 0; u < g.nodeCount; u++) {
      if (ref[u] === Infinity) expect(out[u]).toBe(Infinity);
      else expect(out[u]).toBeCloseTo(ref[u], 1);
    }
    expect(Array.from(out).some((x) => x === Infinity)).toBe(true);
  });
});
