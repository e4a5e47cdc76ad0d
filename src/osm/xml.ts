// Streaming OSM XML reader (.osm and .osm.gz) over saxes. Errors name the line and column.
import { createReadStream, statSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { SaxesParser } from 'saxes';
import { OsmInputError, type OsmReadOptions, type OsmSink, type OsmSource, type OsmTags } from './source';

export function xmlSource(path: string, gzip: boolean): OsmSource {
  return { name: path, read: (sink, options) => readXml(path, gzip, sink, options) };
}

async function readXml(path: string, gzip: boolean, sink: OsmSink, options: OsmReadOptions): Promise<void> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new OsmInputError(path, 'open', 'file not found or not readable');
  }
  if (size === 0) throw new OsmInputError(path, 'byte 0', 'empty file', 'expected OSM XML');
  const parser = new SaxesParser({ position: true });
  const where = () => `line ${parser.line}, column ${parser.column}`;
  let failure: OsmInputError | undefined;
  const fail = (problem: string, hint?: string) => {
    failure ??= new OsmInputError(path, where(), problem, hint);
  };
  let sawRoot = false;
  let depth = 0;
  // The element being read (node or way) and its tags.
  let kind: 'node' | 'way' | null = null;
  let id = 0;
  let lon = 0;
  let lat = 0;
  let tags: OsmTags | null = null;
  const refs: number[] = [];
  const num = (attrs: Record<string, string>, name: string, element: string): number => {
    const raw = attrs[name];
    const v = raw === undefined ? NaN : Number(raw);
    if (!Number.isFinite(v))
      fail(`<${element}> has ${raw === undefined ? 'no' : `an invalid (${raw})`} "${name}" attribute`);
    return v;
  };
  parser.on('opentag', (tag) => {
    depth++;
    const attrs = tag.attributes as Record<string, string>;
    if (depth === 1) {
      sawRoot = true;
      if (tag.name !== 'osm') fail(`root element is <${tag.name}>, expected <osm>`, 'is this an OSM XML file?');
      return;
    }
    if (depth === 2) {
      if (tag.name === 'node') {
        kind = 'node';
        id = num(attrs, 'id', 'node');
        lat = num(attrs, 'lat', 'node');
        lon = num(attrs, 'lon', 'node');
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180)
          fail(`<node id="${id}"> has coordinates out of range (${lon},${lat})`);
      } else if (tag.name === 'way') {
        kind = 'way';
        id = num(attrs, 'id', 'way');
        refs.length = 0;
      } else kind = null;
      tags = null;
      return;
    }
    if (kind && depth === 3) {
      if (tag.name === 'tag') {
        if (attrs.k === undefined) fail('<tag> without a "k" attribute');
        else (tags ??= {})[attrs.k] = attrs.v ?? '';
      } else if (tag.name === 'nd' && kind === 'way') refs.push(num(attrs, 'ref', 'nd'));
    }
  });
  parser.on('closetag', () => {
    if (depth === 2 && kind && !failure) {
      if (kind === 'node' && options.nodes) sink.node?.(id, lon, lat, tags);
      else if (kind === 'way' && options.ways) sink.way?.(id, refs, tags);
      kind = null;
    }
    depth--;
  });
  parser.on('error', (err) => fail(`malformed XML: ${err.message.replace(/^.*?:\d+:\d+: /, '')}`));

  let input: NodeJS.ReadableStream = createReadStream(path);
  let read = 0;
  (input as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
    read += chunk.length;
    options.onProgress?.(Math.min(1, read / size));
  });
  if (gzip) input = input.pipe(createGunzip());
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      parser.write(decoder.decode(chunk, { stream: true }));
      if (failure) throw failure;
    }
    parser.close();
  } catch (err) {
    if (err instanceof OsmInputError) throw err;
    if (failure) throw failure;
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (gzip && /^Z_|ERR_/.test(code))
      throw new OsmInputError(
        path,
        `byte ${read}`,
        `not valid gzip data (${(err as Error).message})`,
        'the file is corrupt or not gzipped',
      );
    throw new OsmInputError(path, where(), (err as Error).message);
  }
  if (failure) throw failure;
  if (!sawRoot) throw new OsmInputError(path, where(), 'no <osm> element found', 'is this an OSM XML file?');
}
