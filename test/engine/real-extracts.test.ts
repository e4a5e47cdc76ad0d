// The engine on real OpenStreetMap extracts (ODbL, read in place from ../shared/data/osm):
// distances against an independent Dijkstra on every node, isochrone precision and recall.
import { beforeAll, expect, it } from 'vitest';
import { describeWithSharedData, sharedExtracts } from '../helpers/shared-data';
import { prng } from '../helpers/prng';
import { referenceDistances, type EdgeRow } from '../helpers/reference-dijkstra';
import { importOsm, type ImportResult } from '../../src/osm/build';
import { openOsmSource } from '../../src/osm/open';
import { forEachEdge } from '../../src/geo/graph';
import { maxWeightOf, SearchSpace, UNREACHED } from '../../src/geo/search';
import { isochrone } from '../../src/geo/isochrone';
import { isochroneQuality } from '../../src/geo/isochrone-quality';
import { arcTimeCs, PROFILES } from '../../src/geo/profile';
import { seedsFromSnap } from '../../src/geo/snap';

for (const [name, file] of Object.entries(sharedExtracts)) {
  describeWithSharedData(`real extract: ${name}`, () => {
    let built: ImportResult;
    let rows: EdgeRow[];
    beforeAll(async () => {
      built = await importOsm(openOsmSource(file));
      rows = [];
      forEachEdge(built.graph, (_e, u, v, dm) => rows.push({ u, v, metres: dm / 10 }));
    }, 120_000);

    it('imports a plausible walking network with POIs', () => {
      const r = built.report;
      expect(r.nodes).toBeGreaterThan(500);
      expect(r.edges).toBeGreaterThan(r.nodes * 0.9);
      expect(r.pois).toBeGreaterThan(50);
      const km = rows.reduce((s, e) => s + e.metres, 0) / 1000;
      console.log(
        `[${name}] ${r.nodes} nodes, ${r.edges} edges, ${km.toFixed(0)} km, dropped ${r.droppedComponents} components (${r.droppedNodes} nodes), ${r.pois} POIs, ${r.buildings} buildings, ${r.seconds} s`,
      );
      expect(km).toBeGreaterThan(50);
    });

    it('matches an independent Dijkstra within 0.5 m on every node', () => {
      const g = built.graph;
      const rnd = prng(name.length * 101);
      const space = new SearchSpace(g.nodeCount);
      for (const k of [1, 1, 8]) {
        const sources = Array.from({ length: k }, () => Math.floor(rnd() * g.nodeCount));
        const ref = referenceDistances(
          g.nodeCount,
          rows,
          sources.map((node) => ({ node, metres: 0 })),
        );
        space.run(
          g,
          g.arcLengthDm,
          maxWeightOf(g.arcLengthDm),
          sources,
          sources.map(() => 0),
        );
        let worst = 0;
        for (let u = 0; u < g.nodeCount; u++) {
          const ours = space.dist[u] === UNREACHED ? Infinity : space.dist[u] / 10;
          if (ref[u] === Infinity || ours === Infinity) {
            expect(ours).toBe(ref[u]);
            continue;
          }
          worst = Math.max(worst, Math.abs(ours - ref[u]));
        }
        expect(worst).toBeLessThan(0.5);
        // The graph keeps one component: everything is reachable.
        expect(space.settledCount).toBe(g.nodeCount);
      }
    });

    it('isochrones hug the network: precision and recall ≥ 0.95 for 5/10/15 minutes', () => {
      // Pooled over random starts and bands, and per band wherever a band holds enough nodes for a
      // share to mean something (a 5-minute band may hold four nodes, one of them 3 m under a bridge).
      const g = built.graph;
      const rnd = prng(7 + name.length);
      const w = arcTimeCs(g, PROFILES.default);
      const space = new SearchSpace(g.nodeCount);
      let inside = 0;
      let insideReached = 0;
      let reached = 0;
      let worstP = 1;
      let worstR = 1;
      for (let i = 0; i < 20; i++) {
        const u = Math.floor(rnd() * g.nodeCount);
        const [lon, lat] = [g.nodeLonE7[u] / 1e7 + (rnd() - 0.5) * 1e-4, g.nodeLatE7[u] / 1e7 + (rnd() - 0.5) * 1e-4];
        const fc = isochrone(g, lon, lat, { minutes: [5, 10, 15] });
        const seeds = seedsFromSnap(g, fc.snap, w);
        space.run(g, w, maxWeightOf(w), seeds.nodes, seeds.costs);
        for (const f of fc.features) {
          const cutoff = f.properties.minutes * 6000;
          const q = isochroneQuality(g, f, (n) => space.dist[n] !== UNREACHED && space.dist[n] <= cutoff);
          inside += q.inside;
          insideReached += Math.round(q.precision * q.inside);
          reached += q.reached;
          if (q.inside >= 50) worstP = Math.min(worstP, q.precision);
          if (q.reached >= 50) worstR = Math.min(worstR, q.recall);
        }
      }
      const precision = insideReached / inside;
      const recall = insideReached / reached;
      console.log(
        `[${name}] isochrones: pooled precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; worst band (≥ 50 nodes) ${worstP.toFixed(3)} / ${worstR.toFixed(3)}`,
      );
      expect(precision).toBeGreaterThanOrEqual(0.95);
      expect(recall).toBeGreaterThanOrEqual(0.95);
      expect(worstP).toBeGreaterThanOrEqual(0.95);
      expect(worstR).toBeGreaterThanOrEqual(0.95);
    });
  });
}
