// Helpers for the demo tests: replay a source into a content hash and simple indexes.
import type { OsmSource, OsmTags } from '../osm/source';
import { fnv1a } from './prng';

export interface Replay {
  hash: number;
  nodeIds: Set<number>;
  nodeTags: Map<number, OsmTags>;
  ways: { id: number; refs: number[]; tags: OsmTags | null }[];
  duplicateNodes: number;
}

const tagText = (t: OsmTags | null) =>
  t
    ? Object.keys(t)
        .sort()
        .map((k) => `${k}=${t[k]}`)
        .join(';')
    : '';

/** Reads nodes and ways in two passes, as the graph builder does, hashing everything emitted. */
export async function replay(source: OsmSource, keepWays = true): Promise<Replay> {
  let h = 0x811c9dc5;
  const nodeIds = new Set<number>();
  const nodeTags = new Map<number, OsmTags>();
  const ways: Replay['ways'] = [];
  let duplicateNodes = 0;
  await source.read(
    {
      node(id, lon, lat, tags) {
        if (nodeIds.has(id)) duplicateNodes++;
        nodeIds.add(id);
        if (tags) nodeTags.set(id, tags);
        h = fnv1a(`n${id},${lon.toFixed(7)},${lat.toFixed(7)},${tagText(tags)}`, h);
      },
    },
    { nodes: true, ways: false },
  );
  await source.read(
    {
      way(id, refs, tags) {
        const r = Array.from(refs);
        if (keepWays) ways.push({ id, refs: r, tags });
        h = fnv1a(`w${id},${r.join(',')},${tagText(tags)}`, h);
      },
    },
    { nodes: false, ways: true },
  );
  return { hash: h, nodeIds, nodeTags, ways, duplicateNodes };
}
