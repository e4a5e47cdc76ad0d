import type { Me, Role } from '../api/types';
import { FEATURE_PAGES } from './feature-pages';

/** Each role's home page. */
export const ROLE_HOME: Record<Role, string> = {
  resident: '/resident',
  merchant_staff: '/merchant',
  operator_staff: '/operator',
  inspector: '/inspector',
  officer: '/officer',
  admin: '/admin',
};

/** When a user holds several roles, the first in this order picks the home page. */
const HOME_PRIORITY: readonly Role[] = [
  'admin',
  'operator_staff',
  'officer',
  'inspector',
  'merchant_staff',
  'resident',
];

/** Which roles may open each core page. The server enforces the same on every API route. */
const CORE_PAGE_ROLES = {
  resident: ['resident'],
  merchant: ['merchant_staff'],
  operator: ['operator_staff', 'admin'],
  inspector: ['inspector', 'operator_staff', 'admin'],
  officer: ['officer', 'admin'],
  planner: ['operator_staff', 'officer', 'admin'],
  city: ['officer', 'admin'],
  admin: ['admin'],
  directory: ['resident', 'merchant_staff', 'operator_staff', 'inspector', 'officer', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

/** Core pages and the pages features contribute (app/feature-pages.ts). */
export const PAGE_ROLES: Readonly<Record<string, readonly Role[]>> = {
  ...CORE_PAGE_ROLES,
  ...Object.fromEntries(FEATURE_PAGES.map((p) => [p.key, p.roles])),
};

export type Page = string;

/** i18n key of a page's menu title. */
export function pageTitleKey(page: Page): string {
  return FEATURE_PAGES.find((p) => p.key === page)?.titleKey ?? `nav.${page}`;
}

/** Route path of a page. */
export function pagePath(page: Page): string {
  return `/${FEATURE_PAGES.find((p) => p.key === page)?.path ?? page}`;
}

const NAV_PAGES: readonly Page[] = [
  ...Object.keys(CORE_PAGE_ROLES),
  ...FEATURE_PAGES.filter((p) => p.nav && !p.public).map((p) => p.key),
];

/** Who may run what-if actions on the planner (siting into scenarios); officers only read. */
export const PLANNER_EDIT_ROLES: readonly Role[] = ['operator_staff', 'admin'];

export function rolesOf(me: Me): Role[] {
  return me.roles.map((r) => r.role);
}

export function hasAnyRole(me: Me, allowed: readonly Role[]): boolean {
  return me.roles.some((r) => allowed.includes(r.role));
}

export function homeOf(me: Me): string {
  const held = rolesOf(me);
  const role = HOME_PRIORITY.find((r) => held.includes(r));
  return role ? ROLE_HOME[role] : '/directory';
}

/** The pages a user may open from the menu, in menu order. */
export function pagesFor(me: Me): Page[] {
  return NAV_PAGES.filter((page) => hasAnyRole(me, PAGE_ROLES[page]));
}

/** The first circle bound to one of the user's grants, if any. */
export function grantedCircleId(me: Me): string | undefined {
  return me.roles.find((r) => r.circleId)?.circleId;
}
