// Generated authorisation suite: every registered route × every role × own/other scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/core/accounts';
import { testEngines } from '../helpers/db-databases';
import { type Agent, anonymous, loginAs, startTestApp, type TestApp } from '../helpers/server-app';
import { MATRIX, MODULES, PUBLIC_ROUTES, type MatrixContext, type Scope } from './matrix';

const engines = await testEngines();

describe.each(engines)('authorisation matrix on %s', (engine) => {
  let t: TestApp;
  let ctx: MatrixContext;
  const agents = {} as Record<Role, Agent>;
  beforeAll(async () => {
    t = await startTestApp(engine);
    for (const role of ROLES) agents[role] = await loginAs(t, role);
    const jobs: Partial<Record<Role, string>> = {};
    for (const role of ['operator_staff', 'admin'] as const) {
      const res = await agents[role].post(`/api/v1/imports/merchants?circleId=${t.fx.circleA}`, {
        filename: 'j.csv',
        dryRun: true,
        contentBase64: Buffer.from('name,category,lon,lat\nJob shop,B01,116.985,36.628\n').toString('base64'),
      });
      expect(res.statusCode).toBe(202);
      jobs[role] = res.json().id;
    }
    // One scenario per circle, with more changes than the matrix deletes.
    const scenarios: Record<Scope, string> = { own: '', other: '' };
    for (const [scope, circle] of [
      ['own', t.fx.circleA],
      ['other', t.fx.circleB],
    ] as const) {
      const created = await agents.admin.post(`/api/v1/circles/${circle}/scenarios`, { name: `matrix-${scope}` });
      expect(created.statusCode).toBe(200);
      scenarios[scope] = created.json().id;
      for (let i = 0; i < 6; i++) {
        const added = await agents.admin.post(`/api/v1/scenarios/${scenarios[scope]}/changes`, {
          kind: 'add',
          types: ['B10'],
          lon: 116.985,
          lat: 36.6281,
        });
        expect(added.statusCode).toBe(200);
      }
    }
    const ids: Record<string, string> = {};
    for (const m of MODULES) if (m.setup) Object.assign(ids, await m.setup(t, agents));
    let n = 0;
    ctx = {
      fx: t.fx,
      jobOf: (role) => jobs[role] ?? 'job_none',
      scenarioOf: (s) => scenarios[s],
      ids,
      agents,
      t,
      unique: () => String(++n),
    };
  });
  afterAll(async () => {
    await t?.close();
  });

  const routes = () => t.app.routeTable.map((r) => ({ key: `${r.method} ${r.url}`, ...r }));

  it('covers every registered route, and only those', () => {
    const registered = routes().map((r) => r.key);
    const protectedRoutes = registered.filter((k) => !PUBLIC_ROUTES.has(k));
    expect(protectedRoutes.filter((k) => !(k in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((k) => !registered.includes(k))).toEqual([]);
    expect([...PUBLIC_ROUTES].filter((k) => !registered.includes(k))).toEqual([]);
    for (const r of routes()) expect(r.access, r.key).toBe(PUBLIC_ROUTES.has(r.key) ? 'public' : 'user');
  });

  it('has every protected route declare a policy action that a module owns', () => {
    const actions = t.deps.access.actions();
    for (const r of routes()) {
      if (r.access === 'public') continue;
      expect(r.action, r.key).toBeDefined();
      if (r.action !== 'session') expect(actions.has(r.action!), `${r.key} → ${r.action}`).toBe(true);
    }
  });

  it('answers 401 problem+json to every protected route without a session', async () => {
    const anon = await anonymous(t.app);
    for (const r of routes()) {
      if (PUBLIC_ROUTES.has(r.key)) continue;
      const c = MATRIX[r.key];
      const req = await c.request(ctx, 'own', 'admin');
      const res = await anon.request(r.method, req.url, req.body);
      expect(res.statusCode, r.key).toBe(401);
      expect(res.headers['content-type'], r.key).toContain('application/problem+json');
      expect(res.json().code, r.key).toBe('Q_ACCOUNTS_UNAUTHENTICATED');
    }
  });

  it('lets each role do exactly what the matrix says, in its own scope and in another', async () => {
    const failures: string[] = [];
    for (const r of routes()) {
      if (PUBLIC_ROUTES.has(r.key) || r.key === 'POST /api/v1/auth/logout') continue;
      const c = MATRIX[r.key];
      for (const role of ROLES) {
        for (const scope of (c.scoped ? ['own', 'other'] : ['own']) as Scope[]) {
          const req = await c.request(ctx, scope, role);
          const res = await agents[role].request(r.method, req.url, req.body);
          const allowed = c.allowed(role, scope);
          const ok = allowed
            ? res.statusCode >= 200 && res.statusCode < 300
            : res.statusCode === 403 || res.statusCode === 404;
          if (!ok)
            failures.push(
              `${r.key} as ${role} (${scope}): expected ${allowed ? '2xx' : '403/404'}, got ${res.statusCode} ${res.body.slice(0, 120)}`,
            );
          if (!allowed && ok) {
            expect(res.headers['content-type'], `${r.key} ${role} ${scope}`).toContain('application/problem+json');
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('signs every role out', async () => {
    for (const role of ROLES) {
      const a = await loginAs(t, role);
      expect((await a.post('/api/v1/auth/logout')).statusCode).toBe(200);
      expect((await a.get('/api/v1/me')).statusCode).toBe(401);
    }
  });
});
