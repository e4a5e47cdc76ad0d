import { describe, expect, it } from 'vitest';
import { tinyMap, toLonLat } from '../../test/helpers/tiny-map';
import { importOsm } from '../osm/build';
import { edgeLengthDm } from './graph';
import { seedsFromSnap, SnapError, snapPoint } from './snap';

const map = () =>
  tinyMap('snap', {
    nodes: { A: [0, 0], B: [200, 0], C: [200, 200], D: [400, 0], E: [500, 0], K: [300, 50] },
    ways: [{ path: 'A B D E' }, { path: 'B C' }, { path: 'B K D' }],
  });

describe('snapPoint', () => {
  it('projects onto the middle of an edge and splits its length both ways', async () => {
    const m = map();
    const { graph: g } = await importOsm(m.source);
    const s = snapPoint(g, ...toLonLat(50, 12));
    expect(s.distanceM).toBeCloseTo(12, 1);
    const [lon, lat] = toLonLat(50, 0);
    expect(s.lon).toBeCloseTo(lon, 6);
    expect(s.lat).toBeCloseTo(lat, 6);
    const seeds = seedsFromSnap(g, s, g.arcLengthDm);
    const lowIsA = Math.abs(g.nodeLonE7[s.low] / 1e7 - m.lonLat.A[0]) < 1e-6;
    expect(seeds.costs[lowIsA ? 0 : 1]).toBe(500);
    expect(seeds.costs[0] + seeds.costs[1]).toBe(edgeLengthDm(g, s.edge));
  });

  it('handles bends: the nearest segment of a multi-segment edge wins', async () => {
    const m = map();
    const { graph: g } = await importOsm(m.source);
    const s = snapPoint(g, ...toLonLat(300, 60));
    expect(s.distanceM).toBeCloseTo(10, 0);
    expect(s.segment).toBeGreaterThanOrEqual(0);
    // Halfway along B–K–D: the partial costs add up to the edge.
    const seeds = seedsFromSnap(g, s, g.arcLengthDm);
    expect(Math.abs(seeds.costs[0] - seeds.costs[1])).toBeLessThan(5);
  });

  it('snaps a point sitting exactly on a node to that node with zero cost', async () => {
    const m = map();
    const { graph: g } = await importOsm(m.source);
    const s = snapPoint(g, ...m.lonLat.C);
    expect(s.distanceM).toBeLessThan(0.01);
    const seeds = seedsFromSnap(g, s, g.arcLengthDm);
    expect(Math.min(...seeds.costs)).toBe(0);
  });

  it('refuses a point beyond the maximum snap distance, saying how far the nearest street is', async () => {
    const m = map();
    const { graph: g } = await importOsm(m.source);
    expect(() => snapPoint(g, ...toLonLat(100, 400), 100)).toThrow(SnapError);
    expect(() => snapPoint(g, ...toLonLat(100, 400), 100)).toThrow(/more than 100 m.*nearest is 2\d\d m/);
    expect(() => snapPoint(g, 0, 0)).toThrow(/more than 500 m/);
    expect(() => snapPoint(g, NaN, 1)).toThrow(RangeError);
  });
});
