// Merchant use cases: directory search (text, pinyin, category, open now), detail, create, update.
import { type Actor, maskPhone, type Resource } from '../kernel';
import { MerchantsError } from './errors';
import { isOpenAt } from './hours';
import type { Merchant, MerchantDetail, MerchantInput, MerchantPatch, MerchantQuery, MerchantView } from './model';
import type { CircleScope, MerchantsPorts } from './ports';
import { maskAddress, nameKeys, normaliseMerchantPhone, toWgs84 } from './rules';
import { validateMerchantFields } from './validate';

function resourceOf(scope: CircleScope, merchantId?: string): Resource {
  return { circleId: scope.id, districtCode: scope.districtCode, merchantId };
}

/** Builds a stored merchant from validated input (WGS-84, pinyin keys, normalised phone). */
export function buildMerchant(input: MerchantInput, id: string, now: string): Merchant {
  const crs = input.crs ?? 'WGS84';
  const [lon, lat] = toWgs84(input.lon, input.lat, crs);
  const name = input.name.trim();
  const keys = nameKeys(name);
  return {
    id,
    circleId: input.circleId,
    name,
    namePinyin: keys.pinyin,
    nameInitials: keys.initials,
    categories: [...new Set(input.categories)],
    lon,
    lat,
    sourceCrs: crs,
    address: input.address?.trim() || null,
    phone: input.phone ? normaliseMerchantPhone(input.phone) : null,
    openingHours: input.openingHours?.trim() || null,
    status: input.status ?? 'active',
    stall: input.stall?.trim() || null,
    createdAt: now,
    updatedAt: now,
  };
}

const eventView = (m: Merchant) => ({
  id: m.id,
  circleId: m.circleId,
  name: m.name,
  categories: m.categories,
  lon: m.lon,
  lat: m.lat,
  status: m.status,
});

export class MerchantsService {
  constructor(private readonly p: MerchantsPorts) {}

  private async scopeOf(circleId: string): Promise<CircleScope> {
    const scope = await this.p.circles.get(circleId);
    if (!scope) throw new MerchantsError('Q_MERCHANTS_CIRCLE_NOT_FOUND');
    return scope;
  }

  async search(actor: Actor | null, query: MerchantQuery): Promise<{ items: MerchantView[]; total: number }> {
    let scopes: CircleScope[];
    if (query.circleId) {
      const scope = await this.scopeOf(query.circleId);
      if (!this.p.access.can(actor, 'merchants.list', resourceOf(scope)))
        throw new MerchantsError('Q_MERCHANTS_FORBIDDEN');
      scopes = [scope];
    } else {
      scopes = (await this.p.circles.list()).filter((s) => this.p.access.can(actor, 'merchants.list', resourceOf(s)));
    }
    if (scopes.length === 0) return { items: [], total: 0 };
    const byId = new Map(scopes.map((s) => [s.id, s]));
    const filter = {
      circles: scopes.map((s) => ({
        id: s.id,
        allStatuses: this.p.access.can(actor, 'merchants.read_private', resourceOf(s)),
      })),
      q: query.q?.trim() || undefined,
      category: query.category || undefined,
    };
    const now = this.p.clock.now();
    const view = (m: Merchant) => this.view(actor, m, byId.get(m.circleId)!, now);
    if (query.openNow === undefined) {
      const page = await this.p.merchants.search(filter, { limit: query.limit, offset: query.offset });
      return { items: page.items.map(view), total: page.total };
    }
    const all = (await this.p.merchants.search(filter, null)).items.map(view);
    const kept = all.filter((v) => (v.openNow ?? false) === query.openNow);
    return { items: kept.slice(query.offset, query.offset + query.limit), total: kept.length };
  }

  private view(actor: Actor | null, m: Merchant, scope: CircleScope, now: string): MerchantView {
    const full = this.p.access.can(actor, 'merchants.read_private', resourceOf(scope, m.id));
    return {
      id: m.id,
      circleId: m.circleId,
      name: m.name,
      categories: m.categories,
      lon: m.lon,
      lat: m.lat,
      address: full ? m.address : maskAddress(m.address),
      phoneMasked: maskPhone(m.phone),
      openingHours: m.openingHours,
      openNow: isOpenAt(m.openingHours, now, scope.timezone),
      status: m.status,
    };
  }

