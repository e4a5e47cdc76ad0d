// The HTTP API through inject(), on SQLite and PostgreSQL: sign-in, the directory, errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../helpers/db-databases';
import { anonymous, loginAs, startTestApp, type TestApp } from '../helpers/server-app';

const engines = await testEngines();

describe.each(engines)('API on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('reports health and serves the OpenAPI document', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toEqual({ ok: true, database: engine });
    const doc = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(doc.statusCode).toBe(200);
    const paths = Object.keys(doc.json<{ paths: object }>().paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/v1/merchants', '/api/v1/circles/{id}/map', '/api/v1/jobs/{id}']),
    );
  });

  it('documents every route with a response schema in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>;
    }>();
    for (const r of t.app.routeTable) {
      const op = doc.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${r.url}`).toBeDefined();
      const ok = Object.entries(op.responses).find(([status]) => status.startsWith('2'));
      expect(ok?.[1].content, `${r.method} ${r.url}`).toBeDefined();
    }
  });

  it('signs in with a password, shows me, signs out', async () => {
    const a = await loginAs(t, 'operator_staff');
    const me = await a.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      phoneMasked: '137****0003',
      roles: [{ role: 'operator_staff', circleId: t.fx.circleA }],
    });
    expect(a.cookies.q_session).toBeTruthy();
    const cookie = `q_session=${a.cookies.q_session}`;
    expect((await a.post('/api/v1/auth/logout')).json()).toEqual({ ok: true });
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('sets an httpOnly SameSite=Lax session cookie and stores only its hash', async () => {
    const a = await anonymous(t.app);
    const res = await a.post('/api/v1/auth/login', { phone: t.fx.phones.resident, password: 'fixture-pass-1' });
    const c = res.cookies.find((x) => x.name === 'q_session')!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Lax');
    expect(c.maxAge).toBe(7 * 86400);
    const stored = await t.deps.handle.db.selectFrom('sessions').select('id').execute();
    expect(stored.map((s) => s.id)).not.toContain(c.value);
  });

  it('replaces the previous session on a new sign-in', async () => {
    const a = await loginAs(t, 'resident');
    const first = a.cookies.q_session;
    const again = await a.post('/api/v1/auth/login', { phone: t.fx.phones.resident, password: 'fixture-pass-1' });
    expect(again.statusCode).toBe(200);
    expect(a.cookies.q_session).not.toBe(first);
    const old = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: `q_session=${first}` } });
    expect(old.statusCode).toBe(401);
  });

  it('rejects wrong passwords and unknown phones alike', async () => {
    const a = await anonymous(t.app);
    const wrong = await a.post('/api/v1/auth/login', { phone: t.fx.phones.admin, password: 'nope-nope' });
    const unknown = await a.post('/api/v1/auth/login', { phone: '13012345678', password: 'nope-nope' });
    for (const r of [wrong, unknown]) {
      expect(r.statusCode).toBe(401);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.json()).toMatchObject({ code: 'Q_ACCOUNTS_BAD_CREDENTIALS', status: 401 });
    }
  });

  it('requires the CSRF token on writes', async () => {
    const a = await anonymous(t.app);
    a.csrf = null;
    const noToken = await a.post('/api/v1/auth/login', { phone: t.fx.phones.admin, password: 'fixture-pass-1' });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('Q_HTTP_CSRF');
    const op = await loginAs(t, 'operator_staff');
    op.csrf = 'forged';
    const forged = await op.patch(`/api/v1/merchants/${t.fx.merchantA}`, { openingHours: '24/7' });
    expect(forged.json().code).toBe('Q_HTTP_CSRF');
  });

  it('signs in by SMS code; a new phone becomes a resident', async () => {
    const a = await anonymous(t.app);
    const req = await a.post('/api/v1/auth/sms/request', { phone: '13512345678' });
    expect(req.statusCode).toBe(200);
    const code = t.sms.sent.get('13512345678')!;
    expect(req.json()).toEqual({ ok: true, devCode: code });
    const bad = await a.post('/api/v1/auth/sms/verify', {
      phone: '13512345678',
      code: code === '000000' ? '111111' : '000000',
    });
    expect(bad.json().code).toBe('Q_ACCOUNTS_BAD_CODE');
    const ok = await a.post('/api/v1/auth/sms/verify', { phone: '13512345678', code });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ phoneMasked: '135****5678', roles: [{ role: 'resident' }] });
    const again = await a.post('/api/v1/auth/sms/verify', { phone: '13512345678', code });
    expect(again.statusCode).toBe(401);
  });

  it('finds 修鞋 by initials "xx", by pinyin and by a Chinese substring', async () => {
    const r = await loginAs(t, 'resident');
    const names = async (q: string, circle = true) =>
      (await r.get(`/api/v1/merchants?${circle ? `circleId=${t.fx.circleA}&` : ''}q=${encodeURIComponent(q)}`))
        .json<{ items: { name: string }[] }>()
        .items.map((m) => m.name);
    expect(await names('xx')).toEqual(['老王修鞋配钥匙']);
    expect(await names('XiuXie')).toEqual(['老王修鞋配钥匙']);
    expect(await names('修鞋')).toEqual(['老王修鞋配钥匙']);
    expect(await names('钥匙')).toEqual(['老王修鞋配钥匙']);
    expect((await names('修鞋', false)).sort()).toEqual(['乙区修鞋店', '老王修鞋配钥匙'].sort());
    expect(await names('%')).toEqual([]);
  });

  it('filters by business type and by open now in the circle timezone', async () => {
    const r = await loginAs(t, 'resident');
    const list = async (qs: string) =>
      (await r.get(`/api/v1/merchants?circleId=${t.fx.circleA}&${qs}`)).json<{
        items: { name: string; openNow: boolean | null }[];
        total: number;
      }>();
    expect((await list('category=B10')).items.map((m) => m.name)).toEqual(['老王修鞋配钥匙']);
    // 09:00 on a Wednesday in Shanghai: the breakfast shop (05:30–08:30) and bookshop (10:00–) are closed.
    const open = await list('openNow=true');
    expect(open.items.map((m) => m.name).sort()).toEqual(['好邻居便利店', '老王修鞋配钥匙'].sort());
    expect(open.total).toBe(2);
    expect((await list('openNow=false')).items.map((m) => m.name).sort()).toEqual(['张姐早餐店', '新华书店'].sort());
    t.clock.set('2026-03-03T22:00:00.000Z'); // 06:00 Wednesday in Shanghai
    expect((await list('openNow=true')).items.map((m) => m.name).sort()).toEqual(['好邻居便利店', '张姐早餐店'].sort());
    t.clock.set('2026-03-04T01:00:00.000Z');
  });

  it('masks phones in lists and addresses for residents; staff see full addresses', async () => {
    const r = await loginAs(t, 'resident');
    const item = (await r.get(`/api/v1/merchants?circleId=${t.fx.circleA}&q=xx`)).json().items[0];
    expect(item).toMatchObject({ phoneMasked: '139****1111', address: '阳光一街***' });
    expect(JSON.stringify(item)).not.toContain('13900001111');
    const op = await loginAs(t, 'operator_staff');
    const staffItem = (await op.get(`/api/v1/merchants?circleId=${t.fx.circleA}&q=xx`)).json().items;
    expect(staffItem[0]).toMatchObject({ phoneMasked: '139****1111', address: '阳光一街12号' });
    // Staff also see the pending merchant; residents do not.
    const names = async (agent: typeof r) =>
      (await agent.get(`/api/v1/merchants?circleId=${t.fx.circleA}`)).json().items.map((m: { name: string }) => m.name);
    expect(await names(op)).toContain('待审核修表铺');
    expect(await names(r)).not.toContain('待审核修表铺');
    const detail = await op.get(`/api/v1/merchants/${t.fx.merchantA}`);
    expect(detail.json()).toMatchObject({ phone: '13900001111' });
    const residentDetail = await r.get(`/api/v1/merchants/${t.fx.merchantA}`);
    expect(residentDetail.json()).toMatchObject({ phone: '139****1111' });
    expect((await r.get(`/api/v1/merchants/${t.fx.pendingA}`)).statusCode).toBe(404);
  });

  it('pages results with total', async () => {
    const r = await loginAs(t, 'resident');
    const page = (await r.get(`/api/v1/merchants?circleId=${t.fx.circleA}&limit=2&offset=1`)).json();
    expect(page.total).toBe(4);
    expect(page.items).toHaveLength(2);
  });

  it('creates and updates a merchant, converting GCJ-02 to WGS-84', async () => {
    const op = await loginAs(t, 'operator_staff');
    const res = await op.post('/api/v1/merchants', {
      circleId: t.fx.circleA,
      name: '快乐洗衣',
      categories: ['B06'],
      lon: 116.991,
      lat: 36.63,
      crs: 'GCJ02',
      phone: '0531-88889999',
      openingHours: 'Mo-Sa 09:00-19:00',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.sourceCrs).toBe('GCJ02');
    expect(Math.abs(body.lon - 116.991)).toBeGreaterThan(0.003);
    expect(body.id).toMatch(/^mer_/);
    const patched = await op.patch(`/api/v1/merchants/${body.id}`, {
      openingHours: 'Mo-Su 09:00-19:00',
      status: 'suspended',
    });
    expect(patched.json()).toMatchObject({ openingHours: 'Mo-Su 09:00-19:00', status: 'suspended', lon: body.lon });
    const moved = await op.patch(`/api/v1/merchants/${body.id}`, { lon: 116.99 });
    expect(moved.json()).toMatchObject({ lon: 116.99, lat: body.lat, sourceCrs: 'WGS84' });
    // Merchant staff edit their own hours but cannot change status.
    const staff = await loginAs(t, 'merchant_staff');
    expect(
      (await staff.patch(`/api/v1/merchants/${t.fx.merchantA}`, { openingHours: 'Mo-Su 07:00-19:00' })).statusCode,
    ).toBe(200);
    const status = await staff.patch(`/api/v1/merchants/${t.fx.merchantA}`, { status: 'suspended' });
    expect(status.statusCode).toBe(403);
  });

  it('answers problem+json with stable codes for domain and validation errors', async () => {
    const op = await loginAs(t, 'operator_staff');
    const badHours = await op.post('/api/v1/merchants', {
      circleId: t.fx.circleA,
      name: 'x',
      categories: ['B01'],
      lon: 116.9,
      lat: 36.6,
      openingHours: 'Mo-Zz 99',
    });
    expect(badHours.statusCode).toBe(400);
    expect(badHours.json()).toMatchObject({
      code: 'Q_MERCHANTS_INVALID_HOURS',
      status: 400,
      title: expect.any(String),
      type: expect.any(String),
      detail: expect.any(String),
    });
    const badCode = await op.post('/api/v1/merchants', {
      circleId: t.fx.circleA,
      name: 'x',
      categories: ['Z99'],
      lon: 116.9,
      lat: 36.6,
    });
    expect(badCode.json().code).toBe('Q_MERCHANTS_UNKNOWN_CATEGORY');
    const swapped = await op.post('/api/v1/merchants', {
      circleId: t.fx.circleA,
      name: 'x',
      categories: ['B01'],
      lon: 36.6,
      lat: 36.6,
    });
    expect(swapped.json().code).toBe('Q_MERCHANTS_INVALID_COORDINATES');
    const schema = await op.post('/api/v1/merchants', {
      circleId: t.fx.circleA,
      name: '',
      categories: [],
      lon: 'east',
    });
    expect(schema.statusCode).toBe(400);
    expect(schema.headers['content-type']).toContain('application/problem+json');
    expect(schema.json().code).toBe('Q_HTTP_VALIDATION');
    const extra = await op.patch(`/api/v1/merchants/${t.fx.merchantA}`, { circleId: t.fx.circleB });
    expect(extra.json().code).toBe('Q_HTTP_VALIDATION');
    const limit = await op.get('/api/v1/merchants?limit=9999');
    expect(limit.json().code).toBe('Q_HTTP_VALIDATION');
    const missing = await op.get('/api/v1/merchants/mer_nope');
    expect(missing.json()).toMatchObject({ status: 404, code: 'Q_MERCHANTS_NOT_FOUND' });
    const noRoute = await op.get('/api/v1/nothing-here');
    expect(noRoute.json()).toMatchObject({ status: 404, code: 'Q_HTTP_NOT_FOUND' });
  });

  it('lists the catalogue with groups and micro-profit repair sub-types', async () => {
    const r = await loginAs(t, 'resident');
    const items = (await r.get('/api/v1/catalogue/business-types')).json<{
      items: { code: string; group?: string; microProfit?: boolean; parentCode?: string }[];
    }>().items;
    expect(items.filter((i) => /^B\d\d$/.test(i.code))).toHaveLength(15);
    expect(items.filter((i) => /^Q\d\d$/.test(i.code))).toHaveLength(9);
    expect(items.find((i) => i.code === 'B05')?.group).toBe('一店一早');
    expect(items.filter((i) => i.parentCode === 'B10').every((i) => i.microProfit)).toBe(true);
  });

  it('manages users as admin with masked phones', async () => {
    const admin = await loginAs(t, 'admin');
    const created = await admin.post('/api/v1/users', {
      phone: '13655556666',
      name: '新运营',
      password: 'long-enough-1',
      roles: [{ role: 'operator_staff', circleId: t.fx.circleB }],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().phoneMasked).toBe('136****6666');
    const dup = await admin.post('/api/v1/users', { phone: '13655556666', name: 'x', roles: [{ role: 'resident' }] });
    expect(dup.json()).toMatchObject({ status: 409, code: 'Q_ACCOUNTS_PHONE_TAKEN' });
    const noScope = await admin.post('/api/v1/users', {
      phone: '13655557777',
      name: 'x',
      roles: [{ role: 'officer' }],
    });
    expect(noScope.json().code).toBe('Q_ACCOUNTS_INVALID_GRANT');
    const list = await admin.get('/api/v1/users');
    expect(JSON.stringify(list.json())).not.toMatch(/1365555\d{4}/);
  });

  it('creates and updates residences', async () => {
    const op = await loginAs(t, 'operator_staff');
    const res = await op.post('/api/v1/residences', {
      circleId: t.fx.circleA,
      name: '新建小区',
      lon: 116.986,
      lat: 36.629,
      gates: [[116.9861, 36.6285]],
      households: 120,
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    const patched = await op.patch(`/api/v1/residences/${id}`, { population: 330 });
    expect(patched.json()).toMatchObject({ population: 330, households: 120, gates: [[116.9861, 36.6285]] });
    const list = await op.get(`/api/v1/residences?circleId=${t.fx.circleA}`);
    expect(list.json().items.map((r: { name: string }) => r.name)).toContain('新建小区');
  });
});
