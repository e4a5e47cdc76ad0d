// Stage 1 and 2 of the import: read ways (keep walkable ways, buildings and POI ways, note which
// nodes they need), then read nodes (coordinates of needed nodes only, POI nodes, barriers).
import type { Building, Poi } from '../geo/features';
import type { WalkClass } from '../geo/graph';
import { growF64, growU32, growU8 } from './growable';
import { IdIndex } from './id-index';
import { blockingNode, isBuilding, isPoi, walkableWay, type PrivateAccess } from './profile/walk';
import type { OsmSource, OsmTags } from './source';

export type BBox = [number, number, number, number];

export interface WaysPass {
  index: IdIndex;
  /** Walkable ways: refs (OSM ids) concatenated, with start offsets. */
  walkRefs: Float64Array;
  walkStart: Uint32Array;
  walkClass: Uint8Array;
  /** Occurrences of each slot in walkable ways (saturating), and whether it ends a way. */
  walkUse: Uint8Array;
  /** Buildings and POI ways keep their refs too, for footprints and centroids. */
  featureWays: { kind: 'building' | 'poi'; osmId: number; refs: Float64Array; tags: OsmTags }[];
  waysRead: number;
}

export async function readWays(
  source: OsmSource,
  privateAccess: PrivateAccess,
  onProgress?: (f: number) => void,
): Promise<WaysPass> {
  const index = new IdIndex(1 << 16);
  const walkRefs = growF64(1 << 16);
  const walkStart = growU32(1 << 12);
  const walkClass = growU8(1 << 12);
  const featureWays: WaysPass['featureWays'] = [];
  let waysRead = 0;
  await source.read(
    {
      way(id, refs, tags) {
        waysRead++;
        if (refs.length < 2) return;
        const verdict = walkableWay(tags, privateAccess);
        if (verdict) {
          walkStart.push(walkRefs.length);
          walkClass.push(verdict.cls);
          for (let i = 0; i < refs.length; i++) walkRefs.push(refs[i]);
        }
        const building = isBuilding(tags);
        if (building || (isPoi(tags) && !verdict)) {
          featureWays.push({
            kind: building && !isPoi(tags) ? 'building' : 'poi',
            osmId: id,
            refs: Float64Array.from(refs),
            tags: tags!,
          });
        }
      },
    },
    { nodes: false, ways: true, onProgress },
  );
  walkStart.push(walkRefs.length);
  // Count uses after the pass so the index is filled in one sweep.
  const refs = walkRefs.toArray();
  const starts = walkStart.toArray();
  const useCounts = growU8(Math.max(1024, refs.length));
  for (let w = 0; w + 1 < starts.length; w++) {
    const s = starts[w];
    const e = starts[w + 1];
    for (let i = s; i < e; i++) {
      const slot = index.add(refs[i]);
      while (useCounts.length <= slot) useCounts.push(0);
      const isEnd = i === s || i === e - 1;
      // An end counts twice: ends are always vertices.
      const add = isEnd ? 2 : 1;
      useCounts.data[slot] = Math.min(255, useCounts.data[slot] + add);
    }
  }
  for (const f of featureWays) for (let i = 0; i < f.refs.length; i++) index.add(f.refs[i]);
  const walkUse = new Uint8Array(index.size);
  walkUse.set(useCounts.data.subarray(0, Math.min(useCounts.length, index.size)));
  return { index, walkRefs: refs, walkStart: starts, walkClass: walkClass.toArray(), walkUse, featureWays, waysRead };
}

export interface NodesPass {
  lonE7: Int32Array;
  latE7: Int32Array;
  present: Uint8Array;
  blocked: Uint8Array;
  pois: Poi[];
  nodesRead: number;
}

export async function readNodes(
  source: OsmSource,
  ways: WaysPass,
  privateAccess: PrivateAccess,
  clip: BBox | undefined,
  onProgress?: (f: number) => void,
): Promise<NodesPass> {
  const n = ways.index.size;
  const lonE7 = new Int32Array(n);
  const latE7 = new Int32Array(n);
  const present = new Uint8Array(n);
  const blocked = new Uint8Array(n);
  const pois: Poi[] = [];
  let nodesRead = 0;
  await source.read(
    {
      node(id, lon, lat, tags) {
        nodesRead++;
        if (clip && (lon < clip[0] || lat < clip[1] || lon > clip[2] || lat > clip[3])) return;
        if (tags && isPoi(tags)) pois.push({ osmType: 'node', osmId: id, lon, lat, tags });
        const slot = ways.index.get(id);
        if (slot < 0) return;
        lonE7[slot] = Math.round(lon * 1e7);
        latE7[slot] = Math.round(lat * 1e7);
        present[slot] = 1;
        if (tags && ways.walkUse[slot] > 0 && blockingNode(tags, privateAccess)) blocked[slot] = 1;
      },
    },
    { nodes: true, ways: false, onProgress },
  );
  return { lonE7, latE7, present, blocked, pois, nodesRead };
}

/** Footprints and POI-way centroids, from the refs kept in the ways pass. */
export function featureGeometry(
  ways: WaysPass,
  nodes: NodesPass,
  clip: BBox | undefined,
): { pois: Poi[]; buildings: Building[] } {
  const pois: Poi[] = [];
  const buildings: Building[] = [];
  for (const f of ways.featureWays) {
    const ring: [number, number][] = [];
    let complete = true;
    for (let i = 0; i < f.refs.length; i++) {
      const slot = ways.index.get(f.refs[i]);
      if (slot < 0 || !nodes.present[slot]) {
        complete = false;
        break;
      }
      ring.push([nodes.lonE7[slot] / 1e7, nodes.latE7[slot] / 1e7]);
    }
    if (!complete || ring.length < 2) continue;
    const [cLon, cLat] = centroid(ring);
    if (clip && (cLon < clip[0] || cLat < clip[1] || cLon > clip[2] || cLat > clip[3])) continue;
    if (f.kind === 'poi') pois.push({ osmType: 'way', osmId: f.osmId, lon: cLon, lat: cLat, tags: f.tags });
    if (f.kind === 'building' || isBuilding(f.tags)) {
      const closed = f.refs[0] === f.refs[f.refs.length - 1];
      if (!closed || ring.length < 4) continue;
      const levels = Number.parseFloat(f.tags['building:levels'] ?? '');
      buildings.push({ osmId: f.osmId, ring, levels: Number.isFinite(levels) ? levels : undefined, tags: f.tags });
    }
  }
  return { pois, buildings };
}

/** Area centroid of a closed ring, or the mean of the points for lines and degenerate rings. */
function centroid(pts: [number, number][]): [number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  const closed = pts.length > 3 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1];
  if (closed) {
    const [ox, oy] = pts[0];
    for (let i = 0; i + 1 < pts.length; i++) {
      const x0 = pts[i][0] - ox;
      const y0 = pts[i][1] - oy;
      const x1 = pts[i + 1][0] - ox;
      const y1 = pts[i + 1][1] - oy;
      const cross = x0 * y1 - x1 * y0;
      a += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
    if (Math.abs(a) > 1e-18) return [ox + cx / (3 * a), oy + cy / (3 * a)];
  }
  let sx = 0;
  let sy = 0;
  for (const [x, y] of pts) {
    sx += x;
    sy += y;
  }
  return [sx / pts.length, sy / pts.length];
}

export type { WalkClass };