  private detail(actor: Actor | null, m: Merchant, scope: CircleScope): MerchantDetail {
    const full = this.p.access.can(actor, 'merchants.read_private', resourceOf(scope, m.id));
    return {
      ...this.view(actor, m, scope, this.p.clock.now()),
      phone: full ? m.phone : maskPhone(m.phone),
      stall: m.stall,
      sourceCrs: m.sourceCrs,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
    };
  }

  async get(actor: Actor | null, id: string): Promise<MerchantDetail> {
    const m = await this.p.merchants.get(id);
    if (!m) throw new MerchantsError('Q_MERCHANTS_NOT_FOUND');
    const scope = await this.scopeOf(m.circleId);
    const r = resourceOf(scope, m.id);
    if (!this.p.access.can(actor, 'merchants.read', r)) throw new MerchantsError('Q_MERCHANTS_FORBIDDEN');
    // Pending and suspended merchants are visible only to those who manage them.
    if (m.status !== 'active' && !this.p.access.can(actor, 'merchants.read_private', r))
      throw new MerchantsError('Q_MERCHANTS_NOT_FOUND');
    return this.detail(actor, m, scope);
  }

  async create(actor: Actor | null, input: MerchantInput): Promise<MerchantDetail> {
    const scope = await this.scopeOf(input.circleId);
    if (!this.p.access.can(actor, 'merchants.create', resourceOf(scope)))
      throw new MerchantsError('Q_MERCHANTS_FORBIDDEN');
    const problems = validateMerchantFields(input, await this.p.categories.codes());
    if (problems.length) throw new MerchantsError(problems[0].code, `${problems[0].field}: ${problems[0].problem}`);
    const m = buildMerchant(input, this.p.ids.next('mer'), this.p.clock.now());
    await this.p.merchants.insert([m]);
    await this.p.events.publish({ type: 'merchants.changed', merchant: eventView(m), change: 'created' });
    return this.detail(actor, m, scope);
  }

  async update(actor: Actor | null, id: string, patch: MerchantPatch): Promise<MerchantDetail> {
    const current = await this.p.merchants.get(id);
    if (!current) throw new MerchantsError('Q_MERCHANTS_NOT_FOUND');
    const scope = await this.scopeOf(current.circleId);
    const r = resourceOf(scope, current.id);
    if (!this.p.access.can(actor, 'merchants.update', r)) throw new MerchantsError('Q_MERCHANTS_FORBIDDEN');
    // Only the circle's operators change a merchant's status (approval, suspension).
    if (
      patch.status !== undefined &&
      patch.status !== current.status &&
      !this.p.access.can(actor, 'merchants.set_status', r)
    ) {
      throw new MerchantsError('Q_MERCHANTS_FORBIDDEN', 'only operators change a merchant status');
    }
    const moved = patch.lon !== undefined || patch.lat !== undefined;
    // A move may give one coordinate; check the pair it produces.
    const checked = moved ? { ...patch, lon: patch.lon ?? current.lon, lat: patch.lat ?? current.lat } : patch;
    const problems = validateMerchantFields(checked, await this.p.categories.codes());
    if (problems.length) throw new MerchantsError(problems[0].code, `${problems[0].field}: ${problems[0].problem}`);
    const merged: MerchantInput = {
      circleId: current.circleId,
      name: patch.name ?? current.name,
      categories: patch.categories ?? current.categories,
      lon: patch.lon ?? current.lon,
      lat: patch.lat ?? current.lat,
      crs: moved ? (patch.crs ?? 'WGS84') : 'WGS84',
      address: patch.address !== undefined ? patch.address : current.address,
      phone: patch.phone !== undefined ? patch.phone : current.phone,
      openingHours: patch.openingHours !== undefined ? patch.openingHours : current.openingHours,
      status: patch.status ?? current.status,
      stall: patch.stall !== undefined ? patch.stall : current.stall,
    };
    const next = buildMerchant(merged, current.id, this.p.clock.now());
    const saved: Merchant = {
      ...next,
      sourceCrs: moved ? next.sourceCrs : current.sourceCrs,
      createdAt: current.createdAt,
    };
    await this.p.merchants.update(saved);
    await this.p.events.publish({ type: 'merchants.changed', merchant: eventView(saved), change: 'updated' });
    return this.detail(actor, saved, scope);
  }
}
