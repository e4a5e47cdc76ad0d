// A tiny OSM PBF encoder for reader tests, built on pbf's PbfWriter (independent of the reader's
// decoder and of src/osm/pbf-write.ts, so a shared misreading of the format cannot hide). Unlike
// the production writer it can emit what tests need to provoke: plain nodes, odd granularity and
// offsets, relations, raw/lzma/zstd blobs, unknown blob types, wrong sizes and extra features.
import { deflateSync } from 'node:zlib';
import { PbfWriter } from 'pbf';
import type { OsmTags } from '../../src/osm/source';

export interface TestNode {
  id: number;
  lon: number;
  lat: number;
  tags?: OsmTags;
}
export interface TestWay {
  id: number;
  refs: number[];
  tags?: OsmTags;
}

export interface BlockSpec {
  dense?: TestNode[];
  /** Nodes written one by one (the non-dense encoding). */
  nodes?: TestNode[];
  ways?: TestWay[];
  /** Adds a group with one relation, which readers must skip. */
  relation?: boolean;
  /** Nanodegrees per unit; default 100. Coordinates must be representable in it. */
  granularity?: number;
  /** Nanodegrees; written as int64 (negative values take ten bytes). */
  latOffset?: number;
  lonOffset?: number;
}

export type Compression = 'zlib' | 'raw' | 'lzma' | 'zstd' | 'none';

export interface BlobOptions {
  compression?: Compression;
  /** Overrides the declared uncompressed size (zlib only), to provoke a mismatch. */
  rawSize?: number;
}

export function headerBlock(
  required = ['OsmSchema-V0.6', 'DenseNodes'],
  optional: string[] = ['Sort.Type_then_ID'],
): Uint8Array {
  const w = new PbfWriter();
  for (const f of required) w.writeStringField(4, f);
  for (const f of optional) w.writeStringField(5, f);
  w.writeStringField(16, 'quarter test writer');
  return w.finish();
}

class Strings {
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
}

/** A PrimitiveBlock holding one group per kind of element given. */
export function primitiveBlock(spec: BlockSpec): Uint8Array {
  const granularity = spec.granularity ?? 100;
  const latOffset = spec.latOffset ?? 0;
  const lonOffset = spec.lonOffset ?? 0;
  const units = (deg: number, offset: number) => {
    const v = (Math.round(deg * 1e9) - offset) / granularity;
    if (!Number.isInteger(v)) throw new Error(`${deg} is not representable with granularity ${granularity}`);
    return v;
  };
  const strings = new Strings();
  const groups: ((w: PbfWriter) => void)[] = [];
  if (spec.dense?.length) {
    const dense = spec.dense;
    groups.push((g) =>
      g.writeMessage(
        2,
        (_: unknown, d: PbfWriter) => {
          const ids: number[] = [];
          const lats: number[] = [];
          const lons: number[] = [];
          const kv: number[] = [];
          let prev = { id: 0, lat: 0, lon: 0 };
          for (const n of dense) {
            const cur = { id: n.id, lat: units(n.lat, latOffset), lon: units(n.lon, lonOffset) };
            ids.push(cur.id - prev.id);
            lats.push(cur.lat - prev.lat);
            lons.push(cur.lon - prev.lon);
            prev = cur;
            for (const [k, v] of Object.entries(n.tags ?? {})) kv.push(strings.id(k), strings.id(v));
            kv.push(0);
          }
          d.writePackedSVarint(1, ids);
          d.writePackedSVarint(8, lats);
          d.writePackedSVarint(9, lons);
          if (dense.some((n) => n.tags)) d.writePackedVarint(10, kv);
        },
        null,
      ),
    );
  }
  if (spec.nodes?.length) {
    const nodes = spec.nodes;
    groups.push((g) => {
      for (const n of nodes) {
        g.writeMessage(
          1,
          (_: unknown, m: PbfWriter) => {
            m.writeSVarintField(1, n.id);
            const tags = Object.entries(n.tags ?? {});
            if (tags.length) {
              m.writePackedVarint(
                2,
                tags.map(([k]) => strings.id(k)),
              );
              m.writePackedVarint(
                3,
                tags.map(([, v]) => strings.id(v)),
              );
            }
            m.writeSVarintField(8, units(n.lat, latOffset));
            m.writeSVarintField(9, units(n.lon, lonOffset));
          },
          null,
        );
      }
    });
  }
  if (spec.ways?.length) {
    const ways = spec.ways;
    groups.push((g) => {
      for (const way of ways) {
        g.writeMessage(
          3,
          (_: unknown, m: PbfWriter) => {
            m.writeVarintField(1, way.id);
            const tags = Object.entries(way.tags ?? {});
            if (tags.length) {
              m.writePackedVarint(
                2,
                tags.map(([k]) => strings.id(k)),
              );
              m.writePackedVarint(
                3,
                tags.map(([, v]) => strings.id(v)),
              );
            }
            m.writePackedSVarint(
              8,
              way.refs.map((r, i) => r - (i ? way.refs[i - 1] : 0)),
            );
          },
          null,
        );
      }
    });
  }
  if (spec.relation) {
    groups.push((g) =>
      g.writeMessage(
        4,
        (_: unknown, m: PbfWriter) => {
          m.writeVarintField(1, 1);
          m.writePackedVarint(2, [strings.id('type')]);
          m.writePackedVarint(3, [strings.id('route')]);
          m.writePackedSVarint(9, [1]); // memids
          m.writePackedVarint(10, [1]); // types: way
        },
        null,
      ),
    );
  }
  const w = new PbfWriter();
  // Groups first so the string table is complete, then the table; field order is free in protobuf.
  for (const group of groups) w.writeMessage(2, (_: unknown, g: PbfWriter) => group(g), null);
  w.writeMessage(1, (_: unknown, t: PbfWriter) => strings.list.forEach((s) => t.writeStringField(1, s)), null);
  if (spec.granularity !== undefined) w.writeVarintField(17, granularity);
  if (latOffset) w.writeVarintField(19, latOffset);
  if (lonOffset) w.writeVarintField(20, lonOffset);
  return w.finish();
}

/** One framed blob: 4-byte big-endian length, BlobHeader, Blob. */
export function blob(type: string, payload: Uint8Array, options: BlobOptions = {}): Uint8Array {
  const compression = options.compression ?? 'zlib';
  const b = new PbfWriter();
  if (compression === 'raw') b.writeBytesField(1, payload);
  else if (compression === 'zlib') {
    b.writeVarintField(2, options.rawSize ?? payload.length);
    b.writeBytesField(3, deflateSync(payload));
  } else if (compression === 'lzma') b.writeBytesField(4, payload);
  else if (compression === 'zstd') b.writeBytesField(7, payload);
  const body = b.finish();
  const h = new PbfWriter();
  h.writeStringField(1, type);
  h.writeVarintField(3, body.length);
  const header = h.finish();
  const out = new Uint8Array(4 + header.length + body.length);
  new DataView(out.buffer).setUint32(0, header.length);
  out.set(header, 4);
  out.set(body, 4 + header.length);
  return out;
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A whole file: header blob, then one data blob per block. */
export function pbfFile(blocks: BlockSpec[], options: BlobOptions & { required?: string[] } = {}): Uint8Array {
  return concat([
    blob('OSMHeader', headerBlock(options.required), options),
    ...blocks.map((b) => blob('OSMData', primitiveBlock(b), options)),
  ]);
}
