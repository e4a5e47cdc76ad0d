import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openOsmSource } from './open';
import { OsmInputError } from './source';

const dir = mkdtempSync(path.join(os.tmpdir(), 'quarter-xml-'));
const file = (name: string, text: string | Uint8Array) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};
const read = async (p: string) => {
  const out: string[] = [];
  await openOsmSource(p).read(
    {
      node: (id, lon, lat, tags) => out.push(`n${id}@${lon},${lat}${tags ? JSON.stringify(tags) : ''}`),
      way: (id, refs, tags) => out.push(`w${id}:${Array.from(refs).join('-')}${tags ? JSON.stringify(tags) : ''}`),
    },
    { nodes: true, ways: true },
  );
  return out;
};

const OSM = `<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6">
  <bounds minlat="36" minlon="116" maxlat="37" maxlon="117"/>
  <node id="1" lat="36.628" lon="116.985"><tag k="name" v="便利店 &amp; 早餐"/></node>
  <node id="2" lat="36.629" lon="116.986"/>
  <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="footway"/></way>
  <relation id="5"><member type="way" ref="10" role=""/><tag k="type" v="route"/></relation>
</osm>`;

describe('XML reader', () => {
  it('reads nodes with tags and ways, skipping bounds and relations, plain or gzipped', async () => {
    const expected = ['n1@116.985,36.628{"name":"便利店 & 早餐"}', 'n2@116.986,36.629', 'w10:1-2{"highway":"footway"}'];
    expect(await read(file('a.osm', OSM))).toEqual(expected);
    expect(await read(file('a.osm.gz', gzipSync(OSM)))).toEqual(expected);
    expect(await read(file('bom.osm', '\uFEFF' + OSM))).toEqual(expected);
  });

  const fails = async (p: string, pattern: RegExp) => {
    const err = await read(p).then(
      () => null,
      (e) => e,
    );
    expect(err).toBeInstanceOf(OsmInputError);
    expect(err.message).toContain(p);
    expect(err.message).toMatch(pattern);
  };

  it('names the line of malformed XML', () =>
    fails(file('m.osm', '<osm>\n<node id="1" lat="1" lon="2">\n</osm>'), /line \d+, column \d+: malformed XML/));
  it('names the element with a bad attribute', () =>
    fails(
      file('b.osm', '<osm>\n<node id="1" lat="north" lon="2"/>\n</osm>'),
      /line 2.*<node> has an invalid \(north\) "lat"/,
    ));
  it('refuses a document that is not OSM', () =>
    fails(file('h.osm', '<html><body/></html>'), /root element is <html>/));
  it('refuses bad gzip data', () =>
    fails(file('g.osm.gz', Uint8Array.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9])), /gzip|unexpected end/i));
  it('refuses an empty file', () => fails(file('e.osm', ''), /empty file/));
  it('refuses a missing file', () => fails(path.join(dir, 'missing.osm'), /not found/));
});
