import { describe, expect, it } from 'vitest';
import { tinyMap, toLonLat } from '../../test/helpers/tiny-map';
import { importOsm } from '../osm/build';
import { NoRouteError, route } from './route';
import { PROFILES } from './profile';

const map = () =>
  tinyMap('route', {
    nodes: { A: [0, 0], B: [300, 0], C: [300, 300], D: [0, 300], S1: [150, 0], S2: [150, 40] },
    ways: [{ path: 'A B' }, { path: 'B C' }, { path: 'C D' }, { path: 'D A' }, { path: 'A C' }],
  });

describe('route', () => {
  it('finds the shortest walk with its geometry, time and distance', async () => {
    const m = map();
    const { graph: g } = await importOsm(m.source);
    const r = route(g, m.lonLat.B, m.lonLat.D);
    expect(r.properties.metres).toBeCloseTo(600, 0);
    expect(r.properties.seconds).toBeCloseTo(600, 0); // 60 m/min
    expect(r.geometry.coordinates[0][0]).toBeCloseTo(m.lonLat.B[0], 6);
    expect(r.geometry.coordinates.at(-1)![1]).toBeCloseTo(m.lonLat.D[1], 6);
    const diag = route(g, m.lonLat.A, m.lonLat.C);
    expect(diag.properties.metres).toBeCloseTo(Math.hypot(300, 300), 0);
  });

  it('routes between two points on the same edge along it, in either direction', async () => {
    const m = map();
    const { graph: g } = await importOsm(m.source);
    const fwd = route(g, toLonLat(50, 5), toLonLat(250, 5));
    expect(fwd.properties.metres).toBeCloseTo(200, 0);
    const back = route(g, toLonLat(250, 5), toLonLat(50, 5));
    expect(back.properties.metres).toBeCloseTo(200, 0);
  });

  it('uses partial edges at both ends', async () => {
    const m = map();
    const { graph: g } = await importOsm(m.source);
    const r = route(g, toLonLat(0, 100), toLonLat(300, 100));
    // 100 down to A, 300 along A–B, 100 up to the point: 500 m; or via the diagonal, longer.
    expect(r.properties.metres).toBeCloseTo(500, 0);
  });

  it('the elderly profile takes longer over the same path', async () => {
    const m = map();
    const { graph: g } = await importOsm(m.source);
    const a = route(g, m.lonLat.B, m.lonLat.D);
    const b = route(g, m.lonLat.B, m.lonLat.D, { profile: PROFILES.elderly });
    expect(b.properties.seconds).toBeGreaterThan(a.properties.seconds);
    expect(b.properties.metres).toBeCloseTo(a.properties.metres, 0);
  });

  it('has a NoRouteError for points on disconnected parts (guarded by the graph keeping one component)', () => {
    expect(new NoRouteError().message).toMatch(/no walking route/);
  });
});
