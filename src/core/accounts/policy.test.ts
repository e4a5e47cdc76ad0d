import { describe, expect, it } from 'vitest';
import type { Actor, RoleGrant } from './model';
import { can } from './policy';

const actor = (g: RoleGrant): Actor => ({ userId: 'usr_me', roles: [g] });
const A = { circleId: 'cir_a', districtCode: '370103' };
const B = { circleId: 'cir_b', districtCode: '370102' };

describe('policy', () => {
  it('denies everything to nobody', () => {
    expect(can(null, 'catalogue:read')).toBe(false);
  });

  it.each([
    // role grant, action, resource, allowed
    [{ role: 'resident' }, 'merchant:list', B, true],
    [{ role: 'resident' }, 'merchant:read_private', A, false],
    [{ role: 'resident' }, 'residence:list', A, false],
    [{ role: 'merchant_staff', merchantId: 'mer_1' }, 'merchant:update', { ...A, merchantId: 'mer_1' }, true],
    [{ role: 'merchant_staff', merchantId: 'mer_1' }, 'merchant:update', { ...A, merchantId: 'mer_2' }, false],
    [{ role: 'merchant_staff', merchantId: 'mer_1' }, 'merchant:create', A, false],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'merchant:create', A, true],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'merchant:create', B, false],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'import:run', A, true],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'user:list', {}, false],
    [{ role: 'inspector', circleId: 'cir_a' }, 'residence:list', A, true],
    [{ role: 'inspector', circleId: 'cir_a' }, 'merchant:update', A, false],
    [{ role: 'officer', districtCode: '370103' }, 'merchant:read_private', A, true],
    [{ role: 'officer', districtCode: '370103' }, 'circle:read', B, false],
    [{ role: 'officer', districtCode: '370103' }, 'merchant:update', A, false],
    [{ role: 'admin' }, 'user:create', {}, true],
    [{ role: 'admin' }, 'job:read', { ownerId: 'usr_other' }, true],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'job:read', { ownerId: 'usr_me' }, true],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'job:read', { ownerId: 'usr_other' }, false],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'merchant:create', {}, false],
    [{ role: 'resident' }, 'evaluation:read', A, false],
    [{ role: 'inspector', circleId: 'cir_a' }, 'evaluation:read', A, false], // food-safety testers do not plan the circle
    [{ role: 'inspector', circleId: 'cir_a' }, 'evaluation:plan', A, false],
    [{ role: 'officer', districtCode: '370103' }, 'evaluation:plan', A, false],
    [{ role: 'officer', districtCode: '370103' }, 'evaluation:read', A, true],
    [{ role: 'officer', districtCode: '370103' }, 'evaluation:plan', B, false],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'evaluation:plan', A, true],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'evaluation:read', A, true],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'evaluation:read', B, false],
  ] as const)('%o %s %o → %s', (grant, action, resource, allowed) => {
    expect(can(actor(grant as RoleGrant), action, resource)).toBe(allowed);
  });
});
