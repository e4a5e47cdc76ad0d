import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { pbfFile } from '../../test/helpers/pbf-writer';
import { repoRoot } from '../../test/helpers/shared-data';
import { openOsmSource } from './open';
import { OsmInputError } from './source';

const dir = mkdtempSync(path.join(os.tmpdir(), 'quarter-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const put = (name: string, content: string | Uint8Array) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const basicXml = readFileSync(path.join(repoRoot, 'test/fixtures/osm/readers-basic.osm'));

async function ids(p: string): Promise<string[]> {
  const out: string[] = [];
  const source = openOsmSource(p);
  expect(source.name).toBe(p);
  await source.read({ node: (id) => out.push(`n${id}`), way: (id) => out.push(`w${id}`) }, { nodes: true, ways: true });
  return out;
}

function refusedNow(p: string, pattern: RegExp): OsmInputError {
  let err: unknown;
  try {
    openOsmSource(p);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(OsmInputError);
  expect((err as Error).message).toContain(p);
  expect((err as Error).message).toMatch(pattern);
  return err as OsmInputError;
}

describe('openOsmSource', () => {
  const basicIds = ['n1', 'n2', 'n5000000000', 'n-7', 'w10', 'w12000000000'];

  it('chooses the reader by content, not by name', async () => {
    expect(await ids(put('a.pbf', basicXml))).toEqual(basicIds);
    expect(await ids(put('b.osm.pbf', gzipSync(basicXml)))).toEqual(basicIds);
    expect(
      await ids(put('c.osm', pbfFile([{ dense: [{ id: 4, lon: 1, lat: 2 }] }, { ways: [{ id: 9, refs: [4] }] }]))),
    ).toEqual(['n4', 'w9']);
  });

  it('recognises XML after a BOM, and after whitespace without a declaration', async () => {
    expect(await ids(put('bom.osm', Buffer.concat([Buffer.from('\uFEFF'), basicXml])))).toEqual(basicIds);
    expect(await ids(put('bare.osm', '\uFEFF\n  <osm version="0.6"><node id="3" lat="1" lon="2"/></osm>'))).toEqual([
      'n3',
    ]);
  });

  it('refuses missing, unreadable and empty files at once', () => {
    expect(refusedNow(path.join(dir, 'nope.osm.pbf'), /open: file not found/).where).toBe('open');
    const sub = path.join(dir, 'folder.osm');
    mkdirSync(sub);
    refusedNow(sub, /is a directory/);
    refusedNow(put('empty.osm.pbf', ''), /byte 0: empty file/);
  });

  it('refuses compressions and archives it does not read, saying what to do', () => {
    refusedNow(
      put('x.osm.bz2', Buffer.from('BZh91AY&SY\u0001\u0002')),
      /bzip2-compressed files are not supported.*osmium/,
    );
    refusedNow(
      put('x.osm.zst', Uint8Array.of(0x28, 0xb5, 0x2f, 0xfd, 0, 0)),
      /zstd-compressed files are not supported/,
    );
    refusedNow(put('x.zip', Buffer.from('PK\u0003\u0004rest of a zip')), /ZIP archive/);
  });

  it('hands anything else to the PBF reader, which says it is not PBF', async () => {
    const p = put('notes.txt', 'shopping list: tofu, 酱油');
    const err = await ids(p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OsmInputError);
    expect((err as Error).message).toMatch(/notes\.txt: byte 0 \(blob 0\): .*not an OSM PBF file\?/);
  });
});
