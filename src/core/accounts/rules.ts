// Pure account rules: phone format, masking, password strength, grant scopes.
import type { RoleGrant } from './model';

const MOBILE = /^1[3-9]\d{9}$/;

/** Accepts 13812341234, +86 138 1234 1234, 138-1234-1234; returns the 11 digits or null. */
export function normalisePhone(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '').replace(/^(\+?86)/, '');
  return MOBILE.test(digits) ? digits : null;
}

export { maskPhone } from '../kernel';

export function passwordProblem(password: string): string | null {
  return password.length >= 8 ? null : 'at least 8 characters';
}

/** A grant must carry the scope its role needs. */
export function grantProblem(g: RoleGrant): string | null {
  switch (g.role) {
    case 'merchant_staff':
      return g.merchantId ? null : 'merchant_staff needs merchantId';
    case 'operator_staff':
    case 'inspector':
      return g.circleId ? null : `${g.role} needs circleId`;
    case 'officer':
      return g.districtCode || g.cityCode ? null : 'officer needs districtCode or cityCode';
    default:
      return null;
  }
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString();
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}
