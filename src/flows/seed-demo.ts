// Seeds an empty database with the demo community: catalogue, circles, merchants, residences,
// accounts for every role (hashed passwords) and one street graph shared by the demo circles.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Clock, Hasher, IdGenerator, RoleGrant, UserRepository } from '../core/accounts';
import { CATALOGUE, type BusinessTypeRepository } from '../core/catalogue';
import type { CircleRepository } from '../core/circles';
import { buildMerchant, type MerchantRepository } from '../core/merchants';
import { buildResidence, type ResidenceRepository } from '../core/residences';
import { buildDemoCommunity } from '../demo';
import type { DemoCommunity, DemoRole } from '../demo/types';
import { importOsm } from '../osm/build';
import { writeGraphFile } from '../osm/graph-file';

export interface SeedDeps {
  catalogue: BusinessTypeRepository;
  circles: CircleRepository;
  merchants: MerchantRepository;
  residences: ResidenceRepository;
  users: UserRepository;
  hasher: Hasher;
  ids: IdGenerator;
  clock: Clock;
}

export interface SeededAccount {
  phone: string;
  password: string;
  name: string;
  role: DemoRole;
}

export interface SeedResult {
  circleIds: Record<string, string>;
  merchantIds: Record<string, string>;
  merchants: number;
  residences: number;
  accounts: SeededAccount[];
  graphFile: string | null;
}

export interface SeedOptions {
  /** Where to write the street graph; null skips building it. */
  graphDir: string | null;
  community?: DemoCommunity;
}

export async function seedCatalogue(repo: BusinessTypeRepository): Promise<void> {
  await repo.upsertMany(CATALOGUE);
}

export async function seedDemo(d: SeedDeps, options: SeedOptions): Promise<SeedResult> {
  const demo = options.community ?? buildDemoCommunity();
  const now = d.clock.now();
  await seedCatalogue(d.catalogue);

  const circleIds: Record<string, string> = {};
  for (const [k, c] of demo.circles.entries()) {
    circleIds[c.key] = d.ids.next('cir');
    await d.circles.create({
      id: circleIds[c.key],
      name: c.name,
      nameEn: c.nameEn,
      district: c.district,
      districtCode: c.districtCode,
      streetOffice: c.streetOffice,
      centre: c.centre,
      boundary: c.boundary,
      timezone: 'Asia/Shanghai',
      graphFile: null,
      status: 'active',
      // Distinct instants keep the demo's order (main circle first) in lists sorted by creation.
      createdAt: new Date(Date.parse(now) + k).toISOString(),
    });
  }

  const merchantIds: Record<string, string> = {};
  const merchants = demo.merchants.map((m) => {
    merchantIds[m.key] = d.ids.next('mer');
    return buildMerchant(
      {
        circleId: circleIds[m.circleKey],
        name: m.name,
        categories: m.categories,
        lon: m.lon,
        lat: m.lat,
        crs: 'WGS84',
        address: m.address,
        phone: m.phone,
        openingHours: m.openingHours,
        status: m.status,
        stall: m.stall ?? null,
      },
      merchantIds[m.key],
      now,
    );
  });
  await d.merchants.insert(merchants);

  const residences = demo.residences.map((r) =>
    buildResidence(
      {
        circleId: circleIds[r.circleKey],
        name: r.name,
        kind: r.kind,
        lon: r.lon,
        lat: r.lat,
        gates: r.gates,
        households: r.households,
        population: r.population,
      },
      d.ids.next('res'),
      now,
    ),
  );
  await d.residences.insert(residences);

  const accounts: SeededAccount[] = [];
  for (const a of demo.accounts) {
    const grant: RoleGrant = { role: a.role };
    if (a.circleKey) grant.circleId = circleIds[a.circleKey];
    if (a.merchantKey) grant.merchantId = merchantIds[a.merchantKey];
    if (a.districtCode) grant.districtCode = a.districtCode;
    await d.users.create(
      {
        id: d.ids.next('usr'),
        phone: a.phone,
        name: a.name,
        passwordHash: await d.hasher.hashPassword(a.password),
        locale: 'zh-CN',
        createdAt: now,
        roles: [grant],
      },
      [d.ids.next('grt')],
    );
    accounts.push({ phone: a.phone, password: a.password, name: a.name, role: a.role });
  }

  let graphFile: string | null = null;
  if (options.graphDir) {
    mkdirSync(options.graphDir, { recursive: true });
    const { graph, features } = await importOsm(demo.osm, { bbox: demo.bbox });
    graphFile = path.join(options.graphDir, 'demo-area.qgraph');
    writeGraphFile(graphFile, graph, features);
    for (const id of Object.values(circleIds)) await d.circles.setGraphFile(id, graphFile);
  }

  return { circleIds, merchantIds, merchants: merchants.length, residences: residences.length, accounts, graphFile };
}
