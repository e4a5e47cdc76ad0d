// Resident profiles over HTTP on both databases: one's own profile, the masked register, verified
// flags, a move to another circle ending the old circle's registrations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../helpers/db-databases';
import { loginAs, startTestApp, type Agent, type TestApp } from '../helpers/server-app';

const engines = await testEngines();

describe.each(engines)('resident profiles on %s', (engine) => {
  let t: TestApp;
  let resident: Agent;
  let operator: Agent;
  beforeAll(async () => {
    t = await startTestApp(engine);
    resident = await loginAs(t, 'resident');
    operator = await loginAs(t, 'operator_staff');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lets a resident read and set their own profile, with the home checked against the circle', async () => {
    const own = (await resident.get('/api/v1/me/profile')).json().profile;
    expect(own).toMatchObject({ circleId: t.fx.circleA, residenceId: t.fx.residenceA, elderlyVerified: true });
    const homes = (await resident.get(`/api/v1/circles/${t.fx.circleA}/homes`)).json().items;
    expect(homes.map((h: { id: string }) => h.id)).toContain(t.fx.residenceA);
    const set = await resident.request('PUT', '/api/v1/me/profile', {
      circleId: t.fx.circleA,
      address: '阳光嘉园3号楼2单元502',
      consent: true,
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ address: '阳光嘉园3号楼2单元502', residenceId: t.fx.residenceA });
    expect(set.json().consentAt).toBe(t.clock.now());
    const foreignHome = await resident.request('PUT', '/api/v1/me/profile', {
      circleId: t.fx.circleA,
      residenceId: t.fx.residenceB,
    });
    expect(foreignHome.json().code).toBe('Q_RESIDENTS_HOME_NOT_IN_CIRCLE');
  });

  it('shows the operator a register with masked phones and addresses and ages, not birth dates', async () => {
    const res = await operator.get(`/api/v1/residents?circleId=${t.fx.circleA}`);
    expect(res.statusCode).toBe(200);
    const row = res.json().items.find((r: { userId: string }) => r.userId === t.fx.residentA);
    expect(row.phoneMasked).toBe('137****0001');
    expect(row.addressMasked).not.toContain('502');
    expect(row.age).toBe(75); // born 1950-05-01, on 2026-03-04
    expect(JSON.stringify(res.json())).not.toContain('1950-05-01');
    expect((await operator.get(`/api/v1/residents?circleId=${t.fx.circleB}`)).statusCode).toBe(403);
  });

  it('lets the operator register a resident as disabled, and a move to another circle ends registrations', async () => {
    const flagged = await operator.patch(`/api/v1/residents/${t.fx.residentA}`, { disabledVerified: true });
    expect(flagged.json()).toMatchObject({ disabledVerified: true, elderlyVerified: true });
    const moved = await resident.request('PUT', '/api/v1/me/profile', { circleId: t.fx.circleB });
    expect(moved.json()).toMatchObject({
      circleId: t.fx.circleB,
      residenceId: null,
      elderlyVerified: false,
      disabledVerified: false,
    });
    expect(await t.deps.residents.profileOf(t.fx.residentA)).toMatchObject({ circleId: t.fx.circleB });
  });
});
