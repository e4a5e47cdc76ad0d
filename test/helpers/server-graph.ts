// A tiny street graph around circle A's centre (a cross of streets and one building), for map routes.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importOsm } from '../../src/osm/build';
import { writeGraphFile } from '../../src/osm/graph-file';
import { tinyMap } from './tiny-map';

export async function writeTinyGraph(): Promise<string> {
  const { source } = tinyMap('server-fixture', {
    nodes: {
      w: [-300, 0],
      c: [0, 0],
      e: [300, 0],
      s: [0, -300],
      n: [0, 300],
      b1: [50, 50],
      b2: [90, 50],
      b3: [90, 90],
      b4: [50, 90],
    },
    ways: [
      { path: 'w c e', tags: { highway: 'residential', name: '阳光一街' } },
      { path: 's c n', tags: { highway: 'footway' } },
      { path: 'b1 b2 b3 b4 b1', tags: { building: 'residential', 'building:levels': '6' } },
    ],
  });
  const { graph, features } = await importOsm(source);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'quarter-graph-')), 'fixture.qgraph');
  writeGraphFile(file, graph, features);
  return file;
}
