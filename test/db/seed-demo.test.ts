// The full demo seeded into SQLite: counts, the shared street graph, and the demo accounts signing in.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoCommunity } from '../../src/demo';
import { tableCounts } from '../../src/db';
import { ScryptHasher } from '../../src/compose/adapters/hasher';
import { buildApp } from '../../src/server/app';
import { createDeps, type Deps } from '../../src/server/deps';
import { seedDemoIfEmpty } from '../../src/compose';
import type { SeedResult } from '../../src/flows/seed-demo';
import { Agent } from '../helpers/server-app';

describe('demo seed on SQLite', () => {
  let dir: string;
  let deps: Deps;
  let seeded: SeedResult | null;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'quarter-demo-'));
    deps = await createDeps({
      databaseUrl: path.join(dir, 'quarter.db'),
      hasher: new ScryptHasher(1024),
      logger: pino({ level: 'silent' }),
      options: { rateLimit: { login: 1000, write: 1000 } },
    });
    seeded = await seedDemoIfEmpty(deps, path.join(dir, 'graphs'));
  });
  afterAll(async () => {
    await deps?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads every circle, merchant, residence and account once', async () => {
    const demo = buildDemoCommunity();
    const counts = await tableCounts(deps.handle.db);
    expect(counts).toMatchObject({
      circles: demo.circles.length,
      merchants: demo.merchants.length,
      residences: demo.residences.length,
      users: demo.accounts.length,
      role_grants: demo.accounts.length,
      business_types: 30,
      resident_profiles: 3,
    });
    expect(counts.merchant_categories).toBe(demo.merchants.reduce((n, m) => n + new Set(m.categories).size, 0));
    expect(seeded?.accounts.map((a) => a.role)).toEqual(
      expect.arrayContaining(['resident', 'merchant_staff', 'operator_staff', 'inspector', 'officer', 'admin']),
    );
    expect(existsSync(seeded!.graphFile!)).toBe(true);
    expect(await seedDemoIfEmpty(deps, null)).toBeNull();
    expect((await tableCounts(deps.handle.db)).merchants).toBe(demo.merchants.length);
  });

  it('lets a demo resident sign in, search 修鞋 by "xx" and draw the map', async () => {
    const app = await buildApp(deps);
    try {
      const a = new Agent(app);
      await a.fetchCsrf();
      const login = await a.post('/api/v1/auth/login', { phone: '13800000008', password: 'demo1234' });
      expect(login.statusCode).toBe(200);
      const circles = (await a.get('/api/v1/circles')).json().items;
      expect(circles[0].name).toBe('郎茂山一刻钟便民生活圈');
      const found = (await a.get(`/api/v1/merchants?circleId=${circles[0].id}&q=xx`))
        .json()
        .items.map((m: { name: string }) => m.name);
      expect(found).toContain('百姓修鞋配钥匙');
      const map = (await a.get(`/api/v1/circles/${circles[0].id}/map`)).json();
      expect(map.streets.features.length).toBeGreaterThan(100);
      expect(map.buildings.features.length).toBeGreaterThan(10);
    } finally {
      await app.close();
    }
  });
});
