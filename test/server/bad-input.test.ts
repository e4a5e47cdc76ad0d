// Every write route, fed bad input, answers problem+json (or a failed job with a validation report)
// and leaves the database exactly as it was. A write route without bad-input cases fails the suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/accounts';
import { testEngines } from '../helpers/db-databases';
import { snapshot } from '../helpers/db-snapshot';
import { BAD, BAD_INPUT_MODULES } from './bad-input';
import { anonymous, type Agent, loginAs, startTestApp, type TestApp } from '../helpers/server-app';

const engines = await testEngines();
describe.each(engines)('bad input on %s', (engine) => {
  let t: TestApp;
  let admin: Agent;
  let anon: Agent;
  const ids: Record<string, string> = {};
  const agents: Partial<Record<Role, Agent>> = {};
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await loginAs(t, 'admin');
    anon = await anonymous(t.app);
    for (const m of BAD_INPUT_MODULES) if (m.setup) Object.assign(ids, await m.setup(t));
  });
  afterAll(async () => {
    await t?.close();
  });

  const writeRoutes = () => t.app.routeTable.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.url}`);

  it('has bad-input cases for every write route', () => {
    expect(writeRoutes().filter((k) => !(k in BAD))).toEqual([]);
  });

  it('rejects every bad input and changes nothing', async () => {
    const failures: string[] = [];
    for (const key of writeRoutes()) {
      const method = key.split(' ')[0];
      const byDefault = key.startsWith('POST /api/v1/auth/') && key !== 'POST /api/v1/auth/logout' ? anon : admin;
      for (const bad of BAD[key](t.fx, ids)) {
        const agent = bad.as ? (agents[bad.as] ??= await loginAs(t, bad.as)) : byDefault;
        const except = [...(bad.expectJobFailure ? ['jobs', 'queue_jobs'] : []), ...(bad.mayChange ?? [])];
        const before = await snapshot(t.deps.handle.db, except);
        const headers: Record<string, string> =
          typeof bad.body === 'string' ? { 'content-type': 'application/json' } : {};
        const res = await agent.request(method, bad.url, bad.body, headers);
        const label = `${key} ${JSON.stringify(bad.body).slice(0, 80)}`;
        if (bad.expectJobFailure) {
          await t.deps.imports.idle();
          await t.deps.osmImports.idle();
          const job = (await admin.get(`/api/v1/jobs/${res.json().id}`)).json();
          if (
            res.statusCode !== 202 ||
            job.status !== 'failed' ||
            !((job.report?.rows as unknown[])?.length || job.report?.error)
          )
            failures.push(`${label}: job ${job.status}`);
        } else if (
          res.statusCode < 400 ||
          res.statusCode >= 500 ||
          !String(res.headers['content-type']).includes('application/problem+json')
        ) {
          failures.push(`${label}: ${res.statusCode} ${res.body.slice(0, 100)}`);
        } else if (!/^Q_[A-Z]+_[A-Z_]+$/.test(res.json().code)) {
          failures.push(`${label}: code ${res.json().code}`);
        }
        if (JSON.stringify(await snapshot(t.deps.handle.db, except)) !== JSON.stringify(before))
          failures.push(`${label}: database changed`);
      }
    }
    expect(failures).toEqual([]);
  });
});
