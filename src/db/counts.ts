import type { Kysely } from 'kysely';
import type { Database } from './schema';

export const TABLES = [
  'users',
  'role_grants',
  'sessions',
  'sms_codes',
  'circles',
  'business_types',
  'merchants',
  'merchant_categories',
  'residences',
  'jobs',
  'scenarios',
  'evaluation_snapshots',
] as const satisfies readonly (keyof Database)[];

/** Row counts of every table (tests compare them before and after a rejected write). */
export async function tableCounts(db: Kysely<Database>): Promise<Record<(typeof TABLES)[number], number>> {
  const out = {} as Record<(typeof TABLES)[number], number>;
  for (const t of TABLES) {
    const { n } = await db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(n);
  }
  return out;
}
