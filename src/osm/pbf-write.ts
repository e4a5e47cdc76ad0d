// Writes any OsmSource as an OSM PBF file: an OSMHeader blob, then zlib-compressed OSMData blobs of
// dense nodes and of ways (8,000 elements per block). Used to save generated cities and to make PBF
// test inputs; the reader in pbf.ts is the consumer it is tested against.
import { closeSync, openSync, writeSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import type { OsmSource, OsmTags } from './source';

const BLOCK = 8000;

/** Protobuf writer over a growable byte buffer. */
class ProtoOut {
  buf = new Uint8Array(1 << 16);
  len = 0;
  private ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  varint(v: number): void {
    this.ensure(10);
    while (v >= 0x80) {
      this.buf[this.len++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.len++] = v;
  }
  svarint(v: number): void {
    this.varint(v < 0 ? -2 * v - 1 : 2 * v);
  }
  key(field: number, wire: number): void {
    this.varint(field * 8 + wire);
  }
  bytes(field: number, b: Uint8Array): void {
    this.key(field, 2);
    this.varint(b.length);
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  string(field: number, s: string): void {
    this.bytes(field, new TextEncoder().encode(s));
  }
  done(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

function packed(values: number[], signed: boolean): Uint8Array {
  const p = new ProtoOut();
  for (const v of values) {
    if (signed) p.svarint(v);
    else p.varint(v);
  }
  return p.done();
}

function blob(type: string, payload: Uint8Array): Uint8Array[] {
  const b = new ProtoOut();
  b.key(2, 0);
  b.varint(payload.length);
  b.bytes(3, deflateSync(payload));
  const body = b.done();
  const h = new ProtoOut();
  h.string(1, type);
  h.key(3, 0);
  h.varint(body.length);
  const header = h.done();
  const len = new Uint8Array(4);
  new DataView(len.buffer).setUint32(0, header.length);
  return [len, header, body];
}

class StringTable {
  private index = new Map<string, number>([['', 0]]);
  list = [''];
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
  encode(): Uint8Array {
    const p = new ProtoOut();
    for (const s of this.list) p.string(1, s);
    return p.done();
  }
}

function primitiveBlock(strings: StringTable, group: Uint8Array): Uint8Array {
  const p = new ProtoOut();
  p.bytes(1, strings.encode());
  p.bytes(2, group);
  return p.done();
}

function denseBlock(nodes: { id: number; lon: number; lat: number; tags: OsmTags | null }[]): Uint8Array {
  const strings = new StringTable();
  const ids: number[] = [];
  const lats: number[] = [];
  const lons: number[] = [];
  const kv: number[] = [];
  let pid = 0;
  let plat = 0;
  let plon = 0;
  for (const n of nodes) {
    const lat = Math.round(n.lat * 1e7);
    const lon = Math.round(n.lon * 1e7);
    ids.push(n.id - pid);
    lats.push(lat - plat);
    lons.push(lon - plon);
    pid = n.id;
    plat = lat;
    plon = lon;
    if (n.tags) for (const k in n.tags) kv.push(strings.id(k), strings.id(n.tags[k]));
    kv.push(0);
  }
  const dense = new ProtoOut();
  dense.bytes(1, packed(ids, true));
  dense.bytes(8, packed(lats, true));
  dense.bytes(9, packed(lons, true));
  dense.bytes(10, packed(kv, false));
  const group = new ProtoOut();
  group.bytes(2, dense.done());
  return primitiveBlock(strings, group.done());
}

function wayBlock(ways: { id: number; refs: number[]; tags: OsmTags | null }[]): Uint8Array {
  const strings = new StringTable();
  const group = new ProtoOut();
  for (const w of ways) {
    const p = new ProtoOut();
    p.key(1, 0);
    p.varint(w.id);
    const keys: number[] = [];
    const vals: number[] = [];
    if (w.tags)
      for (const k in w.tags) {
        keys.push(strings.id(k));
        vals.push(strings.id(w.tags[k]));
      }
    if (keys.length) {
      p.bytes(2, packed(keys, false));
      p.bytes(3, packed(vals, false));
    }
    const deltas: number[] = [];
    let prev = 0;
    for (const r of w.refs) {
      deltas.push(r - prev);
      prev = r;
    }
    p.bytes(8, packed(deltas, true));
    group.bytes(3, p.done());
  }
  return primitiveBlock(strings, group.done());
}

export interface PbfWriteOptions {
  /** Extra required features to declare (only for testing the reader's refusal). */
  requiredFeatures?: string[];
}

/** Write `source` to `path` as PBF; returns element counts. Granularity is 1e-7 degrees. */
export async function writeOsmPbf(
  source: OsmSource,
  path: string,
  options: PbfWriteOptions = {},
): Promise<{ nodes: number; ways: number }> {
  const fd = openSync(path, 'w');
  const emit = (parts: Uint8Array[]) => {
    for (const p of parts) writeSync(fd, p);
  };
  let nodes = 0;
  let ways = 0;
  try {
    const header = new ProtoOut();
    for (const f of ['OsmSchema-V0.6', 'DenseNodes', ...(options.requiredFeatures ?? [])]) header.string(4, f);
    header.string(16, 'quarter');
    emit(blob('OSMHeader', header.done()));
    let pendingNodes: { id: number; lon: number; lat: number; tags: OsmTags | null }[] = [];
    await source.read(
      {
        node(id, lon, lat, tags) {
          nodes++;
          pendingNodes.push({ id, lon, lat, tags });
          if (pendingNodes.length === BLOCK) {
            emit(blob('OSMData', denseBlock(pendingNodes)));
            pendingNodes = [];
          }
        },
      },
      { nodes: true, ways: false },
    );
    if (pendingNodes.length) emit(blob('OSMData', denseBlock(pendingNodes)));
    let pendingWays: { id: number; refs: number[]; tags: OsmTags | null }[] = [];
    await source.read(
      {
        way(id, refs, tags) {
          ways++;
          pendingWays.push({ id, refs: Array.from(refs), tags });
          if (pendingWays.length === BLOCK) {
            emit(blob('OSMData', wayBlock(pendingWays)));
            pendingWays = [];
          }
        },
      },
      { nodes: false, ways: true },
    );
    if (pendingWays.length) emit(blob('OSMData', wayBlock(pendingWays)));
  } finally {
    closeSync(fd);
  }
  return { nodes, ways };
}
