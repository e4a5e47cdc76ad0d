// Open an OSM file by what it is, not what it is called: gzip magic → gzipped XML, '<' (after an
// optional BOM and whitespace) → XML, anything else is read as PBF, whose reader says clearly when
// it is not one. Formats we recognise but do not read are refused here with what to do instead.
import { closeSync, openSync, readSync } from 'node:fs';
import { fileOpenError, pbfSource } from './pbf';
import { OsmInputError, type OsmSource } from './source';
import { xmlSource } from './xml';

const CONVERT = 'convert it to .osm.pbf, e.g. `osmium cat in -o out.osm.pbf`';

export function openOsmSource(path: string): OsmSource {
  const head = new Uint8Array(64);
  let n: number;
  try {
    const fd = openSync(path, 'r');
    try {
      n = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    throw fileOpenError(path, err);
  }
  if (n === 0) throw new OsmInputError(path, 'byte 0', 'empty file', 'expected OSM PBF, OSM XML or gzipped OSM XML');
  if (head[0] === 0x1f && head[1] === 0x8b) return xmlSource(path, true);
  if (head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68)
    throw new OsmInputError(path, 'byte 0', 'bzip2-compressed files are not supported', CONVERT);
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd)
    throw new OsmInputError(path, 'byte 0', 'zstd-compressed files are not supported', CONVERT);
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)
    throw new OsmInputError(path, 'byte 0', 'this is a ZIP archive', 'unzip it and open the .osm.pbf or .osm inside');
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0; // UTF-8 BOM
  while (i < n && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  if (head[i] === 0x3c) return xmlSource(path, false);
  return pbfSource(path);
}
