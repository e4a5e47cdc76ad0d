// Streets and buildings of a circle, drawn from its graph file and cached in memory per file and bbox.
import { edgeGeometryGeoJSON } from '../../geo';
import type { CircleMap, CircleMapSource } from '../../core/circles';
import { readGraphFile } from '../../osm/graph-file';

type BBox = [number, number, number, number];

function inside(bbox: BBox, [x, y]: [number, number]): boolean {
  return x >= bbox[0] && y >= bbox[1] && x <= bbox[2] && y <= bbox[3];
}

export class GraphFileMapSource implements CircleMapSource {
  private readonly cache = new Map<string, Promise<CircleMap>>();

  load(graphFile: string, bbox: BBox): Promise<CircleMap> {
    const key = `${graphFile}|${bbox.join(',')}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = Promise.resolve().then(() => this.draw(graphFile, bbox));
      hit.catch(() => this.cache.delete(key));
      this.cache.set(key, hit);
    }
    return hit;
  }

  private draw(graphFile: string, bbox: BBox): CircleMap {
    const decoded = readGraphFile(graphFile);
    const streets = edgeGeometryGeoJSON(decoded.graph, bbox);
    const buildings = decoded
      .features()
      .buildings.filter((b) => b.ring.some((p) => inside(bbox, p)))
      .map((b) => ({
        type: 'Feature' as const,
        properties: { osmId: b.osmId, levels: b.levels ?? null, name: b.tags.name ?? null },
        geometry: { type: 'Polygon' as const, coordinates: [b.ring] },
      }));
    return { streets, buildings: { type: 'FeatureCollection', features: buildings } };
  }
}
