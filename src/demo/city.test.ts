import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOsm } from '../osm/build';
import { SyntheticCity } from './city';
import { syntheticFacilities } from './facilities';
import { writeOsmXml } from './osm-xml';
import { replay } from './test-helpers';

describe('synthetic city', () => {
  const city = new SyntheticCity({ targetNodes: 50_000, seed: 7 });

  it('replays identically, across reads and across instances with the same seed', async () => {
    const a = await replay(city, false);
    const b = await replay(city, false);
    const c = await replay(new SyntheticCity({ targetNodes: 50_000, seed: 7 }), false);
    const other = await replay(new SyntheticCity({ targetNodes: 50_000, seed: 8 }), false);
    expect(b.hash).toBe(a.hash);
    expect(c.hash).toBe(a.hash);
    expect(other.hash).not.toBe(a.hash);
  });

  it('sizes the city by targetNodes (graph-relevant nodes)', async () => {
    const counts = await city.count();
    expect(counts.graphNodes).toBeGreaterThan(40_000);
    expect(counts.graphNodes).toBeLessThan(60_000);
    expect(counts.gates).toBeGreaterThan(1000);
    expect(counts.buildings).toBeGreaterThan(5000);
    expect(counts.pois).toBeGreaterThan(1000);
    const small = await new SyntheticCity({ targetNodes: 10_000, seed: 7 }).count();
    expect(small.graphNodes).toBeGreaterThan(7_000);
    expect(small.graphNodes).toBeLessThan(13_000);
  });

  it('emits every node once and only ways whose nodes are emitted', async () => {
    const r = await replay(city);
    expect(r.duplicateNodes).toBe(0);
    const wayIds = new Set<number>();
    for (const w of r.ways) {
      expect(wayIds.has(w.id)).toBe(false);
      wayIds.add(w.id);
      expect(w.refs.length).toBeGreaterThanOrEqual(2);
      for (const ref of w.refs) if (!r.nodeIds.has(ref)) throw new Error(`way ${w.id} references missing node ${ref}`);
    }
  });

  it('has gated compounds: private internal roads reachable only through gates', async () => {
    const r = await replay(city);
    const gates = [...r.nodeTags.entries()].filter(([, t]) => t.barrier === 'gate');
    expect(gates.some(([, t]) => t.access === 'private')).toBe(true);
    expect(gates.some(([, t]) => t.access === undefined)).toBe(true);
    const compounds = r.ways.filter((w) => w.tags?.landuse === 'residential');
    expect(compounds.every((w) => w.tags!.name.endsWith('小区') || w.tags!.name.endsWith('区'))).toBe(true);
    const internal = r.ways.filter((w) => w.tags?.access === 'private');
    expect(internal.length).toBeGreaterThan(compounds.length);
    expect(internal.every((w) => w.tags!.highway === 'service' || w.tags!.highway === 'footway')).toBe(true);
    // A private road touches a public way only at a gate.
    const gateIds = new Set(gates.map(([id]) => id));
    const publicNodes = new Set<number>();
    for (const w of r.ways)
      if (w.tags?.highway && w.tags.access !== 'private') for (const n of w.refs) publicNodes.add(n);
    for (const w of internal) for (const n of w.refs) if (publicNodes.has(n)) expect(gateIds.has(n)).toBe(true);
    const levels = r.ways
      .filter((w) => w.tags?.building === 'residential')
      .map((w) => Number(w.tags!['building:levels']));
    expect(Math.min(...levels)).toBeGreaterThanOrEqual(6);
    expect(Math.max(...levels)).toBeLessThanOrEqual(33);
  });

  it('has a hill park with steps, a river with few bridges, markets and named arterials', async () => {
    const r = await replay(city);
    expect([...r.nodeTags.values()].some((t) => t.natural === 'peak')).toBe(true);
    expect(r.ways.some((w) => w.tags?.highway === 'steps')).toBe(true);
    expect(r.ways.some((w) => w.tags?.waterway === 'river')).toBe(true);
    expect(r.ways.some((w) => w.tags?.amenity === 'marketplace')).toBe(true);
    const bridges = r.ways.filter((w) => w.tags?.bridge === 'yes').length;
    const columns = city.layout.nx + 1;
    expect(bridges).toBeGreaterThan(0);
    expect(bridges).toBeLessThan(columns / 2);
    const arterials = r.ways.filter((w) => w.tags?.highway === 'primary' || w.tags?.highway === 'secondary');
    expect(arterials.length).toBeGreaterThan(0);
    expect(arterials.every((w) => /路|街/.test(w.tags!.name))).toBe(true);
  });

  it('imports into a connected walking graph', async () => {
    const res = await importOsm(city, { privateAccess: 'walkable' });
    expect(res.report.nodes).toBeGreaterThan(10_000);
    expect(res.report.droppedNodes).toBeLessThan(res.report.nodes * 0.02);
    expect(res.report.buildings).toBeGreaterThan(5000);
  });

  it('writes the same city as OSM XML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quarter-demo-'));
    try {
      const small = new SyntheticCity({ targetNodes: 3_000, seed: 3 });
      const path = join(dir, 'city.osm');
      const written = await writeOsmXml(small, path);
      const text = readFileSync(path, 'utf8');
      expect(text.startsWith('<?xml')).toBe(true);
      expect(text.trimEnd().endsWith('</osm>')).toBe(true);
      expect(text.match(/<node /g)!.length).toBe(written.nodes);
      expect(text.match(/<way /g)!.length).toBe(written.ways);
      const counts = await small.count();
      expect(written.nodes).toBe(counts.nodes);
      expect(text).toContain('k="barrier" v="gate"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('scatters synthetic facilities at catalogue densities', () => {
    const f = syntheticFacilities(city, 20, 5);
    expect(f.codes).toHaveLength(20);
    expect(f.lon.length).toBe(f.category.length);
    const per = new Array(20).fill(0);
    for (const c of f.category) per[c]++;
    const conv = per[f.codes.indexOf('B01')];
    const repair = per[f.codes.indexOf('B10')];
    expect(conv).toBeGreaterThan(repair * 10);
    const [minLon, minLat, maxLon, maxLat] = city.layout.bbox();
    for (let k = 0; k < f.lon.length; k += 97) {
      expect(f.lon[k]).toBeGreaterThanOrEqual(minLon - 1e-3);
      expect(f.lon[k]).toBeLessThanOrEqual(maxLon + 1e-3);
      expect(f.lat[k]).toBeGreaterThanOrEqual(minLat - 1e-3);
      expect(f.lat[k]).toBeLessThanOrEqual(maxLat + 1e-3);
    }
    const again = syntheticFacilities(city, 20, 5);
    expect(Array.from(again.lon.slice(0, 50))).toEqual(Array.from(f.lon.slice(0, 50)));
  });
});
