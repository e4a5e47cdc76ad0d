// Walking-engine benchmark: builds and queries the shared extracts and a synthetic city, and times
// the access matrix against the independent C++ reference (../shared/bench/access_ref.cpp) on the
// same graph and facilities, in the same run. Reports medians; ratios are ours ÷ reference.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { forEachEdge } from '../src/geo/graph';
import { graphCoreBytes } from '../src/geo/graph-format';
import { isochrone } from '../src/geo/isochrone';
import { isochroneQuality } from '../src/geo/isochrone-quality';
import { arcTimeCs, PROFILES } from '../src/geo/profile';
import { route } from '../src/geo/route';
import { maxWeightOf, SearchSpace, UNREACHED } from '../src/geo/search';
import { seedsFromSnap, SnapError } from '../src/geo/snap';
import { readGraphFile } from '../src/osm/graph-file';
import { prng } from '../test/helpers/prng';
import { referenceDistances, type EdgeRow } from '../test/helpers/reference-dijkstra';
import { hasSharedData, sharedExtracts } from '../test/helpers/shared-data';
import { fmt, median, percentile, runProcess } from './stats';
import { writeSyntheticCity } from './synthetic';

const OUT = '.bench-out';
const CLI = ['bin/quarter.js'];

export interface EngineBenchOptions {
  smoke: boolean;
}

