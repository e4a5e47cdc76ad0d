import { describe, expect, it } from 'vitest';
import { tinyMap, toLonLat } from '../../test/helpers/tiny-map';
import { importOsm } from '../osm/build';
import { isochrone } from './isochrone';
import { isochroneQuality, pointInMultiPolygon } from './isochrone-quality';
import { arcTimeCs, PROFILES } from './profile';
import { maxWeightOf, SearchSpace, UNREACHED } from './search';
import { seedsFromSnap, snapPoint } from './snap';

/** Two banks of a river, 60 m apart, joined by one bridge 1.2 km east; cross streets on each bank. */
function riverMap() {
  const nodes: Record<string, [number, number]> = {};
  const ways: { path: string; tags?: Record<string, string> }[] = [];
  for (const [bank, y] of [
    ['s', 0],
    ['n', 60],
  ] as const) {
    const along: string[] = [];
    for (let i = 0; i <= 14; i++) {
      nodes[`${bank}${i}`] = [i * 100, y];
      along.push(`${bank}${i}`);
      // Streets running away from the river on each bank.
      nodes[`${bank}${i}x`] = [i * 100, bank === 's' ? -150 : 210];
      ways.push({ path: `${bank}${i} ${bank}${i}x`, tags: { highway: 'residential' } });
    }
    ways.push({ path: along.join(' '), tags: { highway: 'residential' } });
  }
  ways.push({ path: 's12 n12', tags: { highway: 'footway', bridge: 'yes' } });
  return tinyMap('river', { nodes, ways });
}

describe('isochrone', () => {
  it('never bridges a river the network cannot cross', async () => {
    const m = riverMap();
    const { graph: g } = await importOsm(m.source);
    const fc = isochrone(g, m.lonLat.s2[0], m.lonLat.s2[1], { minutes: [5] });
    const polys = fc.features[0].geometry.coordinates;
    // The south bank near the start is inside; the north bank facing it (60 m away) is not.
    for (const k of ['s1', 's2', 's3', 's2x']) expect(pointInMultiPolygon(...m.lonLat[k], polys)).toBe(true);
    for (const k of ['n1', 'n2', 'n3', 'n2x']) expect(pointInMultiPolygon(...m.lonLat[k], polys)).toBe(false);
    // The river itself between the banks is outside too.
    expect(pointInMultiPolygon(...toLonLat(200, 30), polys)).toBe(false);
  });

  it('fills city blocks enclosed by reached streets, and bands grow with time', async () => {
    const nodes: Record<string, [number, number]> = {};
    const ways: { path: string }[] = [];
    for (let i = 0; i <= 6; i++) {
      const row: string[] = [];
      const col: string[] = [];
      for (let j = 0; j <= 6; j++) {
        nodes[`p${i}_${j}`] = [i * 100, j * 100];
        row.push(`p${i}_${j}`);
        col.push(`p${j}_${i}`);
      }
      ways.push({ path: row.join(' ') }, { path: col.join(' ') });
    }
    const m = tinyMap('grid', { nodes, ways });
    const { graph: g } = await importOsm(m.source);
    const fc = isochrone(g, ...m.lonLat.p3_3, { minutes: [5, 10] });
    const [five, ten] = fc.features;
    expect(pointInMultiPolygon(...toLonLat(350, 350), five.geometry.coordinates)).toBe(true); // block centre
    expect(five.properties.reachedNodes).toBeLessThan(ten.properties.reachedNodes);
    // Quality against the network, as the benchmark measures it.
    const w = arcTimeCs(g, PROFILES.default);
    const space = new SearchSpace(g.nodeCount);
    const seeds = seedsFromSnap(g, snapPoint(g, ...m.lonLat.p3_3), w);
    space.run(g, w, maxWeightOf(w), seeds.nodes, seeds.costs);
    for (const f of fc.features) {
      const cutoff = f.properties.minutes * 6000;
      const q = isochroneQuality(g, f, (u) => space.dist[u] !== UNREACHED && space.dist[u] <= cutoff);
      expect(q.precision).toBeGreaterThanOrEqual(0.95);
      expect(q.recall).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('covers the start edge even when no node is reached in time', async () => {
    const m = tinyMap('long', { nodes: { A: [0, 0], B: [1000, 0] }, ways: [{ path: 'A B' }] });
    const { graph: g } = await importOsm(m.source);
    const fc = isochrone(g, ...toLonLat(500, 0), { minutes: [1] });
    expect(fc.features[0].properties.reachedNodes).toBe(0);
    const polys = fc.features[0].geometry.coordinates;
    expect(pointInMultiPolygon(...toLonLat(530, 0), polys)).toBe(true);
    expect(pointInMultiPolygon(...toLonLat(700, 0), polys)).toBe(false);
  });

  it('rejects bad minute lists', async () => {
    const m = tinyMap('tiny', { nodes: { A: [0, 0], B: [100, 0] }, ways: [{ path: 'A B' }] });
    const { graph: g } = await importOsm(m.source);
    expect(() => isochrone(g, ...m.lonLat.A, { minutes: [] })).toThrow(/minutes/);
    expect(() => isochrone(g, ...m.lonLat.A, { minutes: [-5] })).toThrow(/minutes/);
  });
});
