import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { memorySource, type MemoryNode, type MemoryWay } from './memory-source';
import { openOsmSource } from './open';
import { pbfSource } from './pbf';
import { writeOsmPbf } from './pbf-write';
import { OsmInputError, type OsmTags } from './source';

let dir: string;
const nodes: MemoryNode[] = [
  { id: 1, lon: 116.9850001, lat: 36.6280002 },
  { id: 2, lon: 116.9861199, lat: 36.628, tags: { barrier: 'gate', access: 'private' } },
  { id: 5_000_000_000, lon: -0.0000001, lat: -33.5 },
  { id: 3, lon: 116.9872399, lat: 36.6288993, tags: { shop: 'convenience', name: '郎茂山便利店' } },
];
const ways: MemoryWay[] = [
  { id: 100, refs: [1, 2, 3], tags: { highway: 'residential', name: '郎茂山路' } },
  { id: 12_000_000_000, refs: [3, 5_000_000_000, 1], tags: { highway: 'footway' } },
];

async function readAll(file: string) {
  const got = { nodes: [] as unknown[], ways: [] as unknown[] };
  await openOsmSource(file).read(
    {
      node: (id, lon, lat, tags) => got.nodes.push({ id, lon, lat, ...(tags ? { tags } : {}) }),
      way: (id, refs, tags: OsmTags | null) => got.ways.push({ id, refs: Array.from(refs), tags }),
    },
    { nodes: true, ways: true },
  );
  return got;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'quarter-pbf-'));
  await writeOsmPbf(memorySource('t', nodes, ways), path.join(dir, 'ok.osm.pbf'));
});

describe('PBF reader', () => {
  it('reads back dense nodes (tags, large ids, negative coordinates) and ways exactly', async () => {
    const got = await readAll(path.join(dir, 'ok.osm.pbf'));
    expect(got.nodes).toEqual(nodes);
    expect(got.ways).toEqual(ways);
  });

  it('delivers only what a pass asks for', async () => {
    let n = 0;
    let w = 0;
    await pbfSource(path.join(dir, 'ok.osm.pbf')).read(
      { node: () => n++, way: () => w++ },
      { nodes: false, ways: true },
    );
    expect([n, w]).toEqual([0, 2]);
  });

  const failsWith = async (bytes: Uint8Array, pattern: RegExp) => {
    const file = path.join(dir, `bad-${Math.random().toString(36).slice(2)}.osm.pbf`);
    writeFileSync(file, bytes);
    const err = await readAll(file).then(
      () => null,
      (e) => e,
    );
    expect(err).toBeInstanceOf(OsmInputError);
    expect(err.message).toContain(file);
    expect(err.message).toMatch(pattern);
  };

  it('refuses truncated files at every cut, naming the byte and blob', async () => {
    const ok = readFileSync(path.join(dir, 'ok.osm.pbf'));
    for (const cut of [3, 10, 30, ok.length - 5])
      await failsWith(ok.subarray(0, cut), /byte \d+ \(blob \d\).*(truncated|out of range|malformed)/);
  });

  it('refuses bad zlib data', async () => {
    const ok = Buffer.from(readFileSync(path.join(dir, 'ok.osm.pbf')));
    for (let i = ok.length - 40; i < ok.length - 10; i++) ok[i] ^= 0xa5;
    await failsWith(ok, /bad zlib data|malformed|inflated/);
  });

  it('refuses unknown required features by name', async () => {
    const file = path.join(dir, 'hist.osm.pbf');
    await writeOsmPbf(memorySource('t', nodes, ways), file, { requiredFeatures: ['HistoricalInformation'] });
    await failsWith(readFileSync(file), /required feature "HistoricalInformation" is not supported/);
  });

  it('refuses lzma blobs and files that are not PBF at all', async () => {
    // A header blob whose data is lzma_data (field 4).
    const blobBody = Uint8Array.from([0x22, 0x02, 0x00, 0x00]);
    const header = Uint8Array.from([0x0a, 0x09, ...new TextEncoder().encode('OSMHeader'), 0x18, blobBody.length]);
    const file = Uint8Array.from([0, 0, 0, header.length, ...header, ...blobBody]);
    await failsWith(file, /lzma-compressed blobs are not supported/);
    await failsWith(
      new TextEncoder().encode('PK\u0003\u0004 this is a zip file, not OSM data'),
      /not an OSM PBF file\?/,
    );
  });

  it('refuses an empty file', async () => {
    await failsWith(new Uint8Array(0), /empty file/);
  });
});
