import { describe, expect, it } from 'vitest';
import { randomMap } from '../../test/helpers/random-map';
import { importOsm } from '../osm/build';
import { crc32 } from './crc32';
import { decodeGraph, encodeGraph, GRAPH_FORMAT_VERSION, GraphFormatError } from './graph-format';

const build = async () => importOsm(randomMap(5, 8).source);

describe('graph file format', () => {
  it('golden header: magic, version, section count, checksum of the payload', async () => {
    const r = await build();
    const bytes = encodeGraph(r.graph, r.features);
    expect(String.fromCharCode(...bytes.subarray(0, 8))).toBe('QGRAPH\r\n');
    const view = new DataView(bytes.buffer);
    expect(view.getUint32(8, true)).toBe(GRAPH_FORMAT_VERSION);
    const count = view.getUint32(12, true);
    expect(count).toBe(13);
    const headerSize = Math.ceil((24 + 24 * count) / 8) * 8;
    expect(view.getUint32(16, true)).toBe(crc32(bytes.subarray(headerSize)));
  });

  it('round-trips every array and the features, as views on the same bytes', async () => {
    const r = await build();
    const bytes = encodeGraph(r.graph, r.features);
    const d = decodeGraph(bytes);
    for (const key of [
      'nodeLonE7',
      'nodeLatE7',
      'arcOffset',
      'arcTarget',
      'arcLengthDm',
      'edgeBase',
      'edgeClass',
      'geomOffset',
      'shapeE7',
    ] as const) {
      expect(Array.from(d.graph[key])).toEqual(Array.from(r.graph[key]));
    }
    expect(d.graph.nodeLonE7.buffer).toBe(bytes.buffer);
    expect(d.graph.meta.walkSpeedMPerMin).toBe(60);
    expect(d.features()).toEqual(r.features);
  });

  it('refuses corrupt, truncated, foreign and future files with a clear message', async () => {
    const r = await build();
    const bytes = encodeGraph(r.graph, r.features);
    const flipped = bytes.slice();
    flipped[flipped.length - 20] ^= 0xff;
    expect(() => decodeGraph(flipped)).toThrow(/checksum mismatch/);
    expect(() => decodeGraph(bytes.slice(0, bytes.length - 100))).toThrow(GraphFormatError);
    expect(() => decodeGraph(bytes.slice(0, 10))).toThrow(/too short/);
    expect(() => decodeGraph(new TextEncoder().encode('<osm version="0.6"></osm>'))).toThrow(/bad magic/);
    const future = bytes.slice();
    new DataView(future.buffer).setUint32(8, 99, true);
    expect(() => decodeGraph(future)).toThrow(/version 99/);
  });

  it('checks the invariants hot loops rely on', async () => {
    const r = await build();
    const bad = { ...r.graph, arcTarget: r.graph.arcTarget.slice() };
    bad.arcTarget[0] = r.graph.nodeCount + 5;
    const bytes = encodeGraph(bad, r.features);
    expect(() => decodeGraph(bytes)).toThrow(/points past the last node/);
  });
});
