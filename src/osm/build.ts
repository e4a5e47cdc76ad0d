// The import pipeline as named stages (OSRM-style): read ways → read nodes → split → collapse →
// component → assemble. Each stage logs its time and heap so a slow or hungry stage is visible.
import type { GraphFeatures } from '../geo/features';
import type { WalkGraph } from '../geo/graph';
import { assembleGraph, largestComponent } from './assemble';
import type { PrivateAccess } from './profile/walk';
import { featureGeometry, readNodes, readWays, type BBox } from './read-passes';
import type { OsmSource } from './source';
import { collapseChains, splitWays } from './topology';

export interface ImportOptions {
  /** Clip to [minLon, minLat, maxLon, maxLat] while importing. */
  bbox?: BBox;
  /** Walking speed recorded in the graph (default 60 m/min, the planning standards' figure). */
  walkSpeedMPerMin?: number;
  /** Gated-compound paths (access=private): excluded (default) or walkable. */
  privateAccess?: PrivateAccess;
  /** Called at each stage boundary and with read progress (0..1). */
  onProgress?: (stage: string, fraction: number) => void;
}

export interface StageReport {
  stage: string;
  ms: number;
  heapMB: number;
}

export interface ImportReport {
  source: string;
  waysRead: number;
  nodesRead: number;
  walkableWays: number;
  nodes: number;
  edges: number;
  droppedComponents: number;
  droppedNodes: number;
  droppedEdges: number;
  pois: number;
  buildings: number;
  seconds: number;
  stages: StageReport[];
}

export interface ImportResult {
  graph: WalkGraph;
  features: GraphFeatures;
  report: ImportReport;
}

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export async function importOsm(source: OsmSource, options: ImportOptions = {}): Promise<ImportResult> {
  const privateAccess = options.privateAccess ?? 'exclude';
  const walkSpeedMPerMin = options.walkSpeedMPerMin ?? 60;
  if (!(walkSpeedMPerMin > 0 && walkSpeedMPerMin < 1000)) {
    throw new ImportError(`walking speed ${walkSpeedMPerMin} m/min is out of range; use a value such as 60`);
  }
  const clip = options.bbox;
  if (clip && !(clip[0] < clip[2] && clip[1] < clip[3] && clip.every(Number.isFinite))) {
    throw new ImportError(`bbox ${clip.join(',')} is empty or malformed; expected minLon,minLat,maxLon,maxLat`);
  }
  const progress = options.onProgress;
  const stages: StageReport[] = [];
  const start = performance.now();
  let t = start;
  const mark = (stage: string) => {
    const now = performance.now();
    stages.push({
      stage,
      ms: Math.round((now - t) * 10) / 10,
      heapMB: Math.round(process.memoryUsage().heapUsed / 1e5) / 10,
    });
    t = now;
    progress?.(stage, 1);
  };

  const ways = await readWays(source, privateAccess, (f) => progress?.('read ways', f));
  mark('read ways');
  if (ways.walkStart.length <= 1) {
    throw new ImportError(
      `${source.name}: no walkable ways found (${ways.waysRead} ways read); is this an OSM extract with streets?`,
    );
  }
  const nodes = await readNodes(source, ways, privateAccess, clip, (f) => progress?.('read nodes', f));
  mark('read nodes');
  const { vertices, pieces } = splitWays(ways, nodes);
  mark('split');
  const edges = collapseChains(vertices, pieces);
  mark('collapse');
  const { keep, report: comp } = largestComponent(vertices.lonE7.length, edges);
  if (comp.keptEdges === 0) {
    throw new ImportError(
      `${source.name}: no walkable ways ${clip ? `inside bbox ${clip.join(',')}` : 'with coordinates in the file'}`,
    );
  }
  mark('component');
  const wayFeatures = featureGeometry(ways, nodes, clip);
  const features = { pois: nodes.pois.concat(wayFeatures.pois), buildings: wayFeatures.buildings };
  mark('features');
  const graph = assembleGraph(vertices, edges, keep, {
    source: source.name,
    walkSpeedMPerMin,
    clip,
    privateAccess,
    stats: { ...comp, walkableWays: ways.walkStart.length - 1 },
  });
  mark('assemble');
  return {
    graph,
    features,
    report: {
      source: source.name,
      waysRead: ways.waysRead,
      nodesRead: nodes.nodesRead,
      walkableWays: ways.walkStart.length - 1,
      nodes: graph.nodeCount,
      edges: graph.edgeCount,
      droppedComponents: comp.droppedComponents,
      droppedNodes: comp.droppedNodes,
      droppedEdges: comp.droppedEdges,
      pois: features.pois.length,
      buildings: features.buildings.length,
      seconds: Math.round(performance.now() - start) / 1000,
      stages,
    },
  };
}
