// The CLI contract other tools rely on: outputs, formats, and every bad input (message naming the
// file and the place, exit code ≠ 0, no output file left behind).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { referenceDistances } from '../helpers/reference-dijkstra';
import { describeWithSharedData, repoRoot, sharedExtracts } from '../helpers/shared-data';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/osm', name);
let dir: string;

function quarter(...args: string[]) {
  const r = spawnSync('node', [path.join(repoRoot, 'bin/quarter.js'), ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Files in the work folder other than those a test put there before the failing call. */
const leftovers = (before: string[]) => readdirSync(dir).filter((f) => !before.includes(f));

beforeAll(() => {
  const b = spawnSync('node', ['scripts/build-node.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  if (b.status !== 0) throw new Error('building the CLI failed');
  dir = mkdtempSync(path.join(os.tmpdir(), 'quarter-cli-'));
}, 60_000);

describe('quarter graph build / export / access / isochrone / route', () => {
  it('builds a graph and prints a one-line JSON summary', () => {
    const r = quarter('graph', 'build', fixture('engine-square.osm'), '-o', 'square.qgraph');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const s = JSON.parse(lines[0]);
    // Corners collapse into shape points; the two ends of the steps stay (degree 3): 2 nodes, 3 edges.
    expect(s).toMatchObject({ nodes: 2, edges: 3, droppedComponents: 0, pois: 2, buildings: 1 });
    expect(s.seconds).toBeGreaterThanOrEqual(0);
    expect(existsSync(path.join(dir, 'square.qgraph'))).toBe(true);
  });

  it('reads gzipped XML too', () => {
    writeFileSync(path.join(dir, 'square.osm.gz'), gzipSync(readFileSync(fixture('engine-square.osm'))));
    const r = quarter('graph', 'build', 'square.osm.gz', '-o', 'square-gz.qgraph');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).edges).toBe(3);
  });

  it('exports nodes.csv and edges.csv in the agreed columns', () => {
    const r = quarter('graph', 'export', 'square.qgraph', '--nodes', 'nodes.csv', '--edges', 'edges.csv');
    expect(r.code).toBe(0);
    const nodes = readFileSync(path.join(dir, 'nodes.csv'), 'utf8').trim().split('\n');
    const edges = readFileSync(path.join(dir, 'edges.csv'), 'utf8').trim().split('\n');
    expect(nodes[0]).toBe('id,lon,lat');
    expect(edges[0]).toBe('u,v,length_m');
    expect(nodes).toHaveLength(3);
    expect(edges).toHaveLength(4);
    nodes.slice(1).forEach((row, i) => expect(row).toMatch(new RegExp(`^${i},116\\.98\\d+,36\\.62\\d+$`)));
    for (const row of edges.slice(1)) expect(row).toMatch(/^\d+,\d+,\d+\.\d$/);
  });

  it('computes the access matrix (f32 + sidecar) equal to a Dijkstra over the exported CSVs', () => {
    writeFileSync(path.join(dir, 'f.csv'), 'category,node\nB05,1\nB01,0\nB05,0\n');
    const r = quarter('access', 'square.qgraph', '--facilities', 'f.csv', '--out', 'out.f32');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const meta = JSON.parse(readFileSync(path.join(dir, 'out.f32.json'), 'utf8'));
    expect(meta).toEqual({ nodes: 2, categories: ['B01', 'B05'] });
    const out = new Float32Array(new Uint8Array(readFileSync(path.join(dir, 'out.f32'))).buffer);
    expect(out.length).toBe(4);
    const edges = readFileSync(path.join(dir, 'edges.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => {
        const [u, v, m] = l.split(',').map(Number);
        return { u, v, metres: m };
      });
    const b01 = referenceDistances(2, edges, [{ node: 0, metres: 0 }]);
    const b05 = referenceDistances(2, edges, [
      { node: 1, metres: 0 },
      { node: 0, metres: 0 },
    ]);
    expect(b01[1]).toBeGreaterThan(0);
    for (let u = 0; u < 2; u++) {
      expect(out[u * 2]).toBeCloseTo(b01[u], 3);
      expect(out[u * 2 + 1]).toBeCloseTo(b05[u], 3);
    }
  });

  it('snaps lon,lat facilities, applies a cutoff, and writes CSV on request', () => {
    writeFileSync(path.join(dir, 'fl.csv'), 'category,lon,lat\nB10,116.98556,36.62801\n');
    const r = quarter(
      'access',
      'square.qgraph',
      '--facilities',
      'fl.csv',
      '--out',
      'out.csv',
      '--csv',
      '--cutoff-m',
      '120',
    );
    expect(r.code).toBe(0);
    const rows = readFileSync(path.join(dir, 'out.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toBe('node,category,metres');
    expect(rows).toHaveLength(3);
    const metres = rows.slice(1).map((l) => l.split(',')[2]);
    expect(metres.filter((m) => m === 'Infinity').length).toBeGreaterThan(0);
    expect(metres.some((m) => Number(m) > 0 && Number(m) <= 120)).toBe(true);
  });

  it('draws isochrones as a GeoJSON FeatureCollection, one MultiPolygon per band', () => {
    const r = quarter('isochrone', 'square.qgraph', '--at', '116.9861,36.6284', '--minutes', '1,3');
    expect(r.code).toBe(0);
    const fc = JSON.parse(r.stdout);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f: { properties: { minutes: number } }) => f.properties.minutes)).toEqual([1, 3]);
    for (const f of fc.features) expect(f.geometry.type).toBe('MultiPolygon');
  });

  it('routes with a LineString, time and distance', () => {
    const r = quarter('route', 'square.qgraph', '--from', '116.9850,36.6280', '--to', '116.98724,36.6289');
    expect(r.code).toBe(0);
    const f = JSON.parse(r.stdout);
    expect(f.geometry.type).toBe('LineString');
    expect(f.properties.metres).toBeGreaterThan(290);
    expect(f.properties.metres).toBeLessThan(320);
    expect(f.properties.seconds).toBeGreaterThan(0);
  });
});

describe('bad input: one clear message, exit code ≠ 0, no output left behind', () => {
  const fails = (args: string[], message: RegExp, code?: number) => {
    const before = readdirSync(dir);
    const r = quarter(...args);
    expect(r.code).not.toBe(0);
    if (code !== undefined) expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(3);
    expect(leftovers(before)).toEqual([]);
  };

  it('empty file', () =>
    fails(['graph', 'build', fixture('engine-empty.osm'), '-o', 'x.qgraph'], /engine-empty\.osm.*empty/i));
  it('malformed XML names the line', () =>
    fails(['graph', 'build', fixture('engine-malformed.osm'), '-o', 'x.qgraph'], /engine-malformed\.osm.*line \d+/i));
  it('no walkable ways', () =>
    fails(
      ['graph', 'build', fixture('engine-no-walkable.osm'), '-o', 'x.qgraph'],
      /engine-no-walkable\.osm.*no walkable ways/,
    ));
  it('missing input file', () =>
    fails(['graph', 'build', 'nope.osm.pbf', '-o', 'x.qgraph'], /nope\.osm\.pbf.*not found/i));
  it('bad gzip', () => {
    writeFileSync(path.join(dir, 'bad.osm.gz'), Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.alloc(40, 7)]));
    fails(['graph', 'build', 'bad.osm.gz', '-o', 'x.qgraph'], /bad\.osm\.gz/);
  });
  it('a bbox outside the data', () =>
    fails(
      ['graph', 'build', fixture('engine-square.osm'), '-o', 'x.qgraph', '--bbox', '10,10,11,11'],
      /no walkable ways inside bbox/,
    ));
  it('a malformed bbox is a usage error', () =>
    fails(['graph', 'build', fixture('engine-square.osm'), '-o', 'x.qgraph', '--bbox', '1,2,3'], /--bbox/, 2));
  it('a point too far from any street', () =>
    fails(
      ['isochrone', 'square.qgraph', '--at', '117.5,36.9', '--minutes', '5'],
      /more than 500 m from any walkable street/,
    ));
  it('a facilities file with a bad row names the line', () => {
    writeFileSync(path.join(dir, 'bad.csv'), 'category,node\nB01,0\nB05,zero\n');
    fails(['access', 'square.qgraph', '--facilities', 'bad.csv', '--out', 'o.f32'], /bad\.csv: line 3: node "zero"/);
  });
  it('a facilities file with a node out of range', () => {
    writeFileSync(path.join(dir, 'range.csv'), 'category,node\nB01,99\n');
    fails(
      ['access', 'square.qgraph', '--facilities', 'range.csv', '--out', 'o.f32'],
      /range\.csv: line 2: node "99" is not a node index/,
    );
  });
  it('a facility too far away names the line', () => {
    writeFileSync(path.join(dir, 'far.csv'), 'category,lon,lat\nB01,116.9855,36.6281\nB02,118,37\n');
    fails(['access', 'square.qgraph', '--facilities', 'far.csv', '--out', 'o.f32'], /far\.csv: line 3: point/);
  });
  it('a facilities header without the needed columns', () => {
    writeFileSync(path.join(dir, 'hdr.csv'), 'kind,where\nB01,0\n');
    fails(['access', 'square.qgraph', '--facilities', 'hdr.csv', '--out', 'o.f32'], /hdr\.csv: line 1: header/);
  });
  it('a corrupt graph file', () => {
    const bytes = readFileSync(path.join(dir, 'square.qgraph'));
    bytes[bytes.length - 10] ^= 0xff;
    writeFileSync(path.join(dir, 'corrupt.qgraph'), bytes);
    fails(
      ['route', 'corrupt.qgraph', '--from', '116.985,36.628', '--to', '116.986,36.628'],
      /corrupt\.qgraph.*checksum/,
    );
  });
  it('an unknown command or option is a usage error', () => {
    fails(['graph', 'frobnicate'], /unknown command/, 2);
    fails(['isochrone', 'square.qgraph', '--at', '116.98,36.62', '--minuets', '5'], /minuets/, 2);
  });

  describeWithSharedData('broken PBF (from a real extract)', () => {
    it('truncated', () => {
      const pbf = readFileSync(sharedExtracts.helsinki);
      writeFileSync(path.join(dir, 'trunc.osm.pbf'), pbf.subarray(0, Math.floor(pbf.length / 2)));
      fails(['graph', 'build', 'trunc.osm.pbf', '-o', 'x.qgraph'], /trunc\.osm\.pbf.*(byte|blob)/i);
    });
    it('bad zlib data', () => {
      const pbf = Buffer.from(readFileSync(sharedExtracts.helsinki));
      for (let i = 2000; i < 2400; i++) pbf[i] ^= 0x5a;
      writeFileSync(path.join(dir, 'zlib.osm.pbf'), pbf);
      fails(['graph', 'build', 'zlib.osm.pbf', '-o', 'x.qgraph'], /zlib\.osm\.pbf/);
    });
  });
});
