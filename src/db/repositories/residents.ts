import type { Kysely } from 'kysely';
import type { ResidentProfile, ResidentProfileRepository } from '../../core/residents';
import type { Database } from '../schema';
import type { ResidentProfilesTable } from '../schema/residents';

function profileOf(r: ResidentProfilesTable): ResidentProfile {
  return {
    userId: r.user_id,
    circleId: r.circle_id,
    residenceId: r.residence_id,
    address: r.address,
    birthDate: r.birth_date,
    elderlyVerified: Number(r.elderly_verified) === 1,
    disabledVerified: Number(r.disabled_verified) === 1,
    consentAt: r.consent_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export class ResidentProfileRepo implements ResidentProfileRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(userId: string): Promise<ResidentProfile | undefined> {
    const r = await this.db
      .selectFrom('resident_profiles')
      .selectAll()
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return r ? profileOf(r) : undefined;
  }

  async upsert(p: ResidentProfile): Promise<void> {
    const row: ResidentProfilesTable = {
      user_id: p.userId,
      circle_id: p.circleId,
      residence_id: p.residenceId,
      address: p.address,
      birth_date: p.birthDate,
      elderly_verified: p.elderlyVerified ? 1 : 0,
      disabled_verified: p.disabledVerified ? 1 : 0,
      consent_at: p.consentAt,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
    };
    const { user_id: _id, created_at: _c, ...changes } = row;
    await this.db
      .insertInto('resident_profiles')
      .values(row)
      .onConflict((oc) => oc.column('user_id').doUpdateSet(changes))
      .execute();
  }

  async listByCircle(circleId: string, page: { limit: number; offset: number }) {
    const base = this.db.selectFrom('resident_profiles').where('circle_id', '=', circleId);
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy('user_id').limit(page.limit).offset(page.offset).execute(),
      base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(profileOf), total: Number(count.n) };
  }
}
