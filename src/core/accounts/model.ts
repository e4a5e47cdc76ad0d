// Users, their role grants and sessions. Ids are prefixed: usr_, ses_.
import type { RoleGrant } from '../kernel';

export { ROLES, type Actor, type Role, type RoleGrant } from '../kernel';

export interface User {
  id: string;
  phone: string;
  name: string;
  locale: string;
  status: 'active' | 'disabled';
  createdAt: string;
  roles: RoleGrant[];
}

export interface UserRecord extends User {
  passwordHash: string | null;
}

export interface Session {
  /** Hash of the cookie value. */
  idHash: string;
  userId: string;
  csrfToken: string;
  expiresAt: string;
}

export const SESSION_DAYS = 7;
export const SMS_CODE_MINUTES = 5;
export const SMS_MAX_ATTEMPTS = 5;
