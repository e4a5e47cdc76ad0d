// Open an OSM file by what it is, not what it is called: gzip magic → gzipped XML, '<' → XML,
// anything else is read as PBF (whose reader says clearly when it is not one).
import { closeSync, openSync, readSync } from 'node:fs';
import { pbfSource } from './pbf';
import { OsmInputError, type OsmSource } from './source';
import { xmlSource } from './xml';

export function openOsmSource(path: string): OsmSource {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new OsmInputError(path, 'open', 'file not found or not readable', 'check the path');
  }
  const head = new Uint8Array(64);
  let n: number;
  try {
    n = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (n === 0) throw new OsmInputError(path, 'byte 0', 'empty file', 'expected OSM PBF or XML');
  if (head[0] === 0x1f && head[1] === 0x8b) return xmlSource(path, true);
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0; // UTF-8 BOM
  while (i < n && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  if (head[i] === 0x3c) return xmlSource(path, false);
  return pbfSource(path);
}
