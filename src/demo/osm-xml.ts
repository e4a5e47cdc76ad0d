// Streams any OsmSource to an .osm XML file (nodes, then ways) with bounded memory. Sinks are
// called synchronously, so formatted text is buffered up to 1 MB and written with writeSync.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { OsmSource, OsmTags } from '../osm/source';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const xmlEscape = (s: string): string => s.replace(/[&<>"']/g, (ch) => ESC[ch]);

function tagLines(tags: OsmTags | null): string {
  if (!tags) return '';
  let out = '';
  for (const k in tags) out += `    <tag k="${xmlEscape(k)}" v="${xmlEscape(tags[k])}"/>\n`;
  return out;
}

export async function writeOsmXml(source: OsmSource, path: string): Promise<{ nodes: number; ways: number }> {
  const fd = openSync(path, 'w');
  let buf = '';
  const flush = () => {
    if (buf) writeSync(fd, buf, null, 'utf8');
    buf = '';
  };
  const push = (s: string) => {
    buf += s;
    if (buf.length > 1 << 20) flush();
  };
  let nodes = 0,
    ways = 0;
  try {
    push('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="quarter-demo">\n');
    await source.read(
      {
        node(id, lon, lat, tags) {
          nodes++;
          const head = `  <node id="${id}" version="1" lat="${lat.toFixed(7)}" lon="${lon.toFixed(7)}"`;
          push(tags ? `${head}>\n${tagLines(tags)}  </node>\n` : `${head}/>\n`);
        },
      },
      { nodes: true, ways: false },
    );
    await source.read(
      {
        way(id, refs, tags) {
          ways++;
          let s = `  <way id="${id}" version="1">\n`;
          for (let k = 0; k < refs.length; k++) s += `    <nd ref="${refs[k]}"/>\n`;
          push(s + tagLines(tags) + '  </way>\n');
        },
      },
      { nodes: false, ways: true },
    );
    push('</osm>\n');
    flush();
  } finally {
    closeSync(fd);
  }
  return { nodes, ways };
}
