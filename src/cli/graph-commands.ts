// quarter graph build | graph export
import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { forEachEdge } from '../geo/graph';
import { graphCoreBytes } from '../geo/graph-format';
import { importOsm } from '../osm/build';
import { readGraphFile, writeGraphFile } from '../osm/graph-file';
import { openOsmSource } from '../osm/open';
import { bboxArg, parse, positiveNumber } from './args';
import { usageError } from './errors';
import { clearProgress, progressReporter } from './progress';

const BUILD_USAGE =
  'quarter graph build <in.osm.pbf|in.osm|in.osm.gz> -o <out.qgraph> [--bbox minLon,minLat,maxLon,maxLat] [--speed-m-per-min 60] [--private exclude|walkable]';

export async function graphBuild(argv: string[]): Promise<void> {
  const { values, positionals } = parse(
    argv,
    {
      out: { type: 'string', short: 'o' },
      bbox: { type: 'string' },
      'speed-m-per-min': { type: 'string' },
      private: { type: 'string' },
    },
    BUILD_USAGE,
  );
  const input = positionals[0];
  if (!input || positionals.length > 1) throw usageError(`one input file expected\nusage: ${BUILD_USAGE}`);
  if (!values.out) throw usageError(`-o <out.qgraph> is required\nusage: ${BUILD_USAGE}`);
  const privateAccess = values.private ?? 'exclude';
  if (privateAccess !== 'exclude' && privateAccess !== 'walkable')
    throw usageError(`--private must be exclude or walkable`);
  const bbox = bboxArg(values.bbox);
  const walkSpeedMPerMin = positiveNumber(values['speed-m-per-min'], 'speed-m-per-min', 60);
  const started = performance.now();
  const result = await importOsm(openOsmSource(input), {
    bbox,
    walkSpeedMPerMin,
    privateAccess,
    onProgress: progressReporter(path.basename(input)),
  });
  clearProgress();
  const bytes = writeGraphFile(values.out, result.graph, result.features);
  const r = result.report;
  const core = graphCoreBytes(result.graph);
  process.stdout.write(
    JSON.stringify({
      nodes: r.nodes,
      edges: r.edges,
      droppedComponents: r.droppedComponents,
      droppedNodes: r.droppedNodes,
      droppedEdges: r.droppedEdges,
      walkableWays: r.walkableWays,
      pois: r.pois,
      buildings: r.buildings,
      bytes,
      graphBytesPerNode: Math.round((core / r.nodes) * 10) / 10,
      shapePoints: result.graph.shapeE7.length / 2,
      seconds: Math.round(performance.now() - started) / 1000,
    }) + '\n',
  );
}

const EXPORT_USAGE = 'quarter graph export <g.qgraph> --nodes nodes.csv --edges edges.csv';

export async function graphExport(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, { nodes: { type: 'string' }, edges: { type: 'string' } }, EXPORT_USAGE);
  if (positionals.length !== 1) throw usageError(`one graph file expected\nusage: ${EXPORT_USAGE}`);
  if (!values.nodes || !values.edges) throw usageError(`--nodes and --edges are required\nusage: ${EXPORT_USAGE}`);
  const { graph: g } = readGraphFile(positionals[0]);
  await writeCsv(values.nodes, 'id,lon,lat\n', (push) => {
    for (let u = 0; u < g.nodeCount; u++) push(`${u},${fixed7(g.nodeLonE7[u])},${fixed7(g.nodeLatE7[u])}\n`);
  });
  await writeCsv(values.edges, 'u,v,length_m\n', (push) => {
    forEachEdge(g, (_e, u, v, dm) => push(`${u},${v},${(dm / 10).toFixed(1)}\n`));
  });
}

/** Fixed-point E7 integer → decimal degrees text, exact (no float round-trip). */
function fixed7(v: number): string {
  const sign = v < 0 ? '-' : '';
  const a = Math.abs(v);
  return `${sign}${Math.floor(a / 1e7)}.${String(a % 1e7).padStart(7, '0')}`;
}

/** Stream rows to a temp file, renamed on success. */
export async function writeCsv(
  target: string,
  header: string,
  rows: (push: (line: string) => void) => void,
): Promise<void> {
  const tmp = `${target}.${process.pid}.tmp`;
  const out = createWriteStream(tmp);
  let buf = header;
  const flushAt = 1 << 20;
  const pending: Promise<void>[] = [];
  try {
    rows((line) => {
      buf += line;
      if (buf.length >= flushAt) {
        if (!out.write(buf)) pending.push(new Promise((r) => out.once('drain', r)));
        buf = '';
      }
    });
    out.write(buf);
    await Promise.all(pending);
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
    renameSync(tmp, target);
  } catch (err) {
    out.destroy();
    if (existsSync(tmp)) rmSync(tmp, { force: true });
    throw err;
  }
}
