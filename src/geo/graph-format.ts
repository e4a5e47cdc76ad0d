// The .qgraph file: one buffer, versioned header, section table, CRC-32 over the payload.
// Typed-array sections are 8-byte aligned, so loading creates views on the file bytes without
// parsing or copying (a few ms for 100k nodes, most of it the checksum).
//
// Layout (little-endian):
//   0  magic "QGRAPH\r\n" (8 bytes; the CR LF catches text-mode mangling, as in PNG)
//   8  u32 format version
//  12  u32 section count
//  16  u32 CRC-32 of every byte after the header
//  20  u32 reserved (0)
//  24  section table: count × { u32 id, u32 reserved, f64 offset, f64 byteLength }
//      then sections, each starting on an 8-byte boundary.
import { crc32 as crc32Js } from './crc32';
import type { GraphFeatures } from './features';
import type { GraphMeta, WalkGraph } from './graph';

export const GRAPH_MAGIC = 'QGRAPH\r\n';
export const GRAPH_FORMAT_VERSION = 1;
const HEADER_FIXED = 24;
const TABLE_ENTRY = 24;

const enum Section {
  Meta = 1,
  NodeLon = 2,
  NodeLat = 3,
  ArcOffset = 4,
  ArcTarget = 5,
  ArcLength = 6,
  EdgeBase = 7,
  EdgeClass = 8,
  GeomOffset = 9,
  Shape = 10,
  TreeBoxes = 11,
  Pois = 20,
  Buildings = 21,
}

export class GraphFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphFormatError';
  }
}

export interface DecodeOptions {
  /** A faster CRC-32 (e.g. node:zlib crc32); the pure-JS one is used otherwise. */
  crc32?: (bytes: Uint8Array) => number;
  /** Skip the checksum (only for buffers already verified, e.g. handed to a worker). */
  trusted?: boolean;
}

export interface DecodedGraph {
  graph: WalkGraph;
  /** POIs and buildings, parsed on first use. */
  features(): GraphFeatures;
}

export function encodeGraph(graph: WalkGraph, features: GraphFeatures, crc32 = crc32Js): Uint8Array {
  const enc = new TextEncoder();
  const meta = {
    ...graph.meta,
    counts: [graph.nodeCount, graph.edgeCount, graph.arcCount],
    treeLevels: graph.tree.levelStart,
  };
  const sections: [Section, Uint8Array][] = [
    [Section.Meta, enc.encode(JSON.stringify(meta))],
    [Section.NodeLon, bytesOf(graph.nodeLonE7)],
    [Section.NodeLat, bytesOf(graph.nodeLatE7)],
    [Section.ArcOffset, bytesOf(graph.arcOffset)],
    [Section.ArcTarget, bytesOf(graph.arcTarget)],
    [Section.ArcLength, bytesOf(graph.arcLengthDm)],
    [Section.EdgeBase, bytesOf(graph.edgeBase)],
    [Section.EdgeClass, bytesOf(graph.edgeClass)],
    [Section.GeomOffset, bytesOf(graph.geomOffset)],
    [Section.Shape, bytesOf(graph.shapeE7)],
    [Section.TreeBoxes, bytesOf(graph.tree.boxes)],
    [Section.Pois, enc.encode(JSON.stringify(features.pois))],
    [Section.Buildings, enc.encode(JSON.stringify(features.buildings))],
  ];
  const headerSize = align8(HEADER_FIXED + TABLE_ENTRY * sections.length);
  let size = headerSize;
  const offsets: number[] = [];
  for (const [, bytes] of sections) {
    offsets.push(size);
    size = align8(size + bytes.length);
  }
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) out[i] = GRAPH_MAGIC.charCodeAt(i);
  view.setUint32(8, GRAPH_FORMAT_VERSION, true);
  view.setUint32(12, sections.length, true);
  sections.forEach(([id, bytes], i) => {
    const at = HEADER_FIXED + TABLE_ENTRY * i;
    view.setUint32(at, id, true);
    view.setFloat64(at + 8, offsets[i], true);
    view.setFloat64(at + 16, bytes.length, true);
    out.set(bytes, offsets[i]);
  });
  view.setUint32(16, crc32(out.subarray(headerSize)), true);
  return out;
}

