// What the accounts module needs from the outside world.
import type { RoleGrant, Session, User, UserRecord } from './model';

import type { Access, Clock, IdGenerator } from '../kernel';

export type { Clock, IdGenerator } from '../kernel';

/** Password hashing and random secrets (scrypt and crypto.randomBytes in production). */
export interface Hasher {
  hashPassword(password: string): Promise<string>;
  verifyPassword(password: string, hash: string): Promise<boolean>;
  /** Fast one-way digest for session ids and SMS codes (SHA-256). */
  digest(value: string): string;
  randomToken(): string;
  randomDigits(n: number): string;
}

export interface SmsSender {
  send(phone: string, text: string, code: string): Promise<void>;
}

export interface NewUser {
  id: string;
  phone: string;
  name: string;
  passwordHash: string | null;
  locale: string;
  createdAt: string;
  roles: RoleGrant[];
}

export interface UserRepository {
  findByPhone(phone: string): Promise<UserRecord | undefined>;
  findById(id: string): Promise<User | undefined>;
  list(options: { limit: number; offset: number }): Promise<{ items: User[]; total: number }>;
  create(user: NewUser, grantIds: string[]): Promise<User>;
}

export interface SessionRepository {
  create(session: Session & { createdAt: string }): Promise<void>;
  find(idHash: string): Promise<Session | undefined>;
  delete(idHash: string): Promise<void>;
  deleteExpired(now: string): Promise<number>;
}

export interface SmsCode {
  id: string;
  phone: string;
  codeHash: string;
  attempts: number;
  expiresAt: string;
}

export interface SmsCodeRepository {
  create(code: SmsCode & { createdAt: string }): Promise<void>;
  latest(phone: string): Promise<SmsCode | undefined>;
  countSince(phone: string, since: string): Promise<number>;
  bumpAttempts(id: string): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface AccountsPorts {
  users: UserRepository;
  sessions: SessionRepository;
  smsCodes: SmsCodeRepository;
  hasher: Hasher;
  sms: SmsSender;
  clock: Clock;
  ids: IdGenerator;
  access: Access;
}
