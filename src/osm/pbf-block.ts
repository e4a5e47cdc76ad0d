// Decoding of PBF blocks, after pbf.ts has framed and inflated them: the OSMHeader's required
// features and the OSMData PrimitiveBlock (string table, groups of dense nodes, plain nodes, ways).
// Hand-written over pbf's PbfReader primitives rather than a generated schema, so that untagged
// dense nodes cost no allocation and a pass skips the groups it does not want.
import { PbfReader } from 'pbf';
import type { OsmReadOptions, OsmSink, OsmTags } from './source';

export const SUPPORTED_FEATURES = ['OsmSchema-V0.6', 'DenseNodes'];

/** A problem inside a block; the reader turns it into an OsmInputError naming the blob. */
export class Corrupt extends Error {
  constructor(
    message: string,
    readonly hint = 'the file is corrupt',
  ) {
    super(message);
  }
}
/** Wraps an exception thrown by the sink so that it passes through unchanged, not as "corrupt". */
export class SinkFailure {
  constructor(readonly error: unknown) {}
}

export function printable(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '?').slice(0, 40);
}

export function checkHeader(block: Uint8Array): void {
  const pbf = new PbfReader(block);
  while (pbf.pos < pbf.length) {
    const tag = pbf.readVarint();
    if (tag !== 34) {
      pbf.skip(tag);
      continue;
    }
    const feature = pbf.readString();
    if (!SUPPORTED_FEATURES.includes(feature)) {
      throw new Corrupt(
        `required feature "${printable(feature)}" is not supported`,
        `this reader supports ${SUPPORTED_FEATURES.join(', ')}`,
      );
    }
  }
}

type NodeFn = NonNullable<OsmSink['node']>;
type WayFn = NonNullable<OsmSink['way']>;
export interface Deliver {
  node?: NodeFn;
  way?: WayFn;
}

/** The sink functions this pass wants, each marking its own exceptions so they are not reported as corrupt input. */
export function wrapSink(sink: OsmSink, options: OsmReadOptions): Deliver {
  const { node, way } = sink;
  const out: Deliver = {};
  if (options.nodes && node) {
    out.node = (id, lon, lat, tags) => {
      try {
        node.call(sink, id, lon, lat, tags);
      } catch (err) {
        throw new SinkFailure(err);
      }
    };
  }
  if (options.ways && way) {
    out.way = (id, refs, tags) => {
      try {
        way.call(sink, id, refs, tags);
      } catch (err) {
        throw new SinkFailure(err);
      }
    };
  }
  return out;
}

/** What a group needs from its block: the string table (decoded only on first use) and coordinate scaling. */
class Block {
  private table: string[] | undefined;
  constructor(
    readonly buf: Uint8Array,
    private readonly tableStart: number,
    private readonly tableEnd: number,
    readonly granularity: number,
    readonly latOffset: number,
    readonly lonOffset: number,
  ) {}
  string(i: number): string {
    const table = (this.table ??= this.decodeTable());
    if (i >= table.length) throw new Corrupt(`string index ${i} is outside the block's table of ${table.length}`);
    return table[i];
  }
  private decodeTable(): string[] {
    const out: string[] = [];
    if (this.tableStart < 0) return out;
    const pbf = reader(this.buf, this.tableStart);
    while (pbf.pos < this.tableEnd) {
      const tag = pbf.readVarint();
      if (tag === 10) out.push(pbf.readString());
      else pbf.skip(tag);
    }
    return out;
  }
  /** Exact: integer nanodegrees divided once, so values equal the decimal text OSM XML would carry. */
  lat(raw: number): number {
    return (this.latOffset + this.granularity * raw) / 1e9;
  }
  lon(raw: number): number {
    return (this.lonOffset + this.granularity * raw) / 1e9;
  }
}

function reader(buf: Uint8Array, pos: number): PbfReader {
  const pbf = new PbfReader(buf);
  pbf.pos = pos;
  return pbf;
}

/** Start and end of a length-delimited field, leaving the reader after it. */
function span(pbf: PbfReader, limit: number): number {
  const end = pbf.readVarint() + pbf.pos;
  if (end > limit) throw new Corrupt('a field runs past the end of its message');
  const start = pbf.pos;
  pbf.pos = end;
  return start;
}

export function decodePrimitiveBlock(buf: Uint8Array, deliver: Deliver): void {
  if (!deliver.node && !deliver.way) return;
  const pbf = new PbfReader(buf);
  let tableStart = -1;
  let tableEnd = -1;
  let granularity = 100;
  let latOffset = 0;
  let lonOffset = 0;
  const groups: number[] = [];
  while (pbf.pos < pbf.length) {
    const tag = pbf.readVarint();
    if (tag === 10) {
      tableStart = span(pbf, pbf.length);
      tableEnd = pbf.pos;
    } else if (tag === 18) groups.push(span(pbf, pbf.length), pbf.pos);
    else if (tag === 136) granularity = pbf.readVarint();
    else if (tag === 152) latOffset = pbf.readVarint(true);
    else if (tag === 160) lonOffset = pbf.readVarint(true);
    else pbf.skip(tag);
  }
  if (pbf.pos !== pbf.length) throw new Corrupt('the block runs past its end');
  const block = new Block(buf, tableStart, tableEnd, granularity, latOffset, lonOffset);
  for (let g = 0; g < groups.length; g += 2) {
    const end = groups[g + 1];
    const group = reader(buf, groups[g]);
    while (group.pos < end) {
      const tag = group.readVarint();
      // A group holds one kind of element; skipping the unwanted kinds is what makes a pass cheap.
      if (tag === 18 && deliver.node) denseNodes(block, span(group, end), group.pos, deliver.node);
      else if (tag === 10 && deliver.node) plainNode(block, span(group, end), group.pos, deliver.node);
      else if (tag === 26 && deliver.way) way(block, span(group, end), group.pos, deliver.way);
      else group.skip(tag);
    }
    if (group.pos !== end) throw new Corrupt('a primitive group runs past its end');
  }
}

