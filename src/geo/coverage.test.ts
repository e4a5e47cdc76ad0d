import { describe, expect, it } from 'vitest';
import { prng } from '../../test/helpers/prng';
import { randomMap } from '../../test/helpers/random-map';
import { referenceDistances, type EdgeRow } from '../../test/helpers/reference-dijkstra';
import { importOsm } from '../osm/build';
import { CoverageModel, placeAt, type Place, type Residence } from './coverage';
import { forEachEdge, type WalkGraph } from './graph';
import { arcTimeCs, PROFILES } from './profile';
import { recommendSites } from './siting';

async function setup(seed: number) {
  const { graph: g } = await importOsm(randomMap(seed, 12).source);
  const w = arcTimeCs(g, PROFILES.default);
  const rnd = prng(seed * 13);
  const [minLon, minLat, maxLon, maxLat] = g.meta.bbox;
  const randomPlace = (): Place =>
    placeAt(g, w, minLon + rnd() * (maxLon - minLon), minLat + rnd() * (maxLat - minLat), 2000);
  const residences: Residence[] = Array.from({ length: 40 }, () => ({
    places: rnd() < 0.3 ? [randomPlace(), randomPlace()] : [randomPlace()],
    population: 100 + Math.floor(rnd() * 900),
  }));
  return { g, w, rnd, randomPlace, residences };
}

/** Time rows with the profile's weights, for the independent Dijkstra. */
const timeRows = (g: WalkGraph, w: Uint32Array): EdgeRow[] => {
  const rows: EdgeRow[] = [];
  forEachEdge(g, (_e, u, v, _dm, arc) => rows.push({ u, v, metres: w[arc] }));
  return rows;
};

/** The plain loop: for each residence gate and each facility, the best combination. */
function plainTimes(g: WalkGraph, rows: EdgeRow[], residences: Residence[], facilities: Place[]): number[] {
  return residences.map((r) => {
    let best = Infinity;
    for (const f of facilities) {
      const d = referenceDistances(
        g.nodeCount,
        rows,
        f.nodes.map((node, k) => ({ node, metres: f.costs[k] })),
      );
      for (const p of r.places) p.nodes.forEach((n, k) => (best = Math.min(best, d[n] + p.costs[k])));
    }
    return best;
  });
}

describe('CoverageModel', () => {
  it('equals a plain loop over residences and facilities, and stays equal after incremental changes', async () => {
    const { g, w, randomPlace, residences } = await setup(31);
    const rows = timeRows(g, w);
    const shops = [randomPlace(), randomPlace(), randomPlace()];
    const model = new CoverageModel(g, w, residences);
    model.setFacilities('B01', shops);
    expect(Array.from(model.residenceTimes('B01'))).toEqual(plainTimes(g, rows, residences, shops));

    const added = randomPlace();
    model.addFacility('B01', added);
    expect(Array.from(model.residenceTimes('B01'))).toEqual(plainTimes(g, rows, residences, [...shops, added]));

    model.removeFacility('B01', shops[0]);
    expect(Array.from(model.residenceTimes('B01'))).toEqual(
      plainTimes(g, rows, residences, [shops[1], shops[2], added]),
    );

    model.removeFacility('B01', shops[1]);
    model.removeFacility('B01', shops[2]);
    model.removeFacility('B01', added);
    expect(Array.from(model.residenceTimes('B01')).every((t) => t === Infinity)).toBe(true);
  });

  it('population shares within thresholds are monotone and weighted by population', async () => {
    const { g, w, randomPlace, residences } = await setup(32);
    const model = new CoverageModel(g, w, residences);
    model.setFacilities('B05', [randomPlace()]);
    const [s5, s10, s15] = model.shareWithin('B05', [30000, 60000, 90000]);
    expect(s5).toBeLessThanOrEqual(s10);
    expect(s10).toBeLessThanOrEqual(s15);
    const times = model.residenceTimes('B05');
    const total = residences.reduce((s, r) => s + r.population, 0);
    const within = residences.reduce((s, r, i) => s + (times[i] <= 60000 ? r.population : 0), 0);
    expect(s10).toBeCloseTo(within / total, 12);
  });
});

describe('recommendSites (maximal covering, lazy greedy)', () => {
  it('picks the candidate that covers the most uncovered residents, then the best next one', async () => {
    const { g, w, randomPlace, residences } = await setup(33);
    const rows = timeRows(g, w);
    const model = new CoverageModel(g, w, residences);
    model.setFacilities('B10', [randomPlace()]);
    const current = model.residenceTimes('B10');
    const threshold = 30000; // 5 minutes
    const candidates = Array.from({ length: 25 }, () => randomPlace());
    const recs = recommendSites({
      graph: g,
      weights: w,
      residences,
      currentTimes: current,
      threshold,
      candidates,
      count: 3,
    });
    // Brute force greedy with the plain loop.
    const coveredBy = candidates.map((c) =>
      plainTimes(g, rows, residences, [c]).map((t, r) => t <= threshold && current[r] > threshold),
    );
    const covered = residences.map((_, r) => current[r] <= threshold);
    for (const rec of recs) {
      const gains = coveredBy.map((cov) =>
        cov.reduce((s, yes, r) => s + (yes && !covered[r] ? residences[r].population : 0), 0),
      );
      expect(rec.gainPopulation).toBe(Math.max(...gains));
      expect(gains[rec.candidate]).toBe(rec.gainPopulation);
      coveredBy[rec.candidate].forEach((yes, r) => yes && (covered[r] = true));
    }
    expect(recs.length).toBeGreaterThan(0);
    for (let i = 1; i < recs.length; i++)
      expect(recs[i].gainPopulation).toBeLessThanOrEqual(recs[i - 1].gainPopulation);
  });
});
