// Streaming OSM PBF reader: one blob in memory at a time, a hand-written protobuf decoder on
// Uint8Array (no per-field objects), zlib through node:zlib. Dense nodes without tags cost no
// allocation. Unknown required features and unsupported compressions are refused by name.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { OsmInputError, type OsmReadOptions, type OsmSink, type OsmSource, type OsmTags } from './source';

const MAX_HEADER = 64 * 1024;
const MAX_BLOB = 32 * 1024 * 1024;
const SUPPORTED_FEATURES = new Set(['OsmSchema-V0.6', 'DenseNodes']);

/** A cursor over protobuf bytes. */
class Proto {
  pos = 0;
  constructor(
    public buf: Uint8Array,
    public end = buf.length,
  ) {}
  varint(): number {
    const b = this.buf;
    let byte = b[this.pos++];
    let v = byte & 0x7f;
    if (byte < 0x80) return v;
    byte = b[this.pos++];
    v |= (byte & 0x7f) << 7;
    if (byte < 0x80) return v;
    byte = b[this.pos++];
    v |= (byte & 0x7f) << 14;
    if (byte < 0x80) return v;
    byte = b[this.pos++];
    v |= (byte & 0x7f) << 21;
    if (byte < 0x80) return v;
    // Beyond 28 bits: continue with multiplication to stay exact up to 2^53.
    let mul = 268435456;
    for (let i = 0; i < 6; i++) {
      byte = b[this.pos++];
      v += (byte & 0x7f) * mul;
      if (byte < 0x80) return v;
      mul *= 128;
    }
    if (this.pos > this.end) throw new RangeError('varint runs past the end of the message');
    throw new RangeError('varint longer than 64 bits');
  }
  svarint(): number {
    const n = this.varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  }
  /** Length-delimited field: returns [start, end) and moves past it. */
  bytes(): [number, number] {
    const len = this.varint();
    const start = this.pos;
    this.pos += len;
    if (this.pos > this.end) throw new RangeError('field runs past the end of the message');
    return [start, this.pos];
  }
  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.pos += 8;
    else if (wire === 2) this.bytes();
    else if (wire === 5) this.pos += 4;
    else throw new RangeError(`unsupported protobuf wire type ${wire}`);
  }
  more(): boolean {
    return this.pos < this.end;
  }
}

const utf8 = new TextDecoder('utf-8');

export function pbfSource(path: string): OsmSource {
  return {
    name: path,
    read: (sink, options) => readPbf(path, sink, options),
  };
}

async function readPbf(path: string, sink: OsmSink, options: OsmReadOptions): Promise<void> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new OsmInputError(path, 'open', 'file not found or not readable');
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) throw new OsmInputError(path, 'byte 0', 'empty file', 'expected an OSM PBF extract');
    const fail = (offset: number, blob: number, problem: string, hint?: string): never => {
      throw new OsmInputError(path, `byte ${offset} (blob ${blob})`, problem, hint);
    };
    const readExact = (offset: number, length: number, blob: number, what: string): Uint8Array => {
      const out = new Uint8Array(length);
      let got = 0;
      while (got < length) {
        const n = readSync(fd, out, got, length - got, offset + got);
        if (n === 0)
          fail(
            offset + got,
            blob,
            `truncated ${what}: expected ${length} bytes, file ends after ${got}`,
            'the download may be incomplete',
          );
        got += n;
      }
      return out;
    };
    let offset = 0;
    let blob = 0;
    while (offset < size) {
      if (offset + 4 > size) fail(offset, blob, 'truncated blob header length');
      const lenBytes = readExact(offset, 4, blob, 'blob header length');
      const headerLen = ((lenBytes[0] << 24) | (lenBytes[1] << 16) | (lenBytes[2] << 8) | lenBytes[3]) >>> 0;
      if (headerLen === 0 || headerLen > MAX_HEADER) {
        fail(
          offset,
          blob,
          `blob header length ${headerLen} is out of range`,
          blob === 0 ? 'not an OSM PBF file?' : 'the file is corrupt',
        );
      }
      const header = readExact(offset + 4, headerLen, blob, 'blob header');
      let type = '';
      let dataSize = -1;
      try {
        const p = new Proto(header);
        while (p.more()) {
          const key = p.varint();
          if (key === 10) {
            const [s, e] = p.bytes();
            type = utf8.decode(header.subarray(s, e));
          } else if (key === 24) dataSize = p.varint();
          else p.skip(key & 7);
        }
      } catch (err) {
        fail(
          offset + 4,
          blob,
          `malformed blob header: ${(err as Error).message}`,
          blob === 0 ? 'not an OSM PBF file?' : undefined,
        );
      }
      if (dataSize < 0 || dataSize > MAX_BLOB) fail(offset + 4, blob, `blob size ${dataSize} is out of range`);
      const dataAt = offset + 4 + headerLen;
      if (blob === 0 && type !== 'OSMHeader')
        fail(offset, blob, `first blob is "${type}", expected OSMHeader`, 'not an OSM PBF file?');
      const data = readExact(dataAt, dataSize, blob, 'blob');
      if (type === 'OSMHeader' || type === 'OSMData') {
        const block = unpackBlob(data, (problem, hint) => fail(dataAt, blob, problem, hint));
        try {
          if (type === 'OSMHeader') checkHeader(block, (problem, hint) => fail(dataAt, blob, problem, hint));
          else decodePrimitiveBlock(block, sink, options);
        } catch (err) {
          if (err instanceof OsmInputError) throw err;
          fail(dataAt, blob, `malformed ${type} block: ${(err as Error).message}`, 'the file is corrupt');
        }
      }
      // Unknown blob types are skipped, as the format specifies.
      offset = dataAt + dataSize;
      blob++;
      options.onProgress?.(offset / size);
      if ((blob & 15) === 0) await new Promise((r) => setImmediate(r));
    }
  } finally {
    closeSync(fd);
  }
}