function denseNodes(block: Block, start: number, end: number, node: NodeFn): void {
  const pbf = reader(block.buf, start);
  let ids = -1;
  let lats = -1;
  let lons = -1;
  let kv = -1;
  let idsEnd = 0;
  let latsEnd = 0;
  let lonsEnd = 0;
  let kvEnd = 0;
  while (pbf.pos < end) {
    const tag = pbf.readVarint();
    if (tag === 10) {
      ids = span(pbf, end);
      idsEnd = pbf.pos;
    } else if (tag === 66) {
      lats = span(pbf, end);
      latsEnd = pbf.pos;
    } else if (tag === 74) {
      lons = span(pbf, end);
      lonsEnd = pbf.pos;
    } else if (tag === 82) {
      kv = span(pbf, end);
      kvEnd = pbf.pos;
    } else pbf.skip(tag);
  }
  if (ids < 0) return;
  if (lats < 0 || lons < 0) throw new Corrupt('dense nodes without coordinates');
  const idR = reader(block.buf, ids);
  const latR = reader(block.buf, lats);
  const lonR = reader(block.buf, lons);
  const kvR = reader(block.buf, kv < 0 ? 0 : kv);
  let id = 0;
  let lat = 0;
  let lon = 0;
  while (idR.pos < idsEnd) {
    id += idR.readSVarint();
    lat += latR.readSVarint();
    lon += lonR.readSVarint();
    if (latR.pos > latsEnd || lonR.pos > lonsEnd) throw new Corrupt('dense node arrays differ in length');
    let tags: OsmTags | null = null;
    // keys_vals: per node, (key, value) string indexes ended by 0; empty when no node is tagged.
    if (kv >= 0 && kvR.pos < kvEnd) {
      for (let k = kvR.readVarint(); k !== 0; k = kvR.readVarint())
        (tags ??= {})[block.string(k)] = block.string(kvR.readVarint());
      if (kvR.pos > kvEnd) throw new Corrupt('dense node tags run past their end');
    }
    node(id, block.lon(lon), block.lat(lat), tags);
  }
  if (idR.pos !== idsEnd || latR.pos !== latsEnd || lonR.pos !== lonsEnd)
    throw new Corrupt('dense node arrays differ in length');
}

const keysScratch: number[] = [];
const valsScratch: number[] = [];
const refsScratch: number[] = [];

function plainNode(block: Block, start: number, end: number, node: NodeFn): void {
  const pbf = reader(block.buf, start);
  let id = 0;
  let lat = 0;
  let lon = 0;
  keysScratch.length = 0;
  valsScratch.length = 0;
  while (pbf.pos < end) {
    const tag = pbf.readVarint();
    if (tag === 8) id = pbf.readSVarint();
    else if (tag === 64) lat = pbf.readSVarint();
    else if (tag === 72) lon = pbf.readSVarint();
    else if (tag === 18) packed(pbf, end, keysScratch);
    else if (tag === 26) packed(pbf, end, valsScratch);
    else pbf.skip(tag);
  }
  node(id, block.lon(lon), block.lat(lat), tagsOf(block));
}

function way(block: Block, start: number, end: number, sinkWay: WayFn): void {
  const pbf = reader(block.buf, start);
  let id = 0;
  keysScratch.length = 0;
  valsScratch.length = 0;
  refsScratch.length = 0;
  while (pbf.pos < end) {
    const tag = pbf.readVarint();
    if (tag === 8) id = pbf.readVarint();
    else if (tag === 18) packed(pbf, end, keysScratch);
    else if (tag === 26) packed(pbf, end, valsScratch);
    else if (tag === 66) {
      const refsEnd = pbf.readVarint() + pbf.pos;
      if (refsEnd > end) throw new Corrupt('way refs run past the end of the way');
      for (let ref = 0; pbf.pos < refsEnd;) refsScratch.push((ref += pbf.readSVarint()));
    } else pbf.skip(tag);
  }
  // refs is a shared scratch array: the contract says it is valid only during the call.
  sinkWay(id, refsScratch, tagsOf(block));
}

function packed(pbf: PbfReader, limit: number, out: number[]): void {
  const end = pbf.readVarint() + pbf.pos;
  if (end > limit) throw new Corrupt('a packed field runs past the end of its element');
  while (pbf.pos < end) out.push(pbf.readVarint());
}

function tagsOf(block: Block): OsmTags | null {
  if (keysScratch.length === 0) return null;
  if (keysScratch.length !== valsScratch.length)
    throw new Corrupt('an element has different numbers of tag keys and values');
  const tags: OsmTags = {};
  for (let i = 0; i < keysScratch.length; i++) tags[block.string(keysScratch[i])] = block.string(valsScratch[i]);
  return tags;
}
