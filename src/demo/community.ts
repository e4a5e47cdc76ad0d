// The demo community: the Jinan 郎茂山 circle at its real scale (about 2×2 km, ~60,000 residents,
// 200+ shops over 20+ business types, a service centre with 100+ vendors) plus two smaller
// neighbouring circles of the same district, with demo accounts for every role.
import type { OsmSink, OsmSource, OsmReadOptions, OsmTags } from '../osm/source';
import { CATEGORY_BY_CODE } from './categories';
import { LANGMAOSHAN_CENTRE, SyntheticCity } from './city';
import { NODE_SLOTS, Quad } from './geometry';
import { CellKind } from './layout';
import { CIRCLES, insideRing, octagon } from './circles';
import { frontages, marketVendors, placeMerchants, round7, uniquePhone, type Frontage } from './merchants';
import { chineseNumber } from './names';
import { Rng } from './prng';
import type { DemoAccount, DemoCircle, DemoCommunity, DemoMerchant, DemoResidence, LonLat } from './types';

export const DEMO_SEED = 20_250_301;
export const DEMO_PASSWORD = 'demo1234';
const PERSONS_PER_HOUSEHOLD = 2.7;
const MARKET_NAME = '郎茂山社区综合服务中心';

export function buildDemoCity(): SyntheticCity {
  return new SyntheticCity({
    name: 'demo:langmaoshan',
    seed: DEMO_SEED,
    centre: LANGMAOSHAN_CENTRE,
    widthM: 6400,
    heightM: 2800,
    pois: false,
    features: {
      hillParks: [[-450, 350]],
      markets: [[150, -100]],
      riverAtY: [-650],
      riverName: '兴济河',
      marketName: MARKET_NAME,
      parkName: '郎茂山公园',
    },
  });
}

export function buildDemoCommunity(): DemoCommunity {
  const city = buildDemoCity();
  const L = city.layout;
  const rng = new Rng(DEMO_SEED);
  const ll = (x: number, y: number): LonLat => [round7(L.toLon(x)), round7(L.toLat(y))];
  const rings = CIRCLES.map((c) => octagon(c.rect));
  const circles: DemoCircle[] = CIRCLES.map((c, k) => ({
    key: c.key,
    name: c.name,
    nameEn: c.nameEn,
    district: '市中区',
    districtCode: '370103',
    streetOffice: c.streetOffice,
    centre: ll((c.rect[0] + c.rect[2]) / 2, (c.rect[1] + c.rect[3]) / 2),
    boundary: rings[k].map(([x, y]) => ll(x, y)),
    population: 0,
  }));

  // Residences: every compound whose centre lies in a circle, households scaled to its population.
  const residences: DemoResidence[] = [];
  const names = new Set<string>();
  CIRCLES.forEach((spec, k) => {
    const plans = [...city.compounds()].filter((p) => insideRing(rings[k], p.x, p.y));
    const raw = plans.map((p) => p.buildings.map((b) => Math.max(12, (b.footprintM2 * b.levels * 0.75) / 95)));
    const rawTotal = raw.flat().reduce((a, b) => a + b, 0);
    const factor = spec.population / PERSONS_PER_HOUSEHOLD / rawTotal;
    plans.forEach((p, n) => {
      let name = p.name;
      for (let d = 2; names.has(name); d++) name = `${p.name.replace(/小区$/, '')}${chineseNumber(d)}区`;
      names.add(name);
      L.compoundNames.set(L.cell(p.i, p.j), name);
      const buildings = p.buildings.map((b, m) => ({
        name: `${b.number}号楼`,
        levels: b.levels,
        households: Math.max(6, Math.round(raw[n][m] * factor)),
        lon: round7(L.toLon(b.x)),
        lat: round7(L.toLat(b.y)),
      }));
      const households = buildings.reduce((a, b) => a + b.households, 0);
      residences.push({
        key: `${spec.key}-r${String(n + 1).padStart(3, '0')}`,
        circleKey: spec.key,
        name,
        kind: 'compound',
        lon: round7(L.toLon(p.x)),
        lat: round7(L.toLat(p.y)),
        gates: p.gates.map((g) => ll(g.x, g.y)),
        households,
        population: Math.round(households * PERSONS_PER_HOUSEHOLD),
        buildings,
      });
    });
    circles[k].population = residences.filter((r) => r.circleKey === spec.key).reduce((a, r) => a + r.population, 0);
  });

  // Merchants: the service centre and its vendors, then street shops of each circle.
  const ctxBase = { city: L, rng, phones: new Set<string>(), names: new Set<string>() };
  const merchants: DemoMerchant[] = [];
  const marketCell = findMarket(city, rings[0]);
  CIRCLES.forEach((spec, k) => {
    const ctx = { ...ctxBase, circleKey: spec.key, keyPrefix: spec.key };
    const fronts: Frontage[] = frontages(L, (x, y) => insideRing(rings[k], x, y));
    if (k === 0 && marketCell) {
      const [i, j] = marketCell;
      const q = new Quad().set(L, i, j);
      const address = `${L.rowName[j]}${2 * Math.floor(Math.max(0, q.x(0.5, 0) - L.px[L.lattice(0, j)]) / 30) + 1}号`;
      ctx.names.add(MARKET_NAME);
      merchants.push({
        key: `${spec.key}-market`,
        circleKey: spec.key,
        name: `${MARKET_NAME}菜市场`,
        categories: ['B03'],
        lon: round7(L.toLon(q.x(0.5, 0.5))),
        lat: round7(L.toLat(q.y(0.5, 0.5))),
        address,
        phone: uniquePhone(ctx),
        openingHours: 'Mo-Su 05:30-19:00',
        status: 'active',
        contact: '郎茂山振大运营中心',
      });
      merchants.push(...marketVendors(ctx, i, j, MARKET_NAME, address));
    }
    merchants.push(...placeMerchants(ctx, fronts, spec.plans));
  });

  return {
    circles,
    merchants,
    residences,
    accounts: demoAccounts(merchants),
    osm: withMerchantPois(city, merchants),
    bbox: L.bbox(),
  };
}