function unpackBlob(data: Uint8Array, fail: (problem: string, hint?: string) => never): Uint8Array {
  const p = new Proto(data);
  let raw: Uint8Array | undefined;
  let zlib: Uint8Array | undefined;
  let rawSize = -1;
  let other = '';
  try {
    while (p.more()) {
      const key = p.varint();
      const field = key >>> 3;
      if (field === 1 || field === 3) {
        const [s, e] = p.bytes();
        if (field === 1) raw = data.subarray(s, e);
        else zlib = data.subarray(s, e);
      } else if (field === 2) rawSize = p.varint();
      else {
        if (field >= 4 && field <= 7) other = ['lzma', 'bzip2', 'lz4', 'zstd'][field - 4];
        p.skip(key & 7);
      }
    }
  } catch (err) {
    fail(`malformed blob: ${(err as Error).message}`, 'the file is corrupt');
  }
  if (raw) return raw;
  if (zlib) {
    let out: Buffer;
    try {
      out = inflateSync(zlib);
    } catch (err) {
      return fail(`bad zlib data (${(err as Error).message})`, 'the file is corrupt or truncated');
    }
    if (rawSize >= 0 && out.length !== rawSize)
      fail(`inflated ${out.length} bytes, the blob says ${rawSize}`, 'the file is corrupt');
    return out;
  }
  return fail(
    other ? `${other}-compressed blobs are not supported` : 'blob holds no data',
    other ? 'recompress with zlib, e.g. `osmium cat -o out.osm.pbf in.osm.pbf`' : undefined,
  );
}

function checkHeader(block: Uint8Array, fail: (problem: string, hint?: string) => never): void {
  const p = new Proto(block);
  while (p.more()) {
    const key = p.varint();
    if (key === 34) {
      const [s, e] = p.bytes();
      const feature = utf8.decode(block.subarray(s, e));
      if (!SUPPORTED_FEATURES.has(feature))
        fail(`required feature "${feature}" is not supported`, `supported: ${[...SUPPORTED_FEATURES].join(', ')}`);
    } else p.skip(key & 7);
  }
}

function decodePrimitiveBlock(block: Uint8Array, sink: OsmSink, options: OsmReadOptions): void {
  const p = new Proto(block);
  const strings: string[] = [];
  const groups: [number, number][] = [];
  let granularity = 100;
  let latOffset = 0;
  let lonOffset = 0;
  while (p.more()) {
    const key = p.varint();
    switch (key) {
      case 10: {
        const [s, e] = p.bytes();
        const t = new Proto(block, e);
        t.pos = s;
        while (t.more()) {
          const k = t.varint();
          if (k === 10) {
            const [a, b] = t.bytes();
            strings.push(utf8.decode(block.subarray(a, b)));
          } else t.skip(k & 7);
        }
        break;
      }
      case 18:
        groups.push(p.bytes());
        break;
      case 136:
        granularity = p.varint();
        break;
      case 152:
        latOffset = p.varint();
        break;
      case 160:
        lonOffset = p.varint();
        break;
      default:
        p.skip(key & 7);
    }
  }
  const scale = granularity * 1e-9;
  const base = { strings, scale, latOffset: latOffset * 1e-9, lonOffset: lonOffset * 1e-9 };
  for (const [s, e] of groups) {
    const g = new Proto(block, e);
    g.pos = s;
    while (g.more()) {
      const key = g.varint();
      const field = key >>> 3;
      if ((key & 7) !== 2) {
        g.skip(key & 7);
        continue;
      }
      const [a, b] = g.bytes();
      if (field === 2 && options.nodes && sink.node) denseNodes(block, a, b, base, sink.node);
      else if (field === 1 && options.nodes && sink.node) plainNode(block, a, b, base, sink.node);
      else if (field === 3 && options.ways && sink.way) way(block, a, b, strings, sink.way);
    }
  }
}

