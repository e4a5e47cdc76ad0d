// Streaming OSM PBF reader. The file is read blob by blob (4-byte length, BlobHeader, Blob), so
// memory stays proportional to one blob whatever the extract's size; pbf-block.ts decodes the
// inflated blocks. Every refusal names the byte offset and blob index.
import { open, type FileHandle } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import { PbfReader } from 'pbf';
import { checkHeader, Corrupt, decodePrimitiveBlock, printable, SinkFailure, wrapSink } from './pbf-block';
import { OsmInputError, type OsmReadOptions, type OsmSink, type OsmSource } from './source';

/** Limits from the format specification: BlobHeader < 64 KiB, Blob (packed and unpacked) ≤ 32 MiB. */
const MAX_HEADER = 64 * 1024;
const MAX_BLOB = 32 * 1024 * 1024;
const COMPRESSIONS = ['lzma', 'bzip2', 'lz4', 'zstd']; // Blob fields 4..7
const NOT_PBF = 'not an OSM PBF file? expected .osm.pbf, .osm or .osm.gz';

export function pbfSource(path: string): OsmSource {
  return { name: path, read: (sink, options) => readPbf(path, sink, options) };
}

async function readPbf(path: string, sink: OsmSink, options: OsmReadOptions): Promise<void> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch (err) {
    throw fileOpenError(path, err);
  }
  try {
    const stat = await file.stat();
    if (stat.isDirectory()) throw new OsmInputError(path, 'open', 'is a directory, not an OSM file');
    const size = stat.size;
    if (size === 0) throw new OsmInputError(path, 'byte 0', 'empty file', 'expected an OSM PBF extract');
    const deliver = wrapSink(sink, options);
    let offset = 0;
    for (let blob = 0; offset < size; blob++) {
      const fail = (at: number, problem: string, hint?: string): never => {
        throw new OsmInputError(path, `byte ${at} (blob ${blob})`, problem, hint);
      };
      const readAt = async (at: number, length: number, what: string): Promise<Buffer> => {
        if (at + length > size)
          fail(
            at,
            `truncated ${what}: needs ${length} bytes, the file ends after ${size - at}`,
            'the download may be incomplete',
          );
        const buf = Buffer.allocUnsafe(length);
        const { bytesRead } = await file.read(buf, 0, length, at);
        if (bytesRead !== length) fail(at + bytesRead, `truncated ${what}`, 'the file changed while being read?');
        return buf;
      };
      const headerLen = (await readAt(offset, 4, 'blob header length')).readUInt32BE(0);
      if (headerLen === 0 || headerLen >= MAX_HEADER) {
        fail(offset, `blob header length ${headerLen} is out of range`, blob === 0 ? NOT_PBF : 'the file is corrupt');
      }
      const header = parseBlobHeader(await readAt(offset + 4, headerLen, 'blob header'));
      if (typeof header === 'string')
        fail(offset + 4, `malformed blob header: ${header}`, blob === 0 ? NOT_PBF : 'the file is corrupt');
      const { type, dataSize } = header as BlobHeader;
      if (blob === 0 && type !== 'OSMHeader')
        fail(offset, `first blob has type "${printable(type)}", expected "OSMHeader"`, NOT_PBF);
      const dataAt = offset + 4 + headerLen;
      if (type === 'OSMHeader' || type === 'OSMData') {
        const block = unpackBlob(await readAt(dataAt, dataSize, `${type} blob`), (problem, hint) =>
          fail(dataAt, problem, hint),
        );
        try {
          if (type === 'OSMHeader') checkHeader(block);
          else decodePrimitiveBlock(block, deliver);
        } catch (err) {
          if (err instanceof SinkFailure) throw err.error;
          if (err instanceof OsmInputError) throw err;
          if (err instanceof Corrupt) fail(dataAt, err.message, err.hint);
          fail(dataAt, `malformed ${type} block (${(err as Error).message})`, 'the file is corrupt');
        }
      } else if (dataAt + dataSize > size) {
        fail(
          dataAt,
          `truncated "${printable(type)}" blob: needs ${dataSize} bytes, the file ends after ${size - dataAt}`,
        );
      }
      // Blobs of other types are skipped unread, as the specification asks.
      offset = dataAt + dataSize;
      options.onProgress?.(offset / size);
    }
  } finally {
    await file.close();
  }
}

export function fileOpenError(path: string, err: unknown): OsmInputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new OsmInputError(path, 'open', 'file not found', 'check the path');
  if (code === 'EACCES' || code === 'EPERM') return new OsmInputError(path, 'open', 'permission denied');
  if (code === 'EISDIR') return new OsmInputError(path, 'open', 'is a directory, not an OSM file');
  return new OsmInputError(path, 'open', `cannot read the file (${(err as Error).message})`);
}

interface BlobHeader {
  type: string;
  dataSize: number;
}

function parseBlobHeader(buf: Uint8Array): BlobHeader | string {
  try {
    const pbf = new PbfReader(buf);
    let type: string | undefined;
    let dataSize = -1;
    while (pbf.pos < pbf.length) {
      const tag = pbf.readVarint();
      if (tag === 10) type = pbf.readString();
      else if (tag === 24) dataSize = pbf.readVarint();
      else pbf.skip(tag);
    }
    if (pbf.pos !== pbf.length) return 'a field runs past its end';
    if (type === undefined) return 'no type';
    if (dataSize < 0 || dataSize > MAX_BLOB) return `data size ${dataSize} is out of range`;
    return { type, dataSize };
  } catch (err) {
    return (err as Error).message;
  }
}

function unpackBlob(buf: Uint8Array, fail: (problem: string, hint?: string) => never): Uint8Array {
  let raw: Uint8Array | undefined;
  let zlib: Uint8Array | undefined;
  let rawSize = -1;
  let other: string | undefined;
  try {
    const pbf = new PbfReader(buf);
    while (pbf.pos < pbf.length) {
      const tag = pbf.readVarint();
      const field = tag >>> 3;
      if (tag === 10) raw = pbf.readBytes();
      else if (tag === 16) rawSize = pbf.readVarint();
      else if (tag === 26) zlib = pbf.readBytes();
      else {
        if (field >= 4 && field <= 7) other = COMPRESSIONS[field - 4];
        pbf.skip(tag);
      }
    }
    if (pbf.pos !== pbf.length) throw new Error('a field runs past its end');
  } catch (err) {
    return fail(`malformed blob (${(err as Error).message})`, 'the file is corrupt');
  }
  if (raw) return raw;
  if (!zlib) {
    if (other)
      return fail(
        `${other}-compressed blobs are not supported`,
        'recompress with zlib, e.g. `osmium cat in.osm.pbf -o out.osm.pbf`',
      );
    return fail('blob holds no data', 'the file is corrupt');
  }
  if (rawSize > MAX_BLOB)
    return fail(`blob declares ${rawSize} uncompressed bytes, more than the 32 MiB the format allows`);
  let out: Buffer;
  try {
    // Cap the output so that a corrupt or hostile blob cannot inflate beyond what it declares.
    out = inflateSync(zlib, { maxOutputLength: rawSize > 0 ? rawSize : MAX_BLOB });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      return fail(`zlib data inflates to more than the ${rawSize} bytes the blob declares`, 'the file is corrupt');
    return fail(`bad zlib data (${(err as Error).message})`, 'the file is corrupt or truncated');
  }
  if (rawSize >= 0 && out.length !== rawSize)
    fail(`zlib data inflates to ${out.length} bytes, the blob declares ${rawSize}`, 'the file is corrupt');
  return out;
}