function findMarket(city: SyntheticCity, ring: [number, number][]): [number, number] | null {
  const L = city.layout;
  const q = new Quad();
  for (let j = 0; j < L.ny; j++)
    for (let i = 0; i < L.nx; i++) {
      if (L.cellKind[L.cell(i, j)] !== CellKind.Market) continue;
      q.set(L, i, j);
      if (insideRing(ring, q.x(0.5, 0.5), q.y(0.5, 0.5))) return [i, j];
    }
  return null;
}

function demoAccounts(merchants: DemoMerchant[]): DemoAccount[] {
  const shop = merchants.find((m) => m.circleKey === 'langmaoshan' && m.categories[0] === 'B01' && !m.stall)!;
  const vendor = merchants.find((m) => m.stall)!;
  const a = (
    phone: string,
    name: string,
    role: DemoAccount['role'],
    extra: Partial<DemoAccount> = {},
  ): DemoAccount => ({ phone, password: DEMO_PASSWORD, name, role, ...extra });
  return [
    a('13800000001', '系统管理员', 'admin'),
    a('13800000002', '李明（市中区商务局）', 'officer', { districtCode: '370103' }),
    a('13800000003', '王芳（郎茂山运营中心）', 'operator_staff', { circleKey: 'langmaoshan' }),
    a('13800000004', '赵强（七里山运营）', 'operator_staff', { circleKey: 'qilishan' }),
    a('13800000005', '孙丽（市场巡检员）', 'inspector', { circleKey: 'langmaoshan' }),
    a('13800000006', `${shop.contact}（${shop.name}）`, 'merchant_staff', {
      merchantKey: shop.key,
      circleKey: shop.circleKey,
    }),
    a('13800000007', `${vendor.contact}（${vendor.stall}摊位）`, 'merchant_staff', {
      merchantKey: vendor.key,
      circleKey: vendor.circleKey,
    }),
    a('13800000008', '张秀英', 'resident', { circleKey: 'langmaoshan' }),
    a('13800000009', '刘建国', 'resident', { circleKey: 'langmaoshan' }),
    a('13800000010', '陈晓东', 'resident', { circleKey: 'qilishan' }),
  ];
}

/** The demo city plus one POI node per street merchant (market stalls are inside the marketplace). */
function withMerchantPois(city: SyntheticCity, merchants: DemoMerchant[]): OsmSource {
  const base = (city.layout.px.length + 1) * NODE_SLOTS;
  const pois = merchants.filter((m) => !m.stall && m.categories[0] !== 'B03');
  return {
    name: city.name,
    async read(sink: OsmSink, options: OsmReadOptions) {
      if (options.nodes) {
        await city.read(sink, { nodes: true, ways: false });
        if (sink.node) {
          pois.forEach((m, k) => {
            const cat = CATEGORY_BY_CODE.get(m.categories[0])!;
            const tags: OsmTags = {
              ...cat.tags,
              name: m.name,
              opening_hours: m.openingHours,
              phone: m.phone,
              'addr:full': m.address,
            };
            sink.node!(base + k + 1, m.lon, m.lat, tags);
          });
        }
      }
      if (options.ways) await city.read(sink, { nodes: false, ways: true });
      options.onProgress?.(1);
    },
  };
}
