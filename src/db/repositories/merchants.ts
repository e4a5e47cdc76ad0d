// Merchants and their categories (a join table). Search combines substring matches on the name,
// its pinyin and its initials (修鞋 ← "修鞋", "xiuxie", "xx"); LIKE runs the same on both engines.
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Crs, Merchant, MerchantRepository, MerchantSearch, MerchantStatus } from '../../core/merchants';
import type { Database, MerchantsTable } from '../schema';

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function merchantOf(r: MerchantsTable, categories: string[]): Merchant {
  return {
    id: r.id,
    circleId: r.circle_id,
    name: r.name,
    namePinyin: r.name_pinyin,
    nameInitials: r.name_initials,
    categories,
    lon: Number(r.lon),
    lat: Number(r.lat),
    sourceCrs: r.source_crs as Crs,
    address: r.address,
    phone: r.phone,
    openingHours: r.opening_hours,
    status: r.status as MerchantStatus,
    stall: r.stall,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function rowOf(m: Merchant): MerchantsTable {
  return {
    id: m.id,
    circle_id: m.circleId,
    name: m.name,
    name_pinyin: m.namePinyin,
    name_initials: m.nameInitials,
    lon: m.lon,
    lat: m.lat,
    source_crs: m.sourceCrs,
    address: m.address,
    phone: m.phone,
    opening_hours: m.openingHours,
    status: m.status,
    stall: m.stall,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
  };
}

const INSERT_CHUNK = 200;

export class MerchantRepo implements MerchantRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private async withCategories(rows: MerchantsTable[]): Promise<Merchant[]> {
    if (rows.length === 0) return [];
    const cats = new Map<string, string[]>();
    for (let i = 0; i < rows.length; i += 500) {
      const ids = rows.slice(i, i + 500).map((r) => r.id);
      const found = await this.db
        .selectFrom('merchant_categories')
        .select(['merchant_id', 'code'])
        .where('merchant_id', 'in', ids)
        .orderBy('merchant_id')
        .orderBy('position')
        .execute();
      for (const c of found) {
        const list = cats.get(c.merchant_id) ?? [];
        list.push(c.code);
        cats.set(c.merchant_id, list);
      }
    }
    return rows.map((r) => merchantOf(r, cats.get(r.id) ?? []));
  }

  async search(filter: MerchantSearch, page: { limit: number; offset: number } | null) {
    if (filter.circles.length === 0) return { items: [], total: 0 };
    const all = filter.circles.filter((c) => c.allStatuses).map((c) => c.id);
    const activeOnly = filter.circles.filter((c) => !c.allStatuses).map((c) => c.id);
    const q = filter.q?.toLowerCase();
    const compact = q?.replace(/\s+/g, '');
    const category = filter.category;
    const base = this.db.selectFrom('merchants as m').where((eb) => {
      const scope: Expression<SqlBool>[] = [];
      if (all.length) scope.push(eb('m.circle_id', 'in', all));
      if (activeOnly.length) scope.push(eb.and([eb('m.circle_id', 'in', activeOnly), eb('m.status', '=', 'active')]));
      const parts: Expression<SqlBool>[] = [eb.or(scope)];
      if (q && compact) {
        parts.push(
          eb.or([
            sql<SqlBool>`lower(m.name) like ${likePattern(q)} escape '\\'`,
            sql<SqlBool>`m.name_pinyin like ${likePattern(compact)} escape '\\'`,
            sql<SqlBool>`m.name_initials like ${likePattern(compact)} escape '\\'`,
          ]),
        );
      }
      if (category) {
        parts.push(
          eb.exists(
            eb
              .selectFrom('merchant_categories as mc')
              .select('mc.merchant_id')
              .whereRef('mc.merchant_id', '=', 'm.id')
              .where((e) => e.or([e('mc.code', '=', category), sql<SqlBool>`mc.code like ${`${category}-%`}`])),
          ),
        );
      }
      return eb.and(parts);
    });
    let rowsQuery = base.selectAll('m');
    if (q) {
      // Names containing the text first, then pinyin prefixes, then initials matches.
      rowsQuery = rowsQuery.orderBy(
        sql`case when lower(m.name) like ${likePattern(q)} escape '\\' then 0 when m.name_pinyin like ${`${compact}%`} then 1 else 2 end`,
      );
    }
    rowsQuery = rowsQuery.orderBy('m.name').orderBy('m.id');
    if (page) rowsQuery = rowsQuery.limit(page.limit).offset(page.offset);
    const rows = await rowsQuery.execute();
    let total = rows.length;
    if (page) {
      const { n } = await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      total = Number(n);
    }
    return { items: await this.withCategories(rows), total };
  }

  async get(id: string): Promise<Merchant | undefined> {
    const r = await this.db.selectFrom('merchants').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? (await this.withCategories([r]))[0] : undefined;
  }

  async insert(merchants: Merchant[]): Promise<void> {
    for (let i = 0; i < merchants.length; i += INSERT_CHUNK) {
      const chunk = merchants.slice(i, i + INSERT_CHUNK);
      await this.db.insertInto('merchants').values(chunk.map(rowOf)).execute();
      const cats = chunk.flatMap((m) => m.categories.map((code, position) => ({ merchant_id: m.id, code, position })));
      if (cats.length) await this.db.insertInto('merchant_categories').values(cats).execute();
    }
  }

  async update(m: Merchant): Promise<void> {
    const { id: _id, created_at: _c, ...fields } = rowOf(m);
    await this.db.updateTable('merchants').set(fields).where('id', '=', m.id).execute();
    await this.db.deleteFrom('merchant_categories').where('merchant_id', '=', m.id).execute();
    if (m.categories.length) {
      await this.db
        .insertInto('merchant_categories')
        .values(m.categories.map((code, position) => ({ merchant_id: m.id, code, position })))
        .execute();
    }
  }
}
