// A small community for server and repository tests: two circles in two districts, a handful of
// merchants and residences, and one account per role scoped to circle A (scope "own") — circle B,
// its merchant and residence are "other scope" for everyone but the admin.
import type { Role, RoleGrant } from '../../src/core/accounts';
import { buildMerchant, type MerchantInput } from '../../src/core/merchants';
import { buildResidence } from '../../src/core/residences';
import { seedCatalogue } from '../../src/flows/seed-demo';
import type { Deps } from '../../src/server/deps';

/** Wednesday 2026-03-04 09:00 in Shanghai (01:00 UTC). */
export const FIXTURE_NOW = '2026-03-04T01:00:00.000Z';
export const FIXTURE_PASSWORD = 'fixture-pass-1';

export interface Fixture {
  circleA: string;
  circleB: string;
  merchantA: string;
  merchantA2: string;
  pendingA: string;
  merchantB: string;
  residenceA: string;
  residenceB: string;
  phones: Record<Role, string>;
  /** The resident of circle A (usr_fix_resident, born 1950, registered as older) and one of circle B. */
  residentA: string;
  residentB: string;
  residentBPhone: string;
}

const ring = (lon: number, lat: number): [number, number][] => [
  [lon - 0.01, lat - 0.01],
  [lon + 0.01, lat - 0.01],
  [lon + 0.01, lat + 0.01],
  [lon - 0.01, lat + 0.01],
  [lon - 0.01, lat - 0.01],
];

export async function seedFixture(deps: Deps, graphFile: string | null = null): Promise<Fixture> {
  const { repos, clock, hasher } = deps;
  const now = clock.now();
  await seedCatalogue(repos.catalogue);
  const circleA = 'cir_fixturea';
  const circleB = 'cir_fixtureb';
  const circles = [
    { id: circleA, name: '甲一刻钟便民生活圈', lon: 116.985, lat: 36.628, district: '市中区', code: '370103' },
    { id: circleB, name: '乙一刻钟便民生活圈', lon: 117.1, lat: 36.66, district: '历下区', code: '370102' },
  ];
  for (const [k, c] of circles.entries()) {
    await repos.circles.create({
      id: c.id,
      name: c.name,
      nameEn: null,
      district: c.district,
      districtCode: c.code,
      streetOffice: null,
      centre: [c.lon, c.lat],
      boundary: ring(c.lon, c.lat),
      timezone: 'Asia/Shanghai',
      graphFile,
      status: 'active',
      createdAt: new Date(Date.parse(now) + k).toISOString(),
    });
  }
  const m = (id: string, input: Omit<MerchantInput, 'lon' | 'lat'> & { lon?: number; lat?: number }) =>
    buildMerchant({ lon: 116.985, lat: 36.628, ...input }, id, now);
  const merchants = [
    m('mer_fixa1', {
      circleId: circleA,
      name: '老王修鞋配钥匙',
      categories: ['B10'],
      address: '阳光一街12号',
      phone: '13900001111',
      openingHours: 'Mo-Su 08:00-18:00',
    }),
    m('mer_fixa2', {
      circleId: circleA,
      name: '好邻居便利店',
      categories: ['B01'],
      address: '阳光二街3号',
      phone: '13900002222',
      openingHours: '24/7',
    }),
    m('mer_fixa3', {
      circleId: circleA,
      name: '张姐早餐店',
      categories: ['B05'],
      address: '阳光三街5号',
      phone: '13900003333',
      openingHours: 'Mo-Su 05:30-08:30',
    }),
    m('mer_fixa4', {
      circleId: circleA,
      name: '新华书店',
      categories: ['Q05'],
      address: '阳光四街8号',
      phone: '053112345678',
      openingHours: 'Mo-Fr 10:00-20:00',
    }),
    m('mer_fixa5', {
      circleId: circleA,
      name: '待审核修表铺',
      categories: ['B10'],
      address: '阳光五街1号',
      phone: '13900005555',
      status: 'pending',
      openingHours: '24/7',
    }),
    m('mer_fixb1', {
      circleId: circleB,
      name: '乙区修鞋店',
      categories: ['B10'],
      address: '泉城路1号',
      phone: '13900006666',
      openingHours: '24/7',
      lon: 117.1,
      lat: 36.66,
    }),
  ];
  await repos.merchants.insert(merchants);
  await repos.residences.insert([
    buildResidence(
      {
        circleId: circleA,
        name: '阳光嘉园',
        lon: 116.984,
        lat: 36.627,
        gates: [[116.9841, 36.6265]],
        households: 300,
        population: 810,
      },
      'res_fixa1',
      now,
    ),
    buildResidence(
      { circleId: circleB, name: '泉城花园', lon: 117.1, lat: 36.66, households: 200, population: 540 },
      'res_fixb1',
      now,
    ),
  ]);
  const phones: Record<Role, string> = {
    resident: '13700000001',
    merchant_staff: '13700000002',
    operator_staff: '13700000003',
    inspector: '13700000004',
    officer: '13700000005',
    admin: '13700000006',
  };
  const grants: Record<Role, RoleGrant> = {
    resident: { role: 'resident', circleId: circleA },
    merchant_staff: { role: 'merchant_staff', circleId: circleA, merchantId: 'mer_fixa1' },
    operator_staff: { role: 'operator_staff', circleId: circleA },
    inspector: { role: 'inspector', circleId: circleA },
    officer: { role: 'officer', districtCode: '370103' },
    admin: { role: 'admin' },
  };
  const hash = await hasher.hashPassword(FIXTURE_PASSWORD);
  for (const role of Object.keys(phones) as Role[]) {
    await repos.users.create(
      {
        id: `usr_fix_${role}`,
        phone: phones[role],
        name: `测试${role}`,
        passwordHash: hash,
        locale: 'zh-CN',
        createdAt: now,
        roles: [grants[role]],
      },
      [`grt_fix_${role}`],
    );
  }
  // A second resident, in circle B, and both residents' profiles (homes, addresses, birth dates).
  await repos.users.create(
    {
      id: 'usr_fix_resident_b',
      phone: '13700000011',
      name: '测试resident乙',
      passwordHash: hash,
      locale: 'zh-CN',
      createdAt: now,
      roles: [{ role: 'resident', circleId: circleB }],
    },
    ['grt_fix_resident_b'],
  );
  const profile = (
    userId: string,
    circleId: string,
    residenceId: string,
    address: string,
    birthDate: string,
    elderly: boolean,
  ) => ({
    userId,
    circleId,
    residenceId,
    address,
    birthDate,
    elderlyVerified: elderly,
    disabledVerified: false,
    consentAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await deps.repos.residentProfiles.upsert(
    profile('usr_fix_resident', circleA, 'res_fixa1', '阳光嘉园3号楼2单元501', '1950-05-01', true),
  );
  await deps.repos.residentProfiles.upsert(
    profile('usr_fix_resident_b', circleB, 'res_fixb1', '泉城花园1号楼101', '1990-01-01', false),
  );
  return {
    residentA: 'usr_fix_resident',
    residentB: 'usr_fix_resident_b',
    residentBPhone: '13700000011',
    circleA,
    circleB,
    merchantA: 'mer_fixa1',
    merchantA2: 'mer_fixa2',
    pendingA: 'mer_fixa5',
    merchantB: 'mer_fixb1',
    residenceA: 'res_fixa1',
    residenceB: 'res_fixb1',
    phones,
  };
}
