// Merchants of the demo circles: street shops on block frontages (with Chinese-style addresses),
// deliberately sparse or missing types, and the vendors of the community market.
import { CATEGORY_BY_CODE } from './categories';
import { Quad } from './geometry';
import { CellKind, type CityLayout } from './layout';
import { personName, shopStem } from './names';
import { Rng } from './prng';
import type { DemoMerchant, DemoMerchantStatus } from './types';

export interface Frontage {
  x: number;
  y: number;
  street: string;
  number: number;
  arterial: boolean;
}

const SHOP_KINDS = new Set<number>([CellKind.Compound, CellKind.School, CellKind.Green, CellKind.Market]);
const T_ALONG = [0.15, 0.3, 0.42, 0.58, 0.7, 0.85];

/** Shop fronts along every existing street side of ordinary blocks, filtered by `inside`. */
export function frontages(city: CityLayout, inside: (x: number, y: number) => boolean): Frontage[] {
  const out: Frontage[] = [];
  const q = new Quad();
  for (let j = 0; j < city.ny; j++)
    for (let i = 0; i < city.nx; i++) {
      if (!SHOP_KINDS.has(city.cellKind[city.cell(i, j)])) continue;
      q.set(city, i, j);
      for (let s = 0; s < 4; s++) {
        if (!city.sideOn(i, j, s)) continue;
        const ew = s % 2 === 0;
        const line = s === 0 ? j : s === 1 ? i + 1 : s === 2 ? j + 1 : i;
        const street = ew ? city.rowName[line] : city.colName[line];
        const arterial = (ew ? city.rowClass[line] : city.colClass[line]) > 0;
        const origin = ew ? city.px[city.lattice(0, line)] : city.py[city.lattice(line, 0)];
        for (const t of T_ALONG) {
          const u = s === 0 || s === 2 ? t : s === 1 ? 0.96 : 0.04;
          const v = s === 1 || s === 3 ? t : s === 0 ? 0.04 : 0.96;
          const x = q.x(u, v),
            y = q.y(u, v);
          if (!inside(x, y)) continue;
          const dist = (ew ? x : y) - origin;
          const odd = s === 0 || s === 3;
          out.push({ x, y, street, arterial, number: 2 * Math.floor(Math.max(0, dist) / 30) + (odd ? 1 : 2) });
        }
      }
    }
  return out;
}

export interface TypePlan {
  code: string;
  count: number;
  /** Only frontages passing this test (metres from the city centre). */
  where?: (f: Frontage) => boolean;
  /** Take the frontage minimising this score instead of a random one. */
  pick?: (f: Frontage) => number;
}

export interface MerchantContext {
  circleKey: string;
  keyPrefix: string;
  city: CityLayout;
  rng: Rng;
  phones: Set<string>;
  names: Set<string>;
}

export function uniquePhone(ctx: { rng: Rng; phones: Set<string> }, prefix = '138'): string {
  for (;;) {
    const p = prefix + String(ctx.rng.int(0, 99_999_999)).padStart(8, '0');
    if (!ctx.phones.has(p)) {
      ctx.phones.add(p);
      return p;
    }
  }
}

function uniqueName(ctx: MerchantContext, base: string, street: string): string {
  if (!ctx.names.has(base)) return (ctx.names.add(base), base);
  const branch = `${base}（${street}店）`;
  if (!ctx.names.has(branch)) return (ctx.names.add(branch), branch);
  for (let n = 2; ; n++) {
    const b = `${base}（${street}${n}店）`;
    if (!ctx.names.has(b)) return (ctx.names.add(b), b);
  }
}

