// Users, their role grants and sessions. Ids are prefixed: usr_, ses_.
export const ROLES = ['resident', 'merchant_staff', 'operator_staff', 'inspector', 'officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** One role held by a user, with the scope it applies to. */
export interface RoleGrant {
  role: Role;
  circleId?: string;
  merchantId?: string;
  districtCode?: string;
}

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

/** Who is asking: the signed-in user and their grants. */
export interface Actor {
  userId: string;
  roles: RoleGrant[];
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