export function decodeGraph(input: Uint8Array, options: DecodeOptions = {}): DecodedGraph {
  // Views need 8-byte alignment; a pooled Buffer may not have it.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  if (bytes.length < HEADER_FIXED)
    throw new GraphFormatError(`file is ${bytes.length} bytes, too short for a graph header`);
  for (let i = 0; i < 8; i++) {
    if (bytes[i] !== GRAPH_MAGIC.charCodeAt(i)) {
      throw new GraphFormatError('not a Quarter graph file (bad magic); build one with `quarter graph build`');
    }
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== GRAPH_FORMAT_VERSION) {
    throw new GraphFormatError(
      `graph format version ${version}, this build reads ${GRAPH_FORMAT_VERSION}; rebuild the graph`,
    );
  }
  const count = view.getUint32(12, true);
  const headerSize = align8(HEADER_FIXED + TABLE_ENTRY * count);
  if (count > 64 || headerSize > bytes.length)
    throw new GraphFormatError(`section table is truncated (${count} sections)`);
  if (!options.trusted) {
    const expected = view.getUint32(16, true);
    const actual = (options.crc32 ?? crc32Js)(bytes.subarray(headerSize));
    if (expected !== actual)
      throw new GraphFormatError('checksum mismatch: the graph file is corrupt or truncated; rebuild it');
  }
  const table = new Map<number, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const at = HEADER_FIXED + TABLE_ENTRY * i;
    const id = view.getUint32(at, true);
    const offset = view.getFloat64(at + 8, true);
    const length = view.getFloat64(at + 16, true);
    if (offset % 8 !== 0 || offset < headerSize || offset + length > bytes.length) {
      throw new GraphFormatError(`section ${id} lies outside the file (offset ${offset}, length ${length})`);
    }
    table.set(id, bytes.subarray(offset, offset + length));
  }
  const section = (id: Section): Uint8Array => {
    const s = table.get(id);
    if (!s) throw new GraphFormatError(`section ${id} is missing`);
    return s;
  };
  const dec = new TextDecoder();
  const meta = JSON.parse(dec.decode(section(Section.Meta))) as GraphMeta & {
    counts: [number, number, number];
    treeLevels: number[];
  };
  const [nodeCount, edgeCount, arcCount] = meta.counts;
  const u32 = (id: Section) => view32(section(id), Uint32Array);
  const i32 = (id: Section) => view32(section(id), Int32Array);
  const { counts: _counts, treeLevels, ...graphMeta } = meta;
  const graph: WalkGraph = {
    nodeCount,
    edgeCount,
    arcCount,
    nodeLonE7: i32(Section.NodeLon),
    nodeLatE7: i32(Section.NodeLat),
    arcOffset: u32(Section.ArcOffset),
    arcTarget: u32(Section.ArcTarget),
    arcLengthDm: u32(Section.ArcLength),
    edgeBase: u32(Section.EdgeBase),
    edgeClass: section(Section.EdgeClass),
    geomOffset: u32(Section.GeomOffset),
    shapeE7: i32(Section.Shape),
    tree: { boxes: i32(Section.TreeBoxes), levelStart: treeLevels },
    meta: graphMeta,
  };
  validateGraph(graph);
  let features: GraphFeatures | undefined;
  return {
    graph,
    features: () =>
      (features ??= {
        pois: JSON.parse(dec.decode(section(Section.Pois))),
        buildings: JSON.parse(dec.decode(section(Section.Buildings))),
      }),
  };
}

/** Checks the invariants hot loops rely on, so they never need to. */
export function validateGraph(g: WalkGraph): void {
  const fail = (what: string) => {
    throw new GraphFormatError(`inconsistent graph: ${what}; rebuild it`);
  };
  if (g.nodeLonE7.length !== g.nodeCount || g.nodeLatE7.length !== g.nodeCount) fail('coordinate arrays');
  if (g.arcOffset.length !== g.nodeCount + 1 || g.arcOffset[g.nodeCount] !== g.arcCount) fail('arc offsets');
  if (g.arcTarget.length !== g.arcCount || g.arcLengthDm.length !== g.arcCount) fail('arc arrays');
  if (g.arcCount !== 2 * g.edgeCount) fail('arc count is not twice the edge count');
  if (g.edgeBase.length !== g.nodeCount + 1 || g.edgeBase[g.nodeCount] !== g.edgeCount) fail('edge base');
  if (g.edgeClass.length !== g.edgeCount || g.geomOffset.length !== g.edgeCount + 1) fail('edge arrays');
  if (g.shapeE7.length !== 2 * g.geomOffset[g.edgeCount]) fail('shape points');
  for (let u = 0; u < g.nodeCount; u++)
    if (g.arcOffset[u] > g.arcOffset[u + 1]) fail(`arc offsets decrease at node ${u}`);
  for (let a = 0; a < g.arcCount; a++) if (g.arcTarget[a] >= g.nodeCount) fail(`arc ${a} points past the last node`);
  const levels = g.tree.levelStart;
  if (!Array.isArray(levels) || levels[0] !== 0 || g.tree.boxes.length !== 4 * levels[levels.length - 1])
    fail('edge tree');
  if (levels[1] !== Math.max(1, Math.ceil(g.edgeCount / 16))) fail('edge tree leaf level');
}

function view32<T extends Uint32Array | Int32Array>(
  bytes: Uint8Array,
  Ctor: { new (b: ArrayBufferLike, o: number, n: number): T },
): T {
  if (bytes.length % 4 !== 0) throw new GraphFormatError('section length is not a multiple of 4');
  return new Ctor(bytes.buffer, bytes.byteOffset, bytes.length / 4);
}

function bytesOf(a: ArrayBufferView): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

/** Bytes of the graph proper (no POIs or buildings): what "bytes per node" measures. */
export function graphCoreBytes(g: WalkGraph): number {
  return (
    g.nodeLonE7.byteLength +
    g.nodeLatE7.byteLength +
    g.arcOffset.byteLength +
    g.arcTarget.byteLength +
    g.arcLengthDm.byteLength +
    g.edgeBase.byteLength +
    g.edgeClass.byteLength +
    g.geomOffset.byteLength +
    g.shapeE7.byteLength +
    g.tree.boxes.byteLength
  );
}