/** Street merchants for one circle, following `plans` (sparse and constrained types first). */
export function placeMerchants(ctx: MerchantContext, fronts: Frontage[], plans: TypePlan[]): DemoMerchant[] {
  const { rng, city } = ctx;
  // Arterial frontages come first more often: shops cluster on main roads.
  const order = fronts
    .map((f, k) => ({ k, key: rng.float() - (f.arterial ? 0.35 : 0) }))
    .sort((a, b) => a.key - b.key)
    .map((o) => o.k);
  const used = new Uint8Array(fronts.length);
  let cursor = 0;
  const take = (p: TypePlan): Frontage => {
    if (p.where || p.pick) {
      let best = -1;
      for (const k of order) {
        if (used[k] || (p.where && !p.where(fronts[k]))) continue;
        if (!p.pick) {
          best = k;
          break;
        }
        if (best < 0 || p.pick(fronts[k]) < p.pick(fronts[best])) best = k;
      }
      if (best >= 0) return ((used[best] = 1), fronts[best]);
    }
    while (cursor < order.length && used[order[cursor]]) cursor++;
    if (cursor >= order.length) throw new Error(`demo: not enough shop frontage in ${ctx.circleKey}`);
    used[order[cursor]] = 1;
    return fronts[order[cursor]];
  };
  const constrained = plans.filter((p) => p.where || p.pick);
  const free: string[] = [];
  for (const p of plans) if (!p.where && !p.pick) for (let n = 0; n < p.count; n++) free.push(p.code);
  // Interleave free types so no type monopolises the arterial frontage.
  for (let k = free.length - 1; k > 0; k--) {
    const r = rng.int(0, k);
    [free[k], free[r]] = [free[r], free[k]];
  }
  const out: DemoMerchant[] = [];
  const add = (code: string, f: Frontage, sparse: boolean) => {
    const cat = CATEGORY_BY_CODE.get(code)!;
    const h = rng.int(0, 1 << 30);
    const n = out.length + 1;
    const categories = code === 'B01' && n % 4 === 0 ? ['B01', 'B12'] : [code];
    const hours = code === 'B01' && h % 5 < 2 ? '24/7' : cat.hours[h % cat.hours.length];
    const status: DemoMerchantStatus = sparse
      ? 'active'
      : n % 37 === 0
        ? 'pending'
        : n % 97 === 0
          ? 'suspended'
          : 'active';
    out.push({
      key: `${ctx.keyPrefix}-m${String(n).padStart(3, '0')}`,
      circleKey: ctx.circleKey,
      name: uniqueName(ctx, shopStem(h) + cat.words[(h >>> 7) % cat.words.length], f.street),
      categories,
      lon: round7(city.toLon(f.x)),
      lat: round7(city.toLat(f.y)),
      address: `${f.street}${f.number}号`,
      phone: uniquePhone(ctx),
      openingHours: hours,
      status,
      contact: personName(h >>> 3),
    });
  };
  for (const p of constrained) for (let n = 0; n < p.count; n++) add(p.code, take(p), true);
  for (const code of free) add(code, take({ code, count: 1 }), false);
  return out;
}

const VENDOR_KINDS: [string, string, string, number][] = [
  // zone, trade word, catalogue code, count
  ['A', '蔬菜', 'B03', 42],
  ['A', '水果', 'B03', 12],
  ['B', '鲜肉', 'B03', 14],
  ['B', '水产', 'B03', 10],
  ['C', '粮油', 'B03', 8],
  ['C', '豆制品', 'B03', 5],
  ['C', '调料干货', 'B03', 5],
  ['D', '熟食', 'Q01', 10],
  ['D', '面点', 'Q06', 4],
];

/** Vendors with stall numbers inside the market building of cell (i, j). */
export function marketVendors(
  ctx: MerchantContext,
  i: number,
  j: number,
  marketName: string,
  address: string,
): DemoMerchant[] {
  const q = new Quad().set(ctx.city, i, j);
  const out: DemoMerchant[] = [];
  const perZone = new Map<string, number>();
  for (const [zone, trade, code, count] of VENDOR_KINDS) {
    for (let n = 0; n < count; n++) {
      const stallNo = (perZone.get(zone) ?? 0) + 1;
      perZone.set(zone, stallNo);
      const stall = `${zone}-${String(stallNo).padStart(3, '0')}`;
      const h = ctx.rng.int(0, 1 << 30);
      const u = 0.33 + 0.34 * ctx.rng.float(),
        v = 0.33 + 0.34 * ctx.rng.float();
      out.push({
        key: `${ctx.keyPrefix}-v${String(out.length + 1).padStart(3, '0')}`,
        circleKey: ctx.circleKey,
        name: `${personName(h)}${trade}（${stall}）`,
        categories: [code],
        lon: round7(ctx.city.toLon(q.x(u, v))),
        lat: round7(ctx.city.toLat(q.y(u, v))),
        address: `${address} ${marketName} ${stall}摊位`,
        phone: uniquePhone(ctx, '139'),
        openingHours: code === 'B03' ? 'Mo-Su 05:30-18:30' : 'Mo-Su 07:00-19:00',
        status: 'active',
        stall,
        contact: personName(h >>> 4),
      });
    }
  }
  return out;
}

export const round7 = (v: number): number => Math.round(v * 1e7) / 1e7;
