// AccountsService against in-memory ports.
import { describe, expect, it } from 'vitest';
import { AccountsError } from './errors';
import type { NewUser, SmsCode } from './ports';
import { createAccess } from '../kernel';
import { ACCOUNTS_POLICY } from './policy';
import { AccountsService } from './service';
import type { Session, User, UserRecord } from './model';

function fakes(nowIso = '2026-03-04T01:00:00.000Z') {
  let now = nowIso;
  let n = 0;
  const users = new Map<string, UserRecord>();
  const sessions = new Map<string, Session>();
  const codes: (SmsCode & { createdAt: string })[] = [];
  const sent: string[] = [];
  const strip = (u: UserRecord): User => {
    const { passwordHash: _p, ...rest } = u;
    return rest;
  };
  const service = new AccountsService({
    users: {
      findByPhone: async (p) => [...users.values()].find((u) => u.phone === p),
      findById: async (id) => (users.has(id) ? strip(users.get(id)!) : undefined),
      list: async () => ({ items: [...users.values()].map(strip), total: users.size }),
      create: async (u: NewUser) => {
        users.set(u.id, { ...u, status: 'active' });
        return strip(users.get(u.id)!);
      },
    },
    sessions: {
      create: async (s) => void sessions.set(s.idHash, s),
      find: async (h) => sessions.get(h),
      delete: async (h) => void sessions.delete(h),
      deleteExpired: async () => 0,
    },
    smsCodes: {
      create: async (c) => void codes.push(c),
      latest: async (p) => codes.filter((c) => c.phone === p).at(-1),
      countSince: async (p, since) => codes.filter((c) => c.phone === p && c.createdAt >= since).length,
      bumpAttempts: async (id) => void (codes.find((c) => c.id === id)!.attempts += 1),
      delete: async (id) =>
        void codes.splice(
          codes.findIndex((c) => c.id === id),
          1,
        ),
    },
    hasher: {
      hashPassword: async (p) => `h:${p}`,
      verifyPassword: async (p, h) => h === `h:${p}`,
      digest: (v) => `d:${v}`,
      randomToken: () => `tok${++n}`,
      randomDigits: () => '123456',
    },
    sms: { send: async (_p, text) => void sent.push(text) },
    clock: { now: () => now },
    ids: { next: (p) => `${p}_${++n}` },
    access: createAccess([ACCOUNTS_POLICY]),
  });
  return { service, users, sessions, sent, setNow: (iso: string) => (now = iso) };
}

describe('AccountsService', () => {
  it('signs in with a password and resolves the session until it expires', async () => {
    const f = fakes();
    const admin = { userId: 'usr_admin', roles: [{ role: 'admin' as const }] };
    await f.service.createUser(admin, {
      phone: '+86 138 0000 0001',
      name: '甲',
      password: 'password1',
      roles: [{ role: 'resident' }],
    });
    const s = await f.service.loginWithPassword('13800000001', 'password1');
    expect(f.sessions.has(`d:${s.sessionToken}`)).toBe(true);
    expect((await f.service.resolveSession(s.sessionToken))?.user.phone).toBe('13800000001');
    f.setNow('2026-03-11T01:00:01.000Z');
    expect(await f.service.resolveSession(s.sessionToken)).toBeUndefined();
  });

  it('refuses wrong passwords and non-admin user management', async () => {
    const f = fakes();
    await expect(f.service.loginWithPassword('13800000001', 'x')).rejects.toMatchObject({
      code: 'Q_ACCOUNTS_BAD_CREDENTIALS',
    });
    const resident = { userId: 'usr_r', roles: [{ role: 'resident' as const }] };
    await expect(f.service.listUsers(resident, { limit: 10, offset: 0 })).rejects.toBeInstanceOf(AccountsError);
  });

  it('locks an SMS code after five wrong tries and limits requests per hour', async () => {
    const f = fakes();
    await f.service.requestSmsCode('13900000001');
    expect(f.sent[0]).toContain('123456');
    for (let i = 0; i < 5; i++)
      await expect(f.service.verifySmsCode('13900000001', '000000')).rejects.toMatchObject({
        code: 'Q_ACCOUNTS_BAD_CODE',
      });
    await expect(f.service.verifySmsCode('13900000001', '123456')).rejects.toMatchObject({
      code: 'Q_ACCOUNTS_BAD_CODE',
    });
    for (let i = 0; i < 4; i++) await f.service.requestSmsCode('13900000001');
    await expect(f.service.requestSmsCode('13900000001')).rejects.toMatchObject({ kind: 'forbidden' });
  });

  it('expires SMS codes after five minutes', async () => {
    const f = fakes();
    await f.service.requestSmsCode('13900000002');
    f.setNow('2026-03-04T01:05:00.000Z');
    await expect(f.service.verifySmsCode('13900000002', '123456')).rejects.toMatchObject({
      code: 'Q_ACCOUNTS_BAD_CODE',
    });
  });
});
