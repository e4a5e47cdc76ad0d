// Evaluation over HTTP on both databases: scorecards, coverage kept current when merchants change,
// isochrones, siting, scenarios that never touch live data, exports parsed back, snapshots.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCounts } from '../../src/db';
import { testEngines } from '../helpers/db-databases';
import { loginAs, startTestApp, type Agent, type TestApp } from '../helpers/server-app';

const engines = await testEngines();

describe.each(engines)('evaluation API on %s', (engine) => {
  let t: TestApp;
  let operator: Agent;
  let officer: Agent;
  beforeAll(async () => {
    t = await startTestApp(engine);
    operator = await loginAs(t, 'operator_staff');
    officer = await loginAs(t, 'officer');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves the scorecard with reasons, and coverage per residence', async () => {
    const res = await operator.get(`/api/v1/circles/${t.fx.circleA}/evaluation`);
    expect(res.statusCode).toBe(200);
    const card = res.json();
    expect(card.bands).toEqual([5, 10, 15]);
    expect(card.population).toBe(810);
    const b10 = card.types.find((x: { type: string }) => x.type === 'B10');
    expect(b10).toMatchObject({ pass: true, facilities: 1, reason: { code: 'meets_target' } });
    expect(card.types.find((x: { type: string }) => x.type === 'Q04').reason.code).toBe('missing');
    const cov = (await operator.get(`/api/v1/circles/${t.fx.circleA}/coverage?type=B10`)).json().items;
    expect(cov).toHaveLength(1);
    expect(cov[0].minutes).toBeGreaterThan(1);
    expect(cov[0].minutes).toBeLessThan(5);
  });

  it('keeps coverage current when a merchant opens (no rebuild needed)', async () => {
    const before = (await operator.get(`/api/v1/circles/${t.fx.circleA}/coverage?type=Q04`)).json().items[0].minutes;
    expect(before).toBeNull();
    const created = await operator.post('/api/v1/merchants', {
      circleId: t.fx.circleA,
      name: '小脚丫托育',
      categories: ['Q04'],
      lon: 116.985,
      lat: 36.627,
    });
    expect(created.statusCode).toBe(201);
    const after = (await operator.get(`/api/v1/circles/${t.fx.circleA}/coverage?type=Q04`)).json().items[0].minutes;
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(5);
    const suspended = await operator.patch(`/api/v1/merchants/${created.json().id}`, { status: 'suspended' });
    expect(suspended.statusCode).toBe(200);
    expect(
      (await operator.get(`/api/v1/circles/${t.fx.circleA}/coverage?type=Q04`)).json().items[0].minutes,
    ).toBeNull();
  });

  it('draws isochrones and says clearly when the point is off the network', async () => {
    const fc = (
      await officer.get(`/api/v1/circles/${t.fx.circleA}/isochrone?lon=116.985&lat=36.628&minutes=2,5`)
    ).json();
    expect(fc.features.map((f: { properties: { minutes: number } }) => f.properties.minutes)).toEqual([2, 5]);
    expect(fc.features[0].geometry.type).toBe('MultiPolygon');
    const far = await officer.get(`/api/v1/circles/${t.fx.circleA}/isochrone?lon=110&lat=30`);
    expect(far.statusCode).toBe(400);
    expect(far.json().code).toBe('Q_EVALUATION_INVALID');
    expect(far.json().detail).toMatch(/more than 500 m/);
  });

  it('recommends sites; scenarios change nothing live, and a bad change is refused and not saved', async () => {
    const recs = (
      await operator.get(`/api/v1/circles/${t.fx.circleA}/recommendations?type=Q04&minutes=5&count=2`)
    ).json().items;
    expect(recs[0].gainPopulation).toBe(810);
    const counts = await tableCounts(t.deps.handle.db);
    const scn = (await operator.post(`/api/v1/circles/${t.fx.circleA}/scenarios`, { name: '补托育' })).json();
    const added = await operator.post(`/api/v1/scenarios/${scn.id}/changes`, {
      kind: 'add',
      types: ['Q04'],
      lon: recs[0].lon,
      lat: recs[0].lat,
      name: '新托育点',
    });
    expect(added.statusCode).toBe(200);
    const evalRes = (await operator.get(`/api/v1/scenarios/${scn.id}/evaluation`)).json();
    const d = evalRes.diff.find((x: { type: string }) => x.type === 'Q04');
    expect(d).toEqual({ type: 'Q04', before: 0, after: 1 });
    // Live data: still no breakfast, and only the scenario row was added.
    expect(
      (await operator.get(`/api/v1/circles/${t.fx.circleA}/evaluation`))
        .json()
        .types.find((x: { type: string }) => x.type === 'Q04').facilities,
    ).toBe(0);
    expect(await tableCounts(t.deps.handle.db)).toEqual({ ...counts, scenarios: counts.scenarios + 1 });
    const bad = await operator.post(`/api/v1/scenarios/${scn.id}/changes`, {
      kind: 'add',
      types: ['Q04'],
      lon: 110,
      lat: 30,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect((await operator.get(`/api/v1/scenarios/${scn.id}`)).json().changes).toHaveLength(1);
    const removed = await operator.request('DELETE', `/api/v1/scenarios/${scn.id}/changes/0`);
    expect(removed.json().changes).toHaveLength(0);
    expect((await operator.request('DELETE', `/api/v1/scenarios/${scn.id}/changes/3`)).statusCode).toBe(400);
    expect(
      (
        await officer.post(`/api/v1/scenarios/${scn.id}/changes`, {
          kind: 'add',
          types: ['Q04'],
          lon: 116.985,
          lat: 36.628,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('exports XLSX with Chinese headers and keeps snapshots for the trend', async () => {
    const res = await operator.get(`/api/v1/circles/${t.fx.circleA}/evaluation.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('评分卡')!;
    expect(sheet.getRow(2).getCell(1).value).toBe('业态代码');
    expect(sheet.getRows(3, sheet.rowCount - 2)!.some((r) => r.getCell(1).value === 'B10')).toBe(true);
    const geo = (await operator.get(`/api/v1/circles/${t.fx.circleA}/evaluation.geojson`)).json();
    expect(geo.features[0].properties.minutes).toHaveProperty('B10');
    expect((await operator.post(`/api/v1/circles/${t.fx.circleA}/snapshots`, {})).statusCode).toBe(200);
    const trend = (await officer.get(`/api/v1/circles/${t.fx.circleA}/snapshots`)).json().items;
    expect(trend).toHaveLength(1);
    expect(trend[0].shares.B10).toBe(1);
  });

  it('scores a district for its officer, and equity compares walking profiles', async () => {
    const scores = (await officer.get('/api/v1/districts/370103/scores')).json().items;
    expect(scores).toEqual([expect.objectContaining({ id: t.fx.circleA, population: 810 })]);
    expect((await officer.get('/api/v1/districts/370102/scores')).statusCode).toBe(403);
    expect((await officer.get('/api/v1/districts/999999/scores')).statusCode).toBe(404);
    const eq = (await officer.get(`/api/v1/circles/${t.fx.circleA}/evaluation/equity`)).json().items;
    const b10 = eq.find((x: { type: string }) => x.type === 'B10');
    expect(b10.shareAtTarget.default).toBeGreaterThanOrEqual(b10.shareAtTarget.elderly);
  });
  // Last: it adds residences to the shared fixture.
  it('follows residence changes through the change events (no restart): a new compound, an edit, an import', async () => {
    const population = async () => (await operator.get(`/api/v1/circles/${t.fx.circleA}/evaluation`)).json().population;
    const before = await population();
    const created = await operator.post('/api/v1/residences', {
      circleId: t.fx.circleA,
      name: '新建小区',
      lon: 116.9851,
      lat: 36.6281,
      population: 500,
    });
    expect(created.statusCode).toBe(201);
    expect(await population()).toBe(before + 500);
    const edited = await operator.patch(`/api/v1/residences/${created.json().id}`, { population: 700 });
    expect(edited.statusCode).toBe(200);
    expect(await population()).toBe(before + 700);
    const csv = Buffer.from('name,lon,lat,population\n导入小区,116.9852,36.6282,300\n').toString('base64');
    const job = await operator.post(`/api/v1/imports/residences?circleId=${t.fx.circleA}`, {
      filename: 'r.csv',
      contentBase64: csv,
    });
    expect(job.statusCode).toBe(202);
    await t.deps.imports.idle();
    expect(await population()).toBe(before + 1000);
  });
});
