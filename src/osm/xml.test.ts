import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { describeWithSharedData, repoRoot, sharedExtracts } from '../../test/helpers/shared-data';
import { OsmInputError, type OsmReadOptions } from './source';
import { xmlSource } from './xml';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/osm', name);
const dir = mkdtempSync(path.join(os.tmpdir(), 'quarter-xml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const put = (name: string, content: string | Uint8Array) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

async function read(p: string, options: Partial<OsmReadOptions> = {}) {
  const out: string[] = [];
  await xmlSource(p).read(
    {
      node: (id, lon, lat, tags) => out.push(`n${id}@${lon},${lat}${tags ? JSON.stringify(tags) : ''}`),
      way: (id, refs, tags) => out.push(`w${id}:${Array.from(refs).join(',')}${tags ? JSON.stringify(tags) : ''}`),
    },
    { nodes: true, ways: true, ...options },
  );
  return out;
}

async function refusal(p: string, pattern: RegExp): Promise<OsmInputError & { delivered: number[] }> {
  const delivered: number[] = [];
  const err = await xmlSource(p)
    .read({ node: (id) => delivered.push(id), way: (id) => delivered.push(id) }, { nodes: true, ways: true })
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(err).toBeInstanceOf(OsmInputError);
  const e = err as OsmInputError;
  expect(e.file).toBe(p);
  expect(e.message).toContain(p);
  expect(e.message).toMatch(pattern);
  return Object.assign(e, { delivered });
}

const BASIC = [
  'n1@116.9850001,36.6280002',
  'n2@116.9861199,36.628{"shop":"convenience","name":"便利店 & 早餐 \\"24h\\""}',
  'n5000000000@-1e-7,-33.5',
  'n-7@116.987,36.629{"barrier":"gate"}',
  'w10:1,2,-7{"highway":"footway"}',
  'w12000000000:5000000000,1',
];

describe('XML reader', () => {
  it('reads nodes and ways with their tags, skipping bounds, relations and changesets', async () => {
    expect(await read(fixture('readers-basic.osm'))).toEqual(BASIC);
  });

  it('detects gzip by its magic bytes, whatever the file is called', async () => {
    const text = readFileSync(fixture('readers-basic.osm'));
    expect(await read(put('basic.osm.gz', gzipSync(text)))).toEqual(BASIC);
    expect(await read(put('gzipped-but-named.osm', gzipSync(text)))).toEqual(BASIC);
    expect(await read(put('plain-but-named.osm.gz', text))).toEqual(BASIC);
  });

  it('delivers only what a pass asks for', async () => {
    const waysOnly = await read(fixture('readers-basic.osm'), { nodes: false });
    expect(waysOnly).toEqual(BASIC.filter((s) => s.startsWith('w')));
    const nodesOnly = await read(fixture('readers-basic.osm'), { ways: false });
    expect(nodesOnly).toEqual(BASIC.filter((s) => s.startsWith('n')));
  });

  it('reports progress rising to 1', async () => {
    const progress: number[] = [];
    await read(put('progress.osm.gz', gzipSync(readFileSync(fixture('readers-basic.osm')))), {
      onProgress: (f) => progress.push(f),
    });
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('names the line and column of malformed XML', async () => {
    const err = await refusal(fixture('readers-malformed.osm'), /malformed XML: unexpected close tag/);
    expect(err.where).toMatch(/^line 6, column \d+$/);
  });

  it('names the element and line of a missing or invalid attribute, delivering nothing after it', async () => {
    const err = await refusal(fixture('readers-bad-attributes.osm'), /<node id="2"> has no "lon" attribute/);
    expect(err.where).toMatch(/^line 4,/);
    expect(err.delivered).toEqual([1]);
    await refusal(fixture('readers-bad-ref.osm'), /line 6, column \d+: <nd> has an invalid \("two"\) "ref" attribute/);
    await refusal(put('bad-id.osm', '<osm>\n<way id=""/>\n</osm>'), /line 2.*<way> has an invalid \(""\) "id"/);
    await refusal(
      put('bad-lat.osm', '<osm><node id="1" lat="91" lon="2"/></osm>'),
      /<node id="1"> has an invalid \("91"\) "lat"/,
    );
  });

  it('refuses documents that are not OSM', async () => {
    await refusal(fixture('readers-not-osm.osm'), /root element is <gpx>, expected <osm>/);
    await refusal(
      put('no-root.osm', '<?xml version="1.0"?>\n<!-- nothing here -->\n'),
      /line 3, column \d+: (no <osm> element found|malformed XML: document must contain a root element)/,
    );
  });

  it('refuses bad and truncated gzip data', async () => {
    await refusal(
      put('garbage.osm.gz', Uint8Array.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9])),
      /byte \d+: bad gzip data/,
    );
    const gz = gzipSync(readFileSync(fixture('readers-basic.osm')));
    await refusal(put('cut.osm.gz', gz.subarray(0, gz.length - 12)), /bad gzip data|malformed XML/);
  });

  it('refuses an empty or missing file', async () => {
    await refusal(put('empty.osm', ''), /byte 0: empty file/);
    await refusal(path.join(dir, 'missing.osm'), /open: file not found/);
  });
});

describeWithSharedData('XML reader on the Monaco extract', () => {
  it('reads plausible counts, coordinates in Monaco, every way ref resolves', async () => {
    const ids = new Set<number>();
    let inMonaco = 0;
    let tagged = 0;
    const refs: number[] = [];
    let ways = 0;
    await xmlSource(sharedExtracts.monaco).read(
      {
        node(id, lon, lat, tags) {
          ids.add(id);
          if (lon > 7.4 && lon < 7.45 && lat > 43.72 && lat < 43.76) inMonaco++;
          if (tags) tagged++;
        },
        way(_id, r) {
          ways++;
          for (let i = 0; i < r.length; i++) refs.push(r[i]);
        },
      },
      { nodes: true, ways: true },
    );
    expect(ids.size).toBeGreaterThan(5_000);
    expect(ways).toBeGreaterThan(1_000);
    expect(tagged).toBeGreaterThan(100);
    // Whole ways and the maritime border reach a little outside the city.
    expect(inMonaco / ids.size).toBeGreaterThan(0.97);
    expect(refs.filter((r) => !ids.has(r))).toEqual([]);
    let nodesInWaysPass = 0;
    await xmlSource(sharedExtracts.monaco).read({ node: () => nodesInWaysPass++ }, { nodes: false, ways: true });
    expect(nodesInWaysPass).toBe(0);
  });
});
