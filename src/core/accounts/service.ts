// Account use cases: password and SMS sign-in, sessions, the user list for admins.
import { type Actor, type RoleGrant, SESSION_DAYS, SMS_CODE_MINUTES, SMS_MAX_ATTEMPTS, type User } from './model';
import { AccountsError } from './errors';
import type { AccountsPorts } from './ports';
import { addDays, addMinutes, grantProblem, normalisePhone, passwordProblem } from './rules';

export interface SignedIn {
  user: User;
  /** Raw session token for the cookie; only its digest is stored. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: string;
}

export interface CreateUserInput {
  phone: string;
  name: string;
  password?: string;
  locale?: string;
  roles: RoleGrant[];
}

const SMS_PER_HOUR = 5;

export class AccountsService {
  constructor(private readonly p: AccountsPorts) {}

  async loginWithPassword(phoneInput: string, password: string): Promise<SignedIn> {
    const phone = normalisePhone(phoneInput);
    const user = phone ? await this.p.users.findByPhone(phone) : undefined;
    // Verify against a dummy hash when the user is unknown so timing does not reveal registration.
    const hash = user?.passwordHash ?? DUMMY_HASH;
    const ok = await this.p.hasher.verifyPassword(password, hash);
    if (!user || !user.passwordHash || !ok || user.status !== 'active') {
      throw new AccountsError('Q_ACCOUNTS_BAD_CREDENTIALS');
    }
    return this.startSession(user);
  }

  /** Sends a 6-digit code. Returns the code only so a dev server can echo it; callers decide. */
  async requestSmsCode(phoneInput: string): Promise<{ code: string }> {
    const phone = normalisePhone(phoneInput);
    if (!phone) throw new AccountsError('Q_ACCOUNTS_INVALID_PHONE');
    const now = this.p.clock.now();
    const recent = await this.p.smsCodes.countSince(phone, addMinutes(now, -60));
    if (recent >= SMS_PER_HOUR)
      throw new AccountsError('Q_ACCOUNTS_FORBIDDEN', 'too many codes requested; wait an hour');
    const code = this.p.hasher.randomDigits(6);
    await this.p.smsCodes.create({
      id: this.p.ids.next('sms'),
      phone,
      codeHash: this.p.hasher.digest(`${phone}:${code}`),
      attempts: 0,
      expiresAt: addMinutes(now, SMS_CODE_MINUTES),
      createdAt: now,
    });
    await this.p.sms.send(phone, `【一刻】验证码 ${code}，${SMS_CODE_MINUTES}分钟内有效。`, code);
    return { code };
  }

  /** Signs in with an SMS code; an unknown phone becomes a new resident (real identity = verified phone). */
  async verifySmsCode(phoneInput: string, code: string): Promise<SignedIn> {
    const phone = normalisePhone(phoneInput);
    if (!phone) throw new AccountsError('Q_ACCOUNTS_INVALID_PHONE');
    const now = this.p.clock.now();
    const latest = await this.p.smsCodes.latest(phone);
    if (!latest || latest.expiresAt <= now || latest.attempts >= SMS_MAX_ATTEMPTS) {
      throw new AccountsError('Q_ACCOUNTS_BAD_CODE');
    }
    if (this.p.hasher.digest(`${phone}:${code}`) !== latest.codeHash) {
      await this.p.smsCodes.bumpAttempts(latest.id);
      throw new AccountsError('Q_ACCOUNTS_BAD_CODE');
    }
    await this.p.smsCodes.delete(latest.id);
    let user = await this.p.users.findByPhone(phone);
    if (!user) {
      const created = await this.p.users.create(
        {
          id: this.p.ids.next('usr'),
          phone,
          name: `居民${phone.slice(-4)}`,
          passwordHash: null,
          locale: 'zh-CN',
          createdAt: now,
          roles: [{ role: 'resident' }],
        },
        [this.p.ids.next('grt')],
      );
      user = { ...created, passwordHash: null };
    }
    if (user.status !== 'active') throw new AccountsError('Q_ACCOUNTS_BAD_CODE');
    return this.startSession(user);
  }

  private async startSession(user: User): Promise<SignedIn> {
    const now = this.p.clock.now();
    const sessionToken = this.p.hasher.randomToken();
    const csrfToken = this.p.hasher.randomToken();
    const expiresAt = addDays(now, SESSION_DAYS);
    await this.p.sessions.create({
      idHash: this.p.hasher.digest(sessionToken),
      userId: user.id,
      csrfToken,
      expiresAt,
      createdAt: now,
    });
    const { id, phone, name, locale, status, createdAt, roles } = user;
    return { user: { id, phone, name, locale, status, createdAt, roles }, sessionToken, csrfToken, expiresAt };
  }

  /** Resolves a cookie value to the session and its user, or undefined when absent or expired. */
  async resolveSession(sessionToken: string): Promise<{ user: User; csrfToken: string } | undefined> {
    const idHash = this.p.hasher.digest(sessionToken);
    const session = await this.p.sessions.find(idHash);
    if (!session) return undefined;
    if (session.expiresAt <= this.p.clock.now()) {
      await this.p.sessions.delete(idHash);
      return undefined;
    }
    const user = await this.p.users.findById(session.userId);
    if (!user || user.status !== 'active') return undefined;
    return { user, csrfToken: session.csrfToken };
  }

  /** Deletes expired sessions (housekeeping; no access check, never exposed over HTTP). */
  sweepExpiredSessions(): Promise<number> {
    return this.p.sessions.deleteExpired(this.p.clock.now());
  }

  async logout(sessionToken: string): Promise<void> {
    await this.p.sessions.delete(this.p.hasher.digest(sessionToken));
  }

  async listUsers(actor: Actor | null, page: { limit: number; offset: number }) {
    if (!this.p.access.can(actor, 'users.list')) throw new AccountsError('Q_ACCOUNTS_FORBIDDEN');
    return this.p.users.list(page);
  }

  async createUser(actor: Actor | null, input: CreateUserInput): Promise<User> {
    if (!this.p.access.can(actor, 'users.create')) throw new AccountsError('Q_ACCOUNTS_FORBIDDEN');
    const phone = normalisePhone(input.phone);
    if (!phone) throw new AccountsError('Q_ACCOUNTS_INVALID_PHONE');
    if (input.password !== undefined && passwordProblem(input.password)) {
      throw new AccountsError('Q_ACCOUNTS_WEAK_PASSWORD');
    }
    for (const g of input.roles) {
      const problem = grantProblem(g);
      if (problem) throw new AccountsError('Q_ACCOUNTS_INVALID_GRANT', problem);
    }
    if (await this.p.users.findByPhone(phone)) throw new AccountsError('Q_ACCOUNTS_PHONE_TAKEN');
    return this.p.users.create(
      {
        id: this.p.ids.next('usr'),
        phone,
        name: input.name.trim(),
        passwordHash: input.password ? await this.p.hasher.hashPassword(input.password) : null,
        locale: input.locale ?? 'zh-CN',
        createdAt: this.p.clock.now(),
        roles: input.roles,
      },
      input.roles.map(() => this.p.ids.next('grt')),
    );
  }
}

/** A valid scrypt hash of a random password, used to equalise timing for unknown phones. */
const DUMMY_HASH =
  'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==';
