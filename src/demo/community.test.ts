import { describe, expect, it } from 'vitest';
import { importOsm } from '../osm/build';
import { DEMO_CATEGORIES } from './categories';
import { buildDemoCommunity } from './community';
import { fnv1a } from './prng';
import { replay } from './test-helpers';
import type { DemoCommunity, LonLat } from './types';

function inside(ring: LonLat[], lon: number, lat: number): boolean {
  let r = false;
  for (let a = 0, b = ring.length - 1; a < ring.length; b = a++) {
    const [xa, ya] = ring[a],
      [xb, yb] = ring[b];
    if (ya > lat !== yb > lat && lon < ((xb - xa) * (lat - ya)) / (yb - ya) + xa) r = !r;
  }
  return r;
}

const plain = (d: DemoCommunity) => JSON.stringify({ ...d, osm: undefined });
const metres = (a: LonLat, b: LonLat) =>
  Math.hypot((a[0] - b[0]) * 111_320 * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * 110_574);

describe('demo community (郎茂山)', () => {
  const demo = buildDemoCommunity();
  const main = demo.merchants.filter((m) => m.circleKey === 'langmaoshan');
  const mainStreet = main.filter((m) => !m.stall);
  const mainRes = demo.residences.filter((r) => r.circleKey === 'langmaoshan');

  it('is deterministic, including its OSM source', async () => {
    const again = buildDemoCommunity();
    expect(fnv1a(plain(again))).toBe(fnv1a(plain(demo)));
    expect((await replay(again.osm, false)).hash).toBe((await replay(demo.osm, false)).hash);
  });

  it('has a main circle and two neighbours in the same district', () => {
    expect(demo.circles).toHaveLength(3);
    expect(new Set(demo.circles.map((c) => c.districtCode))).toEqual(new Set(['370103']));
    for (const c of demo.circles) {
      expect(c.boundary[0]).toEqual(c.boundary[c.boundary.length - 1]);
      expect(inside(c.boundary, ...c.centre)).toBe(true);
    }
  });

  it('has the model circle scale: 200+ shops over 20+ types, 100+ vendors, ~60,000 residents', () => {
    expect(mainStreet.length).toBeGreaterThanOrEqual(200);
    expect(new Set(main.flatMap((m) => m.categories)).size).toBeGreaterThanOrEqual(20);
    expect(main.filter((m) => m.stall).length).toBeGreaterThanOrEqual(100);
    const population = mainRes.reduce((a, r) => a + r.population, 0);
    expect(population).toBeGreaterThan(54_000);
    expect(population).toBeLessThan(66_000);
    expect(demo.circles[0].population).toBe(population);
    for (const r of demo.residences) {
      expect(r.gates.length).toBeGreaterThanOrEqual(1);
      expect(r.gates.length).toBeLessThanOrEqual(3);
      expect(r.buildings.length).toBeGreaterThan(0);
      expect(r.households).toBe(r.buildings.reduce((a, b) => a + b.households, 0));
      expect(r.name).toMatch(/区$/);
    }
    expect(new Set(demo.residences.map((r) => r.name)).size).toBe(demo.residences.length);
  });

  it('gives merchants unique keys, phones, Chinese addresses and valid category codes', () => {
    const codes = new Set(DEMO_CATEGORIES.map((c) => c.code));
    expect(new Set(demo.merchants.map((m) => m.key)).size).toBe(demo.merchants.length);
    expect(new Set(demo.merchants.map((m) => m.phone)).size).toBe(demo.merchants.length);
    for (const m of demo.merchants) {
      expect(m.phone).toMatch(/^1[3-9]\d{9}$/);
      expect(m.address).toMatch(/[路街]\d+号/);
      expect(m.openingHours.length).toBeGreaterThan(3);
      for (const c of m.categories) expect(codes.has(c)).toBe(true);
    }
    expect(main.some((m) => m.openingHours === '24/7')).toBe(true);
    expect(main.some((m) => m.status !== 'active')).toBe(true);
  });

  it('leaves gaps for evaluation: one repair point, sparse breakfast, no child care', () => {
    const of = (code: string) => mainStreet.filter((m) => m.categories.includes(code));
    const repair = of('B10');
    expect(repair).toHaveLength(1);
    expect(of('B05').length).toBeLessThanOrEqual(3);
    expect(demo.merchants.some((m) => m.categories.includes('Q04'))).toBe(false);
    // The repair point is far (> 1 km straight line) from a good part of the compounds.
    const far = mainRes.filter((r) => metres([r.lon, r.lat], [repair[0].lon, repair[0].lat]) > 1000);
    expect(far.length).toBeGreaterThan(mainRes.length / 4);
  });

  it('places every merchant and residence inside its circle boundary', () => {
    const ring = new Map(demo.circles.map((c) => [c.key, c.boundary]));
    for (const m of demo.merchants) expect(inside(ring.get(m.circleKey)!, m.lon, m.lat)).toBe(true);
    for (const r of demo.residences) expect(inside(ring.get(r.circleKey)!, r.lon, r.lat)).toBe(true);
  });

  it('has a demo account for every role, with scopes', () => {
    const roles = new Set(demo.accounts.map((a) => a.role));
    for (const role of ['resident', 'merchant_staff', 'operator_staff', 'inspector', 'officer', 'admin'] as const)
      expect(roles.has(role)).toBe(true);
    const keys = new Set(demo.merchants.map((m) => m.key));
    for (const a of demo.accounts) {
      expect(a.password).toBe('demo1234');
      expect(a.phone).toMatch(/^1\d{10}$/);
      if (a.role === 'merchant_staff') expect(keys.has(a.merchantKey!)).toBe(true);
      if (a.role === 'operator_staff' || a.role === 'inspector') expect(a.circleKey).toBeTruthy();
      if (a.role === 'officer') expect(a.districtCode).toBe('370103');
    }
    expect(new Set(demo.accounts.map((a) => a.phone)).size).toBe(demo.accounts.length);
  });

  it('emits the whole area as OSM: merchant POIs, gates, park, river, service centre', async () => {
    const r = await replay(demo.osm);
    expect(r.duplicateNodes).toBe(0);
    for (const w of r.ways)
      for (const ref of w.refs) if (!r.nodeIds.has(ref)) throw new Error(`way ${w.id} misses node ${ref}`);
    const tags = [...r.nodeTags.values()];
    expect(tags.filter((t) => t.name && t.opening_hours).length).toBeGreaterThanOrEqual(200);
    expect(tags.some((t) => t.natural === 'peak' && t.name === '郎茂山')).toBe(true);
    expect(tags.filter((t) => t.barrier === 'gate').length).toBeGreaterThanOrEqual(demo.residences.length);
    expect(r.ways.some((w) => w.tags?.amenity === 'marketplace' && w.tags.name === '郎茂山社区综合服务中心')).toBe(
      true,
    );
    expect(r.ways.some((w) => w.tags?.waterway === 'river' && w.tags.name === '兴济河')).toBe(true);
    const names = new Set(r.ways.filter((w) => w.tags?.landuse === 'residential').map((w) => w.tags!.name));
    for (const res of demo.residences) expect(names.has(res.name)).toBe(true);
    const graph = await importOsm(demo.osm);
    expect(graph.report.pois).toBeGreaterThanOrEqual(200);
    expect(graph.report.droppedNodes).toBeLessThan(graph.report.nodes * 0.02);
  });
});
