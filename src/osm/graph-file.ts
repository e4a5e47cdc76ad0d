// Reading and writing .qgraph files. Writes go to a temp file beside the target and are renamed,
// so a failed or interrupted build never leaves a half-written graph.
import { closeSync, existsSync, fstatSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as zlib from 'node:zlib';
import { decodeGraph, encodeGraph, GraphFormatError, type DecodedGraph } from '../geo/graph-format';
import type { GraphFeatures } from '../geo/features';
import type { WalkGraph } from '../geo/graph';

const nativeCrc32 = (zlib as unknown as { crc32?: (b: Uint8Array) => number }).crc32;

export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  const tmp = path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

export function writeGraphFile(target: string, graph: WalkGraph, features: GraphFeatures): number {
  const bytes = encodeGraph(graph, features, nativeCrc32);
  writeFileAtomic(target, bytes);
  return bytes.length;
}

/**
 * Read a graph file. With `shared`, the bytes land in a SharedArrayBuffer so worker threads can view
 * the same graph without copies.
 */
export function readGraphFile(file: string, options: { shared?: boolean } = {}): DecodedGraph & { bytes: Uint8Array } {
  if (!existsSync(file)) throw new GraphFormatError(`${file}: file not found; build one with \`quarter graph build\``);
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = options.shared ? new Uint8Array(new SharedArrayBuffer(size)) : new Uint8Array(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, bytes, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    try {
      return { ...decodeGraph(bytes, { crc32: nativeCrc32 }), bytes };
    } catch (err) {
      if (err instanceof GraphFormatError) throw new GraphFormatError(`${file}: ${err.message}`);
      throw err;
    }
  } finally {
    closeSync(fd);
  }
}
