import { describe, expect, it } from 'vitest';
import { prng } from '../../../test/helpers/prng';
import { randomMap } from '../../../test/helpers/random-map';
import { referenceDistances, type EdgeRow } from '../../../test/helpers/reference-dijkstra';
import { arcTimeCs, forEachEdge, PROFILES, seedsFromSnap, snapPoint, type WalkGraph } from '../../geo';
import { importOsm } from '../../osm/build';
import { CircleEvaluation, type EvalFacility, type EvalResidence } from './engine';
import { NATIONAL_DEFAULT } from './rule-sets';

async function fixture(seed: number) {
  const { graph: g } = await importOsm(randomMap(seed, 12).source);
  const rnd = prng(seed);
  const [minLon, minLat, maxLon, maxLat] = g.meta.bbox;
  const at = (): [number, number] => [minLon + rnd() * (maxLon - minLon), minLat + rnd() * (maxLat - minLat)];
  const residences: EvalResidence[] = Array.from({ length: 30 }, (_, i) => {
    const [lon, lat] = at();
    return {
      id: `res_${i}`,
      name: `R${i}`,
      lon,
      lat,
      gates: rnd() < 0.5 ? [at(), at()] : [],
      population: 200 + Math.floor(rnd() * 800),
    };
  });
  const facilities: EvalFacility[] = Array.from({ length: 6 }, (_, i) => {
    const [lon, lat] = at();
    return { id: `mer_${i}`, types: i % 2 ? ['B01'] : ['B10', 'B01'], lon, lat };
  });
  return { g, residences, facilities, at };
}

/** Walking engine + a plain loop over residences, independent of CoverageModel. */
function plainMinutes(g: WalkGraph, residences: EvalResidence[], facilities: EvalFacility[], type: string): number[] {
  const w = arcTimeCs(g, PROFILES.default);
  const rows: EdgeRow[] = [];
  forEachEdge(g, (_e, u, v, _dm, arc) => rows.push({ u, v, metres: w[arc] }));
  const fromFacilities = facilities
    .filter((f) => f.types.includes(type))
    .map((f) => {
      const s = seedsFromSnap(g, snapPoint(g, f.lon, f.lat), w);
      return referenceDistances(
        g.nodeCount,
        rows,
        s.nodes.map((node, k) => ({ node, metres: s.costs[k] })),
      );
    });
  return residences.map((r) => {
    let best = Infinity;
    const points = r.gates.length ? r.gates : [[r.lon, r.lat] as [number, number]];
    for (const [lon, lat] of points) {
      const s = seedsFromSnap(g, snapPoint(g, lon, lat), w);
      for (const d of fromFacilities) s.nodes.forEach((n, k) => (best = Math.min(best, d[n] + s.costs[k])));
    }
    return best === Infinity ? Infinity : best / 6000;
  });
}

describe('CircleEvaluation', () => {
  it('coverage equals an independent recomputation, also after incremental changes', async () => {
    const { g, residences, facilities, at } = await fixture(41);
    const ev = new CircleEvaluation(g, residences, facilities, NATIONAL_DEFAULT);
    for (const type of ['B01', 'B10'])
      expect(Array.from(ev.residenceMinutes(type))).toEqual(plainMinutes(g, residences, facilities, type));

    // A merchant opens, another closes, one moves and changes type.
    const [lon, lat] = at();
    const opened: EvalFacility = { id: 'mer_new', types: ['B10'], lon, lat };
    ev.applyFacility('upsert', opened);
    ev.applyFacility('remove', { id: 'mer_0' });
    const [mlon, mlat] = at();
    const moved: EvalFacility = { id: 'mer_3', types: ['B10'], lon: mlon, lat: mlat };
    ev.applyFacility('upsert', moved);
    const now = [...facilities.filter((f) => f.id !== 'mer_0' && f.id !== 'mer_3'), opened, moved];
    for (const type of ['B01', 'B10'])
      expect(Array.from(ev.residenceMinutes(type))).toEqual(plainMinutes(g, residences, now, type));
  });

  it('scorecard shares are population-weighted shares of those times', async () => {
    const { g, residences, facilities } = await fixture(42);
    const ev = new CircleEvaluation(g, residences, facilities, NATIONAL_DEFAULT);
    const card = ev.scorecard();
    const b10 = card.types.find((t) => t.type === 'B10')!;
    const mins = plainMinutes(g, residences, facilities, 'B10');
    const total = residences.reduce((s, r) => s + r.population, 0);
    NATIONAL_DEFAULT.bands.forEach((m, i) => {
      const within = residences.reduce((s, r, k) => s + (mins[k] <= m ? r.population : 0), 0);
      expect(b10.shares[i]).toBeCloseTo(within / total, 12);
    });
    expect(card.population).toBe(total);
    expect(card.types.find((t) => t.type === 'Q04')!.reason.code).toBe('missing');
  });

  it('scenarios work on a copy: adding a repair point raises coverage, closing a street never lowers times', async () => {
    const { g, residences, facilities, at } = await fixture(43);
    const ev = new CircleEvaluation(g, residences, facilities, NATIONAL_DEFAULT);
    const before = Array.from(ev.residenceMinutes('B10'));
    const [lon, lat] = at();
    const scenario = ev.withChanges([{ kind: 'add', facility: { id: 'scn_f1', types: ['B10'], lon, lat } }]);
    const after = Array.from(scenario.residenceMinutes('B10'));
    after.forEach((t, i) => expect(t).toBeLessThanOrEqual(before[i]));
    expect(Array.from(ev.residenceMinutes('B10'))).toEqual(before); // live data untouched
    const r0 = residences[0];
    const closed = ev.withChanges([
      { kind: 'close_street', lon: r0.gates[0]?.[0] ?? r0.lon, lat: r0.gates[0]?.[1] ?? r0.lat },
    ]);
    Array.from(closed.residenceMinutes('B01')).forEach((t, i) =>
      expect(t).toBeGreaterThanOrEqual(ev.residenceMinutes('B01')[i]),
    );
  });

  it('recommends sites whose gain is real: adding the first one covers that many more residents', async () => {
    const { g, residences, facilities } = await fixture(44);
    const ev = new CircleEvaluation(g, residences, facilities, NATIONAL_DEFAULT);
    const recs = ev.recommend('B10', 2, 3);
    expect(recs.length).toBeGreaterThan(0);
    const covered = (e: CircleEvaluation) => {
      const m = e.residenceMinutes('B10');
      return e.residences.reduce((s, r, i) => s + (m[i] <= 2 ? r.population : 0), 0);
    };
    const withFirst = ev.withChanges([
      { kind: 'add', facility: { id: 'x', types: ['B10'], lon: recs[0].lon, lat: recs[0].lat } },
    ]);
    expect(covered(withFirst) - covered(ev)).toBe(recs[0].gainPopulation);
  });
});