interface Base {
  strings: string[];
  scale: number;
  latOffset: number;
  lonOffset: number;
}

function packedRange(p: Proto): Proto {
  const [s, e] = p.bytes();
  const q = new Proto(p.buf, e);
  q.pos = s;
  return q;
}

function denseNodes(buf: Uint8Array, start: number, end: number, base: Base, node: NonNullable<OsmSink['node']>): void {
  const p = new Proto(buf, end);
  p.pos = start;
  let ids: Proto | undefined;
  let lats: Proto | undefined;
  let lons: Proto | undefined;
  let kv: Proto | undefined;
  while (p.more()) {
    const key = p.varint();
    if (key === 10) ids = packedRange(p);
    else if (key === 66) lats = packedRange(p);
    else if (key === 74) lons = packedRange(p);
    else if (key === 82) kv = packedRange(p);
    else p.skip(key & 7);
  }
  if (!ids || !lats || !lons) return;
  let id = 0;
  let lat = 0;
  let lon = 0;
  const { strings, scale, latOffset, lonOffset } = base;
  while (ids.more()) {
    id += ids.svarint();
    lat += lats.svarint();
    lon += lons.svarint();
    let tags: OsmTags | null = null;
    if (kv && kv.more()) {
      for (let k = kv.varint(); k !== 0; k = kv.varint()) {
        const v = kv.varint();
        (tags ??= {})[strings[k]] = strings[v];
      }
    }
    node(id, round7(lonOffset + lon * scale), round7(latOffset + lat * scale), tags);
  }
}

function plainNode(buf: Uint8Array, start: number, end: number, base: Base, node: NonNullable<OsmSink['node']>): void {
  const p = new Proto(buf, end);
  p.pos = start;
  let id = 0;
  let lat = 0;
  let lon = 0;
  let keys: number[] = [];
  let vals: number[] = [];
  while (p.more()) {
    const key = p.varint();
    if (key === 8) id = p.svarint();
    else if (key === 64) lat = p.svarint();
    else if (key === 72) lon = p.svarint();
    else if (key === 18) keys = packedList(p);
    else if (key === 26) vals = packedList(p);
    else p.skip(key & 7);
  }
  node(
    id,
    round7(base.lonOffset + lon * base.scale),
    round7(base.latOffset + lat * base.scale),
    tagsOf(keys, vals, base.strings),
  );
}

const refsScratch: number[] = [];

function way(
  buf: Uint8Array,
  start: number,
  end: number,
  strings: string[],
  sinkWay: NonNullable<OsmSink['way']>,
): void {
  const p = new Proto(buf, end);
  p.pos = start;
  let id = 0;
  let keys: number[] = [];
  let vals: number[] = [];
  refsScratch.length = 0;
  while (p.more()) {
    const key = p.varint();
    if (key === 8) id = p.varint();
    else if (key === 18) keys = packedList(p);
    else if (key === 26) vals = packedList(p);
    else if (key === 66) {
      const q = packedRange(p);
      let ref = 0;
      while (q.more()) {
        ref += q.svarint();
        refsScratch.push(ref);
      }
    } else p.skip(key & 7);
  }
  sinkWay(id, refsScratch, tagsOf(keys, vals, strings));
}

function packedList(p: Proto): number[] {
  const q = packedRange(p);
  const out: number[] = [];
  while (q.more()) out.push(q.varint());
  return out;
}

function tagsOf(keys: number[], vals: number[], strings: string[]): OsmTags | null {
  if (keys.length === 0) return null;
  const tags: OsmTags = {};
  for (let i = 0; i < keys.length; i++) tags[strings[keys[i]]] = strings[vals[i]];
  return tags;
}

/** Coordinates at OSM's 1e-7 resolution, without float noise from the scale multiplication. */
function round7(v: number): number {
  return Math.round(v * 1e7) / 1e7;
}
