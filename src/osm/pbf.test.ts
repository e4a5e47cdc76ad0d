import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  blob,
  concat,
  headerBlock,
  pbfFile,
  primitiveBlock,
  type TestNode,
  type TestWay,
} from '../../test/helpers/pbf-writer';
import { describeWithSharedData, sharedExtracts } from '../../test/helpers/shared-data';
import { memorySource } from './memory-source';
import { pbfSource } from './pbf';
import { writeOsmPbf } from './pbf-write';
import { OsmInputError, type OsmReadOptions, type OsmSource } from './source';

const dir = mkdtempSync(path.join(os.tmpdir(), 'quarter-pbf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let seq = 0;
const put = (bytes: Uint8Array) => {
  const file = path.join(dir, `t${seq++}.osm.pbf`);
  writeFileSync(file, bytes);
  return file;
};

const nodes: TestNode[] = [
  { id: 1, lon: 116.9850001, lat: 36.6280002 },
  { id: 2, lon: 116.9861199, lat: 36.628, tags: { barrier: 'gate', access: 'private' } },
  { id: 5_000_000_000, lon: -0.0000001, lat: -33.5 },
  { id: 3, lon: 116.9872399, lat: 36.6288993, tags: { shop: 'convenience', name: '郎茂山便利店' } },
];
const ways: TestWay[] = [
  { id: 100, refs: [1, 2, 3], tags: { highway: 'residential', name: '郎茂山路' } },
  { id: 12_000_000_000, refs: [3, 5_000_000_000, 1], tags: { highway: 'footway' } },
  { id: 101, refs: [2, 1] },
];

interface Got {
  nodes: TestNode[];
  ways: TestWay[];
  progress: number[];
}
async function collect(source: OsmSource, options: Partial<OsmReadOptions> = {}): Promise<Got> {
  const got: Got = { nodes: [], ways: [], progress: [] };
  await source.read(
    {
      node: (id, lon, lat, tags) => got.nodes.push({ id, lon, lat, ...(tags ? { tags } : {}) }),
      way: (id, refs, tags) => got.ways.push({ id, refs: Array.from(refs), ...(tags ? { tags } : {}) }),
    },
    { nodes: true, ways: true, onProgress: (f) => got.progress.push(f), ...options },
  );
  return got;
}

/** Reads `bytes` expecting a refusal; returns the error and what was delivered before it. */
async function refusal(bytes: Uint8Array, pattern: RegExp): Promise<{ err: OsmInputError; got: Got }> {
  const file = put(bytes);
  const got: Got = { nodes: [], ways: [], progress: [] };
  const err = await pbfSource(file)
    .read(
      {
        node: (id, lon, lat) => got.nodes.push({ id, lon, lat }),
        way: (id, refs) => got.ways.push({ id, refs: Array.from(refs) }),
      },
      { nodes: true, ways: true },
    )
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(err).toBeInstanceOf(OsmInputError);
  const e = err as OsmInputError;
  expect(e.file).toBe(file);
  expect(e.message).toContain(file);
  expect(e.message).toMatch(pattern);
  return { err: e, got };
}

describe('PBF reader: decoding', () => {
  it('reads dense nodes (tags, ids beyond 2^32, negative coordinates) and ways exactly, zlib or raw', async () => {
    for (const compression of ['zlib', 'raw'] as const) {
      const got = await collect(pbfSource(put(pbfFile([{ dense: nodes }, { ways }], { compression }))));
      expect(got.nodes).toEqual(nodes);
      expect(got.ways).toEqual(ways);
    }
  });

  it('reads plain nodes, non-default granularity and negative int64 offsets', async () => {
    const spec = {
      nodes: [nodes[1], nodes[2]],
      dense: [nodes[0], nodes[3]],
      granularity: 1000,
      latOffset: -1e9 + 2e5,
      lonOffset: -5e5,
    };
    const coarse = (n: TestNode) => ({
      ...n,
      lon: Math.round(n.lon * 1e6) / 1e6 + 0,
      lat: Math.round(n.lat * 1e6) / 1e6 + 0,
    });
    const want = [nodes[0], nodes[3], nodes[1], nodes[2]].map(coarse);
    const got = await collect(
      pbfSource(put(pbfFile([{ ...spec, nodes: spec.nodes.map(coarse), dense: spec.dense.map(coarse) }]))),
    );
    expect(got.nodes).toEqual(want);
  });

  it('skips relations and unknown blob types, as the specification says', async () => {
    const file = concat([
      blob('OSMHeader', headerBlock()),
      blob('X-Future', Uint8Array.of(1, 2, 3)),
      blob('OSMData', primitiveBlock({ dense: nodes, ways, relation: true })),
    ]);
    const got = await collect(pbfSource(put(file)));
    expect(got.nodes).toEqual(nodes);
    expect(got.ways).toEqual(ways);
  });

  it('delivers only what a pass asks for, and tolerates a sink without the function', async () => {
    const file = put(pbfFile([{ dense: nodes }, { ways }]));
    const waysOnly = await collect(pbfSource(file), { nodes: false });
    expect([waysOnly.nodes.length, waysOnly.ways.length]).toEqual([0, ways.length]);
    const nodesOnly = await collect(pbfSource(file), { ways: false });
    expect([nodesOnly.nodes.length, nodesOnly.ways.length]).toEqual([nodes.length, 0]);
    await pbfSource(file).read({}, { nodes: true, ways: true });
  });

  it('reports progress rising to 1', async () => {
    const got = await collect(pbfSource(put(pbfFile([{ dense: nodes }, { ways }]))));
    expect(got.progress.length).toBe(3);
    expect([...got.progress].sort((a, b) => a - b)).toEqual(got.progress);
    expect(got.progress.at(-1)).toBe(1);
  });

  it('passes the sink’s own exceptions through unchanged', async () => {
    const boom = new Error('sink says no');
    const file = put(pbfFile([{ dense: nodes }]));
    await expect(
      pbfSource(file).read(
        {
          node: () => {
            throw boom;
          },
        },
        { nodes: true, ways: false },
      ),
    ).rejects.toBe(boom);
  });

  it('reads what src/osm/pbf-write.ts writes', async () => {
    const file = path.join(dir, 'written.osm.pbf');
    await writeOsmPbf(memorySource('t', nodes, ways), file);
    const got = await collect(pbfSource(file));
    expect(got.nodes).toEqual(nodes);
    expect(got.ways).toEqual(ways);
  });
});

describe('PBF reader: refusals name the file, the byte and the blob', () => {
  const header = blob('OSMHeader', headerBlock());
  const data1 = blob('OSMData', primitiveBlock({ dense: nodes.slice(0, 2) }));
  const data2 = blob('OSMData', primitiveBlock({ dense: nodes.slice(2) }));
  const good = concat([header, data1, data2]);

  it('refuses an empty file', async () => {
    const { err } = await refusal(new Uint8Array(0), /empty file/);
    expect(err.where).toBe('byte 0');
  });

  it('refuses files cut anywhere, without silently delivering a partial result', async () => {
    const cuts = [
      2,
      4 + 3,
      header.length - 1,
      header.length + 2,
      header.length + 20,
      header.length + data1.length - 1,
      good.length - 1,
    ];
    for (const cut of cuts) {
      const { err, got } = await refusal(good.subarray(0, cut), /truncated|out of range|malformed/);
      expect(err.where).toMatch(/^byte \d+ \(blob [0-2]\)$/);
      // Only whole blobs before the cut were delivered.
      expect(got.nodes.length).toBe(cut >= header.length + data1.length ? 2 : 0);
    }
  });

  it('refuses bad zlib data in the blob where it is, after delivering the blobs before it', async () => {
    const bad = Uint8Array.from(good);
    const at = header.length + data1.length + 30;
    for (let i = at; i < at + 8; i++) bad[i] ^= 0x5a;
    const { err, got } = await refusal(bad, /bad zlib data|malformed|inflates/);
    expect(err.where).toMatch(/\(blob 2\)$/);
    expect(got.nodes.length).toBe(2);
  });

  it('refuses a declared size that does not match the data', async () => {
    const payload = primitiveBlock({ dense: nodes });
    await refusal(
      concat([header, blob('OSMData', payload, { rawSize: payload.length + 1 })]),
      /inflates to \d+ bytes, the blob declares/,
    );
    await refusal(concat([header, blob('OSMData', payload, { rawSize: payload.length - 1 })]), /inflates to more than/);
  });

  it('refuses an unknown required feature by name', async () => {
    const { err } = await refusal(
      pbfFile([{ dense: nodes }], { required: ['OsmSchema-V0.6', 'DenseNodes', 'HistoricalInformation'] }),
      /required feature "HistoricalInformation" is not supported/,
    );
    expect(err.where).toMatch(/\(blob 0\)$/);
    expect(err.hint).toContain('DenseNodes');
  });

  it('refuses lzma and zstd blobs, and blobs with no data', async () => {
    await refusal(
      concat([header, blob('OSMData', primitiveBlock({ dense: nodes }), { compression: 'lzma' })]),
      /lzma-compressed blobs are not supported.*blob 1|blob 1.*lzma-compressed blobs are not supported/,
    );
    await refusal(pbfFile([{ dense: nodes }], { compression: 'zstd' }), /zstd-compressed blobs are not supported/);
    await refusal(concat([header, blob('OSMData', new Uint8Array(0), { compression: 'none' })]), /blob holds no data/);
  });

  it('refuses files that are not PBF at all', async () => {
    await refusal(
      new TextEncoder().encode('{"type": "FeatureCollection", "features": []}'),
      /byte 0 \(blob 0\).*not an OSM PBF file\?/,
    );
    await refusal(Uint8Array.of(0, 0, 0, 3, 0xff, 0xff, 0xff), /malformed blob header|out of range/);
    await refusal(
      concat([blob('OSMData', primitiveBlock({ dense: nodes }))]),
      /first blob has type "OSMData", expected "OSMHeader"/,
    );
  });

  it('refuses a block whose fields run past their end', async () => {
    const block = primitiveBlock({ dense: nodes, ways });
    await refusal(
      concat([header, blob('OSMData', block.subarray(0, block.length - 3), { compression: 'raw' })]),
      /\(blob 1\).*(runs past|malformed|differ)/,
    );
  });

  it('refuses a missing file and a directory', async () => {
    const err = await pbfSource(path.join(dir, 'missing.osm.pbf'))
      .read({}, { nodes: true, ways: true })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OsmInputError);
    expect((err as Error).message).toMatch(/missing\.osm\.pbf: open: file not found/);
    const folder = await pbfSource(dir)
      .read({}, { nodes: true, ways: true })
      .catch((e: unknown) => e);
    expect((folder as Error).message).toMatch(/open: is a directory/);
  });
});

describeWithSharedData('PBF reader on real extracts', () => {
  async function scan(file: string) {
    const ids: number[] = [];
    const lons: number[] = [];
    const lats: number[] = [];
    const highwayRefs: number[] = [];
    let tagged = 0;
    let ways = 0;
    await pbfSource(file).read(
      {
        node(id, lon, lat, tags) {
          ids.push(id);
          lons.push(lon);
          lats.push(lat);
          if (tags) tagged++;
        },
        way(_id, refs, tags) {
          ways++;
          if (tags?.highway) for (let i = 0; i < refs.length; i++) highwayRefs.push(refs[i]);
        },
      },
      { nodes: true, ways: true },
    );
    return { ids, lons, lats, highwayRefs, tagged, ways };
  }

  it('Liechtenstein: plausible counts, coordinates in the country, every highway ref resolves', async () => {
    const s = await scan(sharedExtracts.liechtenstein);
    expect(s.ids.length).toBeGreaterThan(100_000);
    expect(s.ids.length).toBeLessThan(400_000);
    expect(s.ways).toBeGreaterThan(10_000);
    expect(s.tagged).toBeGreaterThan(1_000);
    expect(s.tagged).toBeLessThan(s.ids.length / 5);
    // The extract keeps whole ways and the border relation, so a few nodes lie just outside the country.
    const inCountry = s.lons.filter(
      (lon, i) => lon > 9.47 && lon < 9.64 && s.lats[i] > 47.04 && s.lats[i] < 47.28,
    ).length;
    expect(inCountry / s.ids.length).toBeGreaterThan(0.98);
    expect(s.lons.every((lon, i) => lon > 9.2 && lon < 9.9 && s.lats[i] > 46.7 && s.lats[i] < 47.6)).toBe(true);
    const known = new Set(s.ids);
    expect(known.size).toBe(s.ids.length);
    expect(s.highwayRefs.length).toBeGreaterThan(50_000);
    expect(s.highwayRefs.filter((r) => !known.has(r))).toEqual([]);
  });

  it('Liechtenstein: a ways-only pass delivers no nodes and the same ways', async () => {
    let nodes = 0;
    let ways = 0;
    await pbfSource(sharedExtracts.liechtenstein).read(
      { node: () => nodes++, way: () => ways++ },
      { nodes: false, ways: true },
    );
    const full = await scan(sharedExtracts.liechtenstein);
    expect(nodes).toBe(0);
    expect(ways).toBe(full.ways);
  });

  it('Helsinki: coordinates around the centre of Helsinki', async () => {
    const s = await scan(sharedExtracts.helsinki);
    expect(s.ids.length).toBeGreaterThan(10_000);
    expect(s.ways).toBeGreaterThan(2_000);
    const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
    expect(mean(s.lons)).toBeCloseTo(24.94, 1);
    expect(mean(s.lats)).toBeCloseTo(60.17, 1);
    expect(s.lons.every((lon, i) => lon > 24.9 && lon < 25.0 && s.lats[i] > 60.15 && s.lats[i] < 60.2)).toBe(true);
    // A bounding-box cut: ways crossing the edge keep refs to nodes outside it, but most resolve.
    const known = new Set(s.ids);
    expect(s.highwayRefs.filter((r) => known.has(r)).length / s.highwayRefs.length).toBeGreaterThan(0.85);
  });
});
