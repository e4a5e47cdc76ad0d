import type { Kysely } from 'kysely';
import type { BusinessType, BusinessTypeRepository } from '../../core/catalogue';
import type { Database } from '../schema';

export class BusinessTypeRepo implements BusinessTypeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<BusinessType[]> {
    const rows = await this.db.selectFrom('business_types').selectAll().orderBy('sort_order').execute();
    return rows.map((r) => ({
      code: r.code,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      class: r.class === 'quality' ? 'quality' : 'basic',
      group: (r.group_name ?? undefined) as BusinessType['group'],
      microProfit: Number(r.micro_profit) === 1,
      parentCode: r.parent_code ?? undefined,
    }));
  }

  async upsertMany(types: readonly BusinessType[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const [i, t] of types.entries()) {
        const values = {
          name_zh: t.nameZh,
          name_en: t.nameEn,
          class: t.class,
          group_name: t.group ?? null,
          micro_profit: t.microProfit ? 1 : 0,
          parent_code: t.parentCode ?? null,
          sort_order: i,
        };
        await trx
          .insertInto('business_types')
          .values({ code: t.code, ...values })
          .onConflict((oc) => oc.column('code').doUpdateSet(values))
          .execute();
      }
    });
  }
}
