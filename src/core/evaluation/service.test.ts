import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../../test/helpers/tiny-map';
import { importOsm } from '../../osm/build';
import { createAccess, type Actor } from '../kernel';
import { EVALUATION_POLICY } from './policy';
import { EvaluationService, type EvaluationPorts } from './service';

const actor = (userId: string): Actor => ({ userId, roles: [{ role: 'admin' }] });

async function fakePorts(denied = new Set<string>()) {
  // A street 0–600 m with a cross street; homes at both ends, one shop in the middle.
  const m = tinyMap('svc', {
    nodes: { A: [0, 0], B: [300, 0], C: [600, 0], N: [300, 200] },
    ways: [{ path: 'A B C' }, { path: 'B N' }],
  });
  const { graph } = await importOsm(m.source);
  const calls: string[] = [];
  const allow = createAccess([EVALUATION_POLICY]);
  const ports: EvaluationPorts = {
    access: {
      ...allow,
      can(actor, action, r) {
        calls.push(`${action}:${r?.circleId}`);
        return !denied.has(actor?.userId ?? '');
      },
    },
    circle: async (id) => (id === 'cir_1' ? { id, name: '测试圈', districtCode: '370103' } : null),
    circlesOfDistrict: async () => [{ id: 'cir_1', name: '测试圈' }],
    graph: async () => graph,
    residences: async () => [
      { id: 'res_a', name: 'A', lon: m.lonLat.A[0], lat: m.lonLat.A[1], gates: [], population: 1000 },
      { id: 'res_c', name: 'C', lon: m.lonLat.C[0], lat: m.lonLat.C[1], gates: [], population: 3000 },
    ],
    facilities: async () => [{ id: 'mer_1', types: ['B01'], lon: m.lonLat.A[0], lat: m.lonLat.A[1] }],
  };
  return { ports, calls, m };
}

describe('EvaluationService', () => {
  it('checks access before anything else, and denies without building', async () => {
    const { ports, calls } = await fakePorts(new Set(['intruder']));
    const svc = new EvaluationService(ports);
    await expect(svc.scorecard(actor('intruder'), 'cir_1')).rejects.toMatchObject({ code: 'Q_EVALUATION_FORBIDDEN' });
    expect(calls).toEqual(['evaluation.read:cir_1']);
    await expect(svc.whatIf(actor('intruder'), 'cir_1', [])).rejects.toMatchObject({ code: 'Q_EVALUATION_FORBIDDEN' });
    expect(calls.at(-1)).toBe('evaluation.plan:cir_1');
  });

  it('answers coverage and updates it when a merchant opens, without rebuilding', async () => {
    const { ports, m } = await fakePorts();
    const svc = new EvaluationService(ports);
    const before = await svc.coverage(actor('planner'), 'cir_1', 'B01');
    expect(before.map((r) => r.minutes)).toEqual([0, 10]); // 600 m at 60 m/min
    const ev = await svc.evaluation('cir_1');
    await svc.merchantChanged('upsert', { id: 'mer_2', types: ['B01'], lon: m.lonLat.C[0], lat: m.lonLat.C[1] });
    expect(await svc.evaluation('cir_1')).toBe(ev);
    expect((await svc.coverage(actor('planner'), 'cir_1', 'B01')).map((r) => r.minutes)).toEqual([0, 0]);
    await svc.merchantChanged('remove', { id: 'mer_1' });
    expect((await svc.coverage(actor('planner'), 'cir_1', 'B01')).map((r) => r.minutes)).toEqual([10, 0]);
  });

  it('what-if returns the scenario and its difference, leaving the baseline alone', async () => {
    const { ports, m } = await fakePorts();
    const svc = new EvaluationService(ports);
    const r = await svc.whatIf(actor('planner'), 'cir_1', [
      { kind: 'add', facility: { id: 'x', types: ['B10'], lon: m.lonLat.C[0], lat: m.lonLat.C[1] } },
    ]);
    const b10 = r.diff.find((d) => d.type === 'B10')!;
    expect(b10).toEqual({ type: 'B10', before: 0, after: 1 }); // both homes within 15 min of C
    expect((await svc.scorecard(actor('planner'), 'cir_1')).types.find((t) => t.type === 'B10')!.facilities).toBe(0);
  });

  it('recommends, draws isochrones, compares profiles and scores a district', async () => {
    const { ports } = await fakePorts();
    const svc = new EvaluationService(ports);
    const recs = await svc.recommendations(actor('planner'), 'cir_1', 'B10', 5, 2);
    expect(recs[0].gainPopulation).toBe(4000); // the middle (B) reaches both ends in 5 min
    await expect(svc.recommendations(actor('planner'), 'cir_1', 'B10', 500, 2)).rejects.toThrow(/minutes/);
    const iso = await svc
      .isochrone(actor('planner'), 'cir_1', ...(await ports.residences('cir_1'))[0].gates.concat([[0, 0]])[0], [5])
      .catch(() => null);
    expect(iso).toBeNull(); // (0,0) is nowhere near the network: a clear snap error
    const equity = await svc.equity(actor('planner'), 'cir_1');
    const b01 = equity.find((e) => e.type === 'B01')!;
    expect(b01.shareAtTarget.default).toBeGreaterThanOrEqual(b01.shareAtTarget.elderly);
    const district = await svc.districtScores(actor('officer'), '370103');
    expect(district).toEqual([expect.objectContaining({ id: 'cir_1', population: 4000 })]);
    await expect(svc.scorecard(actor('planner'), 'cir_404')).rejects.toThrow(/not found/);
  });
});
