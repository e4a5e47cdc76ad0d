// Streaming OSM XML reader (.osm, and gzipped .osm.gz told apart by magic bytes, not the name)
// over saxes. Reads <node> and <way> with their <tag>s and <nd>s; relations, bounds and changesets
// are skipped. Every refusal names the line and column (or byte, for bad gzip data).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { SaxesParser } from 'saxes';
import { fileOpenError } from './pbf';
import { OsmInputError, type OsmReadOptions, type OsmSink, type OsmSource, type OsmTags } from './source';

/** `gzip` may be given by a caller that has already sniffed the file; otherwise the reader does. */
export function xmlSource(path: string, gzip?: boolean): OsmSource {
  return { name: path, read: (sink, options) => readXml(path, gzip, sink, options) };
}

const INTEGER = /^-?\d{1,16}$/;

async function sniff(path: string): Promise<{ size: number; gzip: boolean }> {
  try {
    const file = await open(path, 'r');
    try {
      const size = (await file.stat()).size;
      const head = Buffer.alloc(2);
      await file.read(head, 0, 2, 0);
      return { size, gzip: head[0] === 0x1f && head[1] === 0x8b };
    } finally {
      await file.close();
    }
  } catch (err) {
    throw fileOpenError(path, err);
  }
}

async function readXml(
  path: string,
  gzipHint: boolean | undefined,
  sink: OsmSink,
  options: OsmReadOptions,
): Promise<void> {
  const sniffed = await sniff(path);
  const gzip = gzipHint ?? sniffed.gzip;
  const size = sniffed.size;
  if (size === 0) throw new OsmInputError(path, 'byte 0', 'empty file', 'expected OSM XML');
  const parser = new SaxesParser({ position: true });
  const where = () => `line ${parser.line}, column ${parser.column}`;
  // saxes reports through callbacks; the first problem is kept and thrown between chunks, and
  // nothing is delivered once it is set.
  let failure: OsmInputError | undefined;
  const fail = (problem: string, hint?: string) => {
    failure ??= new OsmInputError(path, where(), problem, hint);
  };
  let sawRoot = false;
  let depth = 0;
  let kind: 'node' | 'way' | null = null; // the top-level element being read
  let id = 0;
  let lon = 0;
  let lat = 0;
  let tags: OsmTags | null = null;
  const refs: number[] = [];
  const int = (attrs: Record<string, string>, name: string, element: string): number => {
    const raw = attrs[name];
    if (raw !== undefined && INTEGER.test(raw) && Number.isSafeInteger(Number(raw))) return Number(raw);
    fail(`<${element}> has ${raw === undefined ? 'no' : `an invalid ("${raw}")`} "${name}" attribute`);
    return 0;
  };
  const coord = (attrs: Record<string, string>, name: 'lat' | 'lon'): number => {
    const raw = attrs[name];
    const v = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
    if (Number.isFinite(v) && Math.abs(v) <= (name === 'lat' ? 90 : 180)) return v;
    fail(`<node id="${id}"> has ${raw === undefined ? 'no' : `an invalid ("${raw}")`} "${name}" attribute`);
    return 0;
  };
  parser.on('opentag', (tag) => {
    depth++;
    const attrs = tag.attributes as Record<string, string>;
    if (depth === 1) {
      sawRoot = true;
      if (tag.name !== 'osm') fail(`root element is <${tag.name}>, expected <osm>`, 'is this an OSM XML file?');
    } else if (depth === 2) {
      tags = null;
      kind = null;
      if (tag.name === 'node') {
        kind = 'node';
        id = int(attrs, 'id', 'node');
        lat = coord(attrs, 'lat');
        lon = coord(attrs, 'lon');
      } else if (tag.name === 'way') {
        kind = 'way';
        id = int(attrs, 'id', 'way');
        refs.length = 0;
      }
    } else if (depth === 3 && kind) {
      if (tag.name === 'tag') {
        if (attrs.k === undefined) fail(`<tag> in ${kind} ${id} has no "k" attribute`);
        else (tags ??= {})[attrs.k] = attrs.v ?? '';
      } else if (tag.name === 'nd' && kind === 'way') refs.push(int(attrs, 'ref', 'nd'));
    }
  });
  parser.on('closetag', () => {
    if (depth === 2 && kind && !failure) {
      if (kind === 'node') {
        if (options.nodes) sink.node?.(id, lon, lat, tags);
      } else if (options.ways) sink.way?.(id, refs, tags);
    }
    if (depth === 2) kind = null;
    depth--;
  });
  // saxes prefixes its messages with "line:column: "; the position goes into `where` instead.
  parser.on('error', (err) => fail(`malformed XML: ${err.message.replace(/^(?:.*?:)?\d+:\d+: /, '')}`));

  const raw = createReadStream(path);
  const gunzip = gzip ? createGunzip() : undefined;
  // pipe() does not forward source errors; without this a read error would leave the loop waiting.
  if (gunzip) raw.on('error', (err) => gunzip.destroy(err)).pipe(gunzip);
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of (gunzip ?? raw) as AsyncIterable<Buffer>) {
      parser.write(decoder.decode(chunk, { stream: true }));
      if (failure) throw failure;
      options.onProgress?.(Math.min(1, raw.bytesRead / size));
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (err) {
    if (err instanceof OsmInputError) throw err;
    if (failure) throw failure;
    if (gunzip && /^Z_|^ERR_ZLIB/.test((err as NodeJS.ErrnoException).code ?? '')) {
      throw new OsmInputError(
        path,
        `byte ${raw.bytesRead}`,
        `bad gzip data (${(err as Error).message})`,
        'the file is corrupt or truncated',
      );
    }
    throw new OsmInputError(path, where(), `cannot read the file (${(err as Error).message})`);
  } finally {
    raw.destroy();
    gunzip?.destroy();
  }
  if (failure) throw failure;
  if (!sawRoot) throw new OsmInputError(path, where(), 'no <osm> element found', 'is this an OSM XML file?');
  options.onProgress?.(1);
}
