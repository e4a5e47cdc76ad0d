// Repository contract suite: the same expectations on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue';
import { buildMerchant } from '../../src/core/merchants';
import { buildResidence } from '../../src/core/residences';
import {
  BusinessTypeRepo,
  CircleRepo,
  type DbHandle,
  JobRepo,
  KyselyImportUnitOfWork,
  MerchantRepo,
  migrateToLatest,
  openDatabase,
  ResidenceRepo,
  SessionRepo,
  SmsCodeRepo,
  tableCounts,
  UserRepo,
} from '../../src/db';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db-databases';

const engines = await testEngines();
const NOW = '2026-03-04T01:00:00.000Z';
const square: [number, number][] = [
  [116.97, 36.62],
  [116.99, 36.62],
  [116.99, 36.64],
  [116.97, 36.64],
  [116.97, 36.62],
];

describe.each(engines)('repositories on %s', (engine) => {
  let tdb: TestDatabase;
  let h: DbHandle;
  beforeAll(async () => {
    tdb = await createTestDatabase(engine);
    h = openDatabase(tdb.url);
    expect(await migrateToLatest(h.db)).toContain('0001-initial');
    expect(await migrateToLatest(h.db)).toEqual([]);
    await new BusinessTypeRepo(h.db).upsertMany(CATALOGUE);
    const circles = new CircleRepo(h.db);
    for (const [id, code] of [
      ['cir_a', '370103'],
      ['cir_b', '370102'],
    ]) {
      await circles.create({
        id,
        name: `圈${id}`,
        nameEn: null,
        district: '区',
        districtCode: code,
        streetOffice: null,
        centre: [116.98, 36.63],
        boundary: square,
        timezone: 'Asia/Shanghai',
        graphFile: null,
        status: 'active',
        createdAt: NOW,
      });
    }
  });
  afterAll(async () => {
    await h?.close();
    await tdb?.drop();
  });

  it('reports the engine and enforces foreign keys', async () => {
    expect(h.engine).toBe(engine);
    const res = new ResidenceRepo(h.db);
    await expect(
      res.insert([buildResidence({ circleId: 'cir_none', name: 'x', lon: 116.98, lat: 36.63 }, 'res_fk', NOW)]),
    ).rejects.toThrow();
  });

  it('upserts the catalogue idempotently and keeps its order', async () => {
    const repo = new BusinessTypeRepo(h.db);
    await repo.upsertMany(CATALOGUE);
    const list = await repo.list();
    expect(list.map((t) => t.code)).toEqual(CATALOGUE.map((t) => t.code));
    expect(list.find((t) => t.code === 'B10-03')).toMatchObject({
      nameZh: '修鞋',
      microProfit: true,
      parentCode: 'B10',
      group: '一菜一修',
    });
  });

  it('stores circles with their boundary', async () => {
    const repo = new CircleRepo(h.db);
    expect((await repo.list()).map((c) => c.id)).toEqual(['cir_a', 'cir_b']);
    const a = await repo.get('cir_a');
    expect(a).toMatchObject({ boundary: square, centre: [116.98, 36.63], timezone: 'Asia/Shanghai', graphFile: null });
    await repo.setGraphFile('cir_a', '/tmp/x.qgraph');
    expect((await repo.get('cir_a'))?.graphFile).toBe('/tmp/x.qgraph');
    expect(await repo.scope('cir_b')).toEqual({ id: 'cir_b', districtCode: '370102', timezone: 'Asia/Shanghai' });
    expect(await repo.get('cir_none')).toBeUndefined();
  });

  it('creates users with grants, finds them, enforces unique phones', async () => {
    const users = new UserRepo(h.db);
    const u = await users.create(
      {
        id: 'usr_1',
        phone: '13800000001',
        name: '甲',
        passwordHash: 'h',
        locale: 'zh-CN',
        createdAt: NOW,
        roles: [{ role: 'operator_staff', circleId: 'cir_a' }, { role: 'resident' }],
      },
      ['grt_1', 'grt_2'],
    );
    expect(u.roles).toEqual([{ role: 'operator_staff', circleId: 'cir_a' }, { role: 'resident' }]);
    expect((await users.findByPhone('13800000001'))?.passwordHash).toBe('h');
    expect(await users.findById('usr_1')).not.toHaveProperty('passwordHash');
    await expect(
      users.create(
        {
          id: 'usr_2',
          phone: '13800000001',
          name: '乙',
          passwordHash: null,
          locale: 'zh-CN',
          createdAt: NOW,
          roles: [],
        },
        [],
      ),
    ).rejects.toThrow();
    expect(await users.findById('usr_2')).toBeUndefined();
    const page = await users.list({ limit: 10, offset: 0 });
    expect(page.total).toBe(1);
  });

  it('keeps sessions and SMS codes', async () => {
    const sessions = new SessionRepo(h.db);
    await sessions.create({
      idHash: 'h1',
      userId: 'usr_1',
      csrfToken: 'c',
      expiresAt: '2026-03-05T00:00:00.000Z',
      createdAt: NOW,
    });
    expect(await sessions.find('h1')).toEqual({
      idHash: 'h1',
      userId: 'usr_1',
      csrfToken: 'c',
      expiresAt: '2026-03-05T00:00:00.000Z',
    });
    expect(await sessions.deleteExpired('2026-03-06T00:00:00.000Z')).toBe(1);
    expect(await sessions.find('h1')).toBeUndefined();
    const sms = new SmsCodeRepo(h.db);
    await sms.create({
      id: 'sms_1',
      phone: '13800000009',
      codeHash: 'a',
      attempts: 0,
      expiresAt: '2026-03-04T01:05:00.000Z',
      createdAt: NOW,
    });
    await sms.create({
      id: 'sms_2',
      phone: '13800000009',
      codeHash: 'b',
      attempts: 0,
      expiresAt: '2026-03-04T01:06:00.000Z',
      createdAt: '2026-03-04T01:01:00.000Z',
    });
    expect((await sms.latest('13800000009'))?.id).toBe('sms_2');
    await sms.bumpAttempts('sms_2');
    expect((await sms.latest('13800000009'))?.attempts).toBe(1);
    expect(await sms.countSince('13800000009', '2026-03-04T01:00:30.000Z')).toBe(1);
    await sms.delete('sms_2');
    expect((await sms.latest('13800000009'))?.id).toBe('sms_1');
  });

  it('searches merchants by name, pinyin, initials, category and scope', async () => {
    const repo = new MerchantRepo(h.db);
    const mk = (
      id: string,
      circleId: string,
      name: string,
      categories: string[],
      status: 'active' | 'pending' = 'active',
    ) => buildMerchant({ circleId, name, categories, lon: 116.98, lat: 36.63, status }, id, NOW);
    await repo.insert([
      mk('mer_1', 'cir_a', '老王修鞋配钥匙', ['B10', 'B10-03']),
      mk('mer_2', 'cir_a', '好邻居便利店', ['B01']),
      mk('mer_3', 'cir_a', '100%_特价店', ['B02']),
      mk('mer_4', 'cir_a', '待审核修鞋', ['B10'], 'pending'),
      mk('mer_5', 'cir_b', '乙区修鞋店', ['B10']),
    ]);
    const names = async (
      filter: Parameters<MerchantRepo['search']>[0],
      page: { limit: number; offset: number } | null = { limit: 50, offset: 0 },
    ) => (await repo.search(filter, page)).items.map((m) => m.name);
    const a = [{ id: 'cir_a', allStatuses: false }];
    expect(await names({ circles: a, q: 'xx' })).toEqual(['老王修鞋配钥匙']);
    expect(await names({ circles: [{ id: 'cir_a', allStatuses: true }], q: 'xx' })).toEqual([
      '待审核修鞋',
      '老王修鞋配钥匙',
    ]);
    expect(await names({ circles: a, q: '钥匙' })).toEqual(['老王修鞋配钥匙']);
    expect(await names({ circles: a, q: 'bian li' })).toEqual(['好邻居便利店']);
    expect(await names({ circles: a, q: '%' })).toEqual(['100%_特价店']);
    expect(await names({ circles: a, q: '_' })).toEqual(['100%_特价店']);
    expect(await names({ circles: a, category: 'B10' })).toEqual(['老王修鞋配钥匙']);
    expect(await names({ circles: a, category: 'B10-03' })).toEqual(['老王修鞋配钥匙']);
    expect(await names({ circles: [...a, { id: 'cir_b', allStatuses: false }], q: '修鞋' })).toEqual(
      ['乙区修鞋店', '老王修鞋配钥匙'].sort(),
    );
    const page = await repo.search({ circles: a }, { limit: 1, offset: 1 });
    expect(page.total).toBe(3);
    expect(page.items).toHaveLength(1);
    expect((await repo.search({ circles: a }, null)).total).toBe(3);
    const got = await repo.get('mer_1');
    expect(got?.categories).toEqual(['B10', 'B10-03']);
    await repo.update({ ...got!, name: '老王修鞋', categories: ['B10-04'], updatedAt: '2026-03-05T00:00:00.000Z' });
    expect(await repo.get('mer_1')).toMatchObject({
      name: '老王修鞋',
      categories: ['B10-04'],
      createdAt: NOW,
      updatedAt: '2026-03-05T00:00:00.000Z',
    });
  });

  it('stores residences with gates', async () => {
    const repo = new ResidenceRepo(h.db);
    await repo.insert([
      buildResidence(
        {
          circleId: 'cir_a',
          name: '阳光嘉园',
          lon: 116.98,
          lat: 36.63,
          gates: [[116.981, 36.629]],
          households: 10,
          population: null,
        },
        'res_1',
        NOW,
      ),
    ]);
    expect(await repo.list('cir_a')).toEqual([
      expect.objectContaining({ id: 'res_1', gates: [[116.981, 36.629]], households: 10, population: null }),
    ]);
    const r = (await repo.get('res_1'))!;
    await repo.update({ ...r, population: 27 });
    expect((await repo.get('res_1'))?.population).toBe(27);
  });

  it('tracks jobs', async () => {
    const repo = new JobRepo(h.db);
    await repo.insert({
      id: 'job_1',
      kind: 'import:merchants',
      status: 'queued',
      progress: 0,
      stage: null,
      report: null,
      createdBy: 'usr_1',
      createdAt: NOW,
      updatedAt: NOW,
    });
    await repo.update('job_1', { status: 'running', progress: 0.5, stage: 'write', report: { rows: [{ row: 2 }] } });
    expect(await repo.get('job_1')).toMatchObject({
      status: 'running',
      progress: 0.5,
      stage: 'write',
      report: { rows: [{ row: 2 }] },
    });
  });

  it('writes an import all or nothing', async () => {
    const uow = new KyselyImportUnitOfWork(h.db);
    const before = await tableCounts(h.db);
    const good = buildMerchant(
      { circleId: 'cir_a', name: '事务店', categories: ['B01'], lon: 116.98, lat: 36.63 },
      'mer_tx1',
      NOW,
    );
    const bad = buildMerchant(
      { circleId: 'cir_a', name: '坏类别', categories: ['NOPE'], lon: 116.98, lat: 36.63 },
      'mer_tx2',
      NOW,
    );
    await expect(uow.run((w) => w.insertMerchants([good, bad]))).rejects.toThrow();
    expect(await tableCounts(h.db)).toEqual(before);
    await uow.run((w) => w.insertMerchants([good]));
    expect((await tableCounts(h.db)).merchants).toBe(before.merchants + 1);
  });
});
