// Life-circle evaluation on circles imported from each shared extract: residences estimated from OSM
// buildings, facilities from POIs through the tag table, and coverage checked against an independent
// recomputation (walking engine + a plain Dijkstra loop over a sample of residences).
import { beforeAll, expect, it } from 'vitest';
import { businessTypesOf } from '../../src/core/catalogue';
import { CircleEvaluation, estimateResidences, NATIONAL_DEFAULT, type EvalFacility } from '../../src/core/evaluation';
import { arcTimeCs, forEachEdge, PROFILES, seedsFromSnap, snapPoint } from '../../src/geo';
import { importOsm, type ImportResult } from '../../src/osm/build';
import { openOsmSource } from '../../src/osm/open';
import { prng } from '../helpers/prng';
import { referenceDistances, type EdgeRow } from '../helpers/reference-dijkstra';
import { describeWithSharedData, sharedExtracts } from '../helpers/shared-data';

for (const [name, file] of Object.entries(sharedExtracts)) {
  describeWithSharedData(`evaluation on ${name}`, () => {
    let built: ImportResult;
    let ev: CircleEvaluation;
    let facilities: EvalFacility[];
    beforeAll(async () => {
      built = await importOsm(openOsmSource(file));
      facilities = built.features.pois
        .map((p) => ({
          id: `osm_${p.osmType}${p.osmId}`,
          name: p.tags.name,
          types: businessTypesOf(p.tags),
          lon: p.lon,
          lat: p.lat,
        }))
        .filter((f) => f.types.length > 0);
      // Where an extract maps few homes, every building counts (a circle needs residents to score).
      let residences = estimateResidences(built.features.buildings);
      if (residences.length < 20)
        residences = estimateResidences(built.features.buildings, {
          residentialTags: ['yes', 'residential', 'apartments', 'house'],
          defaultLevels: 4,
        });
      ev = new CircleEvaluation(built.graph, residences, facilities, NATIONAL_DEFAULT);
    }, 120_000);

    it('scores the circle', () => {
      const card = ev.scorecard();
      console.log(
        `[${name}] ${ev.residences.length} residences, ${card.population} residents (estimated), ${facilities.length} facilities; basic types passing ${card.basicPassing}, tier ${card.tier ?? '-'}`,
      );
      expect(ev.residences.length).toBeGreaterThan(10);
      expect(card.population).toBeGreaterThan(0);
      expect(card.types.filter((t) => t.facilities > 0).length).toBeGreaterThan(5);
    });

    it('coverage equals an independent recomputation on a sample of residences', () => {
      const g = built.graph;
      const w = arcTimeCs(g, PROFILES.default);
      const rows: EdgeRow[] = [];
      forEachEdge(g, (_e, u, v, _dm, arc) => rows.push({ u, v, metres: w[arc] }));
      const type = ['B01', 'Q01', 'B11'].find((t) => facilities.some((f) => f.types.includes(t)))!;
      const places = facilities
        .filter((f) => f.types.includes(type))
        .flatMap((f) => {
          try {
            return [seedsFromSnap(g, snapPoint(g, f.lon, f.lat), w)];
          } catch {
            return [];
          }
        });
      const minutes = ev.residenceMinutes(type);
      const rnd = prng(name.length);
      for (let k = 0; k < 25; k++) {
        const i = Math.floor(rnd() * ev.residences.length);
        const r = ev.residences[i];
        const s = seedsFromSnap(g, snapPoint(g, r.lon, r.lat), w);
        const d = referenceDistances(
          g.nodeCount,
          rows,
          s.nodes.map((node, j) => ({ node, metres: s.costs[j] })),
        );
        let best = Infinity;
        for (const p of places) p.nodes.forEach((n, j) => (best = Math.min(best, d[n] + p.costs[j])));
        const expected = best > 60 * 6000 ? Infinity : best / 6000;
        expect(minutes[i]).toBeCloseTo(expected, 6);
      }
    });
  });
}