export async function engineBench({ smoke }: EngineBenchOptions): Promise<Record<string, unknown>> {
  mkdirSync(OUT, { recursive: true });
  const reps = smoke ? 1 : 3;
  const results: Record<string, unknown> = {};
  const lines: string[] = [];
  const log = (s: string) => {
    lines.push(s);
    console.log(s);
  };

  // 1. Builds: the shared extracts and the synthetic city, each in its own process (peak RSS).
  const inputs: [string, string][] = hasSharedData ? Object.entries(sharedExtracts) : [];
  const city = await writeSyntheticCity(OUT, smoke ? 20_000 : 1_000_000);
  inputs.push([`synthetic-${city.label}`, city.osmFile]);
  log('\n## Graph build (median of ' + reps + ')\n');
  log(
    '| input | nodes | edges | dropped comps | POIs | build s | peak RSS MB | graph B/node | … without shape points | shape points/node |',
  );
  log('|---|---|---|---|---|---|---|---|---|---|');
  const graphs: Record<string, string> = {};
  for (const [name, file] of inputs) {
    const target = path.join(OUT, `${name}.qgraph`);
    const runs = Array.from({ length: reps }, () => runProcess('node', [...CLI, 'graph', 'build', file, '-o', target]));
    const summary = JSON.parse(runs[0].stdout);
    const row = {
      nodes: summary.nodes,
      edges: summary.edges,
      droppedComponents: summary.droppedComponents,
      pois: summary.pois,
      buildSeconds: median(runs.map((r) => r.ms)) / 1000,
      peakRssMB: median(runs.map((r) => r.maxRssMB)),
      graphBytesPerNode: summary.graphBytesPerNode,
      // Shape points (8 bytes each) are the edges' drawing geometry; without them: topology + snap index.
      bytesPerNodeWithoutShapes: summary.graphBytesPerNode - (summary.shapePoints * 8) / summary.nodes,
      shapePointsPerNode: summary.shapePoints / summary.nodes,
    };
    results[`build:${name}`] = row;
    graphs[name] = target;
    log(
      `| ${name} | ${row.nodes} | ${row.edges} | ${row.droppedComponents} | ${row.pois} | ${fmt(row.buildSeconds, 2)} | ${fmt(row.peakRssMB, 0)} | ${fmt(row.graphBytesPerNode)} | ${fmt(row.bytesPerNodeWithoutShapes)} | ${fmt(row.shapePointsPerNode)} |`,
    );
  }

  // 2. Access matrix, 20 categories, against the C++ reference on the same exported graph.
  const cityGraph = graphs[`synthetic-${city.label}`];
  const nodesCsv = path.join(OUT, 'city-nodes.csv');
  const edgesCsv = path.join(OUT, 'city-edges.csv');
  runProcess('node', [...CLI, 'graph', 'export', cityGraph, '--nodes', nodesCsv, '--edges', edgesCsv]);
  const facilitiesCsv = path.join(OUT, 'city-facilities.csv');
  const cityLoaded = readGraphFile(cityGraph);
  const categories = city.writeFacilities(cityLoaded.graph, facilitiesCsv);
  const ref = compileReference();
  log(
    `\n## Access matrix: ${categories} categories, ${cityLoaded.graph.nodeCount} nodes (whole process, median of ${reps})\n`,
  );
  log('| cutoff | ours ms | C++ reference ms | ratio (ours ÷ ref) | max abs diff m | peak RSS MB ours / ref |');
  log('|---|---|---|---|---|---|');
  for (const cutoff of [undefined, 1200]) {
    const ourOut = path.join(OUT, `ours-${cutoff ?? 'all'}.f32`);
    const refOut = path.join(OUT, `ref-${cutoff ?? 'all'}.f32`);
    const cut = cutoff ? ['--cutoff-m', String(cutoff)] : [];
    const ours: number[] = [];
    const theirs: number[] = [];
    let oursRss = 0;
    let refRss = 0;
    for (let i = 0; i < reps; i++) {
      // Alternate so that neither side always runs on a warm page cache.
      const o = runProcess('node', [
        ...CLI,
        'access',
        cityGraph,
        '--facilities',
        facilitiesCsv,
        '--out',
        ourOut,
        ...cut,
      ]);
      const r = runProcess(ref, [nodesCsv, edgesCsv, facilitiesCsv, refOut, ...(cutoff ? [String(cutoff)] : [])]);
      ours.push(o.ms);
      theirs.push(r.ms);
      oursRss = o.maxRssMB;
      refRss = r.maxRssMB;
    }
    const { worst: diff, boundaryTies } = compareF32(ourOut, refOut, cutoff);
    const row = {
      oursMs: median(ours),
      refMs: median(theirs),
      ratio: median(ours) / median(theirs),
      maxAbsDiffM: diff,
      boundaryTies,
    };
    results[`access:${cutoff ?? 'none'}`] = row;
    log(
      `| ${cutoff ? cutoff + ' m' : 'none'} | ${fmt(row.oursMs, 0)} | ${fmt(row.refMs, 0)} | ${fmt(row.ratio, 2)} | ${fmt(diff, 3)} (${boundaryTies} at the cutoff) | ${fmt(oursRss, 0)} / ${fmt(refRss, 0)} |`,
    );
    if (!(diff <= 0.5)) throw new Error(`access matrix differs from the C++ reference by ${diff} m`);
  }

  // 3. Queries in process: isochrones and routes on Helsinki (or the synthetic city without shared data),
  //    with a plain binary-heap Dijkstra as the in-process baseline for one full search.
  const qName = hasSharedData ? 'helsinki' : `synthetic-${city.label}`;
  const { graph: g } = readGraphFile(graphs[qName]);
  const rnd = prng(42);
  const samples = smoke ? 30 : 300;
  const points: [number, number][] = [];
  while (points.length < samples) {
    const u = Math.floor(rnd() * g.nodeCount);
    points.push([g.nodeLonE7[u] / 1e7 + (rnd() - 0.5) * 5e-4, g.nodeLatE7[u] / 1e7 + (rnd() - 0.5) * 5e-4]);
  }
  // Warm up the JIT so the percentiles describe steady state, as a running server sees it.
  for (const [lon, lat] of points.slice(0, 20)) {
    try {
      isochrone(g, lon, lat, { minutes: [5, 10, 15] });
    } catch {
      // points off the network are skipped below too
    }
  }
  const isoMs: number[] = [];
  const iso3Ms: number[] = [];
  let worstP = 1;
  let worstR = 1;
  let pooledInside = 0;
  let pooledInsideReached = 0;
  let pooledReached = 0;
  const w = arcTimeCs(g, PROFILES.default);
  const check = new SearchSpace(g.nodeCount);
  for (const [lon, lat] of points) {
    try {
      const t0 = performance.now();
      isochrone(g, lon, lat, { minutes: [15] });
      isoMs.push(performance.now() - t0);
      const t1 = performance.now();
      const fc = isochrone(g, lon, lat, { minutes: [5, 10, 15] });
      iso3Ms.push(performance.now() - t1);
      const seeds = seedsFromSnap(g, fc.snap, w);
      check.run(g, w, maxWeightOf(w), seeds.nodes, seeds.costs);
      for (const f of fc.features) {
        const c = f.properties.minutes * 6000;
        const q = isochroneQuality(g, f, (n) => check.dist[n] !== UNREACHED && check.dist[n] <= c);
        pooledInside += q.inside;
        pooledInsideReached += Math.round(q.precision * q.inside);
        pooledReached += q.reached;
        // Per band only where a share means something (a 5-minute band may hold a handful of nodes).
        if (q.inside >= 50) worstP = Math.min(worstP, q.precision);
        if (q.reached >= 50) worstR = Math.min(worstR, q.recall);
      }
    } catch (err) {
      if (!(err instanceof SnapError)) throw err;
    }
  }
  const routeMs: number[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    const t0 = performance.now();
    route(g, points[i], points[i + 1]);
    routeMs.push(performance.now() - t0);
  }
  // Baseline: one full single-source search, plain binary heap on objects vs our bucket queue.
  const rows: EdgeRow[] = [];
  forEachEdge(g, (_e, u, v, dm) => rows.push({ u, v, metres: dm / 10 }));
  const baseMs: number[] = [];
  const oursMs: number[] = [];
  const space = new SearchSpace(g.nodeCount);
  for (let i = 0; i < (smoke ? 3 : 15); i++) {
    const s = Math.floor(rnd() * g.nodeCount);
    let t0 = performance.now();
    referenceDistances(g.nodeCount, rows, [{ node: s, metres: 0 }]);
    baseMs.push(performance.now() - t0);
    t0 = performance.now();
    space.run(g, g.arcLengthDm, maxWeightOf(g.arcLengthDm), [s], [0]);
    oursMs.push(performance.now() - t0);
  }
  const q = {
    graph: qName,
    isochrone15: { p50: percentile(isoMs, 50), p99: percentile(isoMs, 99), n: isoMs.length },
    isochrone5_10_15: { p50: percentile(iso3Ms, 50), p99: percentile(iso3Ms, 99) },
    isochronePooledPrecision: pooledInsideReached / pooledInside,
    isochronePooledRecall: pooledInsideReached / pooledReached,
    isochroneWorstPrecision: worstP,
    isochroneWorstRecall: worstR,
    route: { p50: percentile(routeMs, 50), p99: percentile(routeMs, 99), n: routeMs.length },
    fullSearch: { oursMs: median(oursMs), baselineHeapMs: median(baseMs), ratio: median(oursMs) / median(baseMs) },
    graphCoreBytesPerNode: graphCoreBytes(g) / g.nodeCount,
  };
  results.queries = q;
  log(`\n## Queries on ${qName} (${g.nodeCount} nodes)\n`);
  log('| query | p50 ms | p99 ms |');
  log('|---|---|---|');
  log(
    `| isochrone 15 min (${q.isochrone15.n} random points) | ${fmt(q.isochrone15.p50, 2)} | ${fmt(q.isochrone15.p99, 2)} |`,
  );
  log(`| isochrone 5/10/15 min | ${fmt(q.isochrone5_10_15.p50, 2)} | ${fmt(q.isochrone5_10_15.p99, 2)} |`);
  log(`| route (${q.route.n} pairs) | ${fmt(q.route.p50, 2)} | ${fmt(q.route.p99, 2)} |`);
  log(
    `\nIsochrone quality, 5/10/15-minute bands: pooled precision ${fmt(q.isochronePooledPrecision, 4)}, recall ${fmt(q.isochronePooledRecall, 4)}; worst band with ≥ 50 nodes: precision ${fmt(worstP, 3)}, recall ${fmt(worstR, 3)}.`,
  );
  log(
    `Full single-source search: bucket queue ${fmt(q.fullSearch.oursMs, 2)} ms vs binary-heap baseline ${fmt(q.fullSearch.baselineHeapMs, 2)} ms (ratio ${fmt(q.fullSearch.ratio, 2)}).`,
  );
  writeFileSync(path.join(OUT, 'engine.md'), lines.join('\n') + '\n');
  return results;
}

