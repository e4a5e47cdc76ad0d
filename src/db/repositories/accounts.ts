// Users with their role grants, sessions and SMS codes.
import type { Kysely } from 'kysely';
import type {
  NewUser,
  RoleGrant,
  Session,
  SessionRepository,
  SmsCode,
  SmsCodeRepository,
  User,
  UserRecord,
  UserRepository,
} from '../../core/accounts';
import type { Database, RoleGrantsTable, UsersTable } from '../schema';

function grantOf(r: RoleGrantsTable): RoleGrant {
  const g: RoleGrant = { role: r.role as RoleGrant['role'] };
  if (r.circle_id) g.circleId = r.circle_id;
  if (r.merchant_id) g.merchantId = r.merchant_id;
  if (r.district_code) g.districtCode = r.district_code;
  if (r.city_code) g.cityCode = r.city_code;
  return g;
}

function userOf(u: UsersTable, grants: RoleGrantsTable[]): UserRecord {
  return {
    id: u.id,
    phone: u.phone,
    name: u.name,
    locale: u.locale,
    status: u.status === 'disabled' ? 'disabled' : 'active',
    createdAt: u.created_at,
    roles: grants.filter((g) => g.user_id === u.id).map(grantOf),
    passwordHash: u.password_hash,
  };
}

function publicUser(u: UserRecord): User {
  const { passwordHash: _omit, ...rest } = u;
  return rest;
}

export class UserRepo implements UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private async withGrants(rows: UsersTable[]): Promise<UserRecord[]> {
    if (rows.length === 0) return [];
    const grants = await this.db
      .selectFrom('role_grants')
      .selectAll()
      .where(
        'user_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('id')
      .execute();
    return rows.map((r) => userOf(r, grants));
  }

  async findByPhone(phone: string): Promise<UserRecord | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('phone', '=', phone).executeTakeFirst();
    return row ? (await this.withGrants([row]))[0] : undefined;
  }

  /** Name and phone of several users at once (registers, notifications). */
  async contactsOf(ids: readonly string[]): Promise<Map<string, { name: string; phone: string }>> {
    const out = new Map<string, { name: string; phone: string }>();
    if (ids.length === 0) return out;
    const rows = await this.db
      .selectFrom('users')
      .select(['id', 'name', 'phone'])
      .where('id', 'in', [...ids])
      .execute();
    for (const r of rows) out.set(r.id, { name: r.name, phone: r.phone });
    return out;
  }

  async findById(id: string): Promise<User | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? publicUser((await this.withGrants([row]))[0]) : undefined;
  }

  async list(options: { limit: number; offset: number }): Promise<{ items: User[]; total: number }> {
    const rows = await this.db
      .selectFrom('users')
      .selectAll()
      .orderBy('created_at')
      .orderBy('id')
      .limit(options.limit)
      .offset(options.offset)
      .execute();
    const { n } = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return { items: (await this.withGrants(rows)).map(publicUser), total: Number(n) };
  }

  async create(user: NewUser, grantIds: string[]): Promise<User> {
    await this.db.transaction().execute(async (trx) => {
      await new UserWriter(trx).insert(user, grantIds);
    });
    return (await this.findById(user.id))!;
  }
}

/** Inserts inside a caller's transaction (used by create and by seeding). */
export class UserWriter {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(user: NewUser, grantIds: string[]): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        id: user.id,
        phone: user.phone,
        name: user.name,
        password_hash: user.passwordHash,
        locale: user.locale,
        status: 'active',
        created_at: user.createdAt,
        updated_at: user.createdAt,
      })
      .execute();
    if (user.roles.length) {
      await this.db
        .insertInto('role_grants')
        .values(
          user.roles.map((g, i) => ({
            id: grantIds[i],
            user_id: user.id,
            role: g.role,
            circle_id: g.circleId ?? null,
            merchant_id: g.merchantId ?? null,
            district_code: g.districtCode ?? null,
            city_code: g.cityCode ?? null,
          })),
        )
        .execute();
    }
  }
}

export class SessionRepo implements SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(s: Session & { createdAt: string }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id: s.idHash,
        user_id: s.userId,
        csrf_token: s.csrfToken,
        expires_at: s.expiresAt,
        created_at: s.createdAt,
      })
      .execute();
  }

  async find(idHash: string): Promise<Session | undefined> {
    const r = await this.db.selectFrom('sessions').selectAll().where('id', '=', idHash).executeTakeFirst();
    return r ? { idHash: r.id, userId: r.user_id, csrfToken: r.csrf_token, expiresAt: r.expires_at } : undefined;
  }

  async delete(idHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', idHash).execute();
  }

  async deleteExpired(now: string): Promise<number> {
    const r = await this.db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}

export class SmsCodeRepo implements SmsCodeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(c: SmsCode & { createdAt: string }): Promise<void> {
    await this.db
      .insertInto('sms_codes')
      .values({
        id: c.id,
        phone: c.phone,
        code_hash: c.codeHash,
        attempts: c.attempts,
        expires_at: c.expiresAt,
        created_at: c.createdAt,
      })
      .execute();
  }

  async latest(phone: string): Promise<SmsCode | undefined> {
    const r = await this.db
      .selectFrom('sms_codes')
      .selectAll()
      .where('phone', '=', phone)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return r
      ? { id: r.id, phone: r.phone, codeHash: r.code_hash, attempts: Number(r.attempts), expiresAt: r.expires_at }
      : undefined;
  }

  async countSince(phone: string, since: string): Promise<number> {
    const { n } = await this.db
      .selectFrom('sms_codes')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('phone', '=', phone)
      .where('created_at', '>=', since)
      .executeTakeFirstOrThrow();
    return Number(n);
  }

  async bumpAttempts(id: string): Promise<void> {
    await this.db
      .updateTable('sms_codes')
      .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
      .where('id', '=', id)
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('sms_codes').where('id', '=', id).execute();
  }
}
