// Hand-drawn maps for engine tests: nodes placed in metres east/north of an origin, ways by node
// names. The test then states walking distances in plain metres.
import { memorySource, type MemoryNode, type MemoryWay } from '../../src/osm/memory-source';
import type { OsmSource, OsmTags } from '../../src/osm/source';

export const ORIGIN = { lon: 116.985, lat: 36.628 };
const R = 6_371_008.8;
const DEG = Math.PI / 180;

export function toLonLat(eastM: number, northM: number): [number, number] {
  const lat = ORIGIN.lat + northM / (R * DEG);
  const lon = ORIGIN.lon + eastM / (R * DEG * Math.cos(ORIGIN.lat * DEG));
  return [lon, lat];
}

export interface TinyMap {
  nodes: Record<string, [number, number] | { at: [number, number]; tags: OsmTags }>;
  ways: { path: string; tags?: OsmTags }[];
}

/** Ids: nodes get 1, 2, 3 … in declaration order; ways 100, 101 … */
export function tinyMap(
  name: string,
  map: TinyMap,
): { source: OsmSource; id: Record<string, number>; lonLat: Record<string, [number, number]> } {
  const id: Record<string, number> = {};
  const lonLat: Record<string, [number, number]> = {};
  const nodes: MemoryNode[] = [];
  Object.entries(map.nodes).forEach(([key, spec], i) => {
    const at = Array.isArray(spec) ? spec : spec.at;
    const [lon, lat] = toLonLat(at[0], at[1]);
    id[key] = i + 1;
    lonLat[key] = [lon, lat];
    nodes.push({ id: i + 1, lon, lat, tags: Array.isArray(spec) ? undefined : spec.tags });
  });
  const ways: MemoryWay[] = map.ways.map((w, i) => ({
    id: 100 + i,
    refs: w.path.split(/\s+/).map((k) => {
      if (!(k in id)) throw new Error(`tiny map ${name}: way ${i} names unknown node ${k}`);
      return id[k];
    }),
    tags: w.tags ?? { highway: 'footway' },
  }));
  return { source: memorySource(name, nodes, ways), id, lonLat };
}