function compileReference(): string {
  const src = path.resolve('../shared/bench/access_ref.cpp');
  const bin = path.join(OUT, 'access_ref');
  if (!existsSync(src)) throw new Error(`${src} is missing: the benchmark needs the shared C++ reference`);
  if (!existsSync(bin)) {
    const r = spawnSync('g++', ['-O3', '-march=native', '-std=c++17', '-o', bin, src], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('compiling access_ref.cpp failed');
  }
  return bin;
}

/**
 * Largest difference between two matrices. With a cutoff, an entry finite on one side and Infinity on
 * the other is a tie at the boundary when the finite value is the cutoff itself (to 0.05 m): the
 * reference sums decimal lengths in floating point, so a path of exactly 1200.0 m may come out a hair
 * above; we sum integer decimetres exactly. Such ties are counted, not treated as differences.
 */
function compareF32(a: string, b: string, cutoff?: number): { worst: number; boundaryTies: number } {
  const x = new Float32Array(new Uint8Array(readFileSync(a)).buffer);
  const y = new Float32Array(new Uint8Array(readFileSync(b)).buffer);
  if (x.length !== y.length) return { worst: Infinity, boundaryTies: 0 };
  let worst = 0;
  let boundaryTies = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    const finite = Number.isFinite(x[i]) ? x[i] : y[i];
    if (
      cutoff !== undefined &&
      Number.isFinite(finite) &&
      !(Number.isFinite(x[i]) && Number.isFinite(y[i])) &&
      Math.abs(finite - cutoff) <= 0.05
    ) {
      boundaryTies++;
      continue;
    }
    const d = Math.abs(x[i] - y[i]);
    if (!(d <= worst)) worst = d;
  }
  return { worst, boundaryTies };
}
